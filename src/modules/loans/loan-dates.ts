// Date arithmetic for loan schedules: month steps clamped to month end, actual and 30/360 day counts.
import { daysInMonth, type IsoDate, isIsoDate } from "../../shared/thai-date";
import { loanErrors } from "./loan-errors";

export type DayCount = "actual/365" | "30/360";

function parts(iso: IsoDate): [number, number, number] {
  return iso.split("-").map(Number) as [number, number, number];
}

function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Refuses anything that is not a real calendar date in YYYY-MM-DD form (4xx, never a crash later). */
export function requireIsoDate(field: string, value: unknown): IsoDate {
  if (typeof value !== "string" || !isIsoDate(value)) throw loanErrors.invalidDate(field, value);
  return value;
}

/**
 * Adds calendar months, clamping to the end of a shorter month (31 Jan + 1 month = 29 Feb 2024 or
 * 28 Feb 2023). Schedules always step from one anchor date (anchor + k months), never from the previous
 * due date, so a 31st stays on the 31st wherever the month has one.
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

function dayNumber(iso: IsoDate): number {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Actual calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * 30/360 days: every month counts 30 days and the last day of any month counts as day 30, so a
 * month-end schedule (31 Jan, 29 Feb, 31 Mar) has exactly 30 days in every period and "1 % a month"
 * is exactly 1 % of the balance each month.
 */
export function days360(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  const day1 = d1 === daysInMonth(y1, m1) ? 30 : Math.min(d1, 30);
  const day2 = d2 === daysInMonth(y2, m2) ? 30 : Math.min(d2, 30);
  return 360 * (y2 - y1) + 30 * (m2 - m1) + (day2 - day1);
}

/** A period's length as a year fraction numerator/denominator under the product's day count. */
export function yearFraction(
  dayCount: DayCount,
  from: IsoDate,
  to: IsoDate,
): { days: number; yearDays: number } {
  return dayCount === "30/360"
    ? { days: days360(from, to), yearDays: 360 }
    : { days: daysBetween(from, to), yearDays: 365 };
}
