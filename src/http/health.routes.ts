// Liveness and readiness: the database answers.
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { App, AppContext } from "./context";

export function registerHealthRoutes(app: App, ctx: AppContext) {
  app.get(
    "/api/health",
    {
      config: { public: true },
      schema: {
        tags: ["system"],
        summary: "Health check",
        response: { 200: z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) }) },
      },
    },
    async () => {
      await ctx.base.db.execute(sql`select 1`);
      return { status: "ok" as const, database: ctx.engine };
    },
  );
}
