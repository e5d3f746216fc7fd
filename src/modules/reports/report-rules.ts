// Pure report maths: the reporting period, each loan as of a date, a fund's debt and financial position, the
// problem reasons, and totals — the same figures for the JSON, the PDF and the exports.
import type { AppError } from "../../shared/errors";
import { addDays, fiscalYearOf, fiscalYearRange, type IsoDate, isIsoDate } from "../../shared/thai-date";
import { reportErrors } from "./report-errors";

/** The first fiscal year of กข.คจ. (the cabinet resolution of 17 Aug 2536, domain §4.1). */
export const FIRST_FISCAL_YEAR = 2537;

/**
 * A loan is defaulting when its oldest unpaid instalment fell due 366 or more days before the as-of date: the
 * loans module's overdue_over_365 class and the กข.คจ. village status use the same line (docs/fund-health.md).
 */
export const DEFAULT_AFTER_DAYS = 366;

export interface ReportPeriod {
  /** B.E. year in which the fiscal year ends. */
  fiscalYear: number;
  /** 1 October that opens the fiscal year. */
  from: IsoDate;
  /** Balances and debts are as of the end of this day. */
  asOf: IsoDate;
}

/**
 * The as-of date of a report: the one asked for; else the fiscal year's 30 September when it has passed, or
 * today; the fiscal year defaults to today's. Both together must agree; neither may lie in the future.
 */
export function resolvePeriod(
  input: { fiscalYear?: string | undefined; asOf?: string | undefined },
  today: IsoDate,
): ReportPeriod {
  let fiscalYear: number | undefined;
  if (input.fiscalYear !== undefined) {
    const text = input.fiscalYear.trim();
    const n = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isInteger(n) || n < FIRST_FISCAL_YEAR || n > fiscalYearOf(today)) {
      throw reportErrors.fiscalYearInvalid(input.fiscalYear, fiscalYearOf(today));
    }
    fiscalYear = n;
  }
  if (input.asOf !== undefined) {
    const asOf = input.asOf.trim();
    if (!isIsoDate(asOf)) throw reportErrors.asOfInvalid(input.asOf);
    if (asOf > today) throw reportErrors.asOfInFuture(asOf, today);
    const year = fiscalYearOf(asOf);
    if (fiscalYear !== undefined && fiscalYear !== year) throw reportErrors.asOfOutsideYear(asOf, fiscalYear);
    if (year < FIRST_FISCAL_YEAR) throw reportErrors.asOfInvalid(input.asOf);
    return { fiscalYear: year, from: fiscalYearRange(year).from, asOf };
  }
  const year = fiscalYear ?? fiscalYearOf(today);
  const range = fiscalYearRange(year);
  return { fiscalYear: year, from: range.from, asOf: range.to < today ? range.to : today };
}

/** What the report queries return for one disbursed loan, as of the period's date. */
export interface LoanFacts {
  loanId: string;
  fundId: string;
  householdId: string | null;
  borrowerName: string;
  loanNo: string;
  /** ยืมครั้งที่: the contract's borrow round, or the loan's rank among the borrower's loans of the fund. */
  borrowRound: number;
  disbursedOn: IsoDate;
  principalSatang: number;
  /** Principal repaid on or before the as-of date (repayments reversed by then do not count). */
  repaidPrincipalSatang: number;
  /** Money received on the loan from 1 October to the as-of date. */
  receivedInYearSatang: number;
  /** Principal written off on or before the as-of date. */
  writtenOffSatang: number;
  /** Due date of the oldest instalment of the current schedule not covered by what was repaid by then. */
  oldestUnpaidDueOn: IsoDate | null;
}

export interface BorrowerLine {
  loanId: string;
  householdId: string | null;
  borrowerName: string;
  loanNo: string;
  borrowRound: number;
  receivedOn: IsoDate;
  lentSatang: number;
  repaidSatang: number;
  outstandingSatang: number;
  isDefaulting: boolean;
}

export function outstandingOf(loan: LoanFacts): number {
  return Math.max(0, loan.principalSatang - loan.repaidPrincipalSatang - loan.writtenOffSatang);
}

export function isDefaultingAsOf(loan: LoanFacts, asOf: IsoDate): boolean {
  return (
    outstandingOf(loan) > 0 &&
    loan.oldestUnpaidDueOn !== null &&
    addDays(loan.oldestUnpaidDueOn, DEFAULT_AFTER_DAYS) <= asOf
  );
}

/**
 * The borrowers form 26(1) lists: every loan still owed on the as-of date, and the loans paid out or repaid
 * within the fiscal year (a debt cleared this year is still part of the year's report).
 */
export function borrowerLines(loans: readonly LoanFacts[], period: ReportPeriod): BorrowerLine[] {
  return loans
    .filter(
      (l) =>
        outstandingOf(l) > 0 ||
        (l.disbursedOn >= period.from && l.disbursedOn <= period.asOf) ||
        l.receivedInYearSatang > 0,
    )
    .map((l) => ({
      loanId: l.loanId,
      householdId: l.householdId,
      borrowerName: l.borrowerName,
      loanNo: l.loanNo,
      borrowRound: l.borrowRound,
      receivedOn: l.disbursedOn,
      lentSatang: l.principalSatang,
      repaidSatang: l.repaidPrincipalSatang,
      outstandingSatang: outstandingOf(l),
      isDefaulting: isDefaultingAsOf(l, period.asOf),
    }))
    .sort(
      (a, b) =>
        a.receivedOn.localeCompare(b.receivedOn) ||
        a.borrowerName.localeCompare(b.borrowerName, "th") ||
        a.loanId.localeCompare(b.loanId),
    );
}

/** A fund's journal balances on the as-of date (debits − credits of its asset accounts by role). */
export interface FundBalances {
  bankSatang: number;
  cashSatang: number;
  otherAssetsSatang: number;
  loansReceivableSatang: number;
}

export const NO_BALANCES: FundBalances = {
  bankSatang: 0,
  cashSatang: 0,
  otherAssetsSatang: 0,
  loansReceivableSatang: 0,
};

/** The summary columns shared by 26(1), 26(2), ข้อ 27 and the problem report. */
export interface FundFigures {
  originalCapitalSatang: number;
  /** Distinct borrowers (households, or the loan for a borrower without one) among the listed loans. */
  borrowers: number;
  loans: number;
  lentSatang: number;
  repaidSatang: number;
  /** Σ outstanding of the loans, which must equal loans receivable in the journal. */
  outstandingSatang: number;
  bankSatang: number;
  /** เงินสด/อื่น ๆ: cash on hand and other assets. */
  cashOtherSatang: number;
  /** Bank + loans receivable (journal) + cash/other: the fund's money wherever it is (domain §4.6). */
  totalFundSatang: number;
  receivedInYearSatang: number;
  nonDefaultingBorrowers: number;
  nonDefaultingSatang: number;
  defaultingHouseholds: number;
  defaultingSatang: number;
  /** เงินทุนที่ขาดหายไป: max(0, capital − (bank + non-defaulted outstanding + cash)) (domain §4.8). */
  missingSatang: number;
  /** Loans receivable in the journal minus Σ outstanding of the loans: 0 when the books agree. */
  unreconciledSatang: number;
}

export const FIGURE_KEYS = [
  "originalCapitalSatang",
  "borrowers",
  "loans",
  "lentSatang",
  "repaidSatang",
  "outstandingSatang",
  "bankSatang",
  "cashOtherSatang",
  "totalFundSatang",
  "receivedInYearSatang",
  "nonDefaultingBorrowers",
  "nonDefaultingSatang",
  "defaultingHouseholds",
  "defaultingSatang",
  "missingSatang",
  "unreconciledSatang",
] as const satisfies readonly (keyof FundFigures)[];

const borrowerKey = (l: { householdId: string | null; loanId: string }) =>
  l.householdId ?? `loan:${l.loanId}`;

/**
 * A fund's position as of the period's date. The money columns come from the journal (the books are the
 * record); the loan columns from the loans, and the difference between the two is reported, never hidden.
 */
export function fundFigures(
  originalCapitalSatang: number,
  balances: FundBalances,
  loans: readonly LoanFacts[],
  period: ReportPeriod,
): FundFigures {
  const lines = borrowerLines(loans, period);
  let outstanding = 0;
  let received = 0;
  const nonDefaulting = new Set<string>();
  const defaulting = new Set<string>();
  let nonDefaultingSatang = 0;
  let defaultingSatang = 0;
  for (const loan of loans) {
    const owed = outstandingOf(loan);
    outstanding += owed;
    received += loan.receivedInYearSatang;
    if (owed === 0) continue;
    if (isDefaultingAsOf(loan, period.asOf)) {
      defaulting.add(borrowerKey(loan));
      defaultingSatang += owed;
    } else {
      nonDefaulting.add(borrowerKey(loan));
      nonDefaultingSatang += owed;
    }
  }
  const cashOther = balances.cashSatang + balances.otherAssetsSatang;
  const receivable = balances.loansReceivableSatang;
  const sum = (pick: (l: BorrowerLine) => number) => lines.reduce((n, l) => n + pick(l), 0);
  return {
    originalCapitalSatang,
    borrowers: new Set(lines.map(borrowerKey)).size,
    loans: lines.length,
    lentSatang: sum((l) => l.lentSatang),
    repaidSatang: sum((l) => l.repaidSatang),
    outstandingSatang: outstanding,
    bankSatang: balances.bankSatang,
    cashOtherSatang: cashOther,
    totalFundSatang: balances.bankSatang + receivable + cashOther,
    receivedInYearSatang: received,
    nonDefaultingBorrowers: nonDefaulting.size,
    nonDefaultingSatang,
    defaultingHouseholds: defaulting.size,
    defaultingSatang,
    missingSatang: missingFund(
      originalCapitalSatang,
      balances.bankSatang,
      receivable - defaultingSatang,
      balances.cashSatang,
    ),
    unreconciledSatang: receivable - outstanding,
  };
}

/** เงินทุนที่ขาดหายไป (domain §4.8), the definition fund health and the village status use. */
export function missingFund(
  originalCapitalSatang: number,
  bankSatang: number,
  outstandingNonDefaultedSatang: number,
  cashSatang: number,
): number {
  return Math.max(0, originalCapitalSatang - (bankSatang + outstandingNonDefaultedSatang + cashSatang));
}

/** Column sums (counts and money alike). */
export function sumFigures(rows: readonly FundFigures[]): FundFigures {
  const total = Object.fromEntries(FIGURE_KEYS.map((k) => [k, 0])) as unknown as FundFigures;
  for (const row of rows) {
    for (const k of FIGURE_KEYS) {
      total[k] += row[k];
      if (!Number.isSafeInteger(total[k])) throw new RangeError(`total of ${k} beyond the safe range`);
    }
  }
  return total;
}

export const PROBLEM_REASONS = ["missing_fund", "defaulted_households", "committee_term_expired"] as const;
export type ProblemReason = (typeof PROBLEM_REASONS)[number];

export const PROBLEM_REASON_NAMES: Record<ProblemReason, { th: string; en: string }> = {
  missing_fund: { th: "เงินทุนขาดหาย", en: "Missing fund" },
  defaulted_households: { th: "มีครัวเรือนผิดนัดชำระเกิน 1 ปี", en: "Households more than a year in default" },
  committee_term_expired: { th: "ไม่มีคณะกรรมการที่อยู่ในวาระ", en: "No committee in office" },
};

/**
 * Why a village belongs in the fund-problem report on the as-of date: money missing, households defaulting
 * (at risk of loss, domain §4.8) or no committee in office. Empty means no problem.
 */
export function problemReasons(figures: FundFigures, hasCommittee: boolean): ProblemReason[] {
  const reasons: ProblemReason[] = [];
  if (figures.missingSatang > 0) reasons.push("missing_fund");
  if (figures.defaultingHouseholds > 0) reasons.push("defaulted_households");
  if (!hasCommittee) reasons.push("committee_term_expired");
  return reasons;
}

export type ReportLevel = "province" | "district" | "subdistrict" | "village";

/** Which area levels each report is made for. */
export const REPORT_LEVELS = {
  "26-1-village": ["village"],
  "26-1-district": ["district"],
  "26-2-province": ["province"],
  "27": ["district", "subdistrict"],
  problems: ["province", "district"],
} as const satisfies Record<string, readonly ReportLevel[]>;
export type ReportKind = keyof typeof REPORT_LEVELS;

export function checkReportLevel(kind: ReportKind, level: ReportLevel | null, code: string): AppError | null {
  const allowed: readonly ReportLevel[] = REPORT_LEVELS[kind];
  return level !== null && allowed.includes(level) ? null : reportErrors.wrongLevel(kind, code, allowed);
}
