// Debt centre (ศจก.): effective rates, the debt survey, the restructuring planner and status machine, the centres, surveys, plans, welfare and certificates in the database, and the demo centre.
export { addCentreCommitteeMember } from "./add-centre-committee-member";
export { addMemberFund } from "./add-member-fund";
export { approvePlan } from "./approve-plan";
export type { AreaCounts, Centre, CentreDetail, PlanView, SurveyView } from "./contracts";
export { createCentre } from "./create-centre";
export {
  type CentreParameters,
  DEFAULT_CENTRE_PARAMETERS,
  type DebtDecision,
  type DebtDecisionKind,
  type FundUse,
  type MemberFund,
  type NewContract,
  type Participation,
  PLAN_RULES,
  type PlanInput,
  type PlanOutcome,
  type PlanOverrides,
  type PlanRule,
  parseCentreParameters,
  planRestructuring,
  type RestructuringPlan,
  type RuleBreak,
  splitParticipations,
} from "./debt-planner";
export {
  addPeriods,
  type DebtProjection,
  debtEffectiveRate,
  monthlyEquivalent,
  periodsBetween,
  projectDebt,
} from "./debt-projection";
export {
  centreEffectiveRate,
  compareRationals,
  type EffectiveRate,
  effectiveAnnualRate,
  INSTALMENT_FREQUENCIES,
  type InstalmentFrequency,
  instalmentStreamRate,
  PERIODS_PER_YEAR,
  RATE_BASES,
  type RateBasis,
  type Rational,
  rationalToBp,
} from "./debt-rates";
export {
  CREDITOR_CLASS,
  CREDITOR_TYPES,
  type CreditorClass,
  type CreditorType,
  type DebtSurvey,
  incomeFromBmn,
  parseDebtSurvey,
  type SurveyDebt,
} from "./debt-survey";
export { decideWelfare } from "./decide-welfare";
export { endRelapseWatches } from "./end-relapse-watches";
export { executePlan } from "./execute-plan";
export { type FieldIssue, IssueList, invalidFields, throwIfIssues } from "./field-issues";
export { type HouseholdDebtSummary, householdDebtSummary } from "./household-debt-summary";
export { markDebtFree } from "./mark-debt-free";
export { payWelfare } from "./pay-welfare";
export {
  assertTransition,
  canTransition,
  checkRelapse,
  DEFAULT_RELAPSE_PARAMETERS,
  PLAN_STATUS_NAMES,
  PLAN_STATUSES,
  PLAN_TRANSITIONS,
  type PlanStatus,
  type RelapseParameters,
  statusAfterNewDebt,
  watchEndsOn,
} from "./plan-status";
export { printCertificate } from "./print-certificate";
export { proposePlan } from "./propose-plan";
export {
  areaCounts,
  centreCounts,
  getCentre,
  getPlan,
  listCentres,
  listPlans,
  listSurveys,
} from "./read-centres";
export { listDebtFree, listWelfare } from "./read-welfare";
export { recordSurvey } from "./record-survey";
export { requestWelfare } from "./request-welfare";
export { seedDemoDebtCentres } from "./seed-demo-centre";
export { WELFARE_TYPE_NAMES, WELFARE_TYPES, type WelfareType } from "./welfare";
