// Reads the officer's note on a fund for a fiscal year (empty fields when none was recorded yet).
import type { Deps } from "../../platform/deps";
import { loadFund } from "../funds/index";
import type { ReportNote } from "./contracts";
import { parseNoteFiscalYear, toReportNote } from "./record-report-note";
import { findReportNote } from "./reports.repository";

export async function getReportNote(deps: Deps, fundId: string, fiscalYearText: string): Promise<ReportNote> {
  const fund = await loadFund(deps, fundId, "funds.read");
  const fiscalYear = parseNoteFiscalYear(fiscalYearText, deps.clock.today());
  return toReportNote(await findReportNote(deps.db, fund.id, fiscalYear), fund.id, fiscalYear);
}
