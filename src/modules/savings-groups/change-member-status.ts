// Ends a membership (resigned, died, expelled) and, unless told otherwise, pays the share savings back in cash, in one transaction.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { invalidInput } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { postEntry } from "../ledger/index";
import { type Beneficiary, splitBenefit } from "./beneficiaries";
import type { MemberDetail, MemberStatusBody } from "./contracts";
import { groupAccounts } from "./member-support";
import { getMember } from "./read-groups";
import {
  insertShareTxns,
  loanOutstanding,
  lockGroup,
  lockMember,
  selectBeneficiaries,
  shareBalances,
  updateMember,
} from "./savings.repository";
import { bylawsOn, loadGroupForWrite, loadMember } from "./savings-access";
import { savingsErrors } from "./savings-errors";

/**
 * The chair records the end of a membership. With `payOutShares` the whole share balance leaves the group
 * (Dr member shares / Cr cash); a member who still owes on a loan must repay first (the savings secure it).
 * On a death the payout is split between the beneficiaries by their shares (splitBenefit: exact to the
 * satang) and the split is returned in the audit event, for the committee to pay each heir.
 */
export async function changeMemberStatus(
  deps: Deps,
  fundId: string,
  memberId: string,
  body: MemberStatusBody,
): Promise<MemberDetail> {
  if (body.on > deps.clock.today()) throw savingsErrors.dateInFuture("on", body.on);
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { fund } = await loadGroupForWrite(t, fundId, ["chair"]);
    await lockGroup(tx, fund.id);
    const member = (await lockMember(tx, (await loadMember(t, fund, memberId)).id))!;
    if (member.status !== "active") throw savingsErrors.statusUnchanged();
    if (body.on < member.joinedOn) {
      throw invalidInput("savings.status_before_joining", {
        th: `on: ต้องไม่ก่อนวันที่เข้าเป็นสมาชิก (${member.joinedOn})`,
        en: `on: must not be before the member joined (${member.joinedOn})`,
      });
    }
    const balance = (await shareBalances(tx, fund.id, [member.id])).get(member.id) ?? 0;
    let payout: {
      amountSatang: number;
      journalEntryId: string;
      heirs: { name: string; amountSatang: number }[];
    } | null = null;
    if (body.payOutShares && balance > 0) {
      const owed = (await loanOutstanding(tx, fund.id, [member.id])).get(member.id) ?? 0;
      if (owed > 0) throw savingsErrors.sharesOutstanding(member.memberNo, owed);
      const bylaws = await bylawsOn(tx, fund.id, body.on);
      const account = await groupAccounts(tx, fund.id);
      const entry = await postEntry(t, {
        fundId: fund.id,
        entryDate: body.on,
        kind: "sg_share_payout",
        description: `จ่ายคืนเงินสัจจะสะสม สมาชิกเลขที่ ${member.memberNo} ${member.name} (${STATUS_TH[body.status]})`,
        sourceType: "sg_member",
        sourceId: member.id,
        lines: [
          { accountId: account("member_shares"), debitSatang: balance },
          { accountId: account("cash"), creditSatang: balance },
        ],
      });
      await insertShareTxns(tx, [
        {
          id: deps.ids.uuid(),
          fundId: fund.id,
          memberId: member.id,
          kind: "withdrawal",
          monthOn: `${body.on.slice(0, 7)}-01`,
          paidOn: body.on,
          shares: Math.floor(balance / bylaws.shareValueSatang),
          amountSatang: balance,
          journalEntryId: entry.id,
          recordedBy: deps.actor.userId,
          createdAt: deps.clock.now(),
        },
      ]);
      let heirs: { name: string; amountSatang: number }[] = [];
      if (body.status === "died") {
        const nominated: Beneficiary[] = (await selectBeneficiaries(tx, member.id)).map((b) => ({
          name: b.name,
          relationship: b.relationship,
          shareBp: b.shareBp,
        }));
        const parts = splitBenefit(balance, nominated);
        heirs = nominated.map((b, k) => ({ name: b.name, amountSatang: parts[k]! }));
      }
      payout = { amountSatang: balance, journalEntryId: entry.id, heirs };
    }
    await updateMember(tx, member.id, {
      status: body.status,
      statusOn: body.on,
      statusReason: body.reason,
      updatedAt: deps.clock.now(),
    });
    await recordAudit(t, {
      action: "savings.member_left",
      entityType: "sg_member",
      entityId: member.id,
      areaCode: fund.areaCode,
      before: { status: member.status },
      after: { status: body.status, statusOn: body.on, reason: body.reason },
      details: { shareBalanceSatang: balance, payout },
    });
  });
  return getMember(deps, fundId, memberId);
}

const STATUS_TH: Record<MemberStatusBody["status"], string> = {
  resigned: "ลาออก",
  died: "ถึงแก่กรรม",
  expelled: "ให้ออก",
};
