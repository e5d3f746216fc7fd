// Ends the current session.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { deleteSession } from "./access.repository";

export async function logOut(deps: Deps, tokenHash: string): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    await deleteSession(tx, tokenHash);
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "auth.logout",
        entityType: "user",
        entityId: deps.actor.userId,
        areaCode: deps.actor.scopeCode || null,
      },
    );
  });
}
