// Loads a visit or follow-up the actor may see: outside the actor's area it is "not found", like a missing one.
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import { type FollowUpRow, findFollowUp, findVisit, type VisitRow } from "./monitoring.repository";
import { FOLLOW_UP, VISIT } from "./monitoring-errors";
import { isUuid } from "./monitoring-rules";

export type MonitoringPermission = "monitoring.read" | "monitoring.write";

export async function loadVisit(
  deps: Deps,
  visitId: string,
  permission: MonitoringPermission,
  forUpdate = false,
): Promise<VisitRow> {
  requirePermission(deps.actor, permission);
  const row = isUuid(visitId) ? await findVisit(deps.db, visitId, forUpdate) : undefined;
  if (!row) throw outOfScope(VISIT);
  assertInScope(deps.actor, row.areaCode, VISIT);
  return row;
}

export async function loadFollowUp(
  deps: Deps,
  followUpId: string,
  permission: MonitoringPermission,
  forUpdate = false,
): Promise<FollowUpRow> {
  requirePermission(deps.actor, permission);
  const row = isUuid(followUpId) ? await findFollowUp(deps.db, followUpId, forUpdate) : undefined;
  if (!row) throw outOfScope(FOLLOW_UP);
  assertInScope(deps.actor, row.areaCode, FOLLOW_UP);
  return row;
}
