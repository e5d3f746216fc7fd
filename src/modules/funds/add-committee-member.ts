// Adds a member to a committee set that has not ended (e.g. to fill a vacant seat).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import type { CommitteePosition } from "../../shared/roles";
import { recordAudit } from "../audit/index";
import type { CommitteeMember, CommitteeMemberBody, FundType } from "./contracts";
import { checkMemberLinks, memberRows } from "./create-committee-set";
import { assertFundOpen, loadFund } from "./fund-access";
import { COMMITTEE_SET, fundErrors } from "./fund-errors";
import { checkAddedMember, effectiveParameters } from "./fund-rules";
import { findCommitteeSet, insertCommitteeMembers, lockFund, selectMembersOfSets } from "./funds.repository";

export async function addCommitteeMember(
  deps: Deps,
  fundId: string,
  setId: string,
  body: CommitteeMemberBody,
): Promise<CommitteeMember> {
  return inTransaction(deps.db, async (tx) => {
    const txDeps = { ...deps, db: tx };
    const fund = await loadFund(txDeps, fundId, "funds.write");
    assertFundOpen(fund);
    await lockFund(tx, fund.id);
    const set = await findCommitteeSet(tx, setId);
    if (!set || set.fundId !== fund.id) throw outOfScope(COMMITTEE_SET);
    if (set.termEnd < deps.clock.today()) throw fundErrors.setExpired(set.termEnd);
    const existing = (await selectMembersOfSets(tx, [set.id])).map((m) => ({
      position: m.position as CommitteePosition,
      userId: m.userId ?? undefined,
      householdMemberId: m.householdMemberId ?? undefined,
    }));
    const problem = checkAddedMember(
      existing,
      body,
      effectiveParameters(fund.fundType as FundType, fund.parameters),
    );
    if (problem) throw problem;
    await checkMemberLinks(tx, fund, [body]);
    const [row] = memberRows(deps, fund.id, set.id, [body]);
    await insertCommitteeMembers(tx, [row!]);
    const member: CommitteeMember = {
      id: row!.id,
      name: row!.name,
      position: body.position,
      userId: row!.userId,
      householdMemberId: row!.householdMemberId,
    };
    await recordAudit(txDeps, {
      action: "committee_member.added",
      entityType: "committee_set",
      entityId: set.id,
      areaCode: fund.areaCode,
      after: member,
    });
    return member;
  });
}
