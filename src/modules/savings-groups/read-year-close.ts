// The year-end close of a fiscal year: the stored close when done, otherwise a preview computed from the books now.
import type { Deps } from "../../platform/deps";
import { computeClose } from "./close-inputs";
import type { YearClose } from "./contracts";
import type { GroupBylaws } from "./group-bylaws";
import { type CloseRow, findClose, selectCloseMembers } from "./savings.repository";
import { loadGroup } from "./savings-access";

export async function getYearClose(deps: Deps, fundId: string, fiscalYear: number): Promise<YearClose> {
  const fund = await loadGroup(deps, fundId);
  const stored = await findClose(deps.db, fund.id, fiscalYear);
  if (stored) return storedClose(deps, stored);
  return (await computeClose(deps, fund, fiscalYear)).view;
}

export async function storedClose(deps: Deps, row: CloseRow): Promise<YearClose> {
  const members = await selectCloseMembers(deps.db, row.id);
  return {
    fiscalYear: row.fiscalYear,
    isClosed: true,
    closedOn: row.closedOn,
    incomeSatang: row.incomeSatang,
    expenseSatang: row.expenseSatang,
    netProfitSatang: row.netProfitSatang,
    profitAllocationBp: { ...(row.bylaws as unknown as GroupBylaws).profitAllocationBp },
    buckets: row.buckets,
    redirected: row.redirected as YearClose["redirected"],
    journalEntryId: row.journalEntryId,
    members: members.map((m) => ({
      memberId: m.memberId,
      memberNo: m.memberNo,
      name: m.name,
      shareBalanceSatang: m.shareBalanceSatang,
      shareMonthsSatang: m.shareMonthsSatang,
      interestPaidSatang: m.interestPaidSatang,
      dividendSatang: m.dividendSatang,
      patronageRefundSatang: m.patronageRefundSatang,
      totalSatang: m.dividendSatang + m.patronageRefundSatang,
    })),
  };
}
