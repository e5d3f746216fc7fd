// Rebuilds the poverty-progress rollups set-based (every programme year, every area level, agencies, mentoring as of the business date) in one transaction.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { forbidden, invalidInput } from "../../shared/errors";
import { addDays, isIsoDate } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import {
  analyzeProgress,
  lockProgressRefresh,
  rebuildProgressAgencies,
  rebuildProgressAreas,
  rebuildProgressMentoring,
  saveRefreshState,
  tuneProgressRefresh,
} from "./progress.repository";

/** "Visited recently" counts a household visited on any of the last 30 days, the business date included. */
export const RECENT_VISIT_DAYS = 30;

export interface RefreshProgressInput {
  /** YYYY-MM-DD; the clock's business date when absent. Never after today. */
  businessDate?: string | undefined;
}

export interface RefreshProgressResult {
  businessDate: string;
  areaRows: number;
  agencyRows: number;
  mentoringRows: number;
  rowsWritten: number;
  refreshedAt: string;
  durationMs: number;
}

function businessDateOf(value: string | undefined, today: string): string {
  if (value === undefined) return today;
  if (!isIsoDate(value)) {
    throw invalidInput("poverty.progress_date_invalid", {
      th: "วันที่ประมวลผลต้องเป็นวันที่จริงในรูปแบบ YYYY-MM-DD",
      en: "The business date must be a real date as YYYY-MM-DD",
    });
  }
  if (value > today) {
    throw invalidInput("poverty.progress_date_future", {
      th: "วันที่ประมวลผลต้องไม่เลยวันนี้",
      en: "The business date cannot be after today",
    });
  }
  return value;
}

/**
 * Only the system (daily job, CLI, demo) and central administrators refresh: it reads every case. Everything
 * is rebuilt in one transaction, so a dashboard never sees half a refresh, and a second run on the same data
 * writes the same rows.
 */
export async function refreshPovertyProgress(
  deps: Deps,
  input: RefreshProgressInput = {},
): Promise<RefreshProgressResult> {
  if (deps.actor.kind !== "system" && deps.actor.role !== "central_admin") {
    throw forbidden("access.permission_jobs_run");
  }
  const businessDate = businessDateOf(input.businessDate, deps.clock.today());
  const timer = performance.now();
  return inTransaction(deps.db, async (tx) => {
    await lockProgressRefresh(tx);
    await tuneProgressRefresh(tx);
    const computedAt = deps.clock.now();
    const areaRows = await rebuildProgressAreas(tx, computedAt);
    const agencyRows = await rebuildProgressAgencies(tx, computedAt);
    const mentoringRows = await rebuildProgressMentoring(tx, {
      on: businessDate,
      since: addDays(businessDate, -(RECENT_VISIT_DAYS - 1)),
      computedAt,
    });
    await analyzeProgress(tx);
    const rowsWritten = areaRows + agencyRows + mentoringRows;
    const durationMs = Math.round(performance.now() - timer);
    await saveRefreshState(tx, { asOf: businessDate, computedAt, durationMs, rowsWritten });
    const result: RefreshProgressResult = {
      businessDate,
      areaRows,
      agencyRows,
      mentoringRows,
      rowsWritten,
      refreshedAt: computedAt.toISOString(),
      durationMs,
    };
    await recordAudit(
      { ...deps, db: tx },
      { action: "poverty.progress_refreshed", entityType: "pov_progress_refresh", details: result },
    );
    return result;
  });
}
