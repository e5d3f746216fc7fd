// Tests for effective annual rates: hand-worked examples for every basis, exactness, ordering and refusals.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/errors";
import {
  centreEffectiveRate,
  compareRationals,
  effectiveAnnualRate,
  IRR_SCALE,
  instalmentStreamRate,
  levelPaymentIrr,
  RATE_BASES,
  rationalToBp,
} from "./debt-rates";

/** An IRR-derived rational as a decimal to compare with the hand-worked figures. */
const asNumber = (r: { num: bigint; den: bigint }) => Number((r.num * 10n ** 15n) / r.den) / 1e15;

describe("per_month (ร้อยละ … ต่อเดือน)", () => {
  it("a money-lender's 10 % a month is 213.84 % a year, exactly", () => {
    // 1.1^12 = 3.138428376721 (1.1² = 1.21, ^4 = 1.4641, ^8 = 2.14358881, × ^4 = 3.138428376721)
    // EAR = 3.138428376721 − 1 = 2.138428376721 → 21,384.28376721 bp → 21,384 bp (half up).
    const r = effectiveAnnualRate({ basis: "per_month", rateBp: 1_000 });
    expect(r.isExact).toBe(true);
    expect(r.effectiveAnnual.num * 1_000_000_000_000n).toBe(2_138_428_376_721n * r.effectiveAnnual.den);
    expect(r.effectiveAnnualBp).toBe(21_384);
    // The lender's own way of saying it: 10 % × 12 = 120 % a year, simple.
    expect(r.nominalAnnualBp).toBe(12_000);
  });

  it("2 % a month is 26.82 % a year", () => {
    // 1.02^12 = 1.26824179456254… → 2,682.4179… bp → 2,682.
    expect(effectiveAnnualRate({ basis: "per_month", rateBp: 200 }).effectiveAnnualBp).toBe(2_682);
  });
});

describe("per_year (ร้อยละ … ต่อปี), compounded at the instalment frequency", () => {
  it.each([
    // (1 + 0.06/12)^12 − 1 = 1.005^12 − 1 = 0.0616778118… → 616.78 bp → 617.
    ["monthly", 617],
    // (1 + 0.06/4)^4 − 1 = 1.015^4 − 1 = 0.061363550625 → 613.64 → 614.
    ["quarterly", 614],
    // (1 + 0.06)^1 − 1 = 6 % exactly.
    ["yearly", 600],
  ] as const)("6 %% a year paid %s is %i bp", (frequency, bp) => {
    expect(effectiveAnnualRate({ basis: "per_year", rateBp: 600, frequency }).effectiveAnnualBp).toBe(bp);
  });

  it("the quarterly figure is exact: 0.061363550625 = 61,363,550,625 / 10^12", () => {
    const r = effectiveAnnualRate({ basis: "per_year", rateBp: 600, frequency: "quarterly" });
    expect(compareRationals(r.effectiveAnnual, { num: 61_363_550_625n, den: 10n ** 12n })).toBe(0);
  });

  it("the centre's own 6 % loan (declining, monthly) is 6.17 % on the same scale", () => {
    expect(centreEffectiveRate(600).effectiveAnnualBp).toBe(617);
  });
});

describe("per_day (ดอกรายวัน)", () => {
  it("1 % a day is 3,678.34 % a year", () => {
    // 1.01^365 = 37.7834343328… (e^(365 × ln 1.01) = e^3.63184) → EAR 36.7834343… → 367,834.34 bp → 367,834.
    const r = effectiveAnnualRate({ basis: "per_day", rateBp: 100 });
    expect(r.isExact).toBe(true);
    expect(r.effectiveAnnualBp).toBe(367_834);
    expect(r.nominalAnnualBp).toBe(36_500);
  });
});

describe("flat (add-on on the original principal) → IRR of the instalment stream", () => {
  it("1 % a month flat over 12 monthly instalments is 23.70 % a year, not 12 %", () => {
    // 10,000 baht, add-on 1 % × 12 = 1,200 → 12 instalments of 11,200 / 12 = 933.33.
    // IRR i solves 10,000 = 933.33 × (1 − (1 + i)^−12) / i → i = 1.78810 % a month
    // (check: at i = 1.7881 % the annuity factor is 10.7143 = 10,000 / 933.33).
    // EAR = 1.0178810^12 − 1 = 0.236984 → 2,369.84 bp → 2,370.
    const r = effectiveAnnualRate({
      basis: "flat_per_month",
      rateBp: 100,
      frequency: "monthly",
      instalmentCount: 12,
    });
    expect(r.isExact).toBe(false);
    expect(asNumber(r.periodicRate)).toBeCloseTo(0.017880986919, 11);
    expect(asNumber(r.effectiveAnnual)).toBeCloseTo(0.236983841707, 11);
    expect(r.effectiveAnnualBp).toBe(2_370);
    expect(r.nominalAnnualBp).toBe(1_200);
  });

  it("6 % a year flat over 12 months costs 11.46 % a year", () => {
    // Instalment 1.06 / 12 = 0.088333 per baht; IRR 0.908032 % a month; 1.00908032^12 − 1 = 0.114574.
    const r = effectiveAnnualRate({
      basis: "flat_per_year",
      rateBp: 600,
      frequency: "monthly",
      instalmentCount: 12,
    });
    expect(r.effectiveAnnualBp).toBe(1_146);
    expect(r.nominalAnnualBp).toBe(600);
  });

  it("a flat rate of 0 costs nothing", () => {
    const r = effectiveAnnualRate({
      basis: "flat_per_month",
      rateBp: 0,
      frequency: "monthly",
      instalmentCount: 10,
    });
    expect(r.effectiveAnnualBp).toBe(0);
    expect(r.effectiveAnnual.num).toBe(0n);
  });
});

describe("เงินกู้รายวัน: borrow 1,000, repay 50 a day for 24 days", () => {
  // Paid back 24 × 50 = 1,200: an add-on of 20 % over 24 days. IRR i solves 1,000 = 50 × (1 − (1 + i)^−24) / i:
  // at i = 1.5131 % the factor is 20.000 → i = 1.51308 % a day. EAR = 1.0151308^365 − 1 = 239.180991
  // → 2,391,809.9 bp → 2,391,810 bp (23,918.10 % a year). Simple annualisation: 20 % × 365 / 24 = 304.17 %.
  it("as an instalment stream", () => {
    const r = instalmentStreamRate({
      principalSatang: 100_000,
      instalmentSatang: 5_000,
      instalmentCount: 24,
      frequency: "daily",
    });
    expect(asNumber(r.periodicRate)).toBeCloseTo(0.01513084390231, 12);
    expect(r.effectiveAnnualBp).toBe(2_391_810);
    expect(r.nominalAnnualBp).toBe(30_417);
  });

  it("as a flat_per_term rate of 2,000 bp gives the same figure", () => {
    const r = effectiveAnnualRate({
      basis: "flat_per_term",
      rateBp: 2_000,
      frequency: "daily",
      instalmentCount: 24,
    });
    expect(r.effectiveAnnualBp).toBe(2_391_810);
    const stream = instalmentStreamRate({
      principalSatang: 100_000,
      instalmentSatang: 5_000,
      instalmentCount: 24,
      frequency: "daily",
    });
    // Both solve the same equation; the flat form rounds its instalment at 10^-24, so they agree to ~10^-22.
    const diff = r.effectiveAnnual.num - stream.effectiveAnnual.num;
    expect(diff < 10n ** 3n && diff > -(10n ** 3n)).toBe(true);
  });

  it("a stream that repays only the principal has an IRR of 0", () => {
    const r = instalmentStreamRate({
      principalSatang: 120_000,
      instalmentSatang: 5_000,
      instalmentCount: 24,
      frequency: "daily",
    });
    expect(r.effectiveAnnualBp).toBe(0);
    expect(r.isExact).toBe(true);
  });
});

describe("rounding and comparison", () => {
  it("rationalToBp rounds half a basis point up", () => {
    expect(rationalToBp({ num: 1n, den: 20_000n })).toBe(1); // 0.5 bp
    expect(rationalToBp({ num: 1n, den: 20_001n })).toBe(0);
    expect(rationalToBp({ num: 3n, den: 2n })).toBe(15_000);
  });

  it("orders rates whose basis points are equal", () => {
    // 617 bp both, but monthly compounding of 6 % (0.0616778…) is above 6.1677 % simple.
    const monthly = centreEffectiveRate(600).effectiveAnnual;
    const just = { num: 616_770n, den: 10_000_000n };
    expect(rationalToBp(just)).toBe(617);
    expect(compareRationals(monthly, just)).toBe(1);
    expect(compareRationals(just, monthly)).toBe(-1);
    expect(compareRationals(monthly, monthly)).toBe(0);
  });

  it("the IRR solver returns the largest rate at which the stream still covers the principal", () => {
    const p = 100_000n * IRR_SCALE;
    const a = 9_000n * IRR_SCALE;
    const i = levelPaymentIrr(p, a, 12);
    const pv = (rate: bigint) => {
      let v = 0n;
      for (let k = 0; k < 12; k++) v = ((v + a) * IRR_SCALE) / (IRR_SCALE + rate);
      return v;
    };
    expect(pv(i) >= p).toBe(true);
    expect(pv(i + 1n) < p).toBe(true);
  });

  it("the effective rate rises with the stated rate, for every basis", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RATE_BASES),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 36 }),
        (basis, rate, step, count) => {
          const at = (rateBp: number) =>
            effectiveAnnualRate({ basis, rateBp, frequency: "monthly", instalmentCount: count });
          expect(compareRationals(at(rate + step).effectiveAnnual, at(rate).effectiveAnnual)).toBe(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("refusals", () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e instanceof AppError ? [e.code, (e.details as { field: string }).field, e.messageTh] : e;
    }
    return null;
  };

  it.each([
    [{ basis: "per_week", rateBp: 100 }, "rateBasis"],
    [{ basis: "per_month", rateBp: -1 }, "rateBp"],
    [{ basis: "per_month", rateBp: 1.5 }, "rateBp"],
    [{ basis: "per_year", rateBp: 600, frequency: "fortnightly" }, "instalmentFrequency"],
    [{ basis: "flat_per_month", rateBp: 100 }, "instalmentCount"],
  ])("%o names %s", (input, field) => {
    const [c, f, th] = code(() => effectiveAnnualRate(input as never)) as [string, string, string];
    expect(c).toBe("debt.invalid_rate");
    expect(f).toBe(field);
    expect(th).toContain(field);
  });

  it("refuses a stream with a zero instalment", () => {
    const [c, f] = code(() =>
      instalmentStreamRate({
        principalSatang: 1_000,
        instalmentSatang: 0,
        instalmentCount: 3,
        frequency: "daily",
      }),
    ) as [string, string];
    expect([c, f]).toEqual(["debt.invalid_rate", "instalmentSatang"]);
  });
});
