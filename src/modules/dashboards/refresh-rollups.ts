// Rebuilds the fiscal-year rollups: this year's fund-year stats, back-fills closed years not yet frozen, then every area level.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { fiscalYearRange } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import type { RefreshResult } from "./contracts";
import { dashboardErrors } from "./dashboard-errors";
import { DASHBOARD_DEFAULTS, parseBusinessDate, refreshYears } from "./dashboard-rules";
import {
  analyzeRollups,
  firstFundStartedOn,
  fundsWithoutHealth,
  lockRollups,
  rebuildAreaRollups,
  tuneRefreshTransaction,
  upsertFundYearStats,
  yearsNeedingBackfill,
} from "./dashboards.repository";

export interface RefreshRollupsInput {
  /** YYYY-MM-DD; the clock's business date when absent. Never after today. */
  businessDate?: string | undefined;
  /** Past fiscal years (B.E.) to back-fill when not yet frozen; by default the last five. */
  fiscalYears?: readonly number[] | undefined;
  /**
   * At most this many past years are back-filled in one refresh, the most recent first. The daily job passes 1,
   * so that a new installation's five-year back-fill is spread over five nights instead of one long first run.
   */
  maxBackfillYears?: number | undefined;
  /** The daily job passes its own PAR30 threshold so that back-filled years flag funds the same way. */
  par30ThresholdBp?: number | undefined;
}

/** Only the system (daily job, CLI) and central administrators refresh: it reads every fund. */
function requireRefreshPermission(actor: Actor): void {
  if (actor.kind !== "system" && actor.role !== "central_admin") throw dashboardErrors.notAllowed();
}

/**
 * Everything in one transaction, so a dashboard never sees half a refresh. Closed years are frozen: a
 * fund-year row dated on its year's 30 September is never rewritten, so a past year is computed once per fund.
 */
export async function refreshRollups(deps: Deps, input: RefreshRollupsInput = {}): Promise<RefreshResult> {
  requireRefreshPermission(deps.actor);
  const timer = performance.now();
  const today = deps.clock.today();
  const businessDate =
    input.businessDate === undefined ? today : parseBusinessDate(input.businessDate, today);
  const par30ThresholdBp = input.par30ThresholdBp ?? DASHBOARD_DEFAULTS.par30ThresholdBp;
  return inTransaction(deps.db, async (tx) => {
    await lockRollups(tx);
    await tuneRefreshTransaction(tx);
    const { current, past } = refreshYears({
      businessDate,
      firstFundStartedOn: await firstFundStartedOn(tx),
      given: input.fiscalYears,
    });
    const missing = await yearsNeedingBackfill(tx, past);
    // Missing years come oldest first: a limit keeps the most recent ones.
    const backfill = input.maxBackfillYears === undefined ? missing : missing.slice(-input.maxBackfillYears);
    const computedAt = deps.clock.now();
    let fundYearsWritten = 0;
    if (backfill.length > 0) {
      fundYearsWritten += await upsertFundYearStats(tx, {
        businessDate,
        currentYear: current,
        years: backfill,
        par30ThresholdBp,
        withJournal: true,
        computedAt,
      });
    }
    fundYearsWritten += await upsertFundYearStats(tx, {
      businessDate,
      currentYear: current,
      years: [current],
      par30ThresholdBp,
      withJournal: await fundsWithoutHealth(tx, fiscalYearRange(current).from),
      computedAt,
    });
    const areaRowsWritten = await rebuildAreaRollups(tx, [...backfill, current], computedAt);
    await analyzeRollups(tx);
    const result: RefreshResult = {
      businessDate,
      currentYear: current,
      backfilledYears: backfill,
      fundYearsWritten,
      areaRowsWritten,
      durationMs: Math.round(performance.now() - timer),
    };
    await recordAudit(
      { ...deps, db: tx },
      { action: "dashboards.rollups_refreshed", entityType: "area_year_rollup", details: result },
    );
    return result;
  });
}
