// Who may do what with a fund: officers by role and area, committee members by their seat in the current set.
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { assertInScope, hasPermission, outOfScope, requirePermission } from "../../shared/authorization";
import type { CommitteePosition, Permission } from "../../shared/roles";
import type { IsoDate } from "../../shared/thai-date";
import { FUND, fundErrors } from "./fund-errors";
import { type FundRow, findFund, type Seat, selectCurrentSeats } from "./funds.repository";

export type FundPermission = Extract<
  Permission,
  "funds.read" | "funds.write" | "ledger.read" | "ledger.close_year"
>;

export const hasFundPermission = (actor: Actor, permission: FundPermission): boolean =>
  hasPermission(actor, permission);

export const requireFundPermission = (actor: Actor, permission: FundPermission): void =>
  requirePermission(actor, permission);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The fund, when the actor may see it; a fund outside the actor's area is "not found", like a missing one. */
export async function loadFund(
  deps: Deps,
  fundId: string,
  permission: FundPermission = "funds.read",
): Promise<FundRow> {
  requireFundPermission(deps.actor, permission);
  const row = UUID.test(fundId) ? await findFund(deps.db, fundId) : undefined;
  if (!row) throw outOfScope(FUND);
  assertInScope(deps.actor, row.areaCode, FUND);
  return row;
}

/** The user's positions in the committee set governing the fund on `businessDate`. */
export async function currentPositions(
  db: Deps["db"],
  fundId: string,
  userId: string,
  businessDate: IsoDate,
): Promise<CommitteePosition[]> {
  return (await selectCurrentSeats(db, fundId, userId, businessDate)).map(
    (s) => s.position as CommitteePosition,
  );
}

export interface ActingSeat extends Seat {
  position: CommitteePosition;
}

/**
 * The actor's seat among `allowed` positions in today's committee set. Only committee-member accounts hold
 * seats; the system actor (seed, jobs, CLI) acts without one and gets null.
 */
export async function requireSeat(
  deps: Deps,
  fund: Pick<FundRow, "id">,
  allowed: readonly CommitteePosition[],
): Promise<ActingSeat | null> {
  if (deps.actor.kind === "system") return null;
  const seats =
    deps.actor.role === "committee_member" && deps.actor.userId
      ? await selectCurrentSeats(deps.db, fund.id, deps.actor.userId, deps.clock.today())
      : [];
  const held = seats.map((s) => s.position as CommitteePosition);
  const seat = seats.find((s) => allowed.includes(s.position as CommitteePosition));
  if (!seat) throw fundErrors.positionRequired(allowed, held);
  return seat as ActingSeat;
}

export function assertFundOpen(fund: Pick<FundRow, "status">): void {
  if (fund.status === "closed") throw fundErrors.fundClosed();
}
