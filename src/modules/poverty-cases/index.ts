// Poverty eradication case management (issue 6), pure rules so far: deprivation table and profiles, target lists, matching and reconciliation, case stages, the assistance menu, mentor pairing.
export {
  type Agency,
  DEFAULT_AGENCIES,
  DEFAULT_DIMENSION_AGENCIES,
  type Delivery,
  type DeliveryContext,
  EVIDENCE_KINDS,
  type Evidence,
  type EvidenceKind,
  MAX_UNIT_VALUE_SATANG,
  type MenuItem,
  type PlanItem,
  type PlanTotals,
  parseDelivery,
  parseMenu,
  planItemFrom,
  planTotals,
  type Totals,
} from "./assistance-menu";
export { seedPovertyCaseDemo } from "./case-demo-seed";
export { getCase, listCases } from "./case-reads";
export {
  assertClosing,
  assertOneCasePerYear,
  assertStageChange,
  CLOSING_REASON_NAMES,
  CLOSING_REASONS,
  type CloseCaseInput,
  type ClosingReason,
  CRITERION_KINDS,
  type CriterionResult,
  currentStage,
  DEFAULT_CURRENT_LOAN_CLASSES,
  DEFAULT_STAGE_RULES,
  type Evaluation,
  evaluateStages,
  loansCurrent,
  openingHistory,
  parseStageRules,
  recordStageChange,
  STAGE_NAMES,
  STAGES,
  type Stage,
  type StageCriterion,
  type StageEvaluation,
  type StageEvidence,
  type StageHistoryEntry,
  type StageRules,
  type StageYearEvidence,
  unmetReasons,
} from "./case-stages";
export {
  configForYear,
  DEFAULT_DEPRIVATION_CONFIGS,
  type DeprivationConfig,
  type DeprivationIndicator,
  DIMENSION_NAMES,
  DIMENSIONS,
  type Dimension,
  type IndicatorRule,
  isDimension,
  parseDeprivationConfigs,
  TPMAP_INDICATORS,
} from "./deprivation-config";
export {
  allFailingIndicators,
  type BmnRecordForProfile,
  type DeprivationProfile,
  type ImportedDeprivation,
  indicatorFails,
  profileFromBmn,
  profileFromImport,
} from "./deprivation-profile";
// Target lists and deprivation in the database.
export { getHouseholdProfile } from "./deprivation-profiles";
export { getDeprivationTable, loadDeprivationConfigs, setDeprivationTable } from "./deprivation-table";
export {
  type CandidateHousehold,
  type CandidateMember,
  inMemoryLookups,
  MATCH_KINDS,
  type MatchDifference,
  type MatchKind,
  type MatchSummary,
  matchTarget,
  matchTargets,
  type TargetLookups,
  type TargetMatch,
} from "./match-targets";
export {
  assertPairing,
  assertPairingEnd,
  assertVisit,
  DEFAULT_MAX_HOUSEHOLDS_PER_MENTOR,
  DEFAULT_SCHEMES,
  DEFAULT_VISIT_INTERVAL_DAYS,
  isActiveOn,
  type MentorScheme,
  mentorWorklist,
  overdueVisits,
  type Pairing,
  type PairingRequest,
  pairingRefusals,
  parseScheme,
  type Refusal,
  type Visit,
  type VisitStatus,
  visitStatus,
} from "./mentor-pairing";
export { seedPovertyProgressDemo } from "./progress-demo";
export { getDistrictsTable, getProgress } from "./progress-reads";
export { type RefreshProgressResult, refreshPovertyProgress } from "./progress-refresh";
export {
  conflictsBetween,
  type FieldConflict,
  type ReconciledPair,
  type ReconcileField,
  type Reconciliation,
  reconcileLists,
} from "./reconcile-lists";
export { seedDemoTargetLists } from "./target-demo";
export { type ImportTargetListInput, importTargetList } from "./target-import";
export {
  assertTargetListClean,
  type Cell,
  MAX_TARGET_LIST_ROWS,
  type ParseTargetListInput,
  parseTargetList,
  resolveTargetHeader,
  TARGET_LIST_COLUMNS,
  TARGET_LIST_SOURCE_NAMES,
  TARGET_LIST_SOURCES,
  type TargetColumn,
  type TargetColumnKey,
  type TargetListResult,
  type TargetListSource,
  type TargetRow,
} from "./target-list";
export { getTargetList, listTargetLists, listTargetRows } from "./target-read";
export { reconcileSummary, reconcileTargetLists } from "./target-reconcile";
export { addressKey, cleanText, houseNoKey, nameKey, stripTitle, toArabicDigits } from "./thai-names";
