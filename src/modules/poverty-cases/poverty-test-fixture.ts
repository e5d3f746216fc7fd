// Test helpers for the poverty-case rules: valid citizen IDs, จปฐ. records, list rows, caught errors.
import { AppError } from "../../shared/errors";
import { citizenIdCheckDigit } from "../../shared/thai-id";
import type { BmnRecordForProfile } from "./deprivation-profile";

/** A valid 13-digit citizen ID built from a number (first digit 1, check digit computed). */
export function citizenId(n: number): string {
  const first12 = `1${String(n).padStart(11, "0")}`;
  return `${first12}${citizenIdCheckDigit(first12)}`;
}

/** The same ID with a wrong check digit. */
export function badChecksum(id: string): string {
  return `${id.slice(0, 12)}${(Number(id[12]) + 1) % 10}`;
}

/** A จปฐ. record where all 31 indicators pass, with `failing` set to false and `missing` left out. */
export function bmnRecord(
  surveyYear: number,
  options: {
    failing?: number[];
    missing?: number[];
    incomePerPersonSatang?: number;
    passesIncome?: boolean;
  } = {},
): BmnRecordForProfile {
  const indicators: Record<string, boolean> = {};
  for (let n = 1; n <= 31; n++) {
    if (options.missing?.includes(n)) continue;
    indicators[String(n)] = !options.failing?.includes(n);
  }
  const passesIncome = options.passesIncome ?? !options.failing?.includes(22);
  return {
    surveyYear,
    indicators,
    incomePerPersonSatang: options.incomePerPersonSatang ?? (passesIncome ? 4_500_000 : 2_000_000),
    passesIncomeCriterion: passesIncome,
  };
}

/** Runs `fn`, expects an AppError and returns it. */
export function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError, nothing was thrown");
}

/** The issues of an invalid_input error raised through IssueList. */
export function issuesOf(err: AppError): { path: string; code: string; th: string; en: string }[] {
  return (err.details as { issues: { path: string; code: string; th: string; en: string }[] }).issues;
}
