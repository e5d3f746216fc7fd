import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeBmnIncome, failedCount, normalizeIndicators } from "./household-rules";

const input = (main: number, members: number) => ({
  surveyYear: 2567,
  membersCount: members,
  incomeMainSatang: main,
  incomeSecondarySatang: 0,
  incomeOtherSatang: 0,
  incomeOwnProductionSatang: 0,
  indicators: {},
});

describe("จปฐ. income", () => {
  it("floors income per person and passes at exactly the criterion", () => {
    expect(computeBmnIncome(input(114_000_00, 3), 38_000_00)).toEqual({
      incomeTotalSatang: 114_000_00,
      incomePerPersonSatang: 38_000_00,
      passesIncomeCriterion: true,
    });
    expect(computeBmnIncome(input(113_999_99, 3), 38_000_00)).toMatchObject({
      incomePerPersonSatang: 37_999_99,
      passesIncomeCriterion: false,
    });
  });

  it("never gives per-person income that multiplies back above the total", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 60 }), (total, members) => {
        const r = computeBmnIncome(input(total, members), 38_000_00);
        expect(r.incomePerPersonSatang * members).toBeLessThanOrEqual(total);
        expect((r.incomePerPersonSatang + 1) * members).toBeGreaterThan(total);
      }),
    );
  });

  it("derives indicator 22 and counts failures", () => {
    const ind = normalizeIndicators({ "1": true, "22": true, "8": false }, false);
    expect(ind["22"]).toBe(false);
    expect(failedCount(ind)).toBe(2);
  });
});
