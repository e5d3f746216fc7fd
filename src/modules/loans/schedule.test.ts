// Tests for schedule generation: hand-worked examples, product limits, bad input, and the money invariants as properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scheduleCase } from "./loan-arbitraries";
import { addMonths, daysBetween, yearFraction } from "./loan-dates";
import { CENTRE_PRODUCT, KKJ_PRODUCT, SAVINGS_GROUP_PRODUCT } from "./loan-product";
import { type GenerateScheduleInput, generateSchedule, type LoanSchedule } from "./schedule";

const totals = (s: LoanSchedule) => s.instalments.map((i) => i.totalSatang);
const dates = (s: LoanSchedule) => s.instalments.map((i) => i.dueOn);
const code = (c: string) => expect.objectContaining({ code: c });

/** The textbook annuity, in floating point: an independent check, never used for money in the engine. */
function annuityEstimate(principal: number, periodRates: number[]): number {
  let discount = 1;
  let sum = 0;
  for (const r of periodRates) {
    discount /= 1 + r;
    sum += discount;
  }
  return principal / sum;
}

describe("interest-free (กข.คจ.) schedules", () => {
  it("20,000 baht in 6 monthly instalments: 3,333 × 5 + 3,335", () => {
    // 20,000 ÷ 6 = 3,333.33…; rounded down to the baht = 3,333; last = 20,000 − 5 × 3,333 = 3,335.
    const s = generateSchedule({
      product: KKJ_PRODUCT,
      principalSatang: 2_000_000,
      disbursedOn: "2024-01-31",
      scheduleType: "equal_instalments",
      instalmentCount: 6,
    });
    expect(totals(s)).toEqual([333_300, 333_300, 333_300, 333_300, 333_300, 333_500]);
    // Paid out on the 31st: due on the 31st or the month's last day, stepping from the anchor.
    expect(dates(s)).toEqual([
      "2024-02-29",
      "2024-03-31",
      "2024-04-30",
      "2024-05-31",
      "2024-06-30",
      "2024-07-31",
    ]);
    expect(s.totalPrincipalSatang).toBe(2_000_000);
    expect(s.totalInterestSatang).toBe(0);
    expect(s.instalments.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("with satang rounding: 333,333 satang × 5 + 333,335", () => {
    // 2,000,000 ÷ 6 = 333,333.33… satang; down to the satang = 333,333; last = 2,000,000 − 1,666,665.
    const s = generateSchedule({
      product: { ...KKJ_PRODUCT, rounding: "satang" },
      principalSatang: 2_000_000,
      disbursedOn: "2024-01-15",
      scheduleType: "equal_principal",
      instalmentCount: 6,
    });
    expect(totals(s)).toEqual([333_333, 333_333, 333_333, 333_333, 333_333, 333_335]);
  });

  it("a single lump sum after the harvest", () => {
    const s = generateSchedule({
      product: KKJ_PRODUCT,
      principalSatang: 1_500_000,
      disbursedOn: "2024-05-20",
      scheduleType: "lump_sum",
      lumpSumDueOn: "2024-12-15",
    });
    expect(s.instalments).toEqual([
      { seq: 1, dueOn: "2024-12-15", principalSatang: 1_500_000, interestSatang: 0, totalSatang: 1_500_000 },
    ]);
  });

  it("custom dates: fixed amounts where given, the rest shared equally", () => {
    // 30,000 baht: 10,000 after the rice harvest, the other 20,000 over three dates: 6,666 + 6,666 + 6,668.
    const s = generateSchedule({
      product: KKJ_PRODUCT,
      principalSatang: 3_000_000,
      disbursedOn: "2024-06-01",
      scheduleType: "custom",
      customDueDates: [
        { dueOn: "2024-08-31" },
        { dueOn: "2024-12-20", principalSatang: 1_000_000 },
        { dueOn: "2025-03-31" },
        { dueOn: "2025-06-30" },
      ],
    });
    expect(totals(s)).toEqual([666_600, 1_000_000, 666_600, 666_800]);
  });

  it("quarterly instalments and an explicit first due date", () => {
    const s = generateSchedule({
      product: KKJ_PRODUCT,
      principalSatang: 1_200_000,
      disbursedOn: "2024-01-10",
      scheduleType: "equal_instalments",
      instalmentCount: 4,
      frequencyMonths: 3,
      firstDueOn: "2024-05-31",
    });
    expect(dates(s)).toEqual(["2024-05-31", "2024-08-31", "2024-11-30", "2025-02-28"]);
    expect(totals(s)).toEqual([300_000, 300_000, 300_000, 300_000]);
  });

  it("allows the last instalment exactly 3 years after the contract, not a day later", () => {
    const base = { product: KKJ_PRODUCT, principalSatang: 1_000_000, disbursedOn: "2024-01-31" } as const;
    expect(
      generateSchedule({ ...base, scheduleType: "lump_sum", lumpSumDueOn: "2027-01-31" }).instalments,
    ).toHaveLength(1);
    expect(() => generateSchedule({ ...base, scheduleType: "lump_sum", lumpSumDueOn: "2027-02-01" })).toThrow(
      expect.objectContaining({ kind: "rule_violation", code: "loan.term_exceeds_product" }),
    );
    // 6 instalments every 7 months reach 42 months: beyond the 36-month term.
    expect(() =>
      generateSchedule({
        ...base,
        scheduleType: "equal_instalments",
        instalmentCount: 6,
        frequencyMonths: 7,
      }),
    ).toThrow(code("loan.term_exceeds_product"));
  });

  it("allows at most 6 instalments, and a fund may change that parameter", () => {
    const input: GenerateScheduleInput = {
      product: KKJ_PRODUCT,
      principalSatang: 1_000_000,
      disbursedOn: "2024-01-15",
      scheduleType: "equal_instalments",
      instalmentCount: 7,
    };
    expect(() => generateSchedule(input)).toThrow(
      expect.objectContaining({ kind: "rule_violation", code: "loan.too_many_instalments" }),
    );
    expect(
      generateSchedule({ ...input, product: { ...KKJ_PRODUCT, maxInstalments: 12 } }).instalments,
    ).toHaveLength(7);
  });
});

describe("flat and declining interest", () => {
  it("flat 12 %: interest on the original principal for the whole term, equal whole-baht totals", () => {
    // 10,000 baht × 12 % × 366 days (15 Jan 2024 – 15 Jan 2025, a leap year) ÷ 365 = 1,203.2876… → 1,203.29.
    // (10,000 + 1,203.29) ÷ 12 = 933.6075 → 933 baht × 11; last = 11,203.29 − 10,263 = 940.29.
    // Interest 120,329 satang ÷ 12 = 10,027.4 → allocate gives 10,028 × 5 then 10,027 × 7.
    const s = generateSchedule({
      product: { ...SAVINGS_GROUP_PRODUCT, interestMethod: "flat", dayCount: "actual/365" },
      principalSatang: 1_000_000,
      disbursedOn: "2024-01-15",
      scheduleType: "equal_instalments",
      instalmentCount: 12,
    });
    expect(s.totalInterestSatang).toBe(120_329);
    expect(totals(s)).toEqual([...Array(11).fill(93_300), 94_029]);
    expect(s.instalments.map((i) => i.interestSatang)).toEqual([
      ...Array(5).fill(10_028),
      ...Array(7).fill(10_027),
    ]);
    expect(s.totalPrincipalSatang).toBe(1_000_000);
  });

  it("declining 6 %, 12 months, 30/360: the textbook annuity of 860.66 baht", () => {
    // A = P·r / (1 − (1 + r)^−12), r = 0.06 / 12 = 0.005: 10,000 × 0.005 / 0.0580947 = 860.664 → 86,066 satang.
    // Month 1 interest = 10,000 × 0.5 % = 50.00; principal 810.66. The last instalment clears the balance.
    const s = generateSchedule({
      product: { ...CENTRE_PRODUCT, dayCount: "30/360", rounding: "satang" },
      principalSatang: 1_000_000,
      disbursedOn: "2024-01-15",
      scheduleType: "equal_instalments",
      instalmentCount: 12,
    });
    const expected = annuityEstimate(1_000_000, Array(12).fill(0.005));
    expect(Math.abs(s.instalments[0]!.totalSatang - expected)).toBeLessThan(1);
    expect(s.instalments[0]).toMatchObject({
      interestSatang: 5_000,
      principalSatang: 81_066,
      totalSatang: 86_066,
    });
    expect(totals(s).slice(0, 11)).toEqual(Array(11).fill(86_066));
    expect(s.instalments[11]!.totalSatang).toBe(86_070);
    expect(s.totalPrincipalSatang).toBe(1_000_000);
    expect(s.totalInterestSatang).toBe(86_066 * 11 + 86_070 - 1_000_000);
  });

  it("declining 6 % actual/365 with baht rounding: 860 baht × 11, the last clears the balance", () => {
    // With actual days (29–31 a period) the exact annuity is about 860.0x baht; rounded down to the baht = 860.
    const s = generateSchedule({
      product: CENTRE_PRODUCT,
      principalSatang: 1_000_000,
      disbursedOn: "2024-01-15",
      scheduleType: "equal_instalments",
      instalmentCount: 12,
    });
    const rates = s.instalments.map((inst, k) => {
      const start = k === 0 ? "2024-01-15" : s.instalments[k - 1]!.dueOn;
      return (0.06 * daysBetween(start, inst.dueOn)) / 365;
    });
    const estimate = annuityEstimate(1_000_000, rates);
    expect(totals(s).slice(0, 11)).toEqual(Array(11).fill(Math.floor(estimate / 100) * 100));
    // First month: 10,000 × 6 % × 31/365 = 50.958… → 50.96 baht of interest.
    expect(s.instalments[0]!.interestSatang).toBe(5_096);
    expect(s.totalPrincipalSatang).toBe(1_000_000);
  });

  it("declining 6 % equal principal: interest falls with the balance", () => {
    // 12,000 baht, 1,000 a month, 0.5 % a month on the balance: 60 + 55 + … + 5 = 390 baht of interest.
    const s = generateSchedule({
      product: { ...CENTRE_PRODUCT, dayCount: "30/360" },
      principalSatang: 1_200_000,
      disbursedOn: "2024-03-10",
      scheduleType: "equal_principal",
      instalmentCount: 12,
    });
    expect(s.instalments.map((i) => i.interestSatang)).toEqual(
      Array.from({ length: 12 }, (_, k) => 6_000 - k * 500),
    );
    expect(s.totalInterestSatang).toBe(39_000);
  });

  it("a long first period gives an interest-only instalment rather than negative principal", () => {
    // 12 % a year; the first instalment falls 34 months after disbursement (interest ≈ 34 % of principal).
    const s = generateSchedule({
      product: { ...SAVINGS_GROUP_PRODUCT, rounding: "satang" },
      principalSatang: 1_000_000,
      disbursedOn: "2024-01-01",
      scheduleType: "equal_instalments",
      instalmentCount: 3,
      firstDueOn: "2026-11-01",
    });
    expect(s.instalments[0]!.principalSatang).toBeGreaterThanOrEqual(0);
    expect(s.totalPrincipalSatang).toBe(1_000_000);
  });

  it("keeps integers exact for a very large loan", () => {
    const s = generateSchedule({
      product: { ...CENTRE_PRODUCT, maxInstalments: 60 },
      principalSatang: 1_000_000_000_000,
      disbursedOn: "2024-01-15",
      scheduleType: "equal_instalments",
      instalmentCount: 60,
    });
    expect(s.totalPrincipalSatang).toBe(1_000_000_000_000);
    for (const i of s.instalments) expect(Number.isSafeInteger(i.totalSatang)).toBe(true);
  });
});

describe("refusals (4xx, nothing generated)", () => {
  const base: GenerateScheduleInput = {
    product: KKJ_PRODUCT,
    principalSatang: 1_000_000,
    disbursedOn: "2024-01-15",
    scheduleType: "equal_instalments",
    instalmentCount: 3,
  };
  it.each<[string, Partial<GenerateScheduleInput>, string, string]>([
    ["zero principal", { principalSatang: 0 }, "invalid_input", "loan.amount_not_positive"],
    ["negative principal", { principalSatang: -100 }, "invalid_input", "loan.amount_not_positive"],
    ["fractional satang", { principalSatang: 100.5 }, "invalid_input", "loan.amount_too_many_decimals"],
    ["NaN", { principalSatang: Number.NaN }, "invalid_input", "loan.amount_too_many_decimals"],
    ["unsafe amount", { principalSatang: 2 ** 60 }, "invalid_input", "loan.amount_too_large"],
    [
      "no instalment count",
      { instalmentCount: undefined },
      "invalid_input",
      "loan.instalment_count_required",
    ],
    ["zero instalments", { instalmentCount: 0 }, "invalid_input", "loan.invalid_count"],
    ["fractional instalments", { instalmentCount: 2.5 }, "invalid_input", "loan.invalid_count"],
    ["an absurd instalment count", { instalmentCount: 1e9 }, "invalid_input", "loan.invalid_count"],
    ["frequency 0", { frequencyMonths: 0 }, "invalid_input", "loan.invalid_count"],
    ["an impossible date", { disbursedOn: "2023-02-29" }, "invalid_input", "loan.invalid_date"],
    [
      "a first due date on the disbursement date",
      { firstDueOn: "2024-01-15" },
      "invalid_input",
      "loan.due_not_after_start",
    ],
    [
      "a first due date before disbursement",
      { firstDueOn: "2023-12-31" },
      "invalid_input",
      "loan.due_not_after_start",
    ],
    [
      "a lump sum without a date",
      { scheduleType: "lump_sum" },
      "invalid_input",
      "loan.lump_sum_date_required",
    ],
    [
      "custom without dates",
      { scheduleType: "custom", customDueDates: [] },
      "invalid_input",
      "loan.custom_dates_required",
    ],
    [
      "custom dates out of order",
      { scheduleType: "custom", customDueDates: [{ dueOn: "2024-05-01" }, { dueOn: "2024-04-01" }] },
      "invalid_input",
      "loan.due_dates_not_increasing",
    ],
    [
      "a repeated custom date",
      { scheduleType: "custom", customDueDates: [{ dueOn: "2024-05-01" }, { dueOn: "2024-05-01" }] },
      "invalid_input",
      "loan.due_dates_not_increasing",
    ],
    [
      "custom principals that do not add up",
      {
        scheduleType: "custom",
        customDueDates: [
          { dueOn: "2024-05-01", principalSatang: 500_000 },
          { dueOn: "2024-06-01", principalSatang: 400_000 },
        ],
      },
      "invalid_input",
      "loan.custom_principal_mismatch",
    ],
    [
      "custom principals above the loan",
      {
        scheduleType: "custom",
        customDueDates: [{ dueOn: "2024-05-01", principalSatang: 2_000_000 }, { dueOn: "2024-06-01" }],
      },
      "invalid_input",
      "loan.custom_principal_mismatch",
    ],
    [
      "a negative custom principal",
      {
        scheduleType: "custom",
        customDueDates: [{ dueOn: "2024-05-01", principalSatang: -1 }, { dueOn: "2024-06-01" }],
      },
      "invalid_input",
      "loan.amount_negative",
    ],
    [
      "a principal too small to split",
      { principalSatang: 500, instalmentCount: 6 },
      "rule_violation",
      "loan.instalment_too_small",
    ],
    [
      "a schedule type the product does not allow",
      { product: { ...KKJ_PRODUCT, scheduleTypes: ["lump_sum"] } },
      "rule_violation",
      "loan.schedule_type_not_allowed",
    ],
    [
      "an amount above the product maximum",
      { product: { ...KKJ_PRODUCT, maxAmountSatang: 500_000 } },
      "rule_violation",
      "loan.amount_exceeds_product",
    ],
    [
      "fewer instalments than the product minimum",
      { product: { ...KKJ_PRODUCT, minInstalments: 4 } },
      "rule_violation",
      "loan.too_few_instalments",
    ],
    [
      "a term shorter than the product minimum",
      { product: { ...KKJ_PRODUCT, minTermMonths: 6 } },
      "rule_violation",
      "loan.term_below_product",
    ],
  ])("refuses %s", (_, override, kind, errorCode) => {
    expect(() => generateSchedule({ ...base, ...override })).toThrow(
      expect.objectContaining({ kind, code: errorCode }),
    );
  });

  it("gives Thai and English text", () => {
    try {
      generateSchedule({ ...base, instalmentCount: 7 });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({
        messageTh: "จำนวนงวด 7 งวด เกินกว่าที่กำหนด (6 งวด)",
        message: "7 instalments; at most 6",
      });
    }
  });
});

function flatInterestIndependent(input: GenerateScheduleInput, lastDueOn: string): number {
  // BigInt with half-up rounding, written out again here rather than imported.
  const { days, yearDays } = yearFraction(input.product.dayCount, input.disbursedOn, lastDueOn);
  const n = BigInt(input.principalSatang) * BigInt(input.product.rateBp) * BigInt(days);
  const d = BigInt(yearDays * 10_000);
  return Number((n * 2n + d) / (2n * d));
}

describe("schedule invariants (properties)", () => {
  it("Σ principal = principal; amounts are non-negative safe integers; dates strictly after disbursement", () => {
    fc.assert(
      fc.property(scheduleCase, (input) => {
        const s = generateSchedule(input);
        let previous = input.disbursedOn;
        let p = 0;
        let i = 0;
        for (const inst of s.instalments) {
          for (const a of [inst.principalSatang, inst.interestSatang, inst.totalSatang]) {
            expect(Number.isSafeInteger(a) && a >= 0).toBe(true);
          }
          expect(inst.totalSatang).toBe(inst.principalSatang + inst.interestSatang);
          expect(inst.totalSatang).toBeGreaterThan(0);
          expect(daysBetween(previous, inst.dueOn)).toBeGreaterThan(0);
          previous = inst.dueOn;
          p += inst.principalSatang;
          i += inst.interestSatang;
        }
        expect(p).toBe(input.principalSatang);
        expect(s.totalPrincipalSatang).toBe(input.principalSatang);
        expect(s.totalInterestSatang).toBe(i);
        expect(s.totalSatang).toBe(p + i);
      }),
      { numRuns: 300 },
    );
  });

  it("interest follows the method: none is zero, flat is P × rate × term, declining never exceeds flat on P", () => {
    fc.assert(
      fc.property(scheduleCase, (input) => {
        const s = generateSchedule(input);
        const last = s.instalments[s.instalments.length - 1]!.dueOn;
        const flat = flatInterestIndependent(input, last);
        if (input.product.interestMethod === "none") expect(s.totalInterestSatang).toBe(0);
        if (input.product.interestMethod === "flat") expect(s.totalInterestSatang).toBe(flat);
        if (input.product.interestMethod === "declining") {
          // Each period rounds by at most half a satang, hence the + n allowance.
          expect(s.totalInterestSatang).toBeLessThanOrEqual(flat + s.instalments.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("equal instalments are equal multiples of the rounding unit and the last absorbs the remainder", () => {
    fc.assert(
      fc.property(
        scheduleCase.filter((c) => c.scheduleType === "equal_instalments"),
        (input) => {
          const s = generateSchedule(input);
          const unit = input.product.rounding === "satang" ? 1 : 100;
          const regular = totals(s).slice(0, -1);
          const last = totals(s)[s.instalments.length - 1]!;
          for (const t of regular) {
            expect(t).toBe(regular[0]);
            expect(t % unit).toBe(0);
            expect(last).toBeGreaterThanOrEqual(t);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the declining annuity agrees with the textbook formula to within the rounding unit", () => {
    fc.assert(
      fc.property(
        scheduleCase.filter(
          (c) => c.scheduleType === "equal_instalments" && c.product.interestMethod === "declining",
        ),
        (input) => {
          const s = generateSchedule(input);
          if (s.instalments.length < 2) return;
          const rates = s.instalments.map((inst, k) => {
            const start = k === 0 ? input.disbursedOn : s.instalments[k - 1]!.dueOn;
            const { days, yearDays } = yearFraction(input.product.dayCount, start, inst.dueOn);
            return (input.product.rateBp / 10_000) * (days / yearDays);
          });
          const estimate = annuityEstimate(input.principalSatang, rates);
          const unit = input.product.rounding === "satang" ? 1 : 100;
          const payment = s.instalments[0]!.totalSatang;
          // Rounded down to the unit, give or take a satang of per-period interest rounding.
          expect(payment).toBeGreaterThan(estimate - unit - 2);
          expect(payment).toBeLessThan(estimate + 2);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never returns a schedule outside the product's limits; it refuses with a rule violation instead", () => {
    fc.assert(
      fc.property(
        scheduleCase,
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 72 }),
        (input, maxInstalments, maxTermMonths) => {
          const product = { ...input.product, maxInstalments, maxTermMonths };
          try {
            const s = generateSchedule({ ...input, product });
            expect(s.instalments.length).toBeLessThanOrEqual(maxInstalments);
            const last = s.instalments[s.instalments.length - 1]!.dueOn;
            expect(daysBetween(last, addMonths(input.disbursedOn, maxTermMonths))).toBeGreaterThanOrEqual(0);
          } catch (e) {
            expect(e).toMatchObject({ kind: "rule_violation" });
            expect(["loan.too_many_instalments", "loan.term_exceeds_product"]).toContain(
              (e as { code: string }).code,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
