// Tests for rescheduling (ผ่อนผัน) and write-off: examples, required committee decision, and preserved totals as properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../shared/thai-date";
import { allocateRepayment } from "./allocation";
import { classifyLoan } from "./delinquency";
import { scheduleCase } from "./loan-arbitraries";
import { CENTRE_PRODUCT, KKJ_PRODUCT, type LoanProduct } from "./loan-product";
import { type LoanState, openLoanState, outstandingOf } from "./loan-state";
import { rescheduleLoan, writeOffLoan } from "./reschedule";
import { generateSchedule } from "./schedule";

const decision = { reason: "น้ำท่วมนาข้าวเสียหายทั้งหมด", resolutionRef: "มติคณะกรรมการ ครั้งที่ 3/2567" };

function kkjAfterPayments(): LoanState {
  const schedule = generateSchedule({
    product: KKJ_PRODUCT,
    principalSatang: 2_000_000,
    disbursedOn: "2024-01-31",
    scheduleType: "equal_instalments",
    instalmentCount: 6,
  });
  // Instalment 1 (3,333) in full and 1,000 baht of instalment 2: 4,333 paid, 15,667 outstanding.
  return allocateRepayment({
    state: openLoanState(schedule),
    product: KKJ_PRODUCT,
    amountSatang: 433_300,
    paidOn: "2024-03-05",
  }).state;
}

describe("rescheduling (ผ่อนผัน)", () => {
  it("re-dates the outstanding 15,667 baht into 4 instalments after the harvest", () => {
    // 15,667 ÷ 4 = 3,916.75 → 3,916 × 3 + 3,919.
    const r = rescheduleLoan({
      state: kkjAfterPayments(),
      product: KKJ_PRODUCT,
      rescheduledOn: "2024-04-10",
      plan: { scheduleType: "equal_instalments", instalmentCount: 4, firstDueOn: "2024-11-30" },
      ...decision,
    });
    expect(r.versionNo).toBe(2);
    expect(r.previousVersionNo).toBe(1);
    expect(r.principalSatang).toBe(1_566_700);
    expect(r.schedule.instalments.map((i) => [i.dueOn, i.totalSatang])).toEqual([
      ["2024-11-30", 391_600],
      ["2024-12-30", 391_600],
      ["2025-01-30", 391_600],
      ["2025-02-28", 391_900],
    ]);
    expect(r.state).toMatchObject({ versionNo: 2, startsOn: "2024-04-10", status: "active" });
    expect(r.state.postponement).toEqual({ ...decision, rescheduledOn: "2024-04-10", previousVersionNo: 1 });
    expect(classifyLoan(r.state, "2024-05-01").loanClass).toBe("postponed");
  });

  it("keeps a declining loan's unpaid interest unchanged, spread over the new plan", () => {
    const product: LoanProduct = { ...CENTRE_PRODUCT, dayCount: "30/360", rounding: "satang" };
    const state = openLoanState(
      generateSchedule({
        product,
        principalSatang: 1_000_000,
        disbursedOn: "2024-01-01",
        scheduleType: "equal_instalments",
        instalmentCount: 12,
      }),
    );
    const before = outstandingOf(state);
    const r = rescheduleLoan({
      state,
      product,
      rescheduledOn: "2024-03-01",
      plan: { scheduleType: "lump_sum", lumpSumDueOn: "2025-01-31" },
      ...decision,
    });
    expect(r.schedule.instalments).toHaveLength(1);
    expect(r.schedule.totalPrincipalSatang).toBe(before.principalSatang);
    expect(r.schedule.totalInterestSatang).toBe(before.interestSatang);
  });

  it.each([
    ["an empty reason", { reason: "", resolutionRef: "3/2567" }, "loan.reason_required"],
    ["a blank reason", { reason: "   ", resolutionRef: "3/2567" }, "loan.reason_required"],
    ["no resolution", { reason: "ป่วย", resolutionRef: "" }, "loan.resolution_required"],
    [
      "a missing resolution",
      { reason: "ป่วย", resolutionRef: undefined as unknown as string },
      "loan.resolution_required",
    ],
  ])("refuses %s", (_, d, code) => {
    expect(() =>
      rescheduleLoan({
        state: kkjAfterPayments(),
        product: KKJ_PRODUCT,
        rescheduledOn: "2024-04-10",
        plan: { scheduleType: "lump_sum", lumpSumDueOn: "2024-12-31" },
        ...d,
      }),
    ).toThrow(expect.objectContaining({ kind: "invalid_input", code }));
  });

  it("refuses a plan that breaks the product's limits, counted from the rescheduling date", () => {
    const base = {
      state: kkjAfterPayments(),
      product: KKJ_PRODUCT,
      rescheduledOn: "2024-04-10",
      ...decision,
    };
    expect(() =>
      rescheduleLoan({ ...base, plan: { scheduleType: "equal_instalments", instalmentCount: 7 } }),
    ).toThrow(expect.objectContaining({ code: "loan.too_many_instalments" }));
    expect(() =>
      rescheduleLoan({ ...base, plan: { scheduleType: "lump_sum", lumpSumDueOn: "2027-04-11" } }),
    ).toThrow(expect.objectContaining({ code: "loan.term_exceeds_product" }));
    expect(() =>
      rescheduleLoan({ ...base, plan: { scheduleType: "lump_sum", lumpSumDueOn: "2024-04-10" } }),
    ).toThrow(expect.objectContaining({ code: "loan.due_not_after_start" }));
  });

  it("refuses a closed loan and a date before the loan started", () => {
    const state = kkjAfterPayments();
    const closed = allocateRepayment({
      state,
      product: KKJ_PRODUCT,
      amountSatang: 1_566_700,
      paidOn: "2024-04-01",
    }).state;
    const plan = { scheduleType: "lump_sum" as const, lumpSumDueOn: "2024-12-31" };
    expect(() =>
      rescheduleLoan({ state: closed, product: KKJ_PRODUCT, rescheduledOn: "2024-04-10", plan, ...decision }),
    ).toThrow(expect.objectContaining({ code: "loan.not_active" }));
    expect(() =>
      rescheduleLoan({ state, product: KKJ_PRODUCT, rescheduledOn: "2024-01-01", plan, ...decision }),
    ).toThrow(expect.objectContaining({ code: "loan.date_before_start" }));
  });
});

describe("write-off", () => {
  it("writes off principal and earned interest; cancels interest not yet earned", () => {
    // Same numbers as the early close: 16 Jan 2024, 24.19 baht earned of instalment 1's 50.00.
    const product: LoanProduct = { ...CENTRE_PRODUCT, dayCount: "30/360", rounding: "satang" };
    const state = openLoanState(
      generateSchedule({
        product,
        principalSatang: 1_000_000,
        disbursedOn: "2024-01-01",
        scheduleType: "equal_instalments",
        instalmentCount: 12,
      }),
    );
    const w = writeOffLoan({ state, product, writtenOffOn: "2024-01-16", ...decision });
    expect(w).toMatchObject({ principalSatang: 1_000_000, interestSatang: 2_419, totalSatang: 1_002_419 });
    expect(w.cancelledInterestSatang).toBe(outstandingOf(state).interestSatang - 2_419);
    expect(w.state.status).toBe("written_off");
    expect(outstandingOf(w.state).totalSatang).toBe(1_002_419);
    expect(classifyLoan(w.state, "2024-06-01").loanClass).toBe("written_off");
    expect(() =>
      allocateRepayment({ state: w.state, product, amountSatang: 100, paidOn: "2024-06-01" }),
    ).toThrow(expect.objectContaining({ code: "loan.not_active" }));
  });

  it("requires a reason and a resolution", () => {
    expect(() =>
      writeOffLoan({
        state: kkjAfterPayments(),
        product: KKJ_PRODUCT,
        writtenOffOn: "2024-06-01",
        reason: "ตาย",
        resolutionRef: " ",
      }),
    ).toThrow(expect.objectContaining({ code: "loan.resolution_required" }));
  });
});

describe("rescheduling and write-off invariants (properties)", () => {
  const stateArb = fc.tuple(scheduleCase, fc.integer({ min: 0, max: 999_999 })).map(([input, fraction]) => {
    const product: LoanProduct = { ...input.product, maxInstalments: 24, maxTermMonths: 600 };
    let state = openLoanState(generateSchedule({ ...input, product }));
    const paid = Math.floor((outstandingOf(state).totalSatang * fraction) / 1_000_000);
    if (paid > 0)
      state = allocateRepayment({ state, product, amountSatang: paid, paidOn: input.disbursedOn }).state;
    return { state, product, disbursedOn: input.disbursedOn };
  });

  it("a rescheduling neither creates nor loses a satang", () => {
    fc.assert(
      fc.property(
        stateArb,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 90 }),
        ({ state, product, disbursedOn }, after, count, firstGap) => {
          const rescheduledOn = addDays(disbursedOn, after);
          const before = outstandingOf(state);
          try {
            const r = rescheduleLoan({
              state,
              product: { ...product, scheduleTypes: ["equal_instalments"] },
              rescheduledOn,
              plan: {
                scheduleType: "equal_instalments",
                instalmentCount: count,
                firstDueOn: addDays(rescheduledOn, firstGap),
              },
              ...decision,
            });
            expect(r.schedule.totalPrincipalSatang).toBe(before.principalSatang);
            expect(r.schedule.totalInterestSatang).toBe(before.interestSatang);
            expect(outstandingOf(r.state)).toEqual(before);
            expect(r.versionNo).toBe(state.versionNo + 1);
            for (const i of r.schedule.instalments) expect(i.principalSatang).toBeGreaterThanOrEqual(0);
          } catch (e) {
            // Only a balance too small to cut into whole-baht instalments may be refused.
            expect(e).toMatchObject({ code: "loan.instalment_too_small" });
            expect(before.totalSatang).toBeLessThan(count * 100 * 2);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("written off + cancelled = outstanding before, and the written-off state still shows what is owed", () => {
    fc.assert(
      fc.property(stateArb, fc.integer({ min: 0, max: 1_200 }), ({ state, product, disbursedOn }, after) => {
        const before = outstandingOf(state);
        if (before.totalSatang === 0) return;
        const w = writeOffLoan({ state, product, writtenOffOn: addDays(disbursedOn, after), ...decision });
        expect(w.principalSatang).toBe(before.principalSatang);
        expect(w.totalSatang + w.cancelledInterestSatang).toBe(before.totalSatang);
        expect(outstandingOf(w.state).totalSatang).toBe(w.totalSatang);
      }),
      { numRuns: 300 },
    );
  });
});
