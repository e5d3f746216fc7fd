// Pure dashboard rules: parameters, input parsing (area, fiscal year, fund type), measures from rollup sums, PAR30, back-fill years.
import { levelOfCode } from "../../shared/area-code";
import { fiscalYearOf, fiscalYearRange, isIsoDate } from "../../shared/thai-date";
import { dashboardErrors } from "./dashboard-errors";

export const DASHBOARD_DEFAULTS = {
  /** Past fiscal years the refresh back-fills at most (older ones are left as they are). */
  backfillYears: 5,
  /**
   * PAR30 above this (basis points) puts a fund at risk in a back-filled year: the same design default as the
   * health module's par30ThresholdBp (a test holds the two together; the daily job passes its own value).
   */
  par30ThresholdBp: 1_000,
  /** Children per page (a district may have 100+ villages). */
  childrenLimit: 100,
  childrenMaxLimit: 500,
  /** Fiscal years (B.E.) the API accepts. */
  minFiscalYear: 2500,
  maxFiscalYear: 2700,
} as const;

/**
 * The fund types of the funds module (kept in step by hand: modules share constants only through their index,
 * and the funds index exports the type, not the list).
 */
export const DASHBOARD_FUND_TYPES = [
  "kkj",
  "savings_group",
  "village_fund",
  "womens_fund",
  "occupation_group",
  "welfare_fund",
  "other",
] as const;

/** Area levels by code length: the nation is "" (0). */
export const ROLLUP_LEVELS = [0, 2, 4, 6, 8] as const;

export type DashboardLevel = "nation" | "province" | "district" | "subdistrict" | "village";

export function levelName(code: string): DashboardLevel {
  return code === "" ? "nation" : (levelOfCode(code) ?? "village");
}

/** part ÷ whole in basis points, rounded half up, exact in BigInt; 0 when the whole is not positive. */
export function basisPoints(part: number, whole: number): number {
  if (!(whole > 0)) return 0;
  const scaled = BigInt(part) * 20_000n;
  const w = BigInt(whole);
  return Number(scaled >= 0n ? (scaled + w) / (2n * w) : -((-scaled + w) / (2n * w)));
}

/** An area code from the query: "" (or absent) is the caller's default, otherwise 2, 4, 6 or 8 digits. */
export function parseAreaParam(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string" || !/^(\d{2}|\d{4}|\d{6}|\d{8})$/.test(value))
    throw dashboardErrors.areaInvalid(value);
  return value;
}

export function parseFiscalYearParam(value: unknown): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const text = String(value);
  const year = Number(text);
  if (
    !/^\d{4}$/.test(text) ||
    year < DASHBOARD_DEFAULTS.minFiscalYear ||
    year > DASHBOARD_DEFAULTS.maxFiscalYear
  )
    throw dashboardErrors.fiscalYearInvalid(value);
  return year;
}

export function parseFundTypeParam(value: unknown): string {
  if (value === undefined || value === null || value === "") return "";
  if (typeof value !== "string" || !(DASHBOARD_FUND_TYPES as readonly string[]).includes(value))
    throw dashboardErrors.fundTypeInvalid(value);
  return value;
}

export function parseLimit(value: unknown): number {
  if (value === undefined || value === null || value === "") return DASHBOARD_DEFAULTS.childrenLimit;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1 || n > DASHBOARD_DEFAULTS.childrenMaxLimit)
    throw dashboardErrors.cursorInvalid();
  return n;
}

/** The children cursor is the last child's code, which must lie one level below the area. */
export function parseChildCursor(value: unknown, area: string): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const want = area.length + 2;
  if (typeof value !== "string" || value.length !== want || !/^\d+$/.test(value) || !value.startsWith(area))
    throw dashboardErrors.cursorInvalid();
  return value;
}

/** A real calendar date, not after today. */
export function parseBusinessDate(value: unknown, today: string): string {
  if (typeof value !== "string" || !isIsoDate(value)) throw dashboardErrors.dateInvalid(value);
  if (value > today) throw dashboardErrors.dateInFuture(value, today);
  return value;
}

/**
 * The fiscal years a refresh looks at: the business date's (rebuilt from the day's figures) and up to
 * `backfillYears` before it, none before the first fund started. `given` narrows the past years.
 */
export function refreshYears(input: {
  businessDate: string;
  firstFundStartedOn: string | null;
  given?: readonly number[] | undefined;
  backfillYears?: number;
}): { current: number; past: number[] } {
  const current = fiscalYearOf(input.businessDate);
  if (input.given !== undefined) {
    for (const y of input.given) {
      if (!Number.isSafeInteger(y) || y < DASHBOARD_DEFAULTS.minFiscalYear || y >= current)
        throw dashboardErrors.yearsInvalid(y, current);
    }
    return { current, past: [...new Set(input.given)].sort((a, b) => a - b) };
  }
  if (input.firstFundStartedOn === null) return { current, past: [] };
  const first = Math.max(
    fiscalYearOf(input.firstFundStartedOn),
    current - (input.backfillYears ?? DASHBOARD_DEFAULTS.backfillYears),
  );
  const past: number[] = [];
  for (let y = first; y < current; y++) past.push(y);
  return { current, past };
}

/** The last day of a fiscal year: the date a closed year's balances are taken at. */
export function fiscalYearEnd(fiscalYear: number): string {
  return fiscalYearRange(fiscalYear).to;
}

/** The sums kept per area and fiscal year (area_year_rollup), as read back. */
export interface RollupSums {
  funds: number;
  fundsAtRisk: number;
  fundsWithMissing: number;
  capitalSatang: number;
  outstandingSatang: number;
  disbursedSatang: number;
  repaidSatang: number;
  atRisk30Satang: number;
  missingSatang: number;
  defaultedSatang: number;
  bankSatang: number;
  cashSatang: number;
  loansActive: number;
  householdsServed: number;
}

export interface Measures extends RollupSums {
  /** atRisk30 ÷ outstanding in basis points; 0 when nothing is outstanding. */
  par30Bp: number;
}

export const EMPTY_SUMS: RollupSums = {
  funds: 0,
  fundsAtRisk: 0,
  fundsWithMissing: 0,
  capitalSatang: 0,
  outstandingSatang: 0,
  disbursedSatang: 0,
  repaidSatang: 0,
  atRisk30Satang: 0,
  missingSatang: 0,
  defaultedSatang: 0,
  bankSatang: 0,
  cashSatang: 0,
  loansActive: 0,
  householdsServed: 0,
};

export function measuresOf(sums: RollupSums | null | undefined): Measures {
  const s = sums ?? EMPTY_SUMS;
  const out = { par30Bp: basisPoints(s.atRisk30Satang, s.outstandingSatang) } as Measures;
  for (const key of Object.keys(EMPTY_SUMS) as (keyof RollupSums)[]) out[key] = s[key];
  return out;
}

/** One fund's figures in one fiscal year, as fund_year_stats keeps them (used by tests and the rollup maths). */
export interface FundYearFigures extends Omit<RollupSums, "funds" | "fundsAtRisk" | "fundsWithMissing"> {
  areaCode: string;
  fundType: string;
  isAtRisk: boolean;
}

/** What area_year_rollup must hold for `area` (a code prefix) and `fundType` ("" = all): the reference sum. */
export function sumFunds(funds: readonly FundYearFigures[], area: string, fundType: string): RollupSums {
  const out = { ...EMPTY_SUMS };
  for (const f of funds) {
    if (!f.areaCode.startsWith(area) || (fundType !== "" && f.fundType !== fundType)) continue;
    out.funds += 1;
    if (f.isAtRisk) out.fundsAtRisk += 1;
    if (f.missingSatang > 0) out.fundsWithMissing += 1;
    out.capitalSatang += f.capitalSatang;
    out.outstandingSatang += f.outstandingSatang;
    out.disbursedSatang += f.disbursedSatang;
    out.repaidSatang += f.repaidSatang;
    out.atRisk30Satang += f.atRisk30Satang;
    out.missingSatang += f.missingSatang;
    out.defaultedSatang += f.defaultedSatang;
    out.bankSatang += f.bankSatang;
    out.cashSatang += f.cashSatang;
    out.loansActive += f.loansActive;
    out.householdsServed += f.householdsServed;
  }
  return out;
}

/**
 * A closed year's missing fund (domain §4.8): original capital − (bank + outstanding non-defaulted + cash),
 * never below 0 — the health module's formula, applied to balances as of 30 September.
 */
export function missingFund(a: {
  capitalSatang: number;
  bankSatang: number;
  cashSatang: number;
  outstandingSatang: number;
  defaultedSatang: number;
}): number {
  return Math.max(
    0,
    a.capitalSatang - (a.bankSatang + a.cashSatang + a.outstandingSatang - a.defaultedSatang),
  );
}

/** PAR30 above the threshold, decided exactly as basisPoints rounds (half up) without dividing. */
export function par30Above(atRisk30Satang: number, outstandingSatang: number, thresholdBp: number): boolean {
  if (!(outstandingSatang > 0)) return false;
  return BigInt(atRisk30Satang) * 20_000n >= BigInt(2 * thresholdBp + 1) * BigInt(outstandingSatang);
}
