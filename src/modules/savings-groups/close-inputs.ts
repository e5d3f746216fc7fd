// Gathers a fiscal year's close from the database: net profit from the journal, each member's share-months and interest paid, then closeYear.
import type { Deps } from "../../platform/deps";
import { addDays, fiscalYearRange } from "../../shared/thai-date";
import type { FundRow } from "../funds/index";
import { accountBalances } from "../ledger/index";
import type { YearClose } from "./contracts";
import type { GroupBylaws } from "./group-bylaws";
import { interestPaid, type MemberRow, selectAllMembers, shareMovements } from "./savings.repository";
import { bylawsOn } from "./savings-access";
import { type CloseMember, closeYear } from "./year-end-close";

/** The first day of each month of a Thai fiscal year: October of the year before … September. */
export function fiscalMonths(fiscalYear: number): string[] {
  const ceEnd = fiscalYear - 543;
  return Array.from({ length: 12 }, (_, k) => {
    const month = ((9 + k) % 12) + 1;
    const year = month >= 10 ? ceEnd - 1 : ceEnd;
    return `${year}-${String(month).padStart(2, "0")}-01`;
  });
}

/**
 * Who shares in a year: members who joined by its last day and were still members at its end (active, or
 * left only after it). A member who left during the year has been paid their savings and takes no part.
 */
export const takesPart = (m: MemberRow, to: string): boolean =>
  m.joinedOn <= to && (m.status === "active" || (m.statusOn !== null && m.statusOn > to));

export interface ComputedClose {
  bylaws: GroupBylaws;
  incomeSatang: number;
  expenseSatang: number;
  view: YearClose;
  members: (CloseMember & { memberId: string; name: string; shareMonthsSatang: number })[];
}

export async function computeClose(deps: Deps, fund: FundRow, fiscalYear: number): Promise<ComputedClose> {
  const { from, to } = fiscalYearRange(fiscalYear);
  const bylaws = await bylawsOn(deps.db, fund.id, to);
  // The year's income and expense: the totals at its end less those the day before it began.
  const end = await accountBalances(deps.db, fund.id, to);
  const start = new Map(
    (await accountBalances(deps.db, fund.id, addDays(from, -1))).map((b) => [b.accountId, b]),
  );
  const sum = (type: string) =>
    end
      .filter((b) => b.accountType === type)
      .reduce((n, b) => n + b.balanceSatang - (start.get(b.accountId)?.balanceSatang ?? 0), 0);
  const incomeSatang = sum("income");
  const expenseSatang = sum("expense");

  const months = fiscalMonths(fiscalYear);
  const members = (await selectAllMembers(deps.db, fund.id)).filter((m) => takesPart(m, to));
  const movements = await shareMovements(deps.db, fund.id, from, to);
  const byMember = new Map<string, Map<string, number>>();
  for (const r of movements.months) {
    const m = byMember.get(r.memberId) ?? new Map<string, number>();
    m.set(r.monthOn, r.inSatang - r.outSatang);
    byMember.set(r.memberId, m);
  }
  const interest = await interestPaid(deps.db, fund.id, from, to);
  const closeMembers = members.map((m) => {
    let balance = movements.opening.get(m.id) ?? 0;
    let shareMonths = 0;
    const net = byMember.get(m.id);
    for (const month of months) {
      balance += net?.get(month) ?? 0;
      shareMonths += balance;
    }
    return {
      memberId: m.id,
      name: m.name,
      memberNo: m.memberNo,
      shareBalanceSatang: balance,
      shareMonthsSatang: shareMonths,
      interestPaidSatang: interest.get(m.id) ?? 0,
    };
  });
  const result = closeYear({ bylaws, netProfitSatang: incomeSatang - expenseSatang, members: closeMembers });
  const byNo = new Map(closeMembers.map((m) => [m.memberNo, m]));
  return {
    bylaws,
    incomeSatang,
    expenseSatang,
    members: closeMembers,
    view: {
      fiscalYear,
      isClosed: false,
      closedOn: null,
      incomeSatang,
      expenseSatang,
      netProfitSatang: result.netProfitSatang,
      profitAllocationBp: { ...bylaws.profitAllocationBp },
      buckets: { ...result.buckets },
      redirected: result.redirected,
      journalEntryId: null,
      members: result.members.map((s) => {
        const m = byNo.get(s.memberNo)!;
        return {
          memberId: m.memberId,
          memberNo: m.memberNo,
          name: m.name,
          shareBalanceSatang: m.shareBalanceSatang,
          shareMonthsSatang: m.shareMonthsSatang,
          interestPaidSatang: m.interestPaidSatang,
          dividendSatang: s.dividendSatang,
          patronageRefundSatang: s.patronageRefundSatang,
          totalSatang: s.totalSatang,
        };
      }),
    },
  };
}
