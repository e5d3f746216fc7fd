// The clock domain code reads instead of Date.now(): the business date can be fixed for tests and jobs.
import { bangkokDate, type IsoDate } from "../shared/thai-date";

export interface Clock {
  now(): Date;
  /** The business date in Asia/Bangkok. */
  today(): IsoDate;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => bangkokDate(new Date()),
};

/** A clock stopped at an instant (tests) — `advance` moves it. */
export function fixedClock(
  at: Date | string,
): Clock & { advance(ms: number): void; set(at: Date | string): void } {
  let t = new Date(at).getTime();
  return {
    now: () => new Date(t),
    today: () => bangkokDate(new Date(t)),
    advance: (ms) => {
      t += ms;
    },
    set: (d) => {
      t = new Date(d).getTime();
    },
  };
}
