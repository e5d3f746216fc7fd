// Pure early-warning rules: the risk factors, their versioned weights and tiers, the bands, and the Thai and English sentence explaining each factor.
import { formatThaiLong } from "../../shared/thai-date";

export const RISK_FACTORS = [
  "missing_fund",
  "overdue_level",
  "overdue_trend",
  "reconciliation_age",
  "idle_cash",
  "household_concentration",
  "committee_lending",
  "committee_term_expired",
  "no_meeting",
  "open_complaints",
] as const;
export type RiskFactorKey = (typeof RISK_FACTORS)[number];

export const RISK_BANDS = ["low", "medium", "high"] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/** Points for an input at or above `atLeast`; the highest tier reached counts. */
export interface RiskTier {
  atLeast: number;
  points: number;
}

export interface RiskFactorConfig {
  /** Ascending by `atLeast`. */
  tiers: RiskTier[];
  /** Points when the input cannot be known (e.g. never reconciled, no history yet). */
  whenUnknown: number;
}

export interface RiskConfig {
  version: number;
  factors: Record<RiskFactorKey, RiskFactorConfig>;
  /** A score at or above `mediumFrom` is medium, at or above `highFrom` high. */
  bands: { mediumFrom: number; highFrom: number };
  /** The overdue trend compares PAR30 with the newest score from `trendDays` to `trendDays + trendWindowDays` ago. */
  trendDays: number;
  trendWindowDays: number;
  /** Household concentration: share of outstanding held by the largest `topHouseholds` borrowers … */
  topHouseholds: number;
  /** … judged only when at least this many households borrow (a fund with 3 loans is not "concentrated"). */
  minBorrowers: number;
  /** "No meeting this year" is only raised this many days after 1 October (nobody meets on the 1st). */
  meetingGraceDays: number;
  /** Daily scores are kept this many days; older days are thinned to each month's last scored day. */
  historyDays: number;
}

/**
 * A factor's tiers from `{ atLeast: points }`; integer keys enumerate in ascending order, so the tiers come out
 * sorted as `RiskFactorConfig` requires.
 */
function tiers(pointsFrom: Record<number, number>, whenUnknown = 0): RiskFactorConfig {
  return {
    tiers: Object.entries(pointsFrom).map(([atLeast, points]) => ({ atLeast: Number(atLeast), points })),
    whenUnknown,
  };
}

/**
 * Version 1 of the weights (sum of the maxima = 100). Every tier and the bands are design defaults
 * (UNVERIFIED: domain.md §4.8 and §7 list the signals, not their weights); see docs/governance.md.
 */
export const RISK_CONFIG_V1: RiskConfig = {
  version: 1,
  factors: {
    // Input: missing fund as basis points of the original capital.
    missing_fund: tiers({ 1: 10, 500: 20 }),
    // Input: PAR30 in basis points.
    overdue_level: tiers({ 500: 5, 1000: 10, 2500: 15 }),
    // Input: rise of PAR30 in basis points against about a month earlier.
    overdue_trend: tiers({ 200: 5, 500: 10 }),
    // Input: whole months since the last bank reconciliation; never reconciled counts as the top tier.
    reconciliation_age: tiers({ 3: 5, 6: 10 }, 10),
    // Input: idle share (bank + cash) ÷ (bank + cash + outstanding), basis points.
    idle_cash: tiers({ 5000: 3, 8000: 5 }),
    // Input: share of outstanding held by the largest borrowers, basis points.
    household_concentration: tiers({ 5000: 3, 7500: 5 }),
    // Input: share of outstanding lent to households of the committee in office, basis points.
    committee_lending: tiers({ 1000: 5, 2500: 10 }),
    // Input: 1 when no committee set's term covers the date.
    committee_term_expired: tiers({ 1: 10 }),
    // Input: 1 when no meeting was recorded in the fiscal year (after the grace days).
    no_meeting: tiers({ 1: 10 }),
    // Input: 0 none open, 1 open within their due date, 2 at least one open past its due date.
    open_complaints: tiers({ 1: 3, 2: 5 }),
  },
  bands: { mediumFrom: 25, highFrom: 50 },
  trendDays: 30,
  trendWindowDays: 15,
  topHouseholds: 3,
  minBorrowers: 6,
  meetingGraceDays: 90,
  historyDays: 90,
};

export const RISK_CONFIG = RISK_CONFIG_V1;

/** One factor as stored in fund_risk_score.factors. */
export interface RiskFactorValue {
  key: RiskFactorKey;
  /** What the tiers read (null: unknown). */
  input: number | null;
  points: number;
  /** The figures behind the input, for the explanation. */
  facts: Record<string, unknown>;
}

export function factorPoints(config: RiskFactorConfig, input: number | null): number {
  if (input === null) return config.whenUnknown;
  let points = 0;
  for (const tier of config.tiers) if (input >= tier.atLeast) points = tier.points;
  return points;
}

export function maxFactorPoints(config: RiskFactorConfig): number {
  return Math.max(config.whenUnknown, ...config.tiers.map((t) => t.points));
}

export function maxRiskScore(config: RiskConfig = RISK_CONFIG): number {
  return RISK_FACTORS.reduce((n, key) => n + maxFactorPoints(config.factors[key]), 0);
}

export function riskBand(score: number, config: RiskConfig = RISK_CONFIG): RiskBand {
  if (score >= config.bands.highFrom) return "high";
  if (score >= config.bands.mediumFrom) return "medium";
  return "low";
}

/** The band names as shown. */
export const RISK_BAND_NAMES: Record<RiskBand, { th: string; en: string }> = {
  low: { th: "ความเสี่ยงต่ำ", en: "Low risk" },
  medium: { th: "ความเสี่ยงปานกลาง", en: "Medium risk" },
  high: { th: "ความเสี่ยงสูง", en: "High risk" },
};

export const RISK_FACTOR_NAMES: Record<RiskFactorKey, { th: string; en: string }> = {
  missing_fund: { th: "เงินทุนขาดหายไป", en: "Missing fund" },
  overdue_level: { th: "เงินยืมค้างชำระเกิน 30 วัน", en: "Loans more than 30 days past due" },
  overdue_trend: { th: "แนวโน้มการค้างชำระ", en: "Overdue trend" },
  reconciliation_age: { th: "การกระทบยอดเงินฝากธนาคาร", en: "Bank reconciliation" },
  idle_cash: { th: "เงินทุนไม่หมุนเวียน", en: "Idle money" },
  household_concentration: { th: "เงินยืมกระจุกในไม่กี่ครัวเรือน", en: "Loans concentrated in few households" },
  committee_lending: { th: "เงินยืมแก่ครัวเรือนกรรมการ", en: "Loans to committee households" },
  committee_term_expired: { th: "วาระคณะกรรมการ", en: "Committee term" },
  no_meeting: { th: "การประชุมคณะกรรมการ", en: "Committee meetings" },
  open_complaints: { th: "ข้อร้องเรียนที่ยังไม่ยุติ", en: "Open complaints" },
};

/** Checks a configuration: integer tiers in ascending order, bands in order. Returns the first problem or null. */
export function checkRiskConfig(config: RiskConfig): string | null {
  for (const key of RISK_FACTORS) {
    const f = config.factors[key];
    if (!f) return `factors.${key}`;
    if (!Number.isSafeInteger(f.whenUnknown) || f.whenUnknown < 0) return `factors.${key}.whenUnknown`;
    let previous = Number.NEGATIVE_INFINITY;
    for (const t of f.tiers) {
      if (!Number.isSafeInteger(t.atLeast) || !Number.isSafeInteger(t.points) || t.points < 0)
        return `factors.${key}.tiers`;
      if (t.atLeast <= previous) return `factors.${key}.tiers`;
      previous = t.atLeast;
    }
  }
  const { mediumFrom, highFrom } = config.bands;
  if (
    !Number.isSafeInteger(mediumFrom) ||
    !Number.isSafeInteger(highFrom) ||
    mediumFrom < 1 ||
    highFrom <= mediumFrom
  )
    return "bands";
  for (const key of [
    "trendDays",
    "trendWindowDays",
    "topHouseholds",
    "minBorrowers",
    "meetingGraceDays",
    "historyDays",
  ] as const) {
    if (!Number.isSafeInteger(config[key]) || config[key] < 1) return key;
  }
  return null;
}

/** Whole calendar months from `from` to `to` (ISO dates; 31 Jan → 28 Feb is 0 months, → 1 Mar is 1). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split("-").map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** Basis points as "12.34%". */
export function percentText(bp: number): string {
  const sign = bp < 0 ? "-" : "";
  const a = Math.abs(Math.trunc(bp));
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}%`;
}

/** Satang as "1,234.50" (no currency word). */
export function bahtText(satang: number): string {
  const sign = satang < 0 ? "-" : "";
  const a = Math.abs(Math.trunc(satang));
  const baht = Math.floor(a / 100).toLocaleString("en-US");
  return `${sign}${baht}.${String(a % 100).padStart(2, "0")}`;
}

const num = (facts: Record<string, unknown>, key: string): number => Number(facts[key] ?? 0);
const str = (facts: Record<string, unknown>, key: string): string | null =>
  typeof facts[key] === "string" ? (facts[key] as string) : null;

/** The sentence that explains one factor's points, in Thai and English. */
export function explainFactor(f: RiskFactorValue): { th: string; en: string } {
  const x = f.facts;
  switch (f.key) {
    case "missing_fund": {
      const missing = num(x, "missingSatang");
      if (missing <= 0) return { th: "ไม่มีเงินทุนขาดหายไป", en: "No part of the fund is missing" };
      return {
        th: `เงินทุนขาดหายไป ${bahtText(missing)} บาท (${percentText(f.input ?? 0)} ของเงินทุนเดิม)`,
        en: `${bahtText(missing)} baht of the fund is missing (${percentText(f.input ?? 0)} of the original capital)`,
      };
    }
    case "overdue_level":
      return {
        th: `เงินยืมค้างชำระเกิน 30 วัน ${bahtText(num(x, "atRisk30Satang"))} บาท คิดเป็น ${percentText(num(x, "par30Bp"))} ของเงินต้นคงค้าง`,
        en: `${bahtText(num(x, "atRisk30Satang"))} baht more than 30 days past due: ${percentText(num(x, "par30Bp"))} of the outstanding principal`,
      };
    case "overdue_trend": {
      const previousAsOf = str(x, "previousAsOf");
      if (f.input === null || previousAsOf === null)
        return {
          th: "ยังไม่มีข้อมูลย้อนหลังพอจะดูแนวโน้มการค้างชำระ",
          en: "Not enough history yet to see the overdue trend",
        };
      const verbTh = f.input > 0 ? "เพิ่มขึ้น" : f.input < 0 ? "ลดลง" : "คงที่";
      const verbEn = f.input > 0 ? "rose" : f.input < 0 ? "fell" : "held";
      return {
        th: `สัดส่วนค้างชำระเกิน 30 วัน${verbTh}จาก ${percentText(num(x, "previousPar30Bp"))} (${formatThaiLong(previousAsOf)}) เป็น ${percentText(num(x, "par30Bp"))}`,
        en: `The share more than 30 days past due ${verbEn} from ${percentText(num(x, "previousPar30Bp"))} (${previousAsOf}) to ${percentText(num(x, "par30Bp"))}`,
      };
    }
    case "reconciliation_age": {
      const last = str(x, "lastStatementDate");
      if (last === null || f.input === null)
        return {
          th: "ยังไม่เคยบันทึกการกระทบยอดเงินฝากธนาคาร",
          en: "No bank reconciliation has ever been recorded",
        };
      return {
        th: `กระทบยอดเงินฝากธนาคารครั้งล่าสุด ${formatThaiLong(last)} (${f.input} เดือนที่แล้ว)`,
        en: `Last bank reconciliation on ${last} (${f.input} months ago)`,
      };
    }
    case "idle_cash":
      return {
        th: `เงินฝากธนาคารและเงินสดที่ไม่ได้ให้ยืม ${percentText(num(x, "idleBp"))} ของเงินทุนหมุนเวียน`,
        en: `${percentText(num(x, "idleBp"))} of the working money sits in the bank or in cash, not lent out`,
      };
    case "household_concentration": {
      const borrowers = num(x, "borrowers");
      const top = num(x, "top");
      if (f.input === null)
        return {
          th: `มีครัวเรือนผู้ยืม ${borrowers} ครัวเรือน น้อยเกินกว่าจะประเมินการกระจุกตัว`,
          en: `${borrowers} borrowing households: too few to judge concentration`,
        };
      return {
        th: `${top} ครัวเรือนที่ยืมมากที่สุดถือเงินต้นคงค้าง ${percentText(f.input)} (จาก ${borrowers} ครัวเรือน)`,
        en: `The ${top} largest borrowing households hold ${percentText(f.input)} of the outstanding (of ${borrowers} households)`,
      };
    }
    case "committee_lending": {
      if (f.input === null) return { th: "ไม่มีเงินต้นคงค้าง", en: "Nothing is outstanding" };
      return {
        th: `เงินยืมแก่ครัวเรือนของกรรมการชุดปัจจุบัน ${num(x, "committeeLoans")} สัญญา ${bahtText(num(x, "committeeSatang"))} บาท (${percentText(f.input)} ของเงินต้นคงค้าง)`,
        en: `${num(x, "committeeLoans")} loans, ${bahtText(num(x, "committeeSatang"))} baht, to households of the committee in office (${percentText(f.input)} of the outstanding)`,
      };
    }
    case "committee_term_expired": {
      if (f.input === 0) return { th: "คณะกรรมการอยู่ในวาระ", en: "The committee is in office" };
      const lastEnd = str(x, "lastTermEnd");
      return lastEnd
        ? {
            th: `คณะกรรมการหมดวาระตั้งแต่ ${formatThaiLong(lastEnd)} และยังไม่มีชุดใหม่`,
            en: `The committee's term ended on ${lastEnd} and no new set is recorded`,
          }
        : { th: "ยังไม่มีการบันทึกคณะกรรมการ", en: "No committee has been recorded" };
    }
    case "no_meeting": {
      const fy = num(x, "fiscalYear");
      const meetings = num(x, "meetings");
      if (meetings > 0)
        return {
          th: `ประชุมคณะกรรมการแล้ว ${meetings} ครั้งในปีงบประมาณ ${fy}`,
          en: `${meetings} committee meetings in fiscal year ${fy}`,
        };
      if (f.input === 0)
        return {
          th: `ยังไม่มีการประชุมในปีงบประมาณ ${fy} (ยังอยู่ในช่วงต้นปี)`,
          en: `No meeting yet in fiscal year ${fy} (still early in the year)`,
        };
      return {
        th: `ไม่มีการประชุมคณะกรรมการในปีงบประมาณ ${fy}`,
        en: `No committee meeting in fiscal year ${fy}`,
      };
    }
    case "open_complaints": {
      if (x.noData === true) return { th: "ไม่มีข้อมูลข้อร้องเรียน", en: "No complaint data" };
      const open = num(x, "open");
      const overdue = num(x, "overdue");
      if (open === 0) return { th: "ไม่มีข้อร้องเรียนค้างอยู่", en: "No open complaints" };
      return {
        th: `มีข้อร้องเรียนที่ยังไม่ยุติ ${open} เรื่อง เกินกำหนด ${overdue} เรื่อง`,
        en: `${open} open complaints, ${overdue} past their due date`,
      };
    }
  }
}

/** The score of a set of factor values and its band. */
export function totalRisk(
  factors: readonly RiskFactorValue[],
  config: RiskConfig = RISK_CONFIG,
): { score: number; band: RiskBand } {
  const score = factors.reduce((n, f) => n + f.points, 0);
  return { score, band: riskBand(score, config) };
}

/** Inputs of one fund, as the repository gathers them (the same definitions as the job's SQL). */
export interface RiskInputs {
  capitalSatang: number;
  missingSatang: number;
  par30Bp: number;
  atRisk30Satang: number;
  outstandingSatang: number;
  previousPar30Bp: number | null;
  previousAsOf: string | null;
  lastStatementDate: string | null;
  idleBp: number;
  bankSatang: number;
  cashSatang: number;
  borrowers: number;
  topSatang: number;
  committeeLoans: number;
  committeeSatang: number;
  hasCommitteeInOffice: boolean;
  lastTermEnd: string | null;
  meetings: number;
  complaints: { open: number; overdue: number } | null;
}

/** Share in basis points, rounded half up; null when the whole is not positive. */
export function shareBp(part: number, whole: number): number | null {
  if (!(whole > 0)) return null;
  return Number((BigInt(part) * 20_000n + BigInt(whole)) / (2n * BigInt(whole)));
}

/** Every factor of one fund as of `asOf` (the reference for the job's set-based SQL; tests hold them together). */
export function scoreFund(
  i: RiskInputs,
  asOf: string,
  fiscalYear: number,
  fiscalYearStart: string,
  config: RiskConfig = RISK_CONFIG,
): { factors: RiskFactorValue[]; score: number; band: RiskBand } {
  // Any shortfall counts (domain §4.8): a few satang of a large capital still reads at least 1 bp.
  const missingBp =
    i.missingSatang <= 0 ? 0 : Math.max(1, shareBp(i.missingSatang, i.capitalSatang) ?? 10_000);
  const daysIntoYear = Math.round((Date.parse(asOf) - Date.parse(fiscalYearStart)) / 86_400_000);
  const inputs: Record<RiskFactorKey, { input: number | null; facts: Record<string, unknown> }> = {
    missing_fund: {
      input: missingBp,
      facts: { missingSatang: i.missingSatang, capitalSatang: i.capitalSatang },
    },
    overdue_level: {
      input: i.par30Bp,
      facts: { par30Bp: i.par30Bp, atRisk30Satang: i.atRisk30Satang, outstandingSatang: i.outstandingSatang },
    },
    overdue_trend: {
      input: i.previousPar30Bp === null ? null : i.par30Bp - i.previousPar30Bp,
      facts: { par30Bp: i.par30Bp, previousPar30Bp: i.previousPar30Bp, previousAsOf: i.previousAsOf },
    },
    reconciliation_age: {
      input: i.lastStatementDate === null ? null : monthsBetween(i.lastStatementDate, asOf),
      facts: { lastStatementDate: i.lastStatementDate },
    },
    idle_cash: {
      input: i.idleBp,
      facts: { idleBp: i.idleBp, bankSatang: i.bankSatang, cashSatang: i.cashSatang },
    },
    household_concentration: {
      input: i.borrowers >= config.minBorrowers ? shareBp(i.topSatang, i.outstandingSatang) : null,
      facts: { borrowers: i.borrowers, top: config.topHouseholds, topSatang: i.topSatang },
    },
    committee_lending: {
      input: shareBp(i.committeeSatang, i.outstandingSatang),
      facts: { committeeLoans: i.committeeLoans, committeeSatang: i.committeeSatang },
    },
    committee_term_expired: {
      input: i.hasCommitteeInOffice ? 0 : 1,
      facts: { lastTermEnd: i.lastTermEnd },
    },
    no_meeting: {
      input: i.meetings === 0 && daysIntoYear >= config.meetingGraceDays ? 1 : 0,
      facts: { meetings: i.meetings, fiscalYear },
    },
    open_complaints: {
      input: i.complaints === null ? null : i.complaints.overdue > 0 ? 2 : i.complaints.open > 0 ? 1 : 0,
      facts: i.complaints === null ? { noData: true } : { ...i.complaints },
    },
  };
  const factors = RISK_FACTORS.map((key) => ({
    key,
    input: inputs[key].input,
    points: factorPoints(config.factors[key], inputs[key].input),
    facts: inputs[key].facts,
  }));
  return { factors, ...totalRisk(factors, config) };
}
