// Reports: the official กข.คจ. reports 26(1), 26(2), ข้อ 27 and the fund-problem report (data, PDF, exports) and the officers' report notes.
export type {
  DatabaseReport,
  DistrictDebtReport,
  ProblemReport,
  ProvinceDebtReport,
  ReportNote,
  ReportNoteBody,
  VillageDebtReport,
} from "./contracts";
export { getDatabaseReport } from "./read-database-report";
export { getDistrictDebtReport } from "./read-district-debt-report";
export { getProblemReport } from "./read-problem-report";
export { getProvinceDebtReport } from "./read-province-debt-report";
export { getReportNote } from "./read-report-note";
export { getVillageDebtReport } from "./read-village-debt-report";
export { recordReportNote } from "./record-report-note";
export {
  renderDatabaseReport,
  renderDistrictDebtReport,
  renderProblemReport,
  renderProvinceDebtReport,
  renderVillageDebtReport,
} from "./report-documents";
export { type FundFigures, type ReportPeriod, resolvePeriod } from "./report-rules";
