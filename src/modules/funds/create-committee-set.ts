// Records a new committee set (ชุดที่ n) of a fund with its members; its term defaults to the bylaws' years.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { isWithin } from "../../shared/area-code";
import { recordAudit } from "../audit/index";
import type { CommitteeMemberBody, CommitteeSet, CreateCommitteeSetBody, FundType } from "./contracts";
import { assertFundOpen, loadFund } from "./fund-access";
import { fundErrors } from "./fund-errors";
import { checkCommitteeComposition, effectiveParameters, termEndFor } from "./fund-rules";
import { toCommitteeSet } from "./fund-views";
import {
  type CommitteeMemberRow,
  type FundRow,
  findCurrentSet,
  findPersonVillage,
  findUserForLink,
  insertCommitteeMembers,
  insertCommitteeSet,
  lockFund,
  selectCommitteeSets,
} from "./funds.repository";

/**
 * A linked account must be a committee-member account of the fund's village (its seat is what gives it
 * rights over the fund's money); a linked person must live in the fund's village.
 */
export async function checkMemberLinks(
  db: Deps["db"],
  fund: Pick<FundRow, "areaCode">,
  members: readonly CommitteeMemberBody[],
): Promise<void> {
  for (const m of members) {
    if (m.userId) {
      const user = await findUserForLink(db, m.userId);
      if (
        !user?.isActive ||
        user.role !== "committee_member" ||
        user.scopeCode === "" ||
        !isWithin(fund.areaCode, user.scopeCode)
      ) {
        throw fundErrors.memberUserInvalid(m.userId);
      }
    }
    if (m.householdMemberId) {
      const person = await findPersonVillage(db, m.householdMemberId);
      if (!person?.isActive || !isWithin(person.villageCode, fund.areaCode)) {
        throw fundErrors.memberPersonInvalid(m.householdMemberId);
      }
    }
  }
}

export function memberRows(
  deps: Deps,
  fundId: string,
  setId: string,
  members: readonly CommitteeMemberBody[],
): CommitteeMemberRow[] {
  const now = deps.clock.now();
  // Distinct, increasing timestamps keep the members in the order they were given.
  return members.map((m, i) => ({
    id: deps.ids.uuid(),
    committeeSetId: setId,
    fundId,
    name: m.name,
    userId: m.userId ?? null,
    householdMemberId: m.householdMemberId ?? null,
    position: m.position,
    createdAt: new Date(now.getTime() + i),
  }));
}

export async function createCommitteeSet(
  deps: Deps,
  fundId: string,
  body: CreateCommitteeSetBody,
): Promise<CommitteeSet> {
  return inTransaction(deps.db, async (tx) => {
    const txDeps = { ...deps, db: tx };
    const fund = await loadFund(txDeps, fundId, "funds.write");
    assertFundOpen(fund);
    await lockFund(tx, fund.id);
    const p = effectiveParameters(fund.fundType as FundType, fund.parameters);
    const termEnd = body.termEnd ?? termEndFor(body.termStart, p.committeeTermYears);
    if (termEnd < body.termStart) throw fundErrors.termOrder();
    const problem = checkCommitteeComposition(body.members, p);
    if (problem) throw problem;
    const sets = await selectCommitteeSets(tx, fund.id);
    const previous = sets[0];
    // A newer set governs from its start, so sets must start in their numbering order.
    if (previous && body.termStart < previous.termStart)
      throw fundErrors.termBeforePrevious(previous.termStart);
    await checkMemberLinks(tx, fund, body.members);
    const set = {
      id: deps.ids.uuid(),
      fundId: fund.id,
      setNo: (previous?.setNo ?? 0) + 1,
      termStart: body.termStart,
      termEnd,
      createdBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    };
    await insertCommitteeSet(tx, set);
    const members = memberRows(deps, fund.id, set.id, body.members);
    await insertCommitteeMembers(tx, members);
    const current = await findCurrentSet(tx, fund.id, deps.clock.today());
    const view = toCommitteeSet(set, members, current?.id ?? null);
    await recordAudit(txDeps, {
      action: "committee_set.created",
      entityType: "committee_set",
      entityId: set.id,
      areaCode: fund.areaCode,
      after: view,
    });
    return view;
  });
}
