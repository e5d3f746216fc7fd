// The fund-problem report for a province or district: each problem village's fund, missing money, why it is
// listed, and the cause and remedy the officers recorded.
import type { Deps } from "../../platform/deps";
import type { ProblemReport, ProblemRow } from "./contracts";
import { fundRef, loadAreaFunds, loadReportHeader, periodOf, type ReportInput } from "./report-data";
import { PROBLEM_REASON_NAMES, problemReasons, sumFigures } from "./report-rules";
import { selectReportNotes } from "./reports.repository";

export async function getProblemReport(deps: Deps, input: ReportInput): Promise<ProblemReport> {
  const header = await loadReportHeader(deps, "problems", input);
  const prefix = header.area.code;
  const funds = await loadAreaFunds(deps, prefix, periodOf(header));
  const notes = funds.length > 0 ? await selectReportNotes(deps.db, prefix, header.fiscalYear) : new Map();
  const rows: ProblemRow[] = [];
  for (const f of funds) {
    const reasons = problemReasons(f.figures, f.fund.hasCommittee);
    if (reasons.length === 0) continue;
    const note = notes.get(f.fund.fundId);
    rows.push({
      ...fundRef(f.fund),
      figures: f.figures,
      reasons: reasons.map((reason) => ({
        reason,
        nameTh: PROBLEM_REASON_NAMES[reason].th,
        nameEn: PROBLEM_REASON_NAMES[reason].en,
      })),
      problemCause: note?.problemCause ?? null,
      problemRemedy: note?.problemRemedy ?? null,
    });
  }
  return {
    ...header,
    funds: funds.length,
    rows,
    totals: sumFigures(rows.map((r) => r.figures)),
    provinceName: header.areaPath[0]?.nameTh ?? "",
  };
}
