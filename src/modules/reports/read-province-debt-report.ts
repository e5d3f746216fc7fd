// Form 26(2) for a province: the funds' position columns summed per district, and the province's totals.
import type { Deps } from "../../platform/deps";
import { findAreas } from "../geography/index";
import type { ProvinceDebtReport, ProvinceRow } from "./contracts";
import { loadAreaFunds, loadReportHeader, periodOf, type ReportInput } from "./report-data";
import { type FundFigures, sumFigures } from "./report-rules";

export async function getProvinceDebtReport(deps: Deps, input: ReportInput): Promise<ProvinceDebtReport> {
  const header = await loadReportHeader(deps, "26-2-province", input);
  const funds = await loadAreaFunds(deps, header.area.code, periodOf(header));
  const byDistrict = new Map<string, FundFigures[]>();
  for (const f of funds) {
    const code = f.fund.villageCode.slice(0, 4);
    const list = byDistrict.get(code);
    if (list) list.push(f.figures);
    else byDistrict.set(code, [f.figures]);
  }
  const codes = [...byDistrict.keys()].sort();
  const names = new Map((await findAreas(deps.db, codes)).map((a) => [a.code, a.nameTh]));
  const rows: ProvinceRow[] = codes.map((code) => {
    const figures = byDistrict.get(code)!;
    return {
      districtCode: code,
      districtName: names.get(code) ?? code,
      funds: figures.length,
      figures: sumFigures(figures),
    };
  });
  return {
    ...header,
    funds: funds.length,
    rows,
    totals: sumFigures(funds.map((f) => f.figures)),
  };
}
