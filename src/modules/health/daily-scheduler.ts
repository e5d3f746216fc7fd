// Runs the daily job in the server: once at start when today's run has not succeeded, then shortly after each midnight Asia/Bangkok.
import type { Deps } from "../../platform/deps";
import { hasSucceededRun } from "./health.repository";
import { HEALTH_DEFAULTS, nextRunAt } from "./health-rules";
import { DAILY_JOB, runDailyJob } from "./run-daily-job";

export interface DailySchedulerOptions {
  minutesAfterMidnight?: number;
  retryMinutes?: number;
  /** Injected by tests; the real job and the real check by default. */
  runJob?: (deps: Deps, businessDate: string) => Promise<unknown>;
  hasRun?: (deps: Deps, businessDate: string) => Promise<boolean>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface DailyScheduler {
  /** Settles when the pending tick (if one is running) has finished. */
  idle(): Promise<void>;
  /** Cancels the next tick; a tick already running finishes. */
  stop(): void;
  /** When the next tick is due (null once stopped). */
  nextAt(): Date | null;
}

/**
 * A setTimeout chain: each tick runs the job for the clock's business date unless a run for that date has
 * already succeeded (a manual run, another server), then schedules the next midnight, or a retry after a
 * failure. Nothing it does can throw into the server: every failure is logged.
 */
export function startDailyJobScheduler(deps: Deps, options: DailySchedulerOptions = {}): DailyScheduler {
  const minutes = options.minutesAfterMidnight ?? HEALTH_DEFAULTS.minutesAfterMidnight;
  const retryMs = (options.retryMinutes ?? HEALTH_DEFAULTS.retryMinutes) * 60_000;
  const runJob = options.runJob ?? ((d: Deps, businessDate: string) => runDailyJob(d, { businessDate }));
  const hasRun = options.hasRun ?? ((d: Deps, date: string) => hasSucceededRun(d.db, DAILY_JOB, date));
  const setTimer =
    options.setTimer ??
    ((fn: () => void, ms: number) => {
      const handle = setTimeout(fn, ms);
      // The timer must not keep a stopping process alive.
      handle.unref();
      return handle;
    });
  const clearTimer = options.clearTimer ?? ((h: unknown) => clearTimeout(h as NodeJS.Timeout));
  const log = deps.logger;

  let stopped = false;
  let handle: unknown = null;
  let due: Date | null = null;
  let running: Promise<void> = Promise.resolve();

  const schedule = (at: Date) => {
    if (stopped) return;
    due = at;
    handle = setTimer(
      () => {
        running = tick();
      },
      Math.max(0, at.getTime() - deps.clock.now().getTime()),
    );
  };

  const tick = async (): Promise<void> => {
    handle = null;
    const businessDate = deps.clock.today();
    let failed = false;
    try {
      if (await hasRun(deps, businessDate)) {
        log.info({ job: DAILY_JOB, businessDate }, "daily job already done for this business date");
      } else {
        const result = await runJob(deps, businessDate);
        log.info({ job: DAILY_JOB, businessDate, result }, "daily job finished");
      }
    } catch (err) {
      failed = true;
      log.error({ err, job: DAILY_JOB, businessDate }, "daily job failed; it will be retried");
    }
    const now = deps.clock.now();
    const next = nextRunAt(now, minutes);
    schedule(failed ? new Date(Math.min(next.getTime(), now.getTime() + retryMs)) : next);
  };

  running = tick();
  return {
    idle: () => running,
    stop: () => {
      stopped = true;
      due = null;
      if (handle !== null) clearTimer(handle);
      handle = null;
    },
    nextAt: () => due,
  };
}
