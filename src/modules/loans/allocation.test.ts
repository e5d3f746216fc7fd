// Tests for repayment allocation and early close: worked examples, refusals, and conservation of every satang as properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { satang } from "../../shared/money";
import { addDays } from "../../shared/thai-date";
import { allocateRepayment } from "./allocation";
import { scheduleCase } from "./loan-arbitraries";
import { daysBetween } from "./loan-dates";
import { allocateOrZero } from "./loan-math";
import { CENTRE_PRODUCT, KKJ_PRODUCT, type LoanProduct, SAVINGS_GROUP_PRODUCT } from "./loan-product";
import {
  type LoanState,
  openLoanState,
  outstandingOf,
  quotePayoff,
  unpaidInterest,
  unpaidPrincipal,
} from "./loan-state";
import { type GenerateScheduleInput, generateSchedule } from "./schedule";

function kkjLoan(): { state: LoanState; product: LoanProduct } {
  const schedule = generateSchedule({
    product: KKJ_PRODUCT,
    principalSatang: 2_000_000,
    disbursedOn: "2024-01-31",
    scheduleType: "equal_instalments",
    instalmentCount: 6,
  });
  return { state: openLoanState(schedule), product: KKJ_PRODUCT };
}

const DECLINING_30_360: LoanProduct = { ...CENTRE_PRODUCT, dayCount: "30/360", rounding: "satang" };

function decliningLoan(): { state: LoanState; product: LoanProduct } {
  const schedule = generateSchedule({
    product: DECLINING_30_360,
    principalSatang: 1_000_000,
    disbursedOn: "2024-01-01",
    scheduleType: "equal_instalments",
    instalmentCount: 12,
  });
  return { state: openLoanState(schedule), product: DECLINING_30_360 };
}

describe("allocation examples", () => {
  it("pays the oldest instalment first: 5,000 baht on 3,333 + 3,333 + …", () => {
    // 5,000 = 3,333 (instalment 1 in full) + 1,667 (part of instalment 2).
    const { state, product } = kkjLoan();
    const r = allocateRepayment({ state, product, amountSatang: 500_000, paidOn: "2024-02-20" });
    expect(r.lines.map((l) => [l.seq, l.principalSatang, l.interestSatang])).toEqual([
      [1, 333_300, 0],
      [2, 166_700, 0],
    ]);
    expect(r.principalSatang).toBe(500_000);
    expect(r.outstandingPrincipalSatang).toBe(1_500_000);
    expect(r.isClosed).toBe(false);
    expect(r.state.instalments[1]!.paidPrincipalSatang).toBe(166_700);
  });

  it("takes interest before principal inside an instalment by default", () => {
    // Instalment 1 of the 860.66-baht annuity: 50.00 interest + 810.66 principal. 100 baht pays 50 + 50.
    const { state, product } = decliningLoan();
    const r = allocateRepayment({ state, product, amountSatang: 10_000, paidOn: "2024-02-01" });
    expect(r.lines).toEqual([
      {
        seq: 1,
        dueOn: "2024-02-01",
        principalSatang: 5_000,
        interestSatang: 5_000,
        penaltySatang: 0,
        feesSatang: 0,
        totalSatang: 10_000,
      },
    ]);
  });

  it("follows a product that takes principal first", () => {
    const { state } = decliningLoan();
    const product: LoanProduct = {
      ...DECLINING_30_360,
      allocationOrder: ["principal", "interest", "penalty", "fees"],
    };
    const r = allocateRepayment({ state, product, amountSatang: 10_000, paidOn: "2024-02-01" });
    expect(r.lines[0]).toMatchObject({ principalSatang: 10_000, interestSatang: 0 });
  });

  it("closes the loan when the last satang is paid", () => {
    const { state, product } = kkjLoan();
    const r = allocateRepayment({ state, product, amountSatang: 2_000_000, paidOn: "2024-03-01" });
    expect(r.isClosed).toBe(true);
    expect(r.state.status).toBe("closed");
    expect(r.lines).toHaveLength(6);
    expect(() =>
      allocateRepayment({ state: r.state, product, amountSatang: 1, paidOn: "2024-03-02" }),
    ).toThrow(expect.objectContaining({ kind: "rule_violation", code: "loan.not_active" }));
  });
});

describe("early close (prepayment)", () => {
  it("a declining loan owes only the interest accrued to the payment date", () => {
    // Instalment 1 (1 Jan – 1 Feb 2024, 31 days) carries 50.00 baht of interest. Closing on 16 Jan,
    // 15 days in: 5,000 × 15 / 31 = 2,419.35 → 2,419 satang. Payoff = 10,000 + 24.19 baht.
    const { state, product } = decliningLoan();
    const quote = quotePayoff({ state, product, paidOn: "2024-01-16" });
    expect(quote.payoffSatang).toBe(1_002_419);
    const totalInterest = outstandingOf(state).interestSatang;
    expect(quote.waivedInterestSatang).toBe(totalInterest - 2_419);
    const r = allocateRepayment({
      state,
      product,
      amountSatang: 1_002_419,
      paidOn: "2024-01-16",
      closeLoan: true,
    });
    expect(r.isClosed).toBe(true);
    expect(r.interestSatang).toBe(2_419);
    expect(r.principalSatang).toBe(1_000_000);
    expect(r.waivedInterestSatang).toBe(totalInterest - 2_419);
    expect(outstandingOf(r.state).totalSatang).toBe(0);
  });

  it("refuses a close for any amount other than the payoff", () => {
    const { state, product } = decliningLoan();
    expect(() =>
      allocateRepayment({ state, product, amountSatang: 1_002_418, paidOn: "2024-01-16", closeLoan: true }),
    ).toThrow(
      expect.objectContaining({
        code: "loan.payoff_mismatch",
        details: expect.objectContaining({ payoffSatang: 1_002_419 }),
      }),
    );
    expect(() =>
      allocateRepayment({ state, product, amountSatang: 1_002_420, paidOn: "2024-01-16", closeLoan: true }),
    ).toThrow(expect.objectContaining({ code: "loan.exceeds_outstanding" }));
  });

  it("a flat loan follows the committee's rebate policy", () => {
    // 10,000 baht, 12 % flat: 12 × 933 baht + 7.29 on the last; instalment interest 100.28 × 5, 100.27 × 7.
    // After instalment 1 (933.00 = 100.28 interest + 832.72 principal), close on the second due date:
    // with a rebate: 9,167.28 principal + instalment 2's interest 100.28 = 9,267.56 baht;
    // without: everything outstanding, 11,203.29 − 933.00 = 10,270.29 baht.
    const product: LoanProduct = { ...SAVINGS_GROUP_PRODUCT, interestMethod: "flat", dayCount: "actual/365" };
    const schedule = generateSchedule({
      product,
      principalSatang: 1_000_000,
      disbursedOn: "2024-01-15",
      scheduleType: "equal_instalments",
      instalmentCount: 12,
    });
    const paid = allocateRepayment({
      state: openLoanState(schedule),
      product,
      amountSatang: 93_300,
      paidOn: "2024-02-15",
    });
    const rebate = quotePayoff({
      state: paid.state,
      product,
      paidOn: "2024-03-15",
      flatPrepaymentRebate: "unearned_interest",
    });
    expect(rebate.payoffSatang).toBe(926_756);
    const none = quotePayoff({
      state: paid.state,
      product,
      paidOn: "2024-03-15",
      flatPrepaymentRebate: "none",
    });
    expect(none.payoffSatang).toBe(1_027_029);
    expect(none.waivedInterestSatang).toBe(0);
    const closed = allocateRepayment({
      state: paid.state,
      product,
      amountSatang: 1_027_029,
      paidOn: "2024-03-15",
      closeLoan: true,
      flatPrepaymentRebate: "none",
    });
    expect(closed.isClosed).toBe(true);
  });

  it("an interest-free loan's payoff is simply what is outstanding", () => {
    const { state, product } = kkjLoan();
    expect(quotePayoff({ state, product, paidOn: "2024-02-01" })).toMatchObject({
      payoffSatang: 2_000_000,
      waivedInterestSatang: 0,
    });
  });
});

describe("refusals (4xx, state unchanged)", () => {
  const { state, product } = kkjLoan();
  it.each<[string, number, string, string]>([
    ["zero", 0, "invalid_input", "loan.amount_not_positive"],
    ["a negative amount", -100, "invalid_input", "loan.amount_not_positive"],
    ["more than 2 decimals of baht", 100.5, "invalid_input", "loan.amount_too_many_decimals"],
    ["NaN", Number.NaN, "invalid_input", "loan.amount_too_many_decimals"],
    ["infinity", Number.POSITIVE_INFINITY, "invalid_input", "loan.amount_too_large"],
    ["more than outstanding", 2_000_001, "rule_violation", "loan.exceeds_outstanding"],
  ])("refuses %s", (_, amountSatang, kind, code) => {
    const before = JSON.stringify(state);
    expect(() => allocateRepayment({ state, product, amountSatang, paidOn: "2024-03-01" })).toThrow(
      expect.objectContaining({ kind, code }),
    );
    expect(JSON.stringify(state)).toBe(before);
  });

  it("refuses a bad or too early payment date", () => {
    expect(() => allocateRepayment({ state, product, amountSatang: 100, paidOn: "2024-13-01" })).toThrow(
      expect.objectContaining({ code: "loan.invalid_date" }),
    );
    expect(() => allocateRepayment({ state, product, amountSatang: 100, paidOn: "2024-01-30" })).toThrow(
      expect.objectContaining({ kind: "rule_violation", code: "loan.date_before_start" }),
    );
  });

  it("refuses a corrupted state rather than allocating on it", () => {
    const broken: LoanState = {
      ...state,
      instalments: state.instalments.map((i, k) =>
        k === 0 ? { ...i, paidPrincipalSatang: satang(i.principalSatang + 1) } : i,
      ),
    };
    expect(() =>
      allocateRepayment({ state: broken, product, amountSatang: 100, paidOn: "2024-03-01" }),
    ).toThrow(expect.objectContaining({ code: "loan.state_inconsistent" }));
  });

  it("says how much is outstanding in Thai and English", () => {
    try {
      allocateRepayment({ state, product, amountSatang: 2_500_000, paidOn: "2024-03-01" });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({
        messageTh: "ยอดชำระ 25,000.00 บาท เกินยอดหนี้คงค้าง 20,000.00 บาท",
        details: { amountSatang: 2_500_000, outstandingSatang: 2_000_000 },
      });
    }
  });
});

/** Splits a total into positive parts by random weights (zero parts dropped: a payment is never 0). */
function splitBy(total: number, weights: number[]): number[] {
  return allocateOrZero(total, weights).filter((p) => p > 0);
}

const weightsArb = fc.array(fc.integer({ min: 1, max: 1_000 }), { minLength: 1, maxLength: 5 });

function lastDue(state: LoanState): string {
  return state.instalments[state.instalments.length - 1]!.dueOn;
}

describe("allocation invariants (properties)", () => {
  it("every payment is allocated exactly, oldest first, never over an instalment, never below zero", () => {
    fc.assert(
      fc.property(
        scheduleCase,
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 8 }),
        (input: GenerateScheduleInput, fractions) => {
          let state = openLoanState(generateSchedule(input));
          for (const f of fractions) {
            const outstanding = outstandingOf(state).totalSatang;
            if (outstanding === 0) break;
            const amount = Math.max(1, Math.floor((outstanding * f) / 1_000_000));
            const r = allocateRepayment({
              state,
              product: input.product,
              amountSatang: amount,
              paidOn: input.disbursedOn,
            });
            expect(r.lines.reduce((a, l) => a + l.totalSatang, 0)).toBe(amount);
            expect(r.principalSatang + r.interestSatang + r.penaltySatang + r.feesSatang).toBe(amount);
            for (const l of r.lines) expect(l.principalSatang + l.interestSatang).toBe(l.totalSatang);
            // Oldest first: every touched instalment but the last is settled after the payment.
            r.lines.slice(0, -1).forEach((l) => {
              const after = r.state.instalments[l.seq - 1]!;
              expect(unpaidPrincipal(after) + unpaidInterest(after)).toBe(0);
            });
            for (const inst of r.state.instalments) {
              expect(unpaidPrincipal(inst)).toBeGreaterThanOrEqual(0);
              expect(unpaidInterest(inst)).toBeGreaterThanOrEqual(0);
            }
            expect(outstandingOf(r.state).totalSatang).toBe(outstanding - amount);
            state = r.state;
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("paying every instalment exactly, in any split, ends at zero and closes the loan", () => {
    fc.assert(
      fc.property(scheduleCase, fc.array(weightsArb, { minLength: 24, maxLength: 24 }), (input, splits) => {
        const schedule = generateSchedule(input);
        let state = openLoanState(schedule);
        schedule.instalments.forEach((inst, k) => {
          for (const part of splitBy(inst.totalSatang, splits[k]!)) {
            state = allocateRepayment({
              state,
              product: input.product,
              amountSatang: part,
              paidOn: inst.dueOn,
            }).state;
          }
          // Instalment k is now settled and the later ones are untouched.
          expect(unpaidPrincipal(state.instalments[k]!) + unpaidInterest(state.instalments[k]!)).toBe(0);
          for (const later of state.instalments.slice(k + 1)) {
            expect(later.paidPrincipalSatang + later.paidInterestSatang).toBe(0);
          }
        });
        expect(outstandingOf(state).totalSatang).toBe(0);
        expect(state.status).toBe("closed");
        const paid = state.instalments.reduce((a, i) => a + i.paidPrincipalSatang + i.paidInterestSatang, 0);
        expect(paid).toBe(schedule.totalSatang);
      }),
      { numRuns: 200 },
    );
  });

  it("closing early collects exactly the payoff; payoff + cancelled interest = outstanding before", () => {
    fc.assert(
      fc.property(
        scheduleCase,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000 }),
        fc.constantFrom("none" as const, "unearned_interest" as const),
        (input, paidFraction, dayFraction, rebate) => {
          let state = openLoanState(generateSchedule(input));
          const total = outstandingOf(state).totalSatang;
          const partial = Math.floor((total * paidFraction) / 1_000_000);
          if (partial > 0 && partial < total) {
            state = allocateRepayment({
              state,
              product: input.product,
              amountSatang: partial,
              paidOn: input.disbursedOn,
            }).state;
          }
          if (state.status !== "active") return;
          const span = daysBetween(input.disbursedOn, lastDue(state)) + 60;
          const paidOn = addDays(input.disbursedOn, Math.floor((span * dayFraction) / 1_000));
          const before = outstandingOf(state);
          const quote = quotePayoff({ state, product: input.product, paidOn, flatPrepaymentRebate: rebate });
          expect(quote.payoffSatang + quote.waivedInterestSatang).toBe(before.totalSatang);
          expect(quote.principalSatang).toBe(before.principalSatang);
          if (input.product.interestMethod === "none") expect(quote.waivedInterestSatang).toBe(0);
          if (daysBetween(lastDue(state), paidOn) >= 0) expect(quote.waivedInterestSatang).toBe(0);
          if (quote.payoffSatang === 0) return;
          const r = allocateRepayment({
            state,
            product: input.product,
            amountSatang: quote.payoffSatang,
            paidOn,
            closeLoan: true,
            flatPrepaymentRebate: rebate,
          });
          expect(r.isClosed).toBe(true);
          expect(r.lines.reduce((a, l) => a + l.totalSatang, 0)).toBe(quote.payoffSatang);
          expect(r.waivedInterestSatang).toBe(quote.waivedInterestSatang);
          expect(r.outstandingPrincipalSatang + r.outstandingInterestSatang).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
