// A loan's repayment state (schedule version + what has been paid or waived per instalment), its checks, and what it owes.
import { type Satang, satang } from "../../shared/money";
import type { IsoDate } from "../../shared/thai-date";
import { daysBetween, requireIsoDate } from "./loan-dates";
import { loanErrors } from "./loan-errors";
import { mulDivRoundHalfUp } from "./loan-math";
import type { FlatPrepaymentRebate, LoanProduct } from "./loan-product";
import type { Instalment, LoanSchedule } from "./schedule";

export type LoanStatus = "active" | "closed" | "written_off";

export interface InstalmentState extends Instalment {
  paidPrincipalSatang: Satang;
  paidInterestSatang: Satang;
  /** Scheduled interest cancelled because it was never earned (early close, write-off); never income. */
  waivedInterestSatang: Satang;
}

/** Why the current schedule version exists, when it came from a ผ่อนผัน (rescheduling). */
export interface Postponement {
  reason: string;
  resolutionRef: string;
  rescheduledOn: IsoDate;
  previousVersionNo: number;
}

export interface LoanState {
  /** 1 for the contract's schedule; each rescheduling adds 1 (the caller keeps every version). */
  versionNo: number;
  /** When this version's first period begins (disbursement, or the rescheduling date). */
  startsOn: IsoDate;
  status: LoanStatus;
  postponement: Postponement | null;
  instalments: readonly InstalmentState[];
}

export interface Outstanding {
  principalSatang: Satang;
  interestSatang: Satang;
  totalSatang: Satang;
}

/** The state of a freshly disbursed loan: nothing paid yet. */
export function openLoanState(
  schedule: LoanSchedule,
  versionNo = 1,
  postponement: Postponement | null = null,
): LoanState {
  return {
    versionNo,
    startsOn: schedule.startsOn,
    status: "active",
    postponement,
    instalments: schedule.instalments.map((i) => ({
      ...i,
      paidPrincipalSatang: satang(0),
      paidInterestSatang: satang(0),
      waivedInterestSatang: satang(0),
    })),
  };
}

export function unpaidPrincipal(i: InstalmentState): number {
  return i.principalSatang - i.paidPrincipalSatang;
}

export function unpaidInterest(i: InstalmentState): number {
  return i.interestSatang - i.paidInterestSatang - i.waivedInterestSatang;
}

/** What is still owed under the schedule (all instalments, due or not). */
export function outstandingOf(state: LoanState): Outstanding {
  return sumOutstanding(state.instalments);
}

/** What has fallen due by `date` (due date on or before it) and is unpaid: the arrears plus today's instalment. */
export function amountDueOn(state: LoanState, date: IsoDate): Outstanding {
  const on = requireIsoDate("date", date);
  return sumOutstanding(state.instalments.filter((i) => daysBetween(i.dueOn, on) >= 0));
}

function sumOutstanding(instalments: readonly InstalmentState[]): Outstanding {
  let p = 0;
  let i = 0;
  for (const x of instalments) {
    p += unpaidPrincipal(x);
    i += unpaidInterest(x);
  }
  return { principalSatang: satang(p), interestSatang: satang(i), totalSatang: satang(p + i) };
}

/** The oldest instalment with anything unpaid, or null when the schedule is settled. */
export function oldestUnpaid(state: LoanState): InstalmentState | null {
  return state.instalments.find((i) => unpaidPrincipal(i) + unpaidInterest(i) > 0) ?? null;
}

/**
 * Refuses a state that cannot be right (paid more than scheduled, amounts that are not satang, dates out
 * of order). A state comes from storage, so this is a guard against corruption, not a user error path.
 */
export function assertConsistentState(state: LoanState): void {
  const bad = (detail: string) => loanErrors.stateInconsistent(detail);
  if (!Number.isSafeInteger(state.versionNo) || state.versionNo < 1) throw bad("versionNo");
  requireIsoDate("startsOn", state.startsOn);
  if (state.instalments.length === 0) throw bad("no instalments");
  let previous = state.startsOn;
  state.instalments.forEach((i, k) => {
    if (i.seq !== k + 1) throw bad(`instalment ${k + 1} has seq ${i.seq}`);
    requireIsoDate(`instalments[${k}].dueOn`, i.dueOn);
    if (daysBetween(previous, i.dueOn) <= 0) throw bad(`instalment ${i.seq} is not after ${previous}`);
    previous = i.dueOn;
    const amounts = [
      i.principalSatang,
      i.interestSatang,
      i.totalSatang,
      i.paidPrincipalSatang,
      i.paidInterestSatang,
      i.waivedInterestSatang,
    ];
    if (amounts.some((a) => !Number.isSafeInteger(a) || a < 0)) throw bad(`instalment ${i.seq} amounts`);
    if (i.totalSatang !== i.principalSatang + i.interestSatang) throw bad(`instalment ${i.seq} total`);
    if (unpaidPrincipal(i) < 0) throw bad(`instalment ${i.seq} principal overpaid`);
    if (unpaidInterest(i) < 0) throw bad(`instalment ${i.seq} interest overpaid`);
  });
}

/**
 * The part of an instalment's interest earned by `asOf`. Interest accrues evenly over the instalment's
 * own period (actual days, rounded half up): nothing before the period starts, all of it by the due
 * date. Interest-free loans earn nothing; a flat loan whose policy gives no rebate owes all of it.
 */
export function earnedInterest(
  instalment: InstalmentState,
  periodStartsOn: IsoDate,
  asOf: IsoDate,
  product: LoanProduct,
  flatPrepaymentRebate: FlatPrepaymentRebate,
): number {
  if (product.interestMethod === "flat" && flatPrepaymentRebate === "none") return instalment.interestSatang;
  const elapsed = daysBetween(periodStartsOn, asOf);
  const length = daysBetween(periodStartsOn, instalment.dueOn);
  if (elapsed >= length) return instalment.interestSatang;
  if (elapsed <= 0) return 0;
  return mulDivRoundHalfUp([instalment.interestSatang, elapsed], length);
}

export interface PayoffLine {
  seq: number;
  principalSatang: Satang;
  interestSatang: Satang;
  waivedInterestSatang: Satang;
}

export interface PayoffQuote {
  /** Exactly what closes the loan on `paidOn`: unpaid principal + interest earned and still unpaid. */
  payoffSatang: Satang;
  principalSatang: Satang;
  interestSatang: Satang;
  /** Unpaid interest not yet earned on `paidOn`, cancelled by closing now. payoff + waived = outstanding. */
  waivedInterestSatang: Satang;
  lines: PayoffLine[];
}

export interface PayoffInput {
  state: LoanState;
  product: LoanProduct;
  paidOn: IsoDate;
  /** Overrides the product's policy for flat loans. */
  flatPrepaymentRebate?: FlatPrepaymentRebate | undefined;
}

/**
 * What closing the loan on `paidOn` costs. Interest already paid for a period not yet reached is kept,
 * not refunded: only unpaid unearned interest is cancelled (see docs/loan-engine.md).
 */
export function quotePayoff(input: PayoffInput): PayoffQuote {
  const { state, product } = input;
  assertConsistentState(state);
  const paidOn = requireIsoDate("paidOn", input.paidOn);
  if (state.status !== "active") throw loanErrors.notActive(state.status);
  if (daysBetween(state.startsOn, paidOn) < 0)
    throw loanErrors.dateBeforeStart("paidOn", paidOn, state.startsOn);
  const rebate = input.flatPrepaymentRebate ?? product.flatPrepaymentRebate;
  let p = 0;
  let owed = 0;
  let waived = 0;
  const lines = state.instalments.map((inst, k) => {
    const periodStartsOn = k === 0 ? state.startsOn : state.instalments[k - 1]!.dueOn;
    const earned = earnedInterest(inst, periodStartsOn, paidOn, product, rebate);
    const unpaid = unpaidInterest(inst);
    const owedHere = Math.min(unpaid, Math.max(0, earned - inst.paidInterestSatang));
    p += unpaidPrincipal(inst);
    owed += owedHere;
    waived += unpaid - owedHere;
    return {
      seq: inst.seq,
      principalSatang: satang(unpaidPrincipal(inst)),
      interestSatang: satang(owedHere),
      waivedInterestSatang: satang(unpaid - owedHere),
    };
  });
  return {
    payoffSatang: satang(p + owed),
    principalSatang: satang(p),
    interestSatang: satang(owed),
    waivedInterestSatang: satang(waived),
    lines,
  };
}
