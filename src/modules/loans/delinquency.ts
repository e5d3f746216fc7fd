// Classifies a loan on a business date: current, due soon, overdue buckets by days, postponed, closed or written off.
import type { IsoDate } from "../../shared/thai-date";
import { addDays } from "../../shared/thai-date";
import { daysBetween, requireIsoDate } from "./loan-dates";
import { loanErrors } from "./loan-errors";
import { type LoanState, oldestUnpaid } from "./loan-state";

export const LOAN_CLASSES = [
  "current",
  "due_soon",
  "overdue_1_30",
  "overdue_31_90",
  "overdue_91_365",
  "overdue_over_365",
  "postponed",
  "closed",
  "written_off",
] as const;
export type LoanClass = (typeof LOAN_CLASSES)[number];

/** Days before a due date when a loan becomes "due soon": domain.md §4.8 (WATCHLIST from 15 days before due). */
export const DEFAULT_DUE_SOON_DAYS = 15;

export interface ClassifyOptions {
  dueSoonDays?: number | undefined;
  /** Days after the due date before an unpaid instalment counts as overdue (the product's graceDays). */
  graceDays?: number | undefined;
}

export interface LoanClassification {
  loanClass: LoanClass;
  /** Days since the oldest unpaid instalment's due date + grace; 0 when nothing is overdue. */
  daysOverdue: number;
  /** The due date of the oldest unpaid instalment (null when nothing is unpaid). */
  oldestUnpaidDueOn: IsoDate | null;
}

function requireDays(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 3660)
    throw loanErrors.invalidCount(field, value, 0, 3660);
  return value;
}

/**
 * The loan's bucket on `businessDate`. Overdue counts from the oldest unpaid instalment: an instalment
 * due on D with G grace days is 1 day overdue on D + G + 1. Buckets are by day count (1–30, 31–90,
 * 91–365, 366 and more), so "over a year" does not move with leap years. A loan under a ผ่อนผัน is
 * "postponed" while it keeps to its new schedule and falls into an overdue bucket when it does not.
 */
export function classifyLoan(
  state: LoanState,
  businessDate: IsoDate,
  options: ClassifyOptions = {},
): LoanClassification {
  const today = requireIsoDate("businessDate", businessDate);
  const dueSoonDays = requireDays("dueSoonDays", options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
  const graceDays = requireDays("graceDays", options.graceDays ?? 0);
  if (state.status === "written_off")
    return { loanClass: "written_off", daysOverdue: 0, oldestUnpaidDueOn: null };
  const oldest = oldestUnpaid(state);
  if (state.status === "closed" || oldest === null) {
    return { loanClass: "closed", daysOverdue: 0, oldestUnpaidDueOn: null };
  }
  const daysOverdue = Math.max(0, daysBetween(addDays(oldest.dueOn, graceDays), today));
  const result = (loanClass: LoanClass): LoanClassification => ({
    loanClass,
    daysOverdue,
    oldestUnpaidDueOn: oldest.dueOn,
  });
  if (daysOverdue > 365) return result("overdue_over_365");
  if (daysOverdue > 90) return result("overdue_91_365");
  if (daysOverdue > 30) return result("overdue_31_90");
  if (daysOverdue > 0) return result("overdue_1_30");
  if (state.postponement !== null) return result("postponed");
  // Inside the grace window the instalment is past due but not overdue: it is still "due soon".
  if (daysBetween(today, oldest.dueOn) <= dueSoonDays) return result("due_soon");
  return result("current");
}
