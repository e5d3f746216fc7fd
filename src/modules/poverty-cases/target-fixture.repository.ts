// SQL used only by the target-list tests: no use case closes or reopens a household yet.
import { sql } from "drizzle-orm";
import type { Executor } from "../../platform/database";

export async function setHouseholdStatus(
  db: Executor,
  id: string,
  status: "active" | "closed",
): Promise<void> {
  await db.execute(sql`update household set status = ${status} where id = ${id}::uuid`);
}
