// The measures a dashboard shows and maps: how each is formatted and which palette it takes.
import { formatCount, formatMoney } from "../../lib/format";
import type { Measures } from "./api";

export const MEASURE_KEYS = [
  "funds",
  "capitalSatang",
  "outstandingSatang",
  "repaidSatang",
  "par30Bp",
  "missingSatang",
  "fundsAtRisk",
  "householdsServed",
] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

/** Measures where more is worse take the red palette. */
export const BAD_MEASURES: ReadonlySet<MeasureKey> = new Set(["par30Bp", "missingSatang", "fundsAtRisk"]);

export function isMeasureKey(value: unknown): value is MeasureKey {
  return typeof value === "string" && (MEASURE_KEYS as readonly string[]).includes(value);
}

/** Amounts in baht with satang, basis points as a percentage, counts with separators. */
export function formatMeasure(key: MeasureKey, value: number): string {
  if (key === "par30Bp") return `${(value / 100).toFixed(2)}%`;
  if (key.endsWith("Satang")) return formatMoney(Math.round(value));
  return formatCount(value);
}

export const measureValue = (m: Measures, key: MeasureKey): number => m[key];
