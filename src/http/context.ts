// What the HTTP layer knows about the running application, and the typed Fastify instance routes get.
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "../platform/config";
import type { Engine } from "../platform/database";
import type { Deps } from "../platform/deps";
import type { Actor } from "../shared/actor";

export interface AppContext {
  base: Omit<Deps, "actor" | "requestId">;
  config: Pick<Config, "sessionHours" | "webDistDir" | "isProduction" | "loginRatePerMinute">;
  engine: Engine;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    sessionTokenHash: string | null;
    csrfToken: string | null;
    /** The use-case dependencies bound to this request's actor. */
    deps: Deps;
  }
  interface FastifyContextConfig {
    /** Routes that answer without a session (health, login). */
    public?: boolean;
  }
}
