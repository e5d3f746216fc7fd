// Who may see and act on a savings group: officers and committee members by area, seats of the group's committee for writes, a household member only their own statement.
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { outOfScope } from "../../shared/authorization";
import type { CommitteePosition } from "../../shared/roles";
import { type ActingSeat, assertFundOpen, type FundRow, loadFund, requireSeat } from "../funds/index";
import { type GroupBylaws, parseGroupBylaws } from "./group-bylaws";
import { findBylawsOn, findMember, type MemberRow } from "./savings.repository";
import { GROUP, MEMBER, savingsErrors } from "./savings-errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string): boolean => UUID.test(id);

/** The savings group (its fund), when the actor may see it; another fund type is "not found" here. */
export async function loadGroup(deps: Deps, fundId: string): Promise<FundRow> {
  let fund: FundRow;
  try {
    fund = await loadFund(deps, fundId, "funds.read");
  } catch (e) {
    // The funds module names a fund; here the record asked for is a savings group.
    if (e instanceof Error && (e as { kind?: string }).kind === "not_found") throw outOfScope(GROUP);
    throw e;
  }
  if (fund.fundType !== "savings_group") throw outOfScope(GROUP);
  return fund;
}

/** The group, open for writes, and the actor's seat among `positions` (null for the system actor). */
export async function loadGroupForWrite(
  deps: Deps,
  fundId: string,
  positions: readonly CommitteePosition[],
): Promise<{ fund: FundRow; seat: ActingSeat | null }> {
  const fund = await loadGroup(deps, fundId);
  const seat = await requireSeat(deps, fund, positions);
  assertFundOpen(fund);
  return { fund, seat };
}

/** A member of the group, or "not found" (also for a member of another group). */
export async function loadMember(deps: Deps, fund: FundRow, memberId: string): Promise<MemberRow> {
  const member = isUuid(memberId) ? await findMember(deps.db, memberId) : undefined;
  if (!member || member.fundId !== fund.id) throw outOfScope(MEMBER);
  return member;
}

/** A household member reads only members of their own household; everyone else through the group's area. */
export async function loadMemberForRead(
  deps: Deps,
  fundId: string,
  memberId: string,
): Promise<{ fund: FundRow | null; member: MemberRow }> {
  if (isOwnHouseholdReader(deps.actor)) {
    const member = isUuid(memberId) ? await findMember(deps.db, memberId) : undefined;
    if (!member || member.fundId !== fundId || member.householdId !== deps.actor.householdId) {
      throw outOfScope(MEMBER);
    }
    return { fund: null, member };
  }
  const fund = await loadGroup(deps, fundId);
  return { fund, member: await loadMember(deps, fund, memberId) };
}

export const isOwnHouseholdReader = (actor: Actor): boolean =>
  actor.kind === "user" && actor.role === "household_member";

/** The bylaws in force on `on`, parsed (they were validated when stored). */
export async function bylawsOn(db: Deps["db"], fundId: string, on: string): Promise<GroupBylaws> {
  const row = await findBylawsOn(db, fundId, on);
  if (!row) throw savingsErrors.noBylaws(on);
  return parseGroupBylaws(row.bylaws as Partial<GroupBylaws>);
}
