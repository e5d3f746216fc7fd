// Overrides a built-in complaint category or adds one (names, SLA days, active, order): central administrators only, audited.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { requirePermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { DEFAULT_CATEGORIES, mergeCategories } from "./complaint-rules";
import { toCategory } from "./complaint-views";
import { findStoredCategory, selectStoredCategories, upsertCategory } from "./complaints.repository";
import type { CategoryBody } from "./contracts";

export async function saveCategory(deps: Deps, code: string, body: CategoryBody) {
  requirePermission(deps.actor, "parameters.write");
  return inTransaction(deps.db, async (tx) => {
    const before =
      (await findStoredCategory(tx, code)) ?? DEFAULT_CATEGORIES.find((c) => c.code === code) ?? null;
    const row = { code, ...body, updatedBy: deps.actor.userId, updatedAt: deps.clock.now() };
    await upsertCategory(tx, row);
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "complaint.category_saved",
        entityType: "complaint_category",
        entityId: code,
        before: before ? toCategory(before) : null,
        after: toCategory(row),
      },
    );
    return { items: mergeCategories(await selectStoredCategories(tx)).map(toCategory) };
  });
}
