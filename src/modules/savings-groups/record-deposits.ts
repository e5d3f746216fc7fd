// Records a month's deposit sheet: N shares per member within the bylaws, one deposit per member and month, posted as one journal entry.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { THAI_MONTHS, toBuddhistYear } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { IssueList, throwIfIssues } from "../debt-centre/index";
import { postEntry } from "../ledger/index";
import type { DepositSheetBody } from "./contracts";
import { groupAccounts } from "./member-support";
import {
  insertShareTxns,
  lockGroup,
  type ShareTxnRow,
  selectDepositsOfMonth,
  selectMembersByIds,
} from "./savings.repository";
import { bylawsOn, loadGroupForWrite } from "./savings-access";
import { savingsErrors } from "./savings-errors";
import { monthStart } from "./savings-views";
import { depositFor } from "./share-savings";

/** "มิถุนายน 2567" for a month "2024-06". */
export function thaiMonth(month: string): string {
  return `${THAI_MONTHS[Number(month.slice(5, 7)) - 1]} ${toBuddhistYear(Number(month.slice(0, 4)))}`;
}

/**
 * The finance member or the secretary saves the sheet of a deposit day. Every row is checked before
 * anything is written, and every broken row is named (`rows[3].shares`): shares a whole number within the
 * bylaws' min–max of that month, the member active and already a member in that month, nobody twice. A
 * member who has already deposited for the month is a conflict (the bylaws allow one deposit a month; a
 * correction is a reversal by the finance member, not a second deposit). The sheet posts one entry:
 * Dr cash, Cr members' share savings (3301), for the total.
 */
export async function recordDeposits(
  deps: Deps,
  fundId: string,
  body: DepositSheetBody,
): Promise<{ month: string; count: number; totalSatang: number; journalEntryId: string }> {
  const monthOn = monthStart(body.month);
  if (monthOn > deps.clock.today()) throw savingsErrors.monthInFuture(body.month);
  if (body.paidOn > deps.clock.today()) throw savingsErrors.dateInFuture("paidOn", body.paidOn);
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { fund } = await loadGroupForWrite(t, fundId, ["finance", "secretary"]);
    // One sheet of a group at a time: the month check below cannot race another sheet.
    await lockGroup(tx, fund.id);
    const bylaws = await bylawsOn(tx, fund.id, monthOn);
    const members = new Map(
      (await selectMembersByIds(tx, fund.id, [...new Set(body.rows.map((r) => r.memberId))])).map((m) => [
        m.id,
        m,
      ]),
    );
    const v = new IssueList();
    const seen = new Set<string>();
    body.rows.forEach((r, k) => {
      const at = `rows[${k}]`;
      const m = members.get(r.memberId);
      if (!m) {
        v.add(`${at}.memberId`, "not_member", "ไม่พบสมาชิกนี้ในกลุ่ม", "no such member in this group");
      } else if (seen.has(r.memberId)) {
        v.add(
          `${at}.memberId`,
          "duplicate",
          "ระบุสมาชิกคนเดียวกันซ้ำในแผ่นเดียว",
          "the same member appears twice on the sheet",
        );
      } else if (m.status !== "active") {
        v.add(
          `${at}.memberId`,
          "not_active",
          `สมาชิกเลขที่ ${m.memberNo} ไม่ได้อยู่ในสถานะปกติ`,
          `member no. ${m.memberNo} is not active`,
        );
      } else if (m.joinedOn.slice(0, 7) > body.month) {
        v.add(
          `${at}.memberId`,
          "not_yet_member",
          `สมาชิกเลขที่ ${m.memberNo} ยังไม่ได้เป็นสมาชิกในเดือนนี้`,
          `member no. ${m.memberNo} was not yet a member in this month`,
        );
      }
      seen.add(r.memberId);
      v.integer(`${at}.shares`, r.shares, bylaws.minSharesPerMonth, bylaws.maxSharesPerMonth);
    });
    throwIfIssues("savings.invalid_deposit", { th: "แผ่นบันทึกเงินสัจจะ", en: "The deposit sheet" }, v.issues);
    const taken = (await selectDepositsOfMonth(tx, fund.id, monthOn)).filter((d) => seen.has(d.memberId));
    if (taken.length > 0)
      throw savingsErrors.depositTaken(members.get(taken[0]!.memberId)!.memberNo, body.month);

    const total = body.rows.reduce((s, r) => s + depositFor(bylaws, r.shares), 0);
    const account = await groupAccounts(tx, fund.id);
    const entry = await postEntry(t, {
      fundId: fund.id,
      entryDate: body.paidOn,
      kind: "sg_share_deposit",
      description: `รับเงินสัจจะสะสม เดือน${thaiMonth(body.month)} จำนวน ${body.rows.length} ราย`,
      sourceType: "sg_deposit_sheet",
      sourceId: `${fund.id}:${body.month}:${deps.clock.now().getTime()}`.slice(0, 100),
      lines: [
        { accountId: account("cash"), debitSatang: total },
        { accountId: account("member_shares"), creditSatang: total },
      ],
    });
    const now = deps.clock.now();
    const rows: ShareTxnRow[] = body.rows.map((r) => ({
      id: deps.ids.uuid(),
      fundId: fund.id,
      memberId: r.memberId,
      kind: "deposit",
      monthOn,
      paidOn: body.paidOn,
      shares: r.shares,
      amountSatang: depositFor(bylaws, r.shares),
      journalEntryId: entry.id,
      recordedBy: deps.actor.userId,
      createdAt: now,
    }));
    await insertShareTxns(tx, rows);
    await recordAudit(t, {
      action: "savings.deposits_recorded",
      entityType: "fund",
      entityId: fund.id,
      areaCode: fund.areaCode,
      after: {
        month: body.month,
        paidOn: body.paidOn,
        count: rows.length,
        totalSatang: total,
        journalEntryId: entry.id,
        rows: rows.map((r) => ({ memberNo: members.get(r.memberId)!.memberNo, shares: r.shares })),
      },
    });
    return { month: body.month, count: rows.length, totalSatang: total, journalEntryId: entry.id };
  });
}
