// Who may see and act on a damage case: officers by role and area; a case outside the actor's area is "not found".
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import type { Permission } from "../../shared/roles";
import { type CaseRow, findCase } from "./damage-cases.repository";
import { DAMAGE_CASE, damageErrors } from "./damage-errors";

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
