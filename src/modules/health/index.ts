// Health: the daily overdue job (loan classification, fund health, job runs), its scheduler and the fund-health reads.
export type {
  DailyJobBody,
  DailyJobResult,
  FundHealth,
  HealthListQuery,
  HealthSummary,
  HealthSummaryQuery,
} from "./contracts";
export { type DailyScheduler, type DailySchedulerOptions, startDailyJobScheduler } from "./daily-scheduler";
export {
  AT_RISK_REASONS,
  type AtRiskReason,
  basisPoints,
  computeFundHealth,
  DEFAULT_THRESHOLDS,
  dailyJobEnabled,
  HEALTH_DEFAULTS,
  type HealthThresholds,
  LOAN_CLASS_NAMES,
  nextRunAt,
} from "./health-rules";
export { getFundHealth, getHealthSummary, listFundHealth } from "./read-health";
export {
  DAILY_JOB,
  parseBusinessDate,
  type RunDailyJobInput,
  requireJobPermission,
  runDailyJob,
} from "./run-daily-job";
