// Tests for the daily job scheduler: runs at start only when needed, chains to the next midnight, retries, never throws.
import { describe, expect, it } from "vitest";
import { fixedClock } from "../../platform/clock";
import type { Deps } from "../../platform/deps";
import { silentLogger } from "../../platform/logger";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { startDailyJobScheduler } from "./daily-scheduler";

function harness(options: { done?: Set<string>; failFor?: Set<string> } = {}) {
  const clock = fixedClock("2024-06-15T03:00:00Z"); // 10:00 in Bangkok
  const deps = { clock, logger: silentLogger, actor: SYSTEM_ACTOR } as unknown as Deps;
  const ran: string[] = [];
  const timers: Array<{ fn: () => void; ms: number; cleared: boolean }> = [];
  const done = options.done ?? new Set<string>();
  const scheduler = startDailyJobScheduler(deps, {
    minutesAfterMidnight: 5,
    retryMinutes: 30,
    hasRun: async (_, date) => done.has(date),
    runJob: async (_, date) => {
      ran.push(date);
      if (options.failFor?.has(date)) {
        options.failFor.delete(date);
        throw new Error("database away");
      }
      done.add(date);
    },
    setTimer: (fn, ms) => {
      const timer = { fn, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (h) => {
      (h as { cleared: boolean }).cleared = true;
    },
  });
  /** Moves the clock by the last timer's delay and fires it. */
  const fire = async () => {
    const timer = timers[timers.length - 1]!;
    clock.advance(timer.ms);
    timer.fn();
    await scheduler.idle();
  };
  return { clock, ran, timers, scheduler, fire };
}

describe("startDailyJobScheduler", () => {
  it("runs at start when today's run is missing, then just after each midnight in Bangkok", async () => {
    const h = harness();
    await h.scheduler.idle();
    expect(h.ran).toEqual(["2024-06-15"]);
    // From 10:00 to 00:05 the next day in Bangkok.
    expect(h.timers[0]!.ms).toBe((14 * 60 + 5) * 60_000);
    expect(h.scheduler.nextAt()?.toISOString()).toBe("2024-06-15T17:05:00.000Z");
    await h.fire();
    expect(h.ran).toEqual(["2024-06-15", "2024-06-16"]);
    expect(h.timers[1]!.ms).toBe(24 * 3_600_000);
  });

  it("does not run at start when today's run already succeeded (another server, a manual run)", async () => {
    const h = harness({ done: new Set(["2024-06-15"]) });
    await h.scheduler.idle();
    expect(h.ran).toEqual([]);
    expect(h.timers).toHaveLength(1);
  });

  it("logs a failure instead of throwing and retries after 30 minutes", async () => {
    const h = harness({ failFor: new Set(["2024-06-15"]) });
    await h.scheduler.idle();
    expect(h.ran).toEqual(["2024-06-15"]);
    expect(h.timers[0]!.ms).toBe(30 * 60_000);
    await h.fire();
    expect(h.ran).toEqual(["2024-06-15", "2024-06-15"]);
    expect(h.timers[1]!.ms).toBe((13 * 60 + 35) * 60_000);
  });

  it("stops: the pending timer is cleared and nothing is scheduled again", async () => {
    const h = harness();
    await h.scheduler.idle();
    h.scheduler.stop();
    expect(h.timers[0]!.cleared).toBe(true);
    expect(h.scheduler.nextAt()).toBeNull();
  });
});
