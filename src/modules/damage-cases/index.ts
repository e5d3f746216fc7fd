// Damage cases (ความเสียหาย) against a fund: procedure steps with documents and their files, repayment plans, recoveries posted to the fund's ledger, closing.
export { addDocument } from "./add-document";
export { attachDocumentFile } from "./attach-document-file";
export { closeCase } from "./close-case";
export type { CaseDetail, CaseView } from "./contracts";
export { CASE_TYPES, CLOSURES, STAGE_MOVES, STAGES } from "./damage-rules";
export { openCase } from "./open-case";
export { getCase, listCases } from "./read-cases";
export { readDocumentFile } from "./read-document-file";
export { recordRecovery } from "./record-recovery";
export { recordStep } from "./record-step";
export { removeDocumentFile } from "./remove-document-file";
export { seedDemoDamageCases } from "./seed-demo-damage-cases";
export { setRepaymentPlan } from "./set-repayment-plan";
