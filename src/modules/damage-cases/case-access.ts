// Who may see and act on a damage case: officers by role and area; a case outside the actor's area is "not found".
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import type { Permission } from "../../shared/roles";
import { type CaseRow, type DocumentWithFile, findCase, findDocument } from "./damage-cases.repository";
import { DAMAGE_CASE, DAMAGE_DOCUMENT, damageErrors } from "./damage-errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadCase(
  deps: Deps,
  id: string,
  permission: Extract<Permission, "damage.read" | "damage.write">,
  options: { forUpdate?: boolean; open?: boolean } = {},
): Promise<CaseRow> {
  requirePermission(deps.actor, permission);
  const row = UUID.test(id) ? await findCase(deps.db, id, options) : undefined;
  if (!row) throw outOfScope(DAMAGE_CASE);
  assertInScope(deps.actor, row.areaCode, DAMAGE_CASE);
  if (options.open && row.status !== "open") throw damageErrors.closed();
  return row;
}

/** A document of a case the actor may see; another case's document is "not found" like a missing one. */
export async function loadCaseDocument(
  deps: Deps,
  caseId: string,
  documentId: string,
  permission: Extract<Permission, "damage.read" | "damage.write">,
): Promise<{ row: CaseRow; document: DocumentWithFile }> {
  const write = permission === "damage.write";
  const row = await loadCase(deps, caseId, permission, { forUpdate: write });
  const document = UUID.test(documentId) ? await findDocument(deps.db, row.id, documentId, write) : undefined;
  if (!document) throw outOfScope(DAMAGE_DOCUMENT);
  return { row, document };
}
