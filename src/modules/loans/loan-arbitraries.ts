// Test support only (imported by *.test.ts): fast-check arbitraries for valid loan schedules and payment sequences.
import fc from "fast-check";
import { addDays } from "../../shared/thai-date";
import {
  INTEREST_METHODS,
  KKJ_PRODUCT,
  type LoanProduct,
  ROUNDING_RULES,
  SCHEDULE_TYPES,
} from "./loan-product";
import type { GenerateScheduleInput } from "./schedule";

/** A random product and a plan that fits it, so every generated case must succeed. */
export const scheduleCase = fc
  .record({
    interestMethod: fc.constantFrom(...INTEREST_METHODS),
    rate: fc.integer({ min: 1, max: 1500 }),
    rounding: fc.constantFrom(...ROUNDING_RULES),
    dayCount: fc.constantFrom("actual/365" as const, "30/360" as const),
    scheduleType: fc.constantFrom(...SCHEDULE_TYPES),
    count: fc.integer({ min: 1, max: 24 }),
    frequencyMonths: fc.integer({ min: 1, max: 3 }),
    firstGap: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    gaps: fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 24, maxLength: 24 }),
    givenWeights: fc.option(fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 24, maxLength: 24 }), {
      nil: undefined,
    }),
    disbursedOffset: fc.integer({ min: 0, max: 4_000 }),
    principalFactor: fc.integer({ min: 200, max: 100_000_000 }),
  })
  .map((c): GenerateScheduleInput => {
    const product: LoanProduct = {
      ...KKJ_PRODUCT,
      interestMethod: c.interestMethod,
      rateBp: c.interestMethod === "none" ? 0 : c.rate,
      rounding: c.rounding,
      dayCount: c.dayCount,
      maxInstalments: 24,
      maxTermMonths: 600,
    };
    const disbursedOn = addDays("2020-01-01", c.disbursedOffset);
    const count = c.scheduleType === "lump_sum" ? 1 : c.count;
    const principalSatang = c.principalFactor * count;
    const input: GenerateScheduleInput = {
      product,
      principalSatang,
      disbursedOn,
      scheduleType: c.scheduleType,
    };
    if (c.scheduleType === "lump_sum")
      return { ...input, lumpSumDueOn: addDays(disbursedOn, c.gaps[0]! * 3) };
    if (c.scheduleType === "custom") {
      let on = disbursedOn;
      const weights = c.givenWeights?.slice(0, count);
      const weightSum = weights?.reduce((a, b) => a + b, 0) ?? 1;
      let given = 0;
      const customDueDates = Array.from({ length: count }, (_, k) => {
        on = addDays(on, c.gaps[k]!);
        if (!weights) return { dueOn: on };
        const share =
          k === count - 1 ? principalSatang - given : Math.floor((principalSatang * weights[k]!) / weightSum);
        given += share;
        return { dueOn: on, principalSatang: share };
      });
      return { ...input, customDueDates };
    }
    return {
      ...input,
      instalmentCount: count,
      frequencyMonths: c.frequencyMonths,
      firstDueOn: c.firstGap === undefined ? undefined : addDays(disbursedOn, c.firstGap),
    };
  });
