// Integer-satang money: parsing, formatting and exact allocation. No floats ever touch an amount.

declare const satangBrand: unique symbol;
/** An amount in satang (1 baht = 100 satang); always a safe integer. */
export type Satang = number & { readonly [satangBrand]: true };

export class MoneyError extends Error {
  constructor(
    readonly code: "money.not_integer" | "money.unsafe" | "money.format" | "money.too_many_decimals",
    message: string,
  ) {
    super(message);
    this.name = "MoneyError";
  }
}

/** Brands a number as satang; throws if it is not a safe integer. */
export function satang(value: number): Satang {
  if (!Number.isInteger(value))
    throw new MoneyError("money.not_integer", `not an integer satang amount: ${value}`);
  if (!Number.isSafeInteger(value))
    throw new MoneyError("money.unsafe", `amount beyond the safe range: ${value}`);
  return value as Satang;
}

export const ZERO = 0 as Satang;

export function add(...amounts: Satang[]): Satang {
  let total = 0;
  for (const a of amounts) total += a;
  return satang(total);
}

export function sub(a: Satang, b: Satang): Satang {
  return satang(a - b);
}

/** Whole baht to satang. */
export function fromBaht(baht: number): Satang {
  return satang(baht * 100);
}

const amountPattern = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/;

/**
 * Parses a baht amount written by a person ("1,234.50", "280000", "-5.5") into satang, by string
 * operations only. More than two decimals is refused rather than rounded: money typed with three
 * decimals is a typing error, not a rounding question.
 */
export function parseBaht(text: string): Satang {
  const trimmed = text.trim().replace(/\s+/g, "");
  const m = amountPattern.exec(trimmed);
  if (!m) throw new MoneyError("money.format", `not a baht amount: "${text}"`);
  const [, sign, intPart = "0", frac = ""] = m;
  if (frac.length > 2) throw new MoneyError("money.too_many_decimals", `more than 2 decimals: "${text}"`);
  const digits = intPart.replace(/,/g, "") + frac.padEnd(2, "0");
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) throw new MoneyError("money.unsafe", `amount too large: "${text}"`);
  return satang(sign === "-" ? -value : value);
}

/** Formats satang as "1,234.50" (Western digits, two decimals, thousands separators). */
export function formatBaht(amount: Satang, options: { thaiDigits?: boolean } = {}): string {
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  const wholeText = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const text = `${negative ? "-" : ""}${wholeText}.${frac.toString().padStart(2, "0")}`;
  return options.thaiDigits ? toThaiDigits(text) : text;
}

const thaiDigits = "๐๑๒๓๔๕๖๗๘๙";
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => thaiDigits[Number(d)]!);
}

/**
 * Divides `total` by `divisor` rounding half away from zero, in integers. This is the one rounding rule
 * for money shares (e.g. per-person income = total / members is floored instead: see `floorDiv`).
 */
export function divRoundHalfUp(total: number, divisor: number): number {
  if (!Number.isInteger(total) || !Number.isInteger(divisor) || divisor <= 0) {
    throw new MoneyError("money.not_integer", "divRoundHalfUp needs integers and a positive divisor");
  }
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const q = Math.floor(abs / divisor);
  const r = abs - q * divisor;
  return sign * (r * 2 >= divisor ? q + 1 : q);
}

export function floorDiv(total: number, divisor: number): number {
  if (!Number.isInteger(total) || !Number.isInteger(divisor) || divisor <= 0) {
    throw new MoneyError("money.not_integer", "floorDiv needs integers and a positive divisor");
  }
  return Math.floor(total / divisor);
}

/**
 * Splits `total` into parts proportional to `weights` so that the parts sum exactly to `total`
 * (largest-remainder method; ties go to the earlier weight). Used for every allocation of money.
 */
export function allocate(total: Satang, weights: readonly number[]): Satang[] {
  if (weights.length === 0) throw new MoneyError("money.format", "allocate needs at least one weight");
  if (weights.some((w) => !Number.isInteger(w) || w < 0)) {
    throw new MoneyError("money.not_integer", "weights must be non-negative integers");
  }
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weightSum === 0) throw new MoneyError("money.format", "weights sum to zero");
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  // BigInt keeps abs * weight exact even when the product passes 2^53.
  const bigAbs = BigInt(abs);
  const bigSum = BigInt(weightSum);
  const parts = weights.map((w) => Number((bigAbs * BigInt(w)) / bigSum));
  const remainders = weights.map((w, i) => ({ i, r: (bigAbs * BigInt(w)) % bigSum }));
  let left = abs - parts.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0) break;
    parts[i] = parts[i]! + 1;
    left--;
  }
  return parts.map((p) => satang(sign * p));
}
