// Adds or changes a knowledge category (administrators with parameters.write); a category in use is retired with active=false, never deleted.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { requirePermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import type { Category, CategoryBody } from "./contracts";
import { findCategory, upsertCategory } from "./knowledge.repository";
import { toCategory } from "./knowledge-views";

export async function saveCategory(deps: Deps, body: CategoryBody): Promise<Category> {
  requirePermission(deps.actor, "parameters.write");
  return inTransaction(deps.db, async (tx) => {
    const before = await findCategory(tx, body.code);
    const row = {
      code: body.code,
      nameTh: body.nameTh,
      nameEn: body.nameEn,
      sortOrder: body.sortOrder,
      active: body.active,
    };
    await upsertCategory(tx, row);
    await recordAudit(
      { ...deps, db: tx },
      {
        action: before ? "knowledge.category_updated" : "knowledge.category_created",
        entityType: "knowledge_category",
        entityId: row.code,
        before: before ?? null,
        after: row,
      },
    );
    return toCategory(row);
  });
}
