// Form 26(1) summarised for a district: one row per village fund with the position columns, and the totals.
import type { Deps } from "../../platform/deps";
import type { DistrictDebtReport } from "./contracts";
import { fundRef, loadAreaFunds, loadReportHeader, periodOf, type ReportInput } from "./report-data";
import { sumFigures } from "./report-rules";

export async function getDistrictDebtReport(deps: Deps, input: ReportInput): Promise<DistrictDebtReport> {
  const header = await loadReportHeader(deps, "26-1-district", input);
  const funds = await loadAreaFunds(deps, header.area.code, periodOf(header));
  return {
    ...header,
    rows: funds.map((f) => ({ ...fundRef(f.fund), figures: f.figures })),
    totals: sumFigures(funds.map((f) => f.figures)),
  };
}
