// Gathers a case's evidence (profiles by data year from จปฐ. records, or imported lists for years without a record; the household's loans) and evaluates its stages under the province's rules.
import type { Deps } from "../../platform/deps";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { type LoanClass, type LoanView, listHouseholdLoans } from "../loans/index";
import type { EvaluationView } from "./case-contracts";
import { stageRulesOf } from "./case-stage-rules";
import {
  type Evaluation,
  evaluateStages,
  loansCurrent,
  STAGES,
  type Stage,
  type StageRules,
} from "./case-stages";
import { type CaseRow, selectBmnRecords } from "./cases.repository";
import { selectImportedProfileRows } from "./deprivation.repository";
import { type DeprivationProfile, profileFromBmn, profileFromListRow } from "./deprivation-profile";
import { loadDeprivationConfigs } from "./deprivation-table";

export interface CaseEvidence {
  rules: StageRules;
  profiles: DeprivationProfile[];
  loans: LoanView[];
  loanClasses: LoanClass[];
  evaluation: Evaluation;
}

/** Loans that still count for the household: not cancelled, not waiting for their payout. */
const counts = (l: LoanView): boolean => l.status !== "cancelled" && l.status !== "pending_disbursement";

/** A loan the daily job has not classified yet counts by its status: closed is closed, else current. */
const classOf = (l: LoanView): LoanClass =>
  (l.classification as LoanClass | null) ?? (l.status === "closed" ? "closed" : "current");

export async function caseEvidence(deps: Deps, row: CaseRow): Promise<CaseEvidence> {
  const rules = await stageRulesOf(deps.db, row.areaCode.slice(0, 2));
  const { configs } = await loadDeprivationConfigs(deps.db);
  const records = await selectBmnRecords(deps.db, row.householdId);
  const profiles: DeprivationProfile[] = [];
  const years = [];
  for (const r of records) {
    try {
      const profile = profileFromBmn(r, configs);
      profiles.push(profile);
      years.push({ dataYear: r.surveyYear, profile, indicators: r.indicators });
    } catch {
      // A survey year outside every deprivation-table version cannot be profiled; it is left out of the evidence.
    }
  }
  // A year without a จปฐ. record is described by the newest list of that year that profiles the household.
  for (const r of await selectImportedProfileRows(deps.db, row.householdId)) {
    if (years.some((y) => y.dataYear === r.dataYear)) continue;
    try {
      const profile = profileFromListRow(r, configs);
      profiles.push(profile);
      years.push({ dataYear: r.dataYear, profile, indicators: undefined });
    } catch {
      // As above: a data year outside the table is left out.
    }
  }
  profiles.sort((a, b) => b.dataYear - a.dataYear);
  // The caller has already checked the actor may read this case; the household's loans are read as the system.
  const loans = (
    await listHouseholdLoans({ ...deps, actor: SYSTEM_ACTOR }, row.householdId, { limit: 200 })
  ).items.filter(counts);
  const loanClasses = loans.map(classOf);
  const evaluation = evaluateStages({ years, loanClasses }, rules, configs);
  return { rules, profiles, loans, loanClasses, evaluation };
}

/** The evaluation as the API shows it, with the move the system proposes from the current stage. */
export function evaluationView(evidence: CaseEvidence, current: Stage): EvaluationView {
  const { evaluation, rules } = evidence;
  const k = STAGES.indexOf(current);
  const next = STAGES[k + 1];
  return {
    dataYear: evaluation.dataYear,
    highestMet: evaluation.highestMet,
    stages: STAGES.map((s) => ({
      stage: s,
      met: evaluation.stages[s].met,
      results: evaluation.stages[s].results.map((r) => ({
        stage: r.stage,
        kind: r.criterion.kind,
        met: r.met,
        reason: r.reason,
      })),
    })),
    proposedStage: next && evaluation.stages[current].met ? next : null,
    graduationRequiresLoansCurrent: rules.graduation.requireLoansCurrent,
    loansCurrent: loansCurrent(evidence.loanClasses, rules.graduation.currentClasses),
  };
}
