// The dashboard rules: PAR30 and its threshold, rollup sums per area and type, missing fund, parameter parsing, back-fill years.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, basisPoints as healthBasisPoints } from "../health/index";
import {
  basisPoints,
  DASHBOARD_DEFAULTS,
  type FundYearFigures,
  measuresOf,
  missingFund,
  par30Above,
  parseAreaParam,
  parseChildCursor,
  parseFiscalYearParam,
  parseFundTypeParam,
  refreshYears,
  sumFunds,
} from "./dashboard-rules";

const fund = (areaCode: string, fundType: string, over: Partial<FundYearFigures> = {}): FundYearFigures => ({
  areaCode,
  fundType,
  isAtRisk: false,
  capitalSatang: 28_000_000,
  outstandingSatang: 0,
  disbursedSatang: 0,
  repaidSatang: 0,
  atRisk30Satang: 0,
  missingSatang: 0,
  defaultedSatang: 0,
  bankSatang: 0,
  cashSatang: 0,
  loansActive: 0,
  householdsServed: 0,
  ...over,
});

describe("PAR30", () => {
  it("is at-risk-30 ÷ outstanding in basis points, rounded half up, 0 when nothing is outstanding", () => {
    expect(basisPoints(1, 3)).toBe(3_333);
    expect(basisPoints(2, 3)).toBe(6_667);
    expect(basisPoints(1, 20_000)).toBe(1);
    expect(basisPoints(1, 20_001)).toBe(0);
    expect(basisPoints(5, 0)).toBe(0);
    expect(
      measuresOf({ ...measuresOf(null), atRisk30Satang: 2_300_000, outstandingSatang: 2_300_000 }).par30Bp,
    ).toBe(10_000);
  });

  it("agrees with the health module's basis points on every non-empty whole, at national sizes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        (part, whole) => {
          expect(basisPoints(part, whole)).toBe(healthBasisPoints(part, whole));
        },
      ),
    );
  });

  it("decides 'above the threshold' exactly as the rounded figure compared with it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 1, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 10_000 }),
        (atRisk, outstanding, threshold) => {
          expect(par30Above(atRisk, outstanding, threshold)).toBe(
            basisPoints(atRisk, outstanding) > threshold,
          );
        },
      ),
    );
    expect(par30Above(5, 0, 0)).toBe(false);
  });

  it("uses the health module's PAR30 threshold by default", () => {
    expect(DASHBOARD_DEFAULTS.par30ThresholdBp).toBe(DEFAULT_THRESHOLDS.par30ThresholdBp);
  });
});

describe("rollup sums", () => {
  const funds = [
    fund("40071001", "kkj", {
      outstandingSatang: 1_000,
      atRisk30Satang: 400,
      isAtRisk: true,
      householdsServed: 3,
    }),
    fund("40071002", "savings_group", { outstandingSatang: 500, missingSatang: 70, loansActive: 2 }),
    fund("40010101", "kkj", { outstandingSatang: 250, repaidSatang: -20, disbursedSatang: 600 }),
    fund("50010101", "kkj", { cashSatang: 9 }),
  ];

  it("sums per area prefix and fund type, counting funds at risk and with a missing fund", () => {
    expect(sumFunds(funds, "", "")).toMatchObject({
      funds: 4,
      fundsAtRisk: 1,
      fundsWithMissing: 1,
      capitalSatang: 4 * 28_000_000,
      outstandingSatang: 1_750,
      repaidSatang: -20,
      householdsServed: 3,
      cashSatang: 9,
    });
    expect(sumFunds(funds, "4007", "")).toMatchObject({ funds: 2, outstandingSatang: 1_500, loansActive: 2 });
    expect(sumFunds(funds, "40", "kkj")).toMatchObject({
      funds: 2,
      outstandingSatang: 1_250,
      disbursedSatang: 600,
    });
    expect(sumFunds(funds, "4002", "")).toEqual(measuresOfEmpty());
  });

  it("is additive: a level's sum is the sum of its children's", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            code: fc.constantFrom("40071001", "40071002", "40071101", "40010101", "50010101"),
            type: fc.constantFrom("kkj", "savings_group"),
            outstanding: fc.integer({ min: 0, max: 10 ** 9 }),
          }),
          { maxLength: 30 },
        ),
        (list) => {
          const all = list.map((f) => fund(f.code, f.type, { outstandingSatang: f.outstanding }));
          const whole = sumFunds(all, "40", "");
          const parts = ["4007", "4001"].map((d) => sumFunds(all, d, ""));
          expect(whole.outstandingSatang).toBe(parts[0]!.outstandingSatang + parts[1]!.outstandingSatang);
          expect(whole.funds).toBe(parts[0]!.funds + parts[1]!.funds);
          const byType = ["kkj", "savings_group"].map((t) => sumFunds(all, "40", t));
          expect(whole.funds).toBe(byType[0]!.funds + byType[1]!.funds);
        },
      ),
    );
  });

  it("computes a closed year's missing fund from its 30 September balances, never below 0", () => {
    const base = { capitalSatang: 10_000, bankSatang: 3_000, cashSatang: 1_000, outstandingSatang: 5_000 };
    expect(missingFund({ ...base, defaultedSatang: 0 })).toBe(1_000);
    expect(missingFund({ ...base, defaultedSatang: 2_000 })).toBe(3_000);
    expect(missingFund({ ...base, bankSatang: 9_000, defaultedSatang: 0 })).toBe(0);
  });
});

function measuresOfEmpty() {
  const { par30Bp: _, ...sums } = measuresOf(null);
  return sums;
}

describe("parameters", () => {
  it("reads area codes, fiscal years and fund types, refusing anything else in Thai and English", () => {
    expect(parseAreaParam(undefined)).toBeUndefined();
    expect(parseAreaParam("")).toBeUndefined();
    expect(parseAreaParam("4007")).toBe("4007");
    for (const bad of ["4", "400", "4007091", "40a7", " 40"])
      expect(() => parseAreaParam(bad)).toThrow(expect.objectContaining({ code: "dashboard.area_invalid" }));
    expect(parseFiscalYearParam("2567")).toBe(2567);
    for (const bad of ["2024x", "67", "1999", "2801", "25670"])
      expect(() => parseFiscalYearParam(bad)).toThrow(
        expect.objectContaining({
          code: "dashboard.fiscal_year_invalid",
          messageTh: expect.stringMatching(/ปีงบประมาณ/),
        }),
      );
    expect(parseFundTypeParam("")).toBe("");
    expect(parseFundTypeParam("kkj")).toBe("kkj");
    expect(() => parseFundTypeParam("KKJ")).toThrow(
      expect.objectContaining({ code: "dashboard.fund_type_invalid" }),
    );
  });

  it("accepts as a cursor only a code one level below the area", () => {
    expect(parseChildCursor("4007", "40")).toBe("4007");
    expect(parseChildCursor("10", "")).toBe("10");
    for (const [cursor, area] of [
      ["5001", "40"],
      ["400709", "40"],
      ["x", ""],
    ] as const)
      expect(() => parseChildCursor(cursor, area)).toThrow(
        expect.objectContaining({ code: "common.cursor_invalid" }),
      );
  });
});

describe("refreshYears", () => {
  it("takes the business date's fiscal year and the last five before it, none before the first fund", () => {
    expect(refreshYears({ businessDate: "2024-06-15", firstFundStartedOn: "2001-01-01" })).toEqual({
      current: 2567,
      past: [2562, 2563, 2564, 2565, 2566],
    });
    expect(refreshYears({ businessDate: "2024-10-01", firstFundStartedOn: "2023-11-01" })).toEqual({
      current: 2568,
      past: [2567],
    });
    expect(refreshYears({ businessDate: "2024-06-15", firstFundStartedOn: null })).toEqual({
      current: 2567,
      past: [],
    });
    expect(refreshYears({ businessDate: "2024-06-15", firstFundStartedOn: "2024-01-01" }).past).toEqual([]);
  });

  it("narrows the past years to the ones asked for, refusing this year or later", () => {
    expect(
      refreshYears({ businessDate: "2024-06-15", firstFundStartedOn: null, given: [2560, 2558, 2560] }).past,
    ).toEqual([2558, 2560]);
    expect(() =>
      refreshYears({ businessDate: "2024-06-15", firstFundStartedOn: null, given: [2567] }),
    ).toThrow(expect.objectContaining({ code: "dashboard.fiscal_years_invalid" }));
  });
});
