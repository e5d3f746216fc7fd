// Recomputes every fund's early-warning risk score for a business date (set-based), inside the daily job's transaction, and thins old history.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { forbidden } from "../../shared/errors";
import { fiscalYearOf, fiscalYearRange, isIsoDate } from "../../shared/thai-date";
import { pruneRiskHistory, recomputeRiskScores, tuneRiskTransaction } from "./governance.repository";
import { governanceErrors } from "./governance-errors";
import { checkRiskConfig, RISK_CONFIG, type RiskConfig } from "./risk-rules";

export interface RecomputeRiskInput {
  businessDate: string;
  config?: RiskConfig | undefined;
}

export interface RecomputeRiskResult {
  businessDate: string;
  funds: number;
  medium: number;
  high: number;
  pruned: number;
  configVersion: number;
  ms: number;
}

/**
 * Reads the day's fund_health rows, so the daily job calls it after fund health, in the same transaction.
 * Only the system and central administrators run it (it touches every fund).
 */
export async function recomputeRisk(deps: Deps, input: RecomputeRiskInput): Promise<RecomputeRiskResult> {
  if (deps.actor.kind !== "system" && deps.actor.role !== "central_admin")
    throw forbidden("access.permission_jobs_run");
  if (!isIsoDate(input.businessDate)) throw governanceErrors.dateInvalid("businessDate", input.businessDate);
  const config = input.config ?? RISK_CONFIG;
  const bad = checkRiskConfig(config);
  if (bad) throw governanceErrors.configInvalid(bad);
  const started = performance.now();
  const fiscalYear = fiscalYearOf(input.businessDate);
  return inTransaction(deps.db, async (tx) => {
    await tuneRiskTransaction(tx);
    const counts = await recomputeRiskScores(tx, {
      businessDate: input.businessDate,
      fiscalYear,
      fiscalYearStart: fiscalYearRange(fiscalYear).from,
      config,
      computedAt: deps.clock.now(),
    });
    const pruned = await pruneRiskHistory(tx, {
      businessDate: input.businessDate,
      historyDays: config.historyDays,
    });
    return {
      businessDate: input.businessDate,
      ...counts,
      pruned,
      configVersion: config.version,
      ms: Math.round(performance.now() - started),
    };
  });
}
