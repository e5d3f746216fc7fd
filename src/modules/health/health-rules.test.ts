// Tests for the pure health rules: basis points, missing fund, PAR30 and the at-risk reasons, scheduling instants.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  basisPoints,
  computeFundHealth,
  dailyJobEnabled,
  emptyClassCounts,
  type FundAggregate,
  mergeThresholds,
  missingFund,
  nextRunAt,
} from "./health-rules";

const base: FundAggregate = {
  fundId: "f",
  areaCode: "40070908",
  originalCapitalSatang: 28_000_000,
  loansActive: 10,
  outstandingSatang: 10_000_000,
  atRisk30Satang: 500_000,
  defaultedSatang: 0,
  defaultedLoans: 0,
  fallenDueSatang: 4_000_000,
  collectedSatang: 3_000_000,
  bankSatang: 18_000_000,
  cashSatang: 0,
  hasCommitteeInOffice: true,
  classCounts: emptyClassCounts(),
};

describe("basisPoints", () => {
  it.each([
    [1, 3, 3_333],
    [2, 3, 6_667],
    [1, 20_000, 1], // 0.5 bp rounds half up
    [1, 20_001, 0],
    [0, 5, 0],
    [5, 5, 10_000],
  ])("%i ÷ %i = %i bp", (part, whole, bp) => {
    expect(basisPoints(part, whole)).toBe(bp);
  });

  it("is null without a positive whole, and exact at national totals beyond 2^53 ÷ 10,000", () => {
    expect(basisPoints(5, 0)).toBeNull();
    expect(basisPoints(5, -1)).toBeNull();
    // 11.1 bn baht of capital in satang: part × 10,000 is beyond Number.MAX_SAFE_INTEGER.
    expect(basisPoints(1_110_088_000_000, 1_110_088_000_000)).toBe(10_000);
    expect(basisPoints(555_044_000_001, 1_110_088_000_000)).toBe(5_000);
  });

  it("never differs from the exact ratio by more than half a basis point", () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 40 }), (part, whole) => {
        const bp = basisPoints(part, whole)!;
        const exact = (BigInt(part) * 10_000n * 2n) / BigInt(whole); // twice the exact value, floored
        expect(Math.abs(2 * bp - Number(exact))).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("missing fund (domain §4.8)", () => {
  it("is capital − (bank + outstanding non-defaulted loans + cash), never below 0", () => {
    expect(
      missingFund({
        ...base,
        bankSatang: 16_700_000,
        cashSatang: 600_000,
        outstandingSatang: 10_300_000,
        defaultedSatang: 2_000_000,
      }),
    ).toBe(2_400_000);
    expect(missingFund({ ...base, bankSatang: 30_000_000 })).toBe(0);
    expect(missingFund({ ...base, originalCapitalSatang: 0 })).toBe(0);
  });
});

describe("computeFundHealth", () => {
  it("computes PAR30, repayment rate and idle share; a healthy fund has no reasons", () => {
    expect(computeFundHealth(base)).toMatchObject({
      par30Bp: 500,
      repaymentRateBp: 7_500,
      idleBp: 6_429, // 18,000,000 ÷ 28,000,000
      missingSatang: 0,
      atRisk: [],
    });
  });

  it("gives every reason, in a fixed order, and takes thresholds as parameters", () => {
    const bad = {
      ...base,
      bankSatang: 1_000_000,
      atRisk30Satang: 3_000_000,
      defaultedSatang: 1_000_000,
      defaultedLoans: 1,
      hasCommitteeInOffice: false,
    };
    expect(computeFundHealth(bad).atRisk).toEqual([
      "missing_fund",
      "committee_term_expired",
      "par30_above_threshold",
      "defaulted_households",
    ]);
    expect(
      computeFundHealth(bad, {
        par30ThresholdBp: 3_000,
        missingToleranceSatang: 100_000_000,
        defaultedLoansTolerance: 1,
      }).atRisk,
    ).toEqual(["committee_term_expired"]);
    // PAR30 is compared as shown, in whole basis points: 10.00 % is not above 10.00 %, 10.01 % is.
    expect(computeFundHealth({ ...base, atRisk30Satang: 1_000_499 }).atRisk).toEqual([]);
    expect(computeFundHealth({ ...base, atRisk30Satang: 1_000_500 }).atRisk).toEqual([
      "par30_above_threshold",
    ]);
  });

  it("reports nothing due as a null repayment rate and an empty fund as 0 % PAR30 and 0 % idle", () => {
    const empty = {
      ...base,
      loansActive: 0,
      outstandingSatang: 0,
      atRisk30Satang: 0,
      fallenDueSatang: 0,
      collectedSatang: 0,
      bankSatang: 0,
    };
    expect(computeFundHealth({ ...empty, originalCapitalSatang: 0 })).toMatchObject({
      par30Bp: 0,
      repaymentRateBp: null,
      idleBp: 0,
      missingSatang: 0,
    });
  });

  it("refuses threshold overrides that are negative or not integers", () => {
    expect(mergeThresholds({ par30ThresholdBp: 500 })).toEqual({
      thresholds: { par30ThresholdBp: 500, missingToleranceSatang: 0, defaultedLoansTolerance: 0 },
    });
    expect(mergeThresholds({ par30ThresholdBp: -1 })).toEqual({ bad: "par30ThresholdBp" });
    expect(mergeThresholds({ defaultedLoansTolerance: 0.5 })).toEqual({ bad: "defaultedLoansTolerance" });
  });
});

describe("scheduling", () => {
  it("runs at 00:05 Asia/Bangkok (17:05 UTC the day before), always strictly in the future", () => {
    expect(nextRunAt(new Date("2024-06-15T03:00:00Z"), 5).toISOString()).toBe("2024-06-15T17:05:00.000Z");
    // 00:01 in Bangkok: today's 00:05 is still ahead.
    expect(nextRunAt(new Date("2024-06-14T17:01:00Z"), 5).toISOString()).toBe("2024-06-14T17:05:00.000Z");
    // Exactly at 00:05: the next day.
    expect(nextRunAt(new Date("2024-06-14T17:05:00Z"), 5).toISOString()).toBe("2024-06-15T17:05:00.000Z");
    // Across the end of a leap February and of a year.
    expect(nextRunAt(new Date("2024-02-29T18:00:00Z"), 5).toISOString()).toBe("2024-03-01T17:05:00.000Z");
    expect(nextRunAt(new Date("2024-12-31T16:59:59Z"), 0).toISOString()).toBe("2024-12-31T17:00:00.000Z");
  });

  it("is off with KAEJON_DAILY_JOB=off and under a test runner", () => {
    expect(dailyJobEnabled({})).toBe(true);
    expect(dailyJobEnabled({ KAEJON_DAILY_JOB: "on" })).toBe(true);
    expect(dailyJobEnabled({ KAEJON_DAILY_JOB: "off" })).toBe(false);
    expect(dailyJobEnabled({ KAEJON_DAILY_JOB: " OFF " })).toBe(false);
    expect(dailyJobEnabled({ VITEST: "true" })).toBe(false);
    expect(dailyJobEnabled({ NODE_ENV: "test" })).toBe(false);
  });
});
