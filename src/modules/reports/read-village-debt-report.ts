// Form 26(1) for a village: each borrower's debt and the fund's financial position as of a date.
import type { Deps } from "../../platform/deps";
import type { VillageDebtReport } from "./contracts";
import { fundRef, loadAreaFunds, loadReportHeader, periodOf, type ReportInput } from "./report-data";
import { borrowerLines } from "./report-rules";

/** A village without a กข.คจ. fund gives the report with no fund and no lines: nothing to report, not an error. */
export async function getVillageDebtReport(deps: Deps, input: ReportInput): Promise<VillageDebtReport> {
  const header = await loadReportHeader(deps, "26-1-village", input);
  const period = periodOf(header);
  const [found] = await loadAreaFunds(deps, header.area.code, period);
  return {
    ...header,
    fund: found ? fundRef(found.fund) : null,
    lines: found ? borrowerLines(found.loans, period) : [],
    figures: found?.figures ?? null,
    chairName: found?.fund.chairName ?? null,
    workerName: found?.fund.workerName ?? null,
    workerPosition: found?.fund.workerPosition ?? null,
  };
}
