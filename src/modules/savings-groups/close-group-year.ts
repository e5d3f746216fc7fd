// Closes a group's fiscal year: allocates the net profit by the bylaws, stores each member's dividend and refund, and posts the appropriation.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { hasPermission, outOfScope, requirePermission } from "../../shared/authorization";
import { fiscalYearRange } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { requireSeat } from "../funds/index";
import { closeFiscalYear, type LineInput, listFiscalYearCloses, postEntry } from "../ledger/index";
import { computeClose } from "./close-inputs";
import type { CloseBody, YearClose } from "./contracts";
import { PROFIT_BUCKETS } from "./group-bylaws";
import { groupAccounts } from "./member-support";
import { storedClose } from "./read-year-close";
import { type CloseRow, findClose, findMeeting, insertClose, lockGroup } from "./savings.repository";
import { loadGroup } from "./savings-access";
import { BUCKET_ACCOUNT } from "./savings-chart";
import { SG_MEETING, savingsErrors } from "./savings-errors";
import { bylawsJson } from "./savings-views";

/**
 * The chair (after the general meeting) or a CD officer closes an ended fiscal year, once. The net profit
 * is the year's income less expense in the journal; its books must be final, so the ledger's fiscal year is
 * closed first: an officer's close does it in the same transaction, the chair's close needs it done.
 * The appropriation is one entry on the business date: Dr 3901 appropriation of net profit; Cr dividends
 * payable, patronage refunds payable, reserve, welfare fund, committee remuneration payable, public
 * benefit fund, each its bucket (none for a zero profit). A loss is refused (savings.net_loss).
 */
export async function closeGroupYear(deps: Deps, fundId: string, body: CloseBody): Promise<YearClose> {
  const { to } = fiscalYearRange(body.fiscalYear);
  const today = deps.clock.today();
  if (to >= today) throw savingsErrors.yearNotOver(body.fiscalYear, to);
  const closed = await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadGroup(t, fundId);
    const seat =
      deps.actor.kind === "user" && deps.actor.role === "committee_member"
        ? await requireSeat(t, fund, ["chair"])
        : null;
    if (seat === null && deps.actor.kind !== "system") requirePermission(deps.actor, "ledger.close_year");
    await lockGroup(tx, fund.id);
    if (await findClose(tx, fund.id, body.fiscalYear)) throw savingsErrors.yearAlreadyClosed(body.fiscalYear);
    if (body.meetingId !== undefined) {
      const meeting = await findMeeting(tx, body.meetingId);
      if (!meeting || meeting.fundId !== fund.id) throw outOfScope(SG_MEETING);
    }
    const ledgerClosed = (await listFiscalYearCloses(t, fund.id)).items.some(
      (c) => c.fiscalYear === body.fiscalYear,
    );
    if (!ledgerClosed) {
      if (seat !== null || !hasPermission(deps.actor, "ledger.close_year")) {
        throw savingsErrors.ledgerYearOpen(body.fiscalYear);
      }
      await closeFiscalYear(t, fund.id, body.fiscalYear);
    }
    const computed = await computeClose(t, fund, body.fiscalYear);
    const { view } = computed;
    let journalEntryId: string | null = null;
    if (view.netProfitSatang > 0) {
      const account = await groupAccounts(tx, fund.id);
      const lines: LineInput[] = [
        {
          accountId: account("profit_appropriation"),
          debitSatang: view.netProfitSatang,
          memo: `กำไรสุทธิปี ${body.fiscalYear}`,
        },
      ];
      for (const bucket of PROFIT_BUCKETS) {
        const amount = view.buckets[bucket] ?? 0;
        if (amount > 0) lines.push({ accountId: account(BUCKET_ACCOUNT[bucket]), creditSatang: amount });
      }
      const entry = await postEntry(t, {
        fundId: fund.id,
        entryDate: today,
        kind: "sg_profit_appropriation",
        description: `จัดสรรกำไรสุทธิประจำปี ${body.fiscalYear} ตามระเบียบกลุ่ม`,
        sourceType: "sg_year_close",
        sourceId: `${fund.id}:${body.fiscalYear}`,
        idempotencyKey: `sg_year_close:${body.fiscalYear}`,
        lines,
      });
      journalEntryId = entry.id;
    }
    const row: CloseRow = {
      id: deps.ids.uuid(),
      fundId: fund.id,
      fiscalYear: body.fiscalYear,
      closedOn: today,
      incomeSatang: view.incomeSatang,
      expenseSatang: view.expenseSatang,
      netProfitSatang: view.netProfitSatang,
      buckets: view.buckets,
      redirected: view.redirected,
      bylaws: bylawsJson(computed.bylaws),
      meetingId: body.meetingId ?? null,
      journalEntryId,
      closedBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    };
    await insertClose(
      tx,
      row,
      view.members.map((m) => ({
        closeId: row.id,
        memberId: m.memberId,
        memberNo: m.memberNo,
        shareBalanceSatang: m.shareBalanceSatang,
        shareMonthsSatang: m.shareMonthsSatang,
        interestPaidSatang: m.interestPaidSatang,
        dividendSatang: m.dividendSatang,
        patronageRefundSatang: m.patronageRefundSatang,
      })),
    );
    await recordAudit(t, {
      action: "savings.year_closed",
      entityType: "fund",
      entityId: fund.id,
      areaCode: fund.areaCode,
      after: {
        fiscalYear: body.fiscalYear,
        incomeSatang: view.incomeSatang,
        expenseSatang: view.expenseSatang,
        netProfitSatang: view.netProfitSatang,
        buckets: view.buckets,
        redirected: view.redirected,
        members: view.members.length,
        journalEntryId,
        ledgerYearClosedHere: !ledgerClosed,
      },
    });
    return row;
  });
  return storedClose(deps, closed);
}
