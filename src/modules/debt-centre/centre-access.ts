// Who may do what with a debt centre: officers by role and area, the centre committee by its seats in office (like fund committees).
import type { Deps } from "../../platform/deps";
import { assertInScope, hasPermission, outOfScope, requirePermission } from "../../shared/authorization";
import type { CommitteePosition } from "../../shared/roles";
import { type CentreRow, type CentreSeatRow, findCentre, selectCurrentSeats } from "./debt-centre.repository";
import { CENTRE, centreErrors } from "./debt-centre-errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/** The centre, when the actor may see it; a centre outside the actor's area is "not found", like a missing one. */
export async function loadCentre(deps: Deps, centreId: string): Promise<CentreRow> {
  requirePermission(deps.actor, "funds.read");
  const row = isUuid(centreId) ? await findCentre(deps.db, centreId) : undefined;
  if (!row) throw outOfScope(CENTRE);
  assertInScope(deps.actor, row.areaCode, CENTRE);
  return row;
}

/** Set-up (member funds, committee): officers with funds.write in the centre's area. */
export async function loadCentreForSetUp(deps: Deps, centreId: string): Promise<CentreRow> {
  const centre = await loadCentre(deps, centreId);
  requirePermission(deps.actor, "funds.write");
  return centre;
}

/**
 * The actor's seat among `allowed` positions in the centre committee today. The system actor acts without
 * one (null); every other actor, officers included, needs a seat: these are the committee's decisions.
 */
export async function requireCentreSeat(
  deps: Deps,
  centre: Pick<CentreRow, "id">,
  allowed: readonly CommitteePosition[],
): Promise<CentreSeatRow | null> {
  if (deps.actor.kind === "system") return null;
  const seats =
    deps.actor.role === "committee_member" && deps.actor.userId
      ? await selectCurrentSeats(deps.db, centre.id, deps.actor.userId, deps.clock.today())
      : [];
  const seat = seats.find((s) => allowed.includes(s.position as CommitteePosition));
  if (!seat) {
    throw centreErrors.positionRequired(
      allowed,
      seats.map((s) => s.position as CommitteePosition),
    );
  }
  return seat;
}

/** Surveys and proposals: an officer with funds.write, or any seat of the centre committee in office. */
export async function requireSurveyRights(deps: Deps, centre: Pick<CentreRow, "id">): Promise<void> {
  if (hasPermission(deps.actor, "funds.write")) return;
  await requireCentreSeat(deps, centre, ["chair", "secretary", "finance", "member"]);
}
