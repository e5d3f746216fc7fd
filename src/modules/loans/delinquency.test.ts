// Tests for loan classification on the bucket boundaries, grace days, leap years, postponement and closed loans.
import { describe, expect, it } from "vitest";
import { addDays } from "../../shared/thai-date";
import { allocateRepayment } from "./allocation";
import { classifyLoan, type LoanClass } from "./delinquency";
import { KKJ_PRODUCT } from "./loan-product";
import { type LoanState, openLoanState } from "./loan-state";
import { rescheduleLoan } from "./reschedule";
import { generateSchedule } from "./schedule";

function lumpSumDue(dueOn: string, disbursedOn = "2020-01-01"): LoanState {
  return openLoanState(
    generateSchedule({
      product: { ...KKJ_PRODUCT, maxTermMonths: 120 },
      principalSatang: 1_000_000,
      disbursedOn,
      scheduleType: "lump_sum",
      lumpSumDueOn: dueOn,
    }),
  );
}

describe("classifyLoan boundaries (due 15 Mar 2024, no grace)", () => {
  const state = lumpSumDue("2024-03-15", "2024-01-01");
  it.each<[number, LoanClass, number]>([
    [-16, "current", 0],
    [-15, "due_soon", 0],
    [-1, "due_soon", 0],
    [0, "due_soon", 0], // due today: not yet overdue
    [1, "overdue_1_30", 1],
    [30, "overdue_1_30", 30],
    [31, "overdue_31_90", 31],
    [90, "overdue_31_90", 90],
    [91, "overdue_91_365", 91],
    [365, "overdue_91_365", 365],
    [366, "overdue_over_365", 366],
    [2_000, "overdue_over_365", 2_000],
  ])("day %i after the due date → %s", (offset, loanClass, daysOverdue) => {
    expect(classifyLoan(state, addDays("2024-03-15", offset))).toEqual({
      loanClass,
      daysOverdue,
      oldestUnpaidDueOn: "2024-03-15",
    });
  });
});

describe("grace days and the due-soon window", () => {
  const state = lumpSumDue("2024-03-15", "2024-01-01");
  it.each<[number, LoanClass, number]>([
    [0, "due_soon", 0],
    [7, "due_soon", 0], // inside 7 grace days: past due, not overdue
    [8, "overdue_1_30", 1],
    [37, "overdue_1_30", 30],
    [38, "overdue_31_90", 31],
  ])("grace 7, day %i → %s", (offset, loanClass, daysOverdue) => {
    expect(classifyLoan(state, addDays("2024-03-15", offset), { graceDays: 7 })).toMatchObject({
      loanClass,
      daysOverdue,
    });
  });

  it("a narrower due-soon window", () => {
    expect(classifyLoan(state, "2024-03-07", { dueSoonDays: 7 }).loanClass).toBe("current");
    expect(classifyLoan(state, "2024-03-08", { dueSoonDays: 7 }).loanClass).toBe("due_soon");
  });

  it("refuses bad options and dates", () => {
    expect(() => classifyLoan(state, "2024-02-30")).toThrow(
      expect.objectContaining({ code: "loan.invalid_date" }),
    );
    expect(() => classifyLoan(state, "2024-03-01", { graceDays: -1 })).toThrow(
      expect.objectContaining({ code: "loan.invalid_count" }),
    );
  });
});

describe("leap years: buckets count days, not anniversaries", () => {
  it.each<[string, string, LoanClass, number]>([
    ["2023-03-01", "2024-02-29", "overdue_91_365", 365],
    ["2023-03-01", "2024-03-01", "overdue_over_365", 366], // the anniversary is day 366 across 29 Feb
    ["2024-03-01", "2025-03-01", "overdue_91_365", 365],
    ["2024-03-01", "2025-03-02", "overdue_over_365", 366],
    ["2024-02-28", "2024-03-29", "overdue_1_30", 30],
    ["2024-02-28", "2024-03-30", "overdue_31_90", 31],
    ["2023-02-28", "2023-03-30", "overdue_1_30", 30], // no 29 Feb in 2023: the same dates are a day shorter
    ["2023-02-28", "2023-03-31", "overdue_31_90", 31],
  ])("due %s, on %s → %s", (dueOn, on, loanClass, daysOverdue) => {
    expect(classifyLoan(lumpSumDue(dueOn), on)).toMatchObject({ loanClass, daysOverdue });
  });
});

describe("what counts as unpaid", () => {
  const schedule = generateSchedule({
    product: KKJ_PRODUCT,
    principalSatang: 1_200_000,
    disbursedOn: "2024-01-10",
    scheduleType: "equal_instalments",
    instalmentCount: 6,
  });
  const open = openLoanState(schedule);

  it("a partly paid instalment is still the oldest unpaid", () => {
    const part = allocateRepayment({
      state: open,
      product: KKJ_PRODUCT,
      amountSatang: 100_000,
      paidOn: "2024-02-10",
    });
    expect(classifyLoan(part.state, "2024-03-01")).toMatchObject({
      loanClass: "overdue_1_30",
      daysOverdue: 20,
      oldestUnpaidDueOn: "2024-02-10",
    });
  });

  it("paying ahead moves the oldest unpaid date forward", () => {
    const ahead = allocateRepayment({
      state: open,
      product: KKJ_PRODUCT,
      amountSatang: 600_000,
      paidOn: "2024-02-01",
    });
    expect(classifyLoan(ahead.state, "2024-02-20")).toMatchObject({
      loanClass: "current",
      oldestUnpaidDueOn: "2024-05-10",
    });
  });

  it("a fully repaid loan is closed", () => {
    const all = allocateRepayment({
      state: open,
      product: KKJ_PRODUCT,
      amountSatang: 1_200_000,
      paidOn: "2024-02-01",
    });
    expect(classifyLoan(all.state, "2030-01-01")).toEqual({
      loanClass: "closed",
      daysOverdue: 0,
      oldestUnpaidDueOn: null,
    });
  });
});

describe("postponed loans", () => {
  const state = lumpSumDue("2024-03-15", "2024-01-01");
  const r = rescheduleLoan({
    state,
    product: KKJ_PRODUCT,
    rescheduledOn: "2024-04-01",
    plan: { scheduleType: "lump_sum", lumpSumDueOn: "2024-12-31" },
    reason: "ผู้ยืมป่วยหนัก",
    resolutionRef: "มติที่ 5/2567",
  });

  it("is postponed while it keeps to the new schedule, even near the new due date", () => {
    expect(classifyLoan(state, "2024-04-01").loanClass).toBe("overdue_1_30");
    expect(classifyLoan(r.state, "2024-04-01").loanClass).toBe("postponed");
    expect(classifyLoan(r.state, "2024-12-31").loanClass).toBe("postponed");
  });

  it("falls into an overdue bucket when the new schedule is missed", () => {
    expect(classifyLoan(r.state, "2025-01-01")).toMatchObject({ loanClass: "overdue_1_30", daysOverdue: 1 });
  });
});
