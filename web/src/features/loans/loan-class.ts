// A loan's class computed now from its oldest unpaid due date, so pages are right just after a payment
// (the stored class and days past due are the daily job's, as of its last run). Mirrors classifyLoan in
// src/modules/loans/delinquency.ts (docs/loan-engine.md "Classification"); move both to src/shared to share one.
import { addDays } from "../../../../src/shared/thai-date";
import type { Loan, LoanClass, LoanDetail } from "./api";

/** Days (at 00:00 UTC) from `from` to `to`. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The "due soon" window of the daily job (domain.md §4.8). */
const DUE_SOON_DAYS = 15;

export interface LiveClass {
  loanClass: LoanClass | null;
  daysOverdue: number;
}

/**
 * `nextDueOn` is the oldest unpaid instalment's due date (what the loans module stores). Lists do not carry
 * the product's grace days, so they pass 0 (every preset has 0); the loan page passes the product's.
 */
export function liveLoanClass(
  loan: Pick<Loan, "status" | "nextDueOn" | "currentVersionNo">,
  today: string,
  graceDays = 0,
): LiveClass {
  if (loan.status === "written_off") return { loanClass: "written_off", daysOverdue: 0 };
  if (loan.status === "closed") return { loanClass: "closed", daysOverdue: 0 };
  if (loan.status !== "active") return { loanClass: null, daysOverdue: 0 };
  if (!loan.nextDueOn) return { loanClass: "closed", daysOverdue: 0 };
  const daysOverdue = Math.max(0, daysBetween(addDays(loan.nextDueOn, graceDays), today));
  const bucket = (loanClass: LoanClass) => ({ loanClass, daysOverdue });
  if (daysOverdue > 365) return bucket("overdue_over_365");
  if (daysOverdue > 90) return bucket("overdue_91_365");
  if (daysOverdue > 30) return bucket("overdue_31_90");
  if (daysOverdue > 0) return bucket("overdue_1_30");
  if (loan.currentVersionNo > 1) return bucket("postponed");
  if (daysBetween(today, loan.nextDueOn) <= DUE_SOON_DAYS) return bucket("due_soon");
  return bucket("current");
}

/** The loan page: the oldest unpaid instalment of the current schedule, as of the detail's date. */
export function liveDetailClass(detail: LoanDetail): LiveClass {
  const oldest = [...detail.schedule]
    .filter((i) => i.unpaidSatang > 0)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  return liveLoanClass(
    { ...detail.loan, nextDueOn: oldest?.dueOn ?? null },
    detail.asOf,
    detail.product.graceDays,
  );
}
