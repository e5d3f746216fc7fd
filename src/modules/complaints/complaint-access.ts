// Who may see and handle a complaint: officers by role and area; a complaint outside the actor's area is "not found".
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import type { Permission } from "../../shared/roles";
import { type ComplaintRow, findComplaint } from "./complaints.repository";
import { COMPLAINT } from "./complaints-errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadComplaint(
  deps: Deps,
  id: string,
  permission: Extract<Permission, "complaints.read" | "complaints.handle">,
  options: { forUpdate?: boolean } = {},
): Promise<ComplaintRow> {
  requirePermission(deps.actor, permission);
  const row = UUID.test(id) ? await findComplaint(deps.db, id, options) : undefined;
  if (!row) throw outOfScope(COMPLAINT);
  assertInScope(deps.actor, row.areaCode, COMPLAINT);
  return row;
}

/**
 * The actor recorded for the intake of an anonymous complaint: no user id, no name, no role, and (see
 * fileComplaint) no request id and only the day, so that neither the audit log nor the complaint's history
 * can be joined to the account, session or request that filed it.
 */
export const ANONYMOUS_COMPLAINANT: Actor = {
  kind: "system",
  userId: null,
  username: "anonymous-complainant",
  role: "household_member",
  scopeCode: "-",
  householdId: null,
};
