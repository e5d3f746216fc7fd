// Governance: bank reconciliations, the yearly governance assessment of each fund, and the daily early-warning risk score.
export type {
  Assessment,
  AssessmentSummary,
  FundRisk,
  FundRiskDetail,
  Reconciliation,
} from "./contracts";
export { createAssessment } from "./create-assessment";
export { getAssessment, listAssessments } from "./read-assessments";
export { listReconciliations } from "./read-reconciliations";
export { getFundRisk, listFundRisk } from "./read-risk";
export { type RecomputeRiskInput, type RecomputeRiskResult, recomputeRisk } from "./recompute-risk";
export { recordReconciliation } from "./record-reconciliation";
export { refreshAssessment } from "./refresh-assessment";
export { RISK_CONFIG, RISK_FACTORS, type RiskConfig } from "./risk-rules";
export { seedGovernanceDemo } from "./seed-governance-demo";
export { submitAssessment } from "./submit-assessment";
export { updateAssessmentItem } from "./update-assessment-item";
