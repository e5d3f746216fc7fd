// The ข้อ 27 report for a district or sub-district: per village, target households and persons, borrowers,
// those passing the จปฐ. income criterion, the fund's money, defaults, and the officer's development level.
import type { Deps } from "../../platform/deps";
import type { DatabaseReport, TargetFigures } from "./contracts";
import { fundRef, loadAreaFunds, loadReportHeader, periodOf, type ReportInput } from "./report-data";
import { sumFigures } from "./report-rules";
import { selectReportNotes, selectTargetFacts } from "./reports.repository";

const NO_TARGETS: TargetFigures = {
  targetHouseholds: 0,
  targetPersons: 0,
  borrowedHouseholds: 0,
  borrowedPersons: 0,
  passingHouseholds: 0,
  passingPersons: 0,
};

export async function getDatabaseReport(deps: Deps, input: ReportInput): Promise<DatabaseReport> {
  const header = await loadReportHeader(deps, "27", input);
  const prefix = header.area.code;
  const funds = await loadAreaFunds(deps, prefix, periodOf(header));
  // The จปฐ. survey read is the latest one up to the report's fiscal year (both B.E. years).
  const targets =
    funds.length > 0 ? await selectTargetFacts(deps.db, prefix, header.asOf, header.fiscalYear) : new Map();
  const notes = funds.length > 0 ? await selectReportNotes(deps.db, prefix, header.fiscalYear) : new Map();
  const rows = funds.map((f) => {
    const t = targets.get(f.fund.fundId);
    const note = notes.get(f.fund.fundId);
    return {
      ...fundRef(f.fund),
      figures: f.figures,
      targets: t
        ? {
            targetHouseholds: t.targetHouseholds,
            targetPersons: t.targetPersons,
            borrowedHouseholds: t.borrowedHouseholds,
            borrowedPersons: t.borrowedPersons,
            passingHouseholds: t.passingHouseholds,
            passingPersons: t.passingPersons,
          }
        : NO_TARGETS,
      developmentLevel: note?.developmentLevel ?? null,
      supportingAgencies: note?.supportingAgencies ?? null,
    };
  });
  const targetTotals = { ...NO_TARGETS };
  for (const r of rows) {
    for (const k of Object.keys(targetTotals) as (keyof TargetFigures)[]) targetTotals[k] += r.targets[k];
  }
  return { ...header, rows, totals: sumFigures(funds.map((f) => f.figures)), targetTotals };
}
