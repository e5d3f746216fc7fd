// What an old debt still costs under its own terms: periods to its end, remaining interest, monthly-equivalent payment, its effective rate.
import { addDays, type IsoDate } from "../../shared/thai-date";
import { addMonths, daysBetween } from "../loans/index";
import {
  type EffectiveRate,
  effectiveAnnualRate,
  type InstalmentFrequency,
  isFlatBasis,
  MONTHS_PER_PERIOD,
  PERIODS_PER_YEAR,
} from "./debt-rates";
import type { SurveyDebt } from "./debt-survey";

/** The date `k` periods after `from` (months clamped to the month's end, like the loan engine). */
export function addPeriods(from: IsoDate, k: number, frequency: InstalmentFrequency): IsoDate {
  const months = MONTHS_PER_PERIOD[frequency];
  if (months !== undefined) return addMonths(from, k * months);
  return addDays(from, k * (frequency === "weekly" ? 7 : 1));
}

/** Whole periods from `from` to `to`, a partial last period counting as one; 0 when `to` is not after `from`. */
export function periodsBetween(from: IsoDate, to: IsoDate, frequency: InstalmentFrequency): number {
  const days = daysBetween(from, to);
  if (days <= 0) return 0;
  const months = MONTHS_PER_PERIOD[frequency];
  if (months === undefined) return Math.ceil(days / (frequency === "weekly" ? 7 : 1));
  let k = Math.max(0, Math.floor(days / (31 * months)));
  while (daysBetween(addPeriods(from, k, frequency), to) > 0) k++;
  return k;
}

/** An amount paid every period as a monthly amount: amount × periods a year ÷ 12, half up. */
export function monthlyEquivalent(amountSatang: number, frequency: InstalmentFrequency): number {
  return mulDivHalfUp(BigInt(amountSatang) * BigInt(PERIODS_PER_YEAR[frequency]), 12n);
}

function mulDivHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((numerator * 2n + denominator) / (2n * denominator));
}

/** The number of instalments of the debt's whole term (start to agreed end), at least 1. */
export function termInstalments(debt: SurveyDebt): number | undefined {
  if (debt.endOn === undefined) return undefined;
  return Math.max(1, periodsBetween(debt.startOn, debt.endOn, debt.instalmentFrequency));
}

/** The debt's effective annual rate from its stated rate, basis, frequency and (for flat) its whole term. */
export function debtEffectiveRate(debt: SurveyDebt): EffectiveRate {
  return effectiveAnnualRate({
    basis: debt.rateBasis,
    rateBp: debt.rateBp,
    frequency: debt.instalmentFrequency,
    instalmentCount: isFlatBasis(debt.rateBasis) ? termInstalments(debt) : undefined,
  });
}

export type ProjectionHorizon = "own_end" | "plan_term" | "matured_flat" | "cleared";

export interface DebtProjection {
  /** Interest (or add-on) the household would still pay from `asOf` to the end under the debt's terms. */
  remainingInterestSatang: number;
  /** Outstanding + remaining interest. */
  remainingPaymentsSatang: number;
  periods: number;
  /** When the debt would be cleared under its own terms. */
  endsOn: IsoDate;
  horizon: ProjectionHorizon;
  /** The debt's regular payment as a monthly amount (interest only when there is no instalment). */
  monthlyEquivalentSatang: number;
}

/**
 * Projects an old debt from `asOf` (docs/debt-centre.md, "Interest before"): to its agreed end, or over
 * `fallbackMonths` (the new plan's term) when it has no end or is already past it. Balance bases charge
 * each period rate × balance (half up to the satang) and take the instalment (interest only when there
 * is none; a shortfall is added to the balance, as informal lenders do); the last period clears the
 * balance. Flat bases charge the add-on per period on the ORIGINAL principal for each remaining period.
 */
export function projectDebt(debt: SurveyDebt, asOf: IsoDate, fallbackMonths: number): DebtProjection {
  const frequency = debt.instalmentFrequency;
  const m = BigInt(PERIODS_PER_YEAR[frequency]);
  const r = BigInt(debt.rateBp);
  const instalment = debt.instalmentSatang ?? 0;
  const balance0 = debt.outstandingSatang;
  if (balance0 === 0) {
    return {
      remainingInterestSatang: 0,
      remainingPaymentsSatang: 0,
      periods: 0,
      endsOn: asOf,
      horizon: "cleared",
      monthlyEquivalentSatang: 0,
    };
  }
  const ownEnd = debt.endOn !== undefined && debt.endOn > asOf ? debt.endOn : undefined;

  if (isFlatBasis(debt.rateBasis)) {
    const total = termInstalments(debt) ?? 1;
    const periods = ownEnd === undefined ? 0 : periodsBetween(asOf, ownEnd, frequency);
    // Add-on per period = original × the basis' rate for one period; multiplied before rounding, once.
    const original = BigInt(debt.originalPrincipalSatang);
    const p = BigInt(periods);
    const interest =
      debt.rateBasis === "flat_per_term"
        ? mulDivHalfUp(original * r * p, 10_000n * BigInt(total))
        : debt.rateBasis === "flat_per_month"
          ? mulDivHalfUp(original * r * 12n * p, 10_000n * m)
          : mulDivHalfUp(original * r * p, 10_000n * m);
    const payments = balance0 + interest;
    const perPeriod = periods > 0 ? Math.ceil(payments / periods) : payments;
    return {
      remainingInterestSatang: interest,
      remainingPaymentsSatang: payments,
      periods,
      endsOn: ownEnd ?? asOf,
      horizon: ownEnd === undefined ? "matured_flat" : "own_end",
      monthlyEquivalentSatang: monthlyEquivalent(instalment > 0 ? instalment : perPeriod, frequency),
    };
  }

  const end = ownEnd ?? addMonths(asOf, fallbackMonths);
  const periods = Math.max(1, periodsBetween(asOf, end, frequency));
  // Rate for one instalment period as num/den of the balance.
  const num = debt.rateBasis === "per_month" ? r * 12n : debt.rateBasis === "per_day" ? r * 365n : r;
  const den = 10_000n * m;
  let balance = balance0;
  let interestTotal = 0;
  let paidPeriods = periods;
  let firstInterest = -1;
  for (let k = 1; k <= periods; k++) {
    const interest = mulDivHalfUp(BigInt(balance) * num, den);
    if (firstInterest < 0) firstInterest = interest;
    interestTotal += interest;
    const due = balance + interest;
    const pay = k === periods ? due : Math.min(due, instalment > 0 ? instalment : interest);
    balance = due - pay;
    if (balance === 0) {
      paidPeriods = k;
      break;
    }
  }
  return {
    remainingInterestSatang: interestTotal,
    remainingPaymentsSatang: balance0 + interestTotal,
    periods: paidPeriods,
    endsOn: paidPeriods === periods ? end : addPeriods(asOf, paidPeriods, frequency),
    horizon: ownEnd === undefined ? "plan_term" : "own_end",
    monthlyEquivalentSatang: monthlyEquivalent(instalment > 0 ? instalment : firstInterest, frequency),
  };
}
