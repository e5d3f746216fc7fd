// Pure fund-health rules: the parameters (one place), basis points, PAR30, repayment rate, idle share, missing fund, at-risk reasons.
import { DEFAULT_DUE_SOON_DAYS, LOAN_CLASSES, type LoanClass } from "../loans/index";

/**
 * Every parameter of the daily job and the health rules, with its default. The thresholds marked
 * UNVERIFIED in docs/fund-health.md are design defaults, not regulation: change them here (or per run).
 */
export const HEALTH_DEFAULTS = {
  /** A loan is "due soon" this many days before its oldest unpaid due date (domain §4.8, WATCHLIST). */
  dueSoonDays: DEFAULT_DUE_SOON_DAYS,
  /** PAR30 above this (basis points) puts a fund at risk. UNVERIFIED design default: 10 %. */
  par30ThresholdBp: 1_000,
  /** A missing fund above this many satang puts a fund at risk (domain §4.8: any shortfall, so 0). */
  missingToleranceSatang: 0,
  /** More loans over a year past due than this puts a fund at risk (domain §4.8: any, so 0). */
  defaultedLoansTolerance: 0,
  /** Loans per classification statement (each batch is one statement in its own transaction). */
  batchSize: 50_000,
  /** Funds per fund_health upsert statement. */
  upsertBatchSize: 5_000,
  /** A run still marked "running" after this long is taken as abandoned (its process died). */
  staleRunMinutes: 120,
  /** The scheduler runs the job this many minutes after midnight Asia/Bangkok. */
  minutesAfterMidnight: 5,
  /** After a failed scheduled run the scheduler tries again this many minutes later (same business date). */
  retryMinutes: 30,
} as const;

export interface HealthThresholds {
  par30ThresholdBp: number;
  missingToleranceSatang: number;
  defaultedLoansTolerance: number;
}

export const DEFAULT_THRESHOLDS: HealthThresholds = {
  par30ThresholdBp: HEALTH_DEFAULTS.par30ThresholdBp,
  missingToleranceSatang: HEALTH_DEFAULTS.missingToleranceSatang,
  defaultedLoansTolerance: HEALTH_DEFAULTS.defaultedLoansTolerance,
};

/** Loans past due longer than a year are "defaulted": their outstanding is excluded from the fund's assets. */
export const DEFAULTED_CLASS: LoanClass = "overdue_over_365";

export const AT_RISK_REASONS = [
  "missing_fund",
  "committee_term_expired",
  "par30_above_threshold",
  "defaulted_households",
] as const;
export type AtRiskReason = (typeof AT_RISK_REASONS)[number];

export const AT_RISK_REASON_NAMES: Record<AtRiskReason, { th: string; en: string }> = {
  missing_fund: { th: "เงินทุนขาดหายไป", en: "Part of the fund is missing" },
  committee_term_expired: {
    th: "ไม่มีคณะกรรมการที่อยู่ในวาระ",
    en: "No committee in office (term expired or none recorded)",
  },
  par30_above_threshold: {
    th: "เงินยืมค้างชำระเกิน 30 วันสูงกว่าเกณฑ์",
    en: "Loans more than 30 days past due above the threshold",
  },
  defaulted_households: {
    th: "มีครัวเรือนผิดนัดชำระเกิน 1 ปี",
    en: "Households more than a year past due",
  },
};

export const LOAN_CLASS_NAMES: Record<LoanClass, { th: string; en: string }> = {
  current: { th: "ปกติ", en: "Current" },
  due_soon: { th: "ใกล้ครบกำหนดชำระ", en: "Due soon" },
  overdue_1_30: { th: "ค้างชำระ 1–30 วัน", en: "1–30 days past due" },
  overdue_31_90: { th: "ค้างชำระ 31–90 วัน", en: "31–90 days past due" },
  overdue_91_365: { th: "ค้างชำระ 91–365 วัน", en: "91–365 days past due" },
  overdue_over_365: { th: "ค้างชำระเกิน 1 ปี", en: "More than a year past due" },
  postponed: { th: "ผ่อนผัน", en: "Postponed (rescheduled)" },
  closed: { th: "ปิดบัญชีแล้ว", en: "Closed" },
  written_off: { th: "ตัดเป็นหนี้สูญ", en: "Written off" },
};

/** Every class with 0, so that counts always carry the same keys. */
export function emptyClassCounts(): Record<LoanClass, number> {
  return Object.fromEntries(LOAN_CLASSES.map((c) => [c, 0])) as Record<LoanClass, number>;
}

/**
 * part ÷ whole in basis points (10,000 = 100 %), rounded half up, in BigInt so national totals (~1e12
 * satang × 10,000) stay exact. null when the whole is not positive.
 */
export function basisPoints(part: number, whole: number): number | null {
  if (!(whole > 0)) return null;
  const p = BigInt(part);
  const w = BigInt(whole);
  const scaled = p * 10_000n * 2n;
  const q = scaled >= 0n ? (scaled + w) / (2n * w) : -((-scaled + w) / (2n * w));
  return Number(q);
}

/** What the SQL aggregates per fund (as of the business date), before the rules are applied. */
export interface FundAggregate {
  fundId: string;
  areaCode: string;
  originalCapitalSatang: number;
  loansActive: number;
  /** Outstanding principal of active loans. */
  outstandingSatang: number;
  /** Outstanding principal of active loans more than 30 days past due. */
  atRisk30Satang: number;
  /** Outstanding principal of active loans in DEFAULTED_CLASS, and how many there are. */
  defaultedSatang: number;
  defaultedLoans: number;
  /** Instalments that fell due from the fiscal year's 1 Oct to the business date: amount due, and paid on them. */
  fallenDueSatang: number;
  collectedSatang: number;
  bankSatang: number;
  cashSatang: number;
  /** A committee set's term covers the business date. */
  hasCommitteeInOffice: boolean;
  classCounts: Record<LoanClass, number>;
}

export interface FundHealthValues {
  fundId: string;
  areaCode: string;
  loansActive: number;
  outstandingSatang: number;
  atRisk30Satang: number;
  par30Bp: number;
  repaymentRateBp: number | null;
  bankSatang: number;
  cashSatang: number;
  idleBp: number;
  defaultedSatang: number;
  missingSatang: number;
  classCounts: Record<LoanClass, number>;
  atRisk: AtRiskReason[];
}

/**
 * missing fund (เงินทุนที่ขาดหายไป, domain §4.8) = original capital − (bank + outstanding non-defaulted loans +
 * cash), never below 0.
 */
export function missingFund(
  a: Pick<
    FundAggregate,
    "originalCapitalSatang" | "bankSatang" | "cashSatang" | "outstandingSatang" | "defaultedSatang"
  >,
): number {
  const held = a.bankSatang + (a.outstandingSatang - a.defaultedSatang) + a.cashSatang;
  return Math.max(0, a.originalCapitalSatang - held);
}

export function computeFundHealth(
  a: FundAggregate,
  thresholds: HealthThresholds = DEFAULT_THRESHOLDS,
): FundHealthValues {
  const par30Bp = basisPoints(a.atRisk30Satang, a.outstandingSatang) ?? 0;
  const inHand = a.bankSatang + a.cashSatang;
  const idleBp = Math.min(10_000, Math.max(0, basisPoints(inHand, inHand + a.outstandingSatang) ?? 0));
  const missingSatang = missingFund(a);
  const atRisk: AtRiskReason[] = [];
  if (missingSatang > thresholds.missingToleranceSatang) atRisk.push("missing_fund");
  if (!a.hasCommitteeInOffice) atRisk.push("committee_term_expired");
  if (par30Bp > thresholds.par30ThresholdBp) atRisk.push("par30_above_threshold");
  if (a.defaultedLoans > thresholds.defaultedLoansTolerance) atRisk.push("defaulted_households");
  return {
    fundId: a.fundId,
    areaCode: a.areaCode,
    loansActive: a.loansActive,
    outstandingSatang: a.outstandingSatang,
    atRisk30Satang: a.atRisk30Satang,
    par30Bp,
    repaymentRateBp: basisPoints(a.collectedSatang, a.fallenDueSatang),
    bankSatang: a.bankSatang,
    cashSatang: a.cashSatang,
    idleBp,
    defaultedSatang: a.defaultedSatang,
    missingSatang,
    classCounts: a.classCounts,
    atRisk,
  };
}

/** Checks per-run threshold overrides (integers, not negative); returns the merged thresholds or the bad key. */
export function mergeThresholds(
  given: Partial<HealthThresholds> | undefined,
): { thresholds: HealthThresholds } | { bad: string } {
  const merged = { ...DEFAULT_THRESHOLDS, ...given };
  for (const [key, value] of Object.entries(merged)) {
    if (!Number.isSafeInteger(value) || value < 0) return { bad: key };
  }
  return { thresholds: merged };
}

/**
 * The next instant at `minutesAfterMidnight` past midnight Asia/Bangkok (UTC+7 all year, no daylight
 * saving), strictly after `now`.
 */
export function nextRunAt(
  now: Date,
  minutesAfterMidnight: number = HEALTH_DEFAULTS.minutesAfterMidnight,
): Date {
  const BANGKOK_OFFSET_MS = 7 * 3_600_000;
  const local = now.getTime() + BANGKOK_OFFSET_MS;
  const localMidnight = Math.floor(local / 86_400_000) * 86_400_000;
  let at = localMidnight + minutesAfterMidnight * 60_000 - BANGKOK_OFFSET_MS;
  if (at <= now.getTime()) at += 86_400_000;
  return new Date(at);
}

/** Whether the server schedules the daily job: off with KAEJON_DAILY_JOB=off, and always off under a test runner. */
export function dailyJobEnabled(env: NodeJS.ProcessEnv): boolean {
  if (env.VITEST || env.NODE_ENV === "test") return false;
  return (env.KAEJON_DAILY_JOB ?? "on").trim().toLowerCase() !== "off";
}
