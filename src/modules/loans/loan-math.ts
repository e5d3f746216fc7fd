// Integer arithmetic for loan money: exact products through BigInt, half-up division, equal splits by rounding unit.
import { allocate, floorDiv, type Satang, satang } from "../../shared/money";
import type { RoundingRule } from "./loan-product";

/**
 * (a × b × …) ÷ divisor rounded half up, for non-negative integers. The product goes through BigInt
 * because principal × rate × days passes 2^53 for large loans.
 */
export function mulDivRoundHalfUp(factors: readonly number[], divisor: number): number {
  if (!Number.isSafeInteger(divisor) || divisor <= 0)
    throw new RangeError("divisor must be a positive integer");
  let product = 1n;
  for (const f of factors) {
    if (!Number.isSafeInteger(f) || f < 0) throw new RangeError("factors must be non-negative safe integers");
    product *= BigInt(f);
  }
  const d = BigInt(divisor);
  const q = product / d;
  const r = product % d;
  return satang(Number(r * 2n >= d ? q + 1n : q));
}

/** The rounding unit of a product: 100 satang (whole baht) or 1 satang. */
export function roundingUnit(rule: RoundingRule): number {
  return rule === "instalment_up_to_baht" ? 100 : 1;
}

/**
 * Splits `total` into `count` instalments: each but the last is the exact share rounded DOWN to the
 * unit, the last takes the remainder (so the parts sum exactly and the last is never the smallest).
 * 20,000 baht in 6 with a baht unit: 3,333 × 5 + 3,335.
 */
export function splitEqual(total: number, count: number, unit: number): Satang[] {
  const regular = floorDiv(total, count * unit) * unit;
  const parts = Array.from({ length: count }, () => satang(regular));
  parts[count - 1] = satang(total - regular * (count - 1));
  return parts;
}

/** `allocate` that accepts a zero total (every share zero) without needing positive weights. */
export function allocateOrZero(total: number, weights: readonly number[]): Satang[] {
  if (total === 0) return weights.map(() => satang(0));
  return allocate(satang(total), weights);
}
