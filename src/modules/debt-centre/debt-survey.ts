// The household debt survey (แบบสำรวจหนี้สินครัวเรือน): its shape, validation that names every bad field, and the จปฐ. pre-fill.
import { floorDiv } from "../../shared/money";
import type { IsoDate } from "../../shared/thai-date";
import {
  INSTALMENT_FREQUENCIES,
  type InstalmentFrequency,
  isFlatBasis,
  MAX_STATED_RATE_BP,
  RATE_BASES,
  type RateBasis,
} from "./debt-rates";
import { IssueList, throwIfIssues } from "./field-issues";

/** Formal (ในระบบ), community fund (กองทุนชุมชน) and informal (นอกระบบ) creditors. */
export const CREDITOR_TYPES = [
  "bank",
  "baac",
  "cooperative",
  "community_fund",
  "money_lender",
  "shop",
  "relative",
] as const;
export type CreditorType = (typeof CREDITOR_TYPES)[number];
export type CreditorClass = "formal" | "community" | "informal";

export const CREDITOR_CLASS: Record<CreditorType, CreditorClass> = {
  bank: "formal",
  baac: "formal",
  cooperative: "formal",
  community_fund: "community",
  money_lender: "informal",
  shop: "informal",
  relative: "informal",
};

export const CREDITOR_TYPE_NAMES: Record<string, { th: string; en: string }> = {
  bank: { th: "ธนาคาร", en: "Bank" },
  baac: { th: "ธ.ก.ส.", en: "BAAC" },
  cooperative: { th: "สหกรณ์", en: "Cooperative" },
  community_fund: { th: "กองทุนชุมชน", en: "Community fund" },
  money_lender: { th: "นายทุนนอกระบบ", en: "Money lender" },
  shop: { th: "ร้านค้า", en: "Shop" },
  relative: { th: "ญาติ/คนรู้จัก", en: "Relative or acquaintance" },
};

export const CREDITOR_CLASS_NAMES: Record<CreditorClass, { th: string; en: string }> = {
  formal: { th: "หนี้ในระบบ", en: "formal debt" },
  community: { th: "หนี้กองทุนชุมชน", en: "community fund debt" },
  informal: { th: "หนี้นอกระบบ", en: "informal debt" },
};

/** At most this many debts per household: a bound against runaway input, far above real surveys. */
export const MAX_DEBTS = 100;

export interface SurveyDebt {
  /** Stable within the survey (the planner's overrides refer to it). */
  debtId: string;
  creditorName: string;
  creditorType: CreditorType;
  /** Which fund, for a community-fund debt (required then, absent otherwise). */
  communityFundId?: string | undefined;
  originalPrincipalSatang: number;
  /** What clears the debt today: unpaid principal plus any unpaid interest the creditor has added. */
  outstandingSatang: number;
  /** The overdue part of `outstandingSatang` (0 when the debt is up to date). */
  arrearsSatang: number;
  /** The stated rate per the basis' period, in basis points (ร้อยละ 10 ต่อเดือน = 1,000 per_month). */
  rateBp: number;
  rateBasis: RateBasis;
  /** The regular instalment; 0 or absent = interest only, principal at the end (ดอกลอย). */
  instalmentSatang?: number | undefined;
  instalmentFrequency: InstalmentFrequency;
  collateral?: string | undefined;
  guarantor?: string | undefined;
  purpose: string;
  startOn: IsoDate;
  /** The agreed end; required for flat bases (their cost depends on the term), optional otherwise. */
  endOn?: IsoDate | undefined;
}

export interface DebtSurvey {
  householdId: string;
  surveyedOn: IsoDate;
  /** Household income per month (pre-filled from the latest จปฐ. record, editable). */
  monthlyIncomeSatang: number;
  /** Living expenses per month, NOT counting debt instalments (those come from the debts). */
  monthlyExpensesSatang: number;
  debts: SurveyDebt[];
}

const SURVEY = { th: "แบบสำรวจหนี้สินครัวเรือน", en: "The household debt survey" };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const optionalText = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim().length > 0 ? v.trim() : undefined;

/**
 * Validates an untrusted survey and returns it typed, or throws invalid_input `debt.invalid_survey` whose
 * message names the first bad field (`debts[3].outstandingSatang`) and whose details list every issue.
 */
export function parseDebtSurvey(input: unknown): DebtSurvey {
  const v = new IssueList();
  if (!isRecord(input)) {
    v.add("survey", "not_object", "ต้องเป็นข้อมูลแบบสำรวจ", "must be a survey object");
    throwIfIssues("debt.invalid_survey", SURVEY, v.issues);
  }
  const s = input as Record<string, unknown>;
  v.text("householdId", s.householdId, { max: 64 });
  v.date("surveyedOn", s.surveyedOn);
  v.satang("monthlyIncomeSatang", s.monthlyIncomeSatang);
  v.satang("monthlyExpensesSatang", s.monthlyExpensesSatang);
  const debts: SurveyDebt[] = [];
  if (!Array.isArray(s.debts)) {
    v.add("debts", "not_list", "ต้องเป็นรายการหนี้ (ว่างได้)", "must be a list of debts (may be empty)");
  } else if (s.debts.length > MAX_DEBTS) {
    v.add("debts", "too_many", `มีได้ไม่เกิน ${MAX_DEBTS} รายการ`, `may hold at most ${MAX_DEBTS} debts`);
  } else {
    const seen = new Set<string>();
    s.debts.forEach((raw, k) => {
      const debt = checkDebt(v, `debts[${k}]`, raw, s.surveyedOn);
      if (!debt) return;
      if (seen.has(debt.debtId)) {
        v.add(
          `debts[${k}].debtId`,
          "duplicate",
          `ซ้ำกับหนี้รายการก่อนหน้า ("${debt.debtId}")`,
          `repeats an earlier debt ("${debt.debtId}")`,
        );
      }
      seen.add(debt.debtId);
      debts.push(debt);
    });
  }
  throwIfIssues("debt.invalid_survey", SURVEY, v.issues);
  return {
    householdId: (s.householdId as string).trim(),
    surveyedOn: s.surveyedOn as IsoDate,
    monthlyIncomeSatang: s.monthlyIncomeSatang as number,
    monthlyExpensesSatang: s.monthlyExpensesSatang as number,
    debts,
  };
}

function checkDebt(v: IssueList, at: string, raw: unknown, surveyedOn: unknown): SurveyDebt | null {
  if (!isRecord(raw)) {
    v.add(at, "not_object", "ต้องเป็นข้อมูลหนี้หนึ่งรายการ", "must be one debt");
    return null;
  }
  const before = v.issues.length;
  const d = raw;
  v.text(`${at}.debtId`, d.debtId, { max: 64 });
  v.text(`${at}.creditorName`, d.creditorName);
  const typeOk = v.oneOf(`${at}.creditorType`, d.creditorType, CREDITOR_TYPES);
  if (typeOk && d.creditorType === "community_fund") {
    v.text(`${at}.communityFundId`, d.communityFundId, { max: 64 });
  } else if (typeOk && d.communityFundId !== undefined) {
    v.add(
      `${at}.communityFundId`,
      "not_community",
      "ระบุได้เฉพาะหนี้กองทุนชุมชน",
      "may only be given for a community-fund debt",
    );
  }
  const originalOk = v.satang(`${at}.originalPrincipalSatang`, d.originalPrincipalSatang, { min: 1 });
  const outstandingOk = v.satang(`${at}.outstandingSatang`, d.outstandingSatang);
  const arrearsOk = v.satang(`${at}.arrearsSatang`, d.arrearsSatang ?? 0);
  const arrears = (d.arrearsSatang ?? 0) as number;
  if (outstandingOk && arrearsOk && arrears > (d.outstandingSatang as number)) {
    v.add(
      `${at}.arrearsSatang`,
      "arrears_above_outstanding",
      "ยอดค้างชำระมากกว่ายอดหนี้คงเหลือ",
      "is more than the outstanding amount",
    );
  }
  if (originalOk && outstandingOk && arrearsOk) {
    if ((d.outstandingSatang as number) > (d.originalPrincipalSatang as number) && arrears === 0) {
      v.add(
        `${at}.outstandingSatang`,
        "outstanding_above_original",
        "ยอดหนี้คงเหลือมากกว่าเงินต้นเดิม โดยไม่มียอดค้างชำระ (ตรวจสอบเงินต้นเดิมหรือระบุยอดค้างชำระ)",
        "is above the original principal although nothing is in arrears (check the original principal or record the arrears)",
      );
    }
  }
  v.integer(`${at}.rateBp`, d.rateBp, 0, MAX_STATED_RATE_BP);
  const basisOk = v.oneOf(`${at}.rateBasis`, d.rateBasis, RATE_BASES);
  v.satang(`${at}.instalmentSatang`, d.instalmentSatang, { optional: true });
  v.oneOf(`${at}.instalmentFrequency`, d.instalmentFrequency, INSTALMENT_FREQUENCIES);
  v.text(`${at}.collateral`, d.collateral, { optional: true, max: 500 });
  v.text(`${at}.guarantor`, d.guarantor, { optional: true });
  v.text(`${at}.purpose`, d.purpose, { max: 500 });
  const startOk = v.date(`${at}.startOn`, d.startOn);
  const endOk = v.date(`${at}.endOn`, d.endOn, true);
  if (startOk && typeof surveyedOn === "string" && (d.startOn as string) > surveyedOn) {
    v.add(`${at}.startOn`, "after_survey", "อยู่หลังวันที่สำรวจ", "is after the survey date");
  }
  if (startOk && endOk && d.endOn !== undefined && (d.endOn as string) <= (d.startOn as string)) {
    v.add(`${at}.endOn`, "not_after_start", "ต้องอยู่หลังวันเริ่มกู้", "must be after the start date");
  }
  if (basisOk && isFlatBasis(d.rateBasis as RateBasis) && d.endOn === undefined) {
    v.add(
      `${at}.endOn`,
      "required_for_flat",
      "ต้องระบุสำหรับดอกเบี้ยแบบคงที่ (flat) เพราะต้นทุนขึ้นกับระยะเวลา",
      "is required for a flat rate (its cost depends on the term)",
    );
  }
  if (v.issues.length > before) return null;
  return {
    debtId: (d.debtId as string).trim(),
    creditorName: (d.creditorName as string).trim(),
    creditorType: d.creditorType as CreditorType,
    communityFundId: optionalText(d.communityFundId),
    originalPrincipalSatang: d.originalPrincipalSatang as number,
    outstandingSatang: d.outstandingSatang as number,
    arrearsSatang: arrears,
    rateBp: d.rateBp as number,
    rateBasis: d.rateBasis as RateBasis,
    instalmentSatang: d.instalmentSatang as number | undefined,
    instalmentFrequency: d.instalmentFrequency as InstalmentFrequency,
    collateral: optionalText(d.collateral),
    guarantor: optionalText(d.guarantor),
    purpose: (d.purpose as string).trim(),
    startOn: d.startOn as IsoDate,
    endOn: d.endOn as IsoDate | undefined,
  };
}

/**
 * Income pre-filled from the latest จปฐ. record: its annual total ÷ 12, rounded down to the satang (never
 * overstating what a household can pay). The surveyor edits it; expenses are not in จปฐ. and are asked.
 */
export function incomeFromBmn(record: { surveyYear: number; incomeTotalSatang: number }): {
  monthlyIncomeSatang: number;
  source: { th: string; en: string };
} {
  return {
    monthlyIncomeSatang: floorDiv(Math.max(0, record.incomeTotalSatang), 12),
    source: {
      th: `รายได้ทั้งปีจาก จปฐ. ปี ${record.surveyYear} หารด้วย 12 (ปัดเศษสตางค์ลง)`,
      en: `Annual income from the BMN (จปฐ.) survey of ${record.surveyYear} divided by 12 (rounded down)`,
    },
  };
}
