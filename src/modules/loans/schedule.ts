// Repayment schedule generation: equal instalments, equal principal, lump sum or custom dates, for interest-free, flat and declining loans.
import { type Satang, satang } from "../../shared/money";
import type { IsoDate } from "../../shared/thai-date";
import { addMonths, daysBetween, requireIsoDate, yearFraction } from "./loan-dates";
import { loanErrors, requireSatang } from "./loan-errors";
import { allocateOrZero, mulDivRoundHalfUp, roundingUnit, splitEqual } from "./loan-math";
import type { LoanProduct, ScheduleType } from "./loan-product";

/** Hard bounds on inputs before product limits apply: they keep a bad request from allocating huge arrays. */
const MAX_COUNT = 600;
const MAX_FREQUENCY_MONTHS = 12;

export interface Instalment {
  /** 1, 2, 3 … in due-date order. */
  seq: number;
  dueOn: IsoDate;
  principalSatang: Satang;
  interestSatang: Satang;
  totalSatang: Satang;
}

export interface LoanSchedule {
  /** When the first period begins: the disbursement date, or the rescheduling date for a new version. */
  startsOn: IsoDate;
  instalments: Instalment[];
  totalPrincipalSatang: Satang;
  totalInterestSatang: Satang;
  totalSatang: Satang;
}

export interface CustomDueDate {
  dueOn: IsoDate;
  /** Principal in this instalment; instalments without one share what the others leave, equally. */
  principalSatang?: number | undefined;
}

/** How the instalments fall: the date plan of a new loan or of a rescheduling. */
export interface SchedulePlan {
  scheduleType: ScheduleType;
  /** Required for equal_instalments and equal_principal. */
  instalmentCount?: number | undefined;
  /** Months between instalments (default 1). */
  frequencyMonths?: number | undefined;
  /**
   * Default: start + frequencyMonths. Instalment k falls on anchor + k × frequencyMonths (clamped to the
   * month's end), the anchor being firstDueOn, or the start date when firstDueOn is not given.
   */
  firstDueOn?: IsoDate | undefined;
  /** Required for lump_sum, e.g. after the harvest. */
  lumpSumDueOn?: IsoDate | undefined;
  /** Required for custom. */
  customDueDates?: readonly CustomDueDate[] | undefined;
}

export interface GenerateScheduleInput extends SchedulePlan {
  product: LoanProduct;
  principalSatang: number;
  disbursedOn: IsoDate;
}

/**
 * Builds the schedule of a new loan under its product. Throws invalid_input for malformed amounts or
 * dates and rule_violation when the plan breaks a product limit. Σ principal = principal, exactly.
 */
export function generateSchedule(input: GenerateScheduleInput): LoanSchedule {
  const { product, principalSatang, disbursedOn, ...plan } = input;
  const principal = requireSatang("principalSatang", principalSatang, 1);
  if (product.maxAmountSatang !== undefined && principal > product.maxAmountSatang) {
    throw loanErrors.amountExceedsProduct(principal, product.maxAmountSatang);
  }
  return buildSchedule({
    product,
    principalSatang: principal,
    startsOn: disbursedOn,
    plan,
    fixedInterestSatang: null,
  });
}

export interface BuildScheduleInput {
  product: LoanProduct;
  principalSatang: number;
  startsOn: IsoDate;
  plan: SchedulePlan;
  /**
   * null: interest follows the product's method. A number: exactly this much interest, spread like flat
   * interest (used by rescheduling, which keeps the outstanding interest unchanged).
   */
  fixedInterestSatang: number | null;
}

/** The shared core of generation and rescheduling. */
export function buildSchedule(input: BuildScheduleInput): LoanSchedule {
  const { product, plan } = input;
  // A rescheduling may carry interest alone (principal already repaid); a new loan needs principal.
  const principal = requireSatang(
    "principalSatang",
    input.principalSatang,
    input.fixedInterestSatang ? 0 : 1,
  );
  const startsOn = requireIsoDate("startsOn", input.startsOn);
  if (!product.scheduleTypes.includes(plan.scheduleType)) {
    throw loanErrors.scheduleTypeNotAllowed(plan.scheduleType, product.code);
  }
  const { dueDates, givenPrincipals } = resolveDates(plan, startsOn);
  checkProductLimits(product, startsOn, dueDates);

  const unit = roundingUnit(product.rounding);
  const starts = dueDates.map((_, k) => (k === 0 ? startsOn : dueDates[k - 1]!));
  const n = dueDates.length;
  let principals: number[];
  let interests: number[];

  const fixedInterest =
    input.fixedInterestSatang !== null
      ? requireSatang("interestSatang", input.fixedInterestSatang, 0)
      : product.interestMethod === "none"
        ? 0
        : product.interestMethod === "flat"
          ? flatInterest(principal, product, startsOn, dueDates[n - 1]!)
          : null;

  if (fixedInterest !== null) {
    if (plan.scheduleType === "equal_instalments") {
      // Equal totals: the borrower sees one round amount per instalment; interest is spread evenly.
      const totals = splitEqual(principal + fixedInterest, n, unit);
      interests = allocateOrZero(
        fixedInterest,
        dueDates.map(() => 1),
      );
      principals = totals.map((t, k) => t - interests[k]!);
    } else {
      principals = splitPrincipal(principal, plan.scheduleType, givenPrincipals, n, unit);
      // Flat interest accrues evenly over time, so each instalment carries the share of its period's days.
      interests = allocateOrZero(
        fixedInterest,
        dueDates.map((d, k) => daysBetween(starts[k]!, d)),
      );
    }
  } else {
    const periods = dueDates.map((d, k) => yearFraction(product.dayCount, starts[k]!, d));
    if (plan.scheduleType === "equal_instalments") {
      ({ principals, interests } = annuity(principal, periods, product.rateBp, unit));
    } else {
      principals = splitPrincipal(principal, plan.scheduleType, givenPrincipals, n, unit);
      interests = decliningInterest(principal, principals, periods, product.rateBp);
    }
  }

  const instalments: Instalment[] = dueDates.map((dueOn, k) => {
    const p = principals[k]!;
    const i = interests[k]!;
    // A negative principal or an empty instalment only arises when the loan is too small to split.
    if (p < 0 || p + i <= 0) throw loanErrors.instalmentTooSmall(principal, n);
    return {
      seq: k + 1,
      dueOn,
      principalSatang: satang(p),
      interestSatang: satang(i),
      totalSatang: satang(p + i),
    };
  });
  return summarise(startsOn, instalments);
}

/** Totals of a list of instalments (the schedule object everything else consumes). */
export function summarise(startsOn: IsoDate, instalments: Instalment[]): LoanSchedule {
  let p = 0;
  let i = 0;
  for (const x of instalments) {
    p += x.principalSatang;
    i += x.interestSatang;
  }
  return {
    startsOn,
    instalments,
    totalPrincipalSatang: satang(p),
    totalInterestSatang: satang(i),
    totalSatang: satang(p + i),
  };
}

function requireCount(field: string, value: unknown, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) {
    throw loanErrors.invalidCount(field, value, 1, max);
  }
  return value;
}

function resolveDates(
  plan: SchedulePlan,
  startsOn: IsoDate,
): { dueDates: IsoDate[]; givenPrincipals: (number | undefined)[] } {
  let dueDates: IsoDate[];
  let givenPrincipals: (number | undefined)[] = [];
  switch (plan.scheduleType) {
    case "equal_instalments":
    case "equal_principal": {
      if (plan.instalmentCount === undefined) {
        throw loanErrors.fieldRequired("instalmentCount", "loan.instalment_count_required");
      }
      const count = requireCount("instalmentCount", plan.instalmentCount, MAX_COUNT);
      const every = requireCount("frequencyMonths", plan.frequencyMonths ?? 1, MAX_FREQUENCY_MONTHS);
      // Without a first due date the series is anchored on the start date itself, so a loan paid out on
      // the 31st falls due on the 31st (or the month's last day) every month, not on the 29th after February.
      const anchor = plan.firstDueOn === undefined ? startsOn : requireIsoDate("firstDueOn", plan.firstDueOn);
      const offset = plan.firstDueOn === undefined ? 1 : 0;
      dueDates = Array.from({ length: count }, (_, k) => addMonths(anchor, (k + offset) * every));
      break;
    }
    case "lump_sum": {
      if (plan.lumpSumDueOn === undefined) {
        throw loanErrors.fieldRequired("lumpSumDueOn", "loan.lump_sum_date_required");
      }
      if (plan.instalmentCount !== undefined && plan.instalmentCount !== 1) {
        throw loanErrors.invalidCount("instalmentCount", plan.instalmentCount, 1, 1);
      }
      dueDates = [requireIsoDate("lumpSumDueOn", plan.lumpSumDueOn)];
      break;
    }
    case "custom": {
      const custom = plan.customDueDates;
      if (!Array.isArray(custom) || custom.length === 0) {
        throw loanErrors.fieldRequired("customDueDates", "loan.custom_dates_required");
      }
      requireCount("customDueDates.length", custom.length, MAX_COUNT);
      dueDates = custom.map((c, k) => requireIsoDate(`customDueDates[${k}].dueOn`, c.dueOn));
      givenPrincipals = custom.map((c, k) =>
        c.principalSatang === undefined
          ? undefined
          : requireSatang(`customDueDates[${k}].principalSatang`, c.principalSatang, 0),
      );
      break;
    }
    default:
      throw loanErrors.fieldRequired("scheduleType", "loan.schedule_type_required");
  }
  if (daysBetween(startsOn, dueDates[0]!) <= 0) throw loanErrors.dueNotAfterStart(dueDates[0]!, startsOn);
  for (let k = 1; k < dueDates.length; k++) {
    if (daysBetween(dueDates[k - 1]!, dueDates[k]!) <= 0) {
      throw loanErrors.dueDatesNotIncreasing(dueDates[k - 1]!, dueDates[k]!);
    }
  }
  return { dueDates, givenPrincipals };
}

function checkProductLimits(product: LoanProduct, startsOn: IsoDate, dueDates: IsoDate[]): void {
  const n = dueDates.length;
  if (n > product.maxInstalments) throw loanErrors.tooManyInstalments(n, product.maxInstalments);
  if (n < product.minInstalments) throw loanErrors.tooFewInstalments(n, product.minInstalments);
  // The term is measured by the calendar (the last due date against start + N months), not by a day count.
  const last = dueDates[n - 1]!;
  const latest = addMonths(startsOn, product.maxTermMonths);
  if (daysBetween(latest, last) > 0) throw loanErrors.termExceedsProduct(last, latest, product.maxTermMonths);
  const earliest = addMonths(startsOn, product.minTermMonths);
  if (daysBetween(earliest, last) < 0)
    throw loanErrors.termBelowProduct(last, earliest, product.minTermMonths);
}

function splitPrincipal(
  principal: number,
  scheduleType: ScheduleType,
  given: (number | undefined)[],
  count: number,
  unit: number,
): number[] {
  if (scheduleType !== "custom") return splitEqual(principal, count, unit);
  let givenSum = 0;
  let open = 0;
  for (const g of given) {
    if (g === undefined) open++;
    else givenSum += g;
  }
  if (givenSum > principal || (open === 0 && givenSum !== principal)) {
    throw loanErrors.customPrincipalMismatch(givenSum, principal);
  }
  if (open === 0) return given as number[];
  const shares = splitEqual(principal - givenSum, open, unit);
  let next = 0;
  return given.map((g) => g ?? shares[next++]!);
}

/** Flat interest: principal × rate × term (start to last due date) ÷ year, rounded half up to the satang. */
export function flatInterest(
  principal: number,
  product: LoanProduct,
  startsOn: IsoDate,
  lastDueOn: IsoDate,
): number {
  const { days, yearDays } = yearFraction(product.dayCount, startsOn, lastDueOn);
  return mulDivRoundHalfUp([principal, product.rateBp, days], yearDays * 10_000);
}

/** One period's declining-balance interest on `balance`, half up to the satang; none on a cleared balance. */
export function periodInterest(
  balance: number,
  rateBp: number,
  period: { days: number; yearDays: number },
): number {
  if (balance <= 0) return 0;
  return mulDivRoundHalfUp([balance, rateBp, period.days], period.yearDays * 10_000);
}

function decliningInterest(
  principal: number,
  principals: number[],
  periods: { days: number; yearDays: number }[],
  rateBp: number,
): number[] {
  let balance = principal;
  return principals.map((p, k) => {
    const i = periodInterest(balance, rateBp, periods[k]!);
    balance -= p;
    return i;
  });
}

/**
 * Equal instalments on the declining balance (an annuity), in integers only. The regular payment is
 * the largest multiple of the rounding unit for which the last instalment is still at least as large,
 * found by bisection over whole units; the last instalment clears the balance exactly. When a long
 * first period's interest is more than the payment, that instalment is interest-only.
 */
function annuity(
  principal: number,
  periods: { days: number; yearDays: number }[],
  rateBp: number,
  unit: number,
): { principals: number[]; interests: number[] } {
  const n = periods.length;
  const lastInstalment = (payment: number): number => {
    let balance = principal;
    for (let k = 0; k < n - 1; k++)
      balance -= Math.max(0, payment - periodInterest(balance, rateBp, periods[k]!));
    return balance + periodInterest(balance, rateBp, periods[n - 1]!);
  };
  let payment = 0;
  if (n > 1) {
    // lastInstalment falls as the payment rises, so "last ≥ payment" holds below a threshold: find it.
    let lo = 0;
    let hi = Math.ceil((principal + 1) / unit);
    while (lastInstalment(hi * unit) >= hi * unit) hi *= 2;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (lastInstalment(mid * unit) >= mid * unit) lo = mid;
      else hi = mid;
    }
    payment = lo * unit;
    if (payment === 0) throw loanErrors.instalmentTooSmall(principal, n);
  }
  const principals: number[] = [];
  const interests: number[] = [];
  let balance = principal;
  for (let k = 0; k < n; k++) {
    const i = periodInterest(balance, rateBp, periods[k]!);
    const p = k === n - 1 ? balance : Math.max(0, payment - i);
    principals.push(p);
    interests.push(i);
    balance -= p;
  }
  return { principals, interests };
}
