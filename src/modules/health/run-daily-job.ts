// The daily overdue job: classifies every loan as of a business date (set-based, in id-range batches) and recomputes every fund's health.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { forbidden, isAppError } from "../../shared/errors";
import { fiscalYearOf, fiscalYearRange, isIsoDate } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { refreshRollups } from "../dashboards/index";
import { endRelapseWatches } from "../debt-centre/index";
import { recomputeRisk } from "../governance/index";
import type { LoanClass } from "../loans/index";
import { refreshPovertyProgress } from "../poverty-cases/index";
import type { DailyJobResult } from "./contracts";
import {
  classifyLoanBatch,
  findRunningRun,
  finishJobRun,
  insertJobRun,
  lockJob,
  nextBatchStart,
  selectFundAggregates,
  tuneJobTransaction,
  upsertFundHealth,
} from "./health.repository";
import { healthErrors } from "./health-errors";
import {
  computeFundHealth,
  emptyClassCounts,
  HEALTH_DEFAULTS,
  type HealthThresholds,
  mergeThresholds,
} from "./health-rules";

export const DAILY_JOB = "daily_overdue";

export interface RunDailyJobInput {
  /** YYYY-MM-DD; the clock's business date (Asia/Bangkok) when absent. Never after today. */
  businessDate?: string | undefined;
  thresholds?: Partial<HealthThresholds> | undefined;
  dueSoonDays?: number | undefined;
  batchSize?: number | undefined;
}

/** Only the system (scheduler, CLI) and central administrators run the job: it touches every fund. */
export function requireJobPermission(actor: Actor): void {
  if (actor.kind !== "system" && actor.role !== "central_admin")
    throw forbidden("access.permission_jobs_run");
}

/** A real calendar date, not after today. */
export function parseBusinessDate(value: unknown, today: string): string {
  if (typeof value !== "string" || !isIsoDate(value)) throw healthErrors.dateInvalid(value);
  if (value > today) throw healthErrors.dateInFuture(value, today);
  return value;
}

function nonNegativeInteger(name: string, value: number | undefined, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isSafeInteger(n) || n < 0) throw healthErrors.thresholdInvalid(name);
  return n;
}

/** What job_run.error keeps: the database's own message rather than the query text wrapped around it. */
function describeError(error: unknown): string {
  if (isAppError(error)) return `${error.code}: ${error.message}`;
  const cause = error instanceof Error ? error.cause : undefined;
  const text =
    cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return text.slice(0, 2_000);
}

export async function runDailyJob(deps: Deps, input: RunDailyJobInput = {}): Promise<DailyJobResult> {
  requireJobPermission(deps.actor);
  const today = deps.clock.today();
  const businessDate =
    input.businessDate === undefined ? today : parseBusinessDate(input.businessDate, today);
  const merged = mergeThresholds(input.thresholds);
  if ("bad" in merged) throw healthErrors.thresholdInvalid(merged.bad);
  const { thresholds } = merged;
  const dueSoonDays = nonNegativeInteger("dueSoonDays", input.dueSoonDays, HEALTH_DEFAULTS.dueSoonDays);
  const batchSize = Math.max(1, nonNegativeInteger("batchSize", input.batchSize, HEALTH_DEFAULTS.batchSize));

  const timer = performance.now();
  const startedAt = deps.clock.now();
  const runId = deps.ids.uuid();
  await inTransaction(deps.db, async (tx) => {
    await lockJob(tx, DAILY_JOB);
    const running = await findRunningRun(tx, DAILY_JOB);
    if (running) {
      const ageMs = startedAt.getTime() - running.startedAt.getTime();
      if (ageMs < HEALTH_DEFAULTS.staleRunMinutes * 60_000)
        throw healthErrors.alreadyRunning(running.id, running.startedAt);
      await finishJobRun(
        tx,
        running.id,
        { status: "failed", error: "abandoned: no finish was recorded (the process stopped)" },
        startedAt,
      );
    }
    await insertJobRun(tx, { id: runId, job: DAILY_JOB, businessDate, status: "running", startedAt });
  });

  try {
    // Each batch commits on its own: row locks on loans are held for one batch only, and a rerun after a
    // failure finishes the work (the statements are idempotent for a date).
    let from: string | null = null;
    let batches = 0;
    let loansClassified = 0;
    let loansChanged = 0;
    for (;;) {
      const to = await nextBatchStart(deps.db, from, batchSize);
      const batch = await inTransaction(deps.db, async (tx) => {
        await tuneJobTransaction(tx, 64);
        return classifyLoanBatch(tx, { businessDate, dueSoonDays, from, to });
      });
      batches++;
      loansClassified += batch.candidates;
      loansChanged += batch.changed;
      if (to === null) break;
      from = to;
    }
    const classifyMs = Math.round(performance.now() - timer);

    return await inTransaction(deps.db, async (tx) => {
      await tuneJobTransaction(tx, 128);
      const aggregates = await selectFundAggregates(tx, {
        businessDate,
        fiscalYearStart: fiscalYearRange(fiscalYearOf(businessDate)).from,
      });
      const values = aggregates.map((a) => computeFundHealth(a, thresholds));
      const computedAt = deps.clock.now();
      let fundsChanged = 0;
      for (let k = 0; k < values.length; k += HEALTH_DEFAULTS.upsertBatchSize) {
        const chunk = values.slice(k, k + HEALTH_DEFAULTS.upsertBatchSize);
        fundsChanged += await upsertFundHealth(tx, chunk, businessDate, computedAt);
      }
      const classCounts = emptyClassCounts();
      for (const v of values)
        for (const [c, n] of Object.entries(v.classCounts)) classCounts[c as LoanClass] += n;
      const fundsAtRisk = values.filter((v) => v.atRisk.length > 0).length;
      // The dashboards' fiscal-year rollups follow the day's fund health in the same transaction.
      await refreshRollups(
        { ...deps, db: tx },
        { businessDate, par30ThresholdBp: thresholds.par30ThresholdBp, maxBackfillYears: 1 },
      );
      // The early-warning risk scores read the day's fund health, so they follow it in the same transaction.
      await recomputeRisk({ ...deps, db: tx }, { businessDate });
      // Debt-free households whose relapse watch is over leave the watch for good.
      const watchesEnded = (await endRelapseWatches({ ...deps, db: tx }, { today: businessDate, area: "" }))
        .ended.length;
      // The poverty-progress rollups are rebuilt as of the same business date, in the same transaction.
      const povertyProgressRows = (await refreshPovertyProgress({ ...deps, db: tx }, { businessDate }))
        .rowsWritten;
      const counts = {
        watchesEnded,
        povertyProgressRows,
        loansClassified,
        loansChanged,
        batches,
        funds: values.length,
        fundsChanged,
        fundsAtRisk,
        classifyMs,
        healthMs: Math.round(performance.now() - timer) - classifyMs,
      };
      const finishedAt = deps.clock.now();
      await finishJobRun(tx, runId, { status: "succeeded", counts }, finishedAt);
      await recordAudit(
        { ...deps, db: tx },
        {
          action: "job.daily_run",
          entityType: "job_run",
          entityId: runId,
          details: { job: DAILY_JOB, businessDate, counts, thresholds, dueSoonDays },
        },
      );
      return {
        runId,
        job: DAILY_JOB,
        businessDate,
        status: "succeeded" as const,
        ...counts,
        classCounts,
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: Math.round(performance.now() - timer),
      };
    });
  } catch (error) {
    try {
      await finishJobRun(deps.db, runId, { status: "failed", error: describeError(error) }, deps.clock.now());
    } catch (recordError) {
      deps.logger.error({ err: recordError, runId }, "could not record the failed daily job run");
    }
    throw error;
  }
}
