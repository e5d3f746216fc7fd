// Effective annual rates for every interest basis a household debt can have (exact rationals, IRR for add-on and instalment streams).
import { type AppError, invalidInput } from "../../shared/errors";

/**
 * How a creditor states its interest (docs/debt-centre.md):
 * - `per_day`, `per_month`, `per_year`: a rate on the outstanding balance for that period (ดอกรายวัน,
 *   ร้อยละ … ต่อเดือน, ร้อยละ … ต่อปี);
 * - `flat_per_month`, `flat_per_year`: add-on (flat) interest on the ORIGINAL principal for every month or
 *   year of the term, however much has been repaid (ดอกเบี้ยคงที่ / flat rate, car and shop credit);
 * - `flat_per_term`: one add-on charge for the whole term, e.g. "borrow 1,000, repay 50 a day for 24 days"
 *   (เงินกู้รายวัน) is 2,000 bp for the term.
 */
export const RATE_BASES = [
  "per_day",
  "per_month",
  "per_year",
  "flat_per_month",
  "flat_per_year",
  "flat_per_term",
] as const;
export type RateBasis = (typeof RATE_BASES)[number];

export const FLAT_BASES: readonly RateBasis[] = ["flat_per_month", "flat_per_year", "flat_per_term"];
export const isFlatBasis = (basis: RateBasis): boolean => FLAT_BASES.includes(basis);

export const INSTALMENT_FREQUENCIES = [
  "daily",
  "weekly",
  "monthly",
  "quarterly",
  "half_yearly",
  "yearly",
] as const;
export type InstalmentFrequency = (typeof INSTALMENT_FREQUENCIES)[number];

/** Instalments (and compounding periods) per year. A week is 1/52 of a year, a day 1/365. */
export const PERIODS_PER_YEAR: Record<InstalmentFrequency, number> = {
  daily: 365,
  weekly: 52,
  monthly: 12,
  quarterly: 4,
  half_yearly: 2,
  yearly: 1,
};

/** Calendar months per period for the month-stepped frequencies (daily and weekly step in days). */
export const MONTHS_PER_PERIOD: Partial<Record<InstalmentFrequency, number>> = {
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};

/** The largest stated rate accepted for one period: 1,000 % (a guard against typing errors, not a legal limit). */
export const MAX_STATED_RATE_BP = 100_000;

/** A non-negative exact fraction; `den` > 0. */
export interface Rational {
  num: bigint;
  den: bigint;
}

export interface EffectiveRate {
  /**
   * The simple annualisation a lender would quote: per_month × 12, per_day × 365, a flat charge
   * annualised over its term (half up to the basis point). Not a cost measure: it ignores compounding.
   */
  nominalAnnualBp: number;
  /** (1 + periodic rate)^(periods a year) − 1, exactly (closed forms) or to 10^-24 (IRR). */
  effectiveAnnual: Rational;
  /** effectiveAnnual in basis points, rounded half up (the displayed figure; compare with `effectiveAnnual`). */
  effectiveAnnualBp: number;
  /** True for the closed forms; false when the value comes from solving an IRR to 10^-24. */
  isExact: boolean;
  /** The rate per instalment period (IRR for flat bases and streams), exact or to 10^-24. */
  periodicRate: Rational;
  periodsPerYear: number;
}

/** Fixed-point scale of IRR results: 10^-24 is far below any difference that could change an order. */
export const IRR_SCALE = 10n ** 24n;
const BP = 10_000n;

export function compareRationals(a: Rational, b: Rational): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left === right ? 0 : left > right ? 1 : -1;
}

/** num/den in basis points, rounded half up (half a basis point goes up): the one display rounding rule. */
export function rationalToBp(r: Rational): number {
  const scaled = r.num * BP * 2n;
  const twice = scaled / r.den;
  return Number((twice + 1n) / 2n);
}

/** A rate in basis points as an exact fraction. */
export const bpRational = (bp: number): Rational => ({ num: BigInt(bp), den: BP });

function rateError(field: string, value: unknown, text: { th: string; en: string }): AppError {
  return invalidInput("debt.invalid_rate", text, { field, value });
}

function requireRateBp(rateBp: unknown): number {
  if (typeof rateBp !== "number" || !Number.isInteger(rateBp) || rateBp < 0 || rateBp > MAX_STATED_RATE_BP) {
    throw rateError("rateBp", rateBp, {
      th: `อัตราดอกเบี้ย (rateBp) ต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง ${MAX_STATED_RATE_BP} (หน่วย 0.01%)`,
      en: `The interest rate (rateBp) must be a whole number of basis points from 0 to ${MAX_STATED_RATE_BP}`,
    });
  }
  return rateBp;
}

function requireBasis(basis: unknown): RateBasis {
  if (typeof basis !== "string" || !(RATE_BASES as readonly string[]).includes(basis)) {
    throw rateError("rateBasis", basis, {
      th: `ไม่รู้จักฐานการคิดดอกเบี้ย (rateBasis) "${String(basis)}"`,
      en: `Unknown interest basis (rateBasis) "${String(basis)}"; expected one of ${RATE_BASES.join(", ")}`,
    });
  }
  return basis as RateBasis;
}

function requireFrequency(frequency: unknown): InstalmentFrequency {
  if (typeof frequency !== "string" || !(INSTALMENT_FREQUENCIES as readonly string[]).includes(frequency)) {
    throw rateError("instalmentFrequency", frequency, {
      th: `ไม่รู้จักความถี่การผ่อนชำระ (instalmentFrequency) "${String(frequency)}"`,
      en: `Unknown instalment frequency "${String(frequency)}"; expected one of ${INSTALMENT_FREQUENCIES.join(", ")}`,
    });
  }
  return frequency as InstalmentFrequency;
}

function requireCount(count: unknown): number {
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > 10_000) {
    throw rateError("instalmentCount", count, {
      th: "จำนวนงวด (instalmentCount) ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 10,000",
      en: "The instalment count must be a whole number from 1 to 10,000",
    });
  }
  return count;
}

/** ((base + r) / base)^n − 1 as an exact fraction. */
function compoundExact(rNum: bigint, base: bigint, n: number): Rational {
  const e = BigInt(n);
  const den = base ** e;
  return { num: (base + rNum) ** e - den, den };
}

function halfUp(num: bigint, den: bigint): number {
  return Number((num * 2n + den) / (2n * den));
}

/** Scaled fixed-point power (1 + i)^n − 1 with i in IRR_SCALE units; rounding error far below 10^-20. */
function compoundScaled(iScaled: bigint, n: number): bigint {
  let result = IRR_SCALE;
  let base = IRR_SCALE + iScaled;
  let e = n;
  while (e > 0) {
    if (e & 1) result = (result * base) / IRR_SCALE;
    e >>= 1;
    if (e > 0) base = (base * base) / IRR_SCALE;
  }
  return result - IRR_SCALE;
}

/** Present value of `count` equal payments at rate i per period (all in IRR_SCALE units), by Horner's rule. */
function presentValue(paymentScaled: bigint, count: number, iScaled: bigint): bigint {
  const onePlus = IRR_SCALE + iScaled;
  let value = 0n;
  for (let k = 0; k < count; k++) value = ((value + paymentScaled) * IRR_SCALE) / onePlus;
  return value;
}

/**
 * The rate per period at which `count` equal payments repay `principal` (both in IRR_SCALE units): the
 * IRR of the stream, by bisection on integers to 1 unit of 10^-24. A stream that repays no more than the
 * principal has an IRR of 0 or less and is reported as 0 (a cost of nothing).
 */
export function levelPaymentIrr(principalScaled: bigint, paymentScaled: bigint, count: number): bigint {
  if (paymentScaled * BigInt(count) <= principalScaled) return 0n;
  // A first guess from floating point narrows the bracket; the integer bisection alone decides the answer.
  const guess = floatIrr(Number(principalScaled) / Number(paymentScaled), count);
  let lo = 0n;
  let hi = IRR_SCALE;
  if (Number.isFinite(guess) && guess > 0) {
    const g = BigInt(Math.round(guess * 1e12)) * 10n ** 12n;
    const below = (g * 9_999_999_999n) / 10_000_000_000n;
    const above = (g * 10_000_000_001n) / 10_000_000_000n + 1n;
    if (presentValue(paymentScaled, count, below) >= principalScaled) lo = below;
    if (presentValue(paymentScaled, count, above) < principalScaled) hi = above;
  }
  while (presentValue(paymentScaled, count, hi) >= principalScaled) {
    lo = hi;
    hi *= 2n;
  }
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (presentValue(paymentScaled, count, mid) >= principalScaled) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Newton's method on the annuity factor (principal ÷ payment); only a starting point for the bisection. */
function floatIrr(factor: number, count: number): number {
  let i = Math.max(1e-6, (2 * (count / factor - 1)) / (count + 1));
  for (let step = 0; step < 60; step++) {
    const v = (1 - (1 + i) ** -count) / i - factor;
    const dv = (count * (1 + i) ** (-count - 1)) / i - (1 - (1 + i) ** -count) / (i * i);
    const next = i - v / dv;
    if (!Number.isFinite(next) || next <= 0) return Number.NaN;
    if (Math.abs(next - i) < 1e-15) return next;
    i = next;
  }
  return i;
}

function fromIrr(iScaled: bigint, periodsPerYear: number, nominalAnnualBp: number): EffectiveRate {
  const ear = compoundScaled(iScaled, periodsPerYear);
  const effectiveAnnual = { num: ear, den: IRR_SCALE };
  return {
    nominalAnnualBp,
    effectiveAnnual,
    effectiveAnnualBp: rationalToBp(effectiveAnnual),
    isExact: iScaled === 0n,
    periodicRate: { num: iScaled, den: IRR_SCALE },
    periodsPerYear,
  };
}

export interface RateInput {
  basis: RateBasis;
  rateBp: number;
  /** Needed for per_year (compounding) and every flat basis (the instalment stream). Default monthly. */
  frequency?: InstalmentFrequency | undefined;
  /** Number of instalments over the whole term: needed for the flat bases. */
  instalmentCount?: number | undefined;
}

/**
 * The effective annual rate of a stated rate (docs/debt-centre.md, "Rate bases"):
 * - per_month r: (1 + r)^12 − 1. A money-lender's "ร้อยละ 10 ต่อเดือน" is 10 % of the balance every month:
 *   1.1^12 − 1 = 213.84 % a year (the nominal 120 % understates it, because each month's interest paid
 *   is money the borrower cannot use, i.e. compounding at the lender's rate).
 * - per_day d: (1 + d)^365 − 1 (ดอกรายวัน 1 % → 3,678.34 %).
 * - per_year r compounded at the instalment frequency m: (1 + r/m)^m − 1 (6 % monthly → 6.17 %).
 * - flat: the IRR i of the add-on stream (principal 1 repaid in n equal instalments of (1 + total add-on)/n),
 *   then (1 + i)^m − 1.
 */
export function effectiveAnnualRate(input: RateInput): EffectiveRate {
  const basis = requireBasis(input.basis);
  const rateBp = requireRateBp(input.rateBp);
  const frequency = requireFrequency(input.frequency ?? "monthly");
  const m = PERIODS_PER_YEAR[frequency];
  const r = BigInt(rateBp);
  switch (basis) {
    case "per_month":
    case "per_day": {
      const periods = basis === "per_month" ? 12 : 365;
      const effectiveAnnual = compoundExact(r, BP, periods);
      return {
        nominalAnnualBp: rateBp * periods,
        effectiveAnnual,
        effectiveAnnualBp: rationalToBp(effectiveAnnual),
        isExact: true,
        periodicRate: bpRational(rateBp),
        periodsPerYear: periods,
      };
    }
    case "per_year": {
      const base = BP * BigInt(m);
      const effectiveAnnual = compoundExact(r, base, m);
      return {
        nominalAnnualBp: rateBp,
        effectiveAnnual,
        effectiveAnnualBp: rationalToBp(effectiveAnnual),
        isExact: true,
        periodicRate: { num: r, den: base },
        periodsPerYear: m,
      };
    }
    default: {
      const n = requireCount(input.instalmentCount);
      // The total add-on as a fraction of the principal: rate × the term in the rate's own unit.
      const total = flatTotal(basis, r, n, m);
      const payment = (IRR_SCALE * (total.den + total.num)) / (total.den * BigInt(n));
      const i = levelPaymentIrr(IRR_SCALE, payment, n);
      // The quoted annual flat rate: the add-on per year of the term.
      const nominalAnnualBp = halfUp(total.num * BP * BigInt(m), total.den * BigInt(n));
      return fromIrr(i, m, nominalAnnualBp);
    }
  }
}

/** The add-on interest of a flat basis over n instalments at m a year, as a fraction of the principal. */
function flatTotal(basis: RateBasis, r: bigint, n: number, m: number): Rational {
  if (basis === "flat_per_term") return { num: r, den: BP };
  // Term in months = n × 12 / m; in years = n / m.
  if (basis === "flat_per_month") return { num: r * BigInt(n) * 12n, den: BP * BigInt(m) };
  return { num: r * BigInt(n), den: BP * BigInt(m) };
}

export interface StreamInput {
  principalSatang: number;
  instalmentSatang: number;
  instalmentCount: number;
  frequency: InstalmentFrequency;
}

/**
 * The effective annual rate of what a borrower actually pays: `principal` received now, `count` equal
 * instalments at the frequency. "กู้ 1,000 ส่งวันละ 50 ครบ 24 วัน": IRR 1.5131 % a day, 23,918.10 % a year.
 */
export function instalmentStreamRate(input: StreamInput): EffectiveRate {
  const frequency = requireFrequency(input.frequency);
  const n = requireCount(input.instalmentCount);
  for (const [field, value] of [
    ["principalSatang", input.principalSatang],
    ["instalmentSatang", input.instalmentSatang],
  ] as const) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw rateError(field, value, {
        th: `จำนวนเงิน (${field}) ต้องเป็นจำนวนเต็มสตางค์ที่มากกว่าศูนย์`,
        en: `The amount (${field}) must be a positive whole number of satang`,
      });
    }
  }
  const m = PERIODS_PER_YEAR[frequency];
  const principal = BigInt(input.principalSatang);
  const paid = BigInt(input.instalmentSatang) * BigInt(n);
  const addOn = paid > principal ? paid - principal : 0n;
  const i = levelPaymentIrr(principal * IRR_SCALE, BigInt(input.instalmentSatang) * IRR_SCALE, n);
  return fromIrr(i, m, halfUp(addOn * BP * BigInt(m), principal * BigInt(n)));
}

/** The centre's own loan (declining balance, monthly instalments) on the same scale as a debt's. */
export function centreEffectiveRate(rateBp: number): EffectiveRate {
  return effectiveAnnualRate({ basis: "per_year", rateBp, frequency: "monthly" });
}
