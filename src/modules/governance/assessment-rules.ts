// Pure governance-assessment rules: the rubric (items, data source, points), how each system item is judged from its evidence, the score and the level.
import { formatThaiLong } from "../../shared/thai-date";
import { bahtText, percentText } from "./risk-rules";

export const RUBRIC_ITEMS = [
  "committee_term",
  "meetings_with_minutes",
  "bank_reconciled",
  "missing_fund_zero",
  "repayment_rate",
  "annual_report_filed",
  "accounts_disclosed",
  "complaints_resolved",
  "committee_loans_no_vote",
] as const;
export type RubricItemKey = (typeof RUBRIC_ITEMS)[number];

export const ITEM_RESULTS = ["met", "partly", "not_met", "not_applicable", "pending"] as const;
export type ItemResult = (typeof ITEM_RESULTS)[number];
/** What an assessor may enter. */
export const ASSESSOR_RESULTS = ["met", "partly", "not_met", "not_applicable"] as const;
export type AssessorResult = (typeof ASSESSOR_RESULTS)[number];

export const ASSESSMENT_LEVELS = ["needs_improvement", "fair", "good"] as const;
export type AssessmentLevel = (typeof ASSESSMENT_LEVELS)[number];

export type ItemSource = "system" | "assessor";

export interface RubricConfig {
  version: number;
  points: Record<RubricItemKey, number>;
  /** Meetings with minutes in the fiscal year for "met" (UNVERIFIED: domain §7 says "≥ N"). */
  minMeetings: number;
  /** Repayment rate (basis points) for met and partly. */
  repaymentMetBp: number;
  repaymentPartlyBp: number;
  /** Level by the share of the applicable maximum (percent). */
  goodFromPercent: number;
  fairFromPercent: number;
}

/** Version 1 (UNVERIFIED design defaults; domain §7 suggests the items, not their points or cut-offs). */
export const RUBRIC_CONFIG_V1: RubricConfig = {
  version: 1,
  points: {
    committee_term: 10,
    meetings_with_minutes: 10,
    bank_reconciled: 10,
    missing_fund_zero: 15,
    repayment_rate: 15,
    annual_report_filed: 10,
    accounts_disclosed: 10,
    complaints_resolved: 10,
    committee_loans_no_vote: 10,
  },
  minMeetings: 4,
  repaymentMetBp: 9_000,
  repaymentPartlyBp: 7_000,
  goodFromPercent: 80,
  fairFromPercent: 60,
};

export const RUBRIC_CONFIG = RUBRIC_CONFIG_V1;

export const RUBRIC_ITEM_NAMES: Record<RubricItemKey, { th: string; en: string }> = {
  committee_term: { th: "คณะกรรมการอยู่ในวาระ", en: "Committee within its term" },
  meetings_with_minutes: {
    th: "ประชุมคณะกรรมการและมีบันทึกรายงานการประชุม",
    en: "Committee meetings held with minutes",
  },
  bank_reconciled: { th: "กระทบยอดบัญชีกับเงินฝากธนาคาร", en: "Books reconciled with the bank" },
  missing_fund_zero: { th: "ไม่มีเงินทุนขาดหายไป", en: "No missing fund" },
  repayment_rate: { th: "อัตราการชำระคืนเงินยืม", en: "Repayment rate" },
  annual_report_filed: { th: "ส่งรายงานประจำปี", en: "Annual report filed" },
  accounts_disclosed: {
    th: "เปิดเผยบัญชีต่อที่ประชุมหมู่บ้าน",
    en: "Accounts disclosed to the village meeting",
  },
  complaints_resolved: { th: "ข้อร้องเรียนได้รับการแก้ไข", en: "Complaints resolved" },
  committee_loans_no_vote: {
    th: "เงินยืมแก่กรรมการอนุมัติโดยกรรมการผู้นั้นไม่ร่วมลงมติ",
    en: "Loans to committee members approved without the member voting",
  },
};

export const ITEM_RESULT_NAMES: Record<ItemResult, { th: string; en: string }> = {
  met: { th: "ผ่าน", en: "Met" },
  partly: { th: "ผ่านบางส่วน", en: "Partly met" },
  not_met: { th: "ไม่ผ่าน", en: "Not met" },
  not_applicable: { th: "ไม่เกี่ยวข้อง", en: "Not applicable" },
  pending: { th: "รอผู้ประเมินกรอก", en: "Waiting for the assessor" },
};

export const LEVEL_NAMES: Record<AssessmentLevel, { th: string; en: string; no: number }> = {
  needs_improvement: { th: "ต้องปรับปรุง", en: "Needs improvement", no: 1 },
  fair: { th: "ปานกลาง", en: "Fair", no: 2 },
  good: { th: "ดี", en: "Good", no: 3 },
};

/** The evidence the repository reads for the system items (null: no data for that item). */
export interface AssessmentEvidence {
  asOf: string;
  fiscalYear: number;
  committee: { setNo: number; termStart: string; termEnd: string } | null;
  lastTermEnd: string | null;
  meetings: { held: number; withMinutes: number };
  reconciliations: { count: number; lastStatementDate: string | null; lastDifferenceSatang: number | null };
  missing: { missingSatang: number; asOf: string } | null;
  repayment: { fallenDueSatang: number; collectedSatang: number };
  hasReportNote: boolean;
  complaints: { received: number; resolved: number; open: number; overdue: number } | null;
  committeeLoans: Array<{
    loanNo: string;
    borrowerName: string;
    memberName: string;
    contractedOn: string;
    meetingNo: string | null;
    memberAttended: boolean | null;
  }>;
}

export interface ItemValue {
  key: RubricItemKey;
  source: ItemSource;
  result: ItemResult;
  points: number;
  maxPoints: number;
  /** The facts shown as evidence; `text` is the sentence in both languages. */
  evidence: { text: { th: string; en: string }; facts: Record<string, unknown> };
}

export function pointsFor(result: ItemResult, maxPoints: number): number {
  if (result === "met") return maxPoints;
  if (result === "partly") return Math.floor(maxPoints / 2);
  return 0;
}

function item(
  key: RubricItemKey,
  source: ItemSource,
  result: ItemResult,
  text: { th: string; en: string },
  facts: Record<string, unknown>,
  config: RubricConfig,
): ItemValue {
  const maxPoints = config.points[key];
  return { key, source, result, points: pointsFor(result, maxPoints), maxPoints, evidence: { text, facts } };
}

/** Every rubric item judged from the evidence: system items get a result, assessor items start pending. */
export function evaluateItems(e: AssessmentEvidence, config: RubricConfig = RUBRIC_CONFIG): ItemValue[] {
  const fy = e.fiscalYear;
  const out: ItemValue[] = [];

  out.push(
    e.committee
      ? item(
          "committee_term",
          "system",
          "met",
          {
            th: `คณะกรรมการชุดที่ ${e.committee.setNo} วาระ ${formatThaiLong(e.committee.termStart)} – ${formatThaiLong(e.committee.termEnd)}`,
            en: `Committee set ${e.committee.setNo}, term ${e.committee.termStart} – ${e.committee.termEnd}`,
          },
          { ...e.committee },
          config,
        )
      : item(
          "committee_term",
          "system",
          "not_met",
          e.lastTermEnd
            ? {
                th: `คณะกรรมการหมดวาระตั้งแต่ ${formatThaiLong(e.lastTermEnd)}`,
                en: `The committee's term ended on ${e.lastTermEnd}`,
              }
            : { th: "ไม่มีการบันทึกคณะกรรมการ", en: "No committee recorded" },
          { lastTermEnd: e.lastTermEnd },
          config,
        ),
  );

  const m = e.meetings;
  out.push(
    item(
      "meetings_with_minutes",
      "system",
      m.withMinutes >= config.minMeetings ? "met" : m.withMinutes >= 1 ? "partly" : "not_met",
      {
        th: `ปีงบประมาณ ${fy} ประชุม ${m.held} ครั้ง มีบันทึกรายงานการประชุม ${m.withMinutes} ครั้ง (เกณฑ์ ${config.minMeetings} ครั้ง)`,
        en: `Fiscal year ${fy}: ${m.held} meetings, ${m.withMinutes} with minutes (standard ${config.minMeetings})`,
      },
      { ...m, minMeetings: config.minMeetings },
      config,
    ),
  );

  const r = e.reconciliations;
  out.push(
    item(
      "bank_reconciled",
      "system",
      r.count === 0 ? "not_met" : r.lastDifferenceSatang === 0 ? "met" : "partly",
      r.count === 0 || r.lastStatementDate === null
        ? {
            th: `ไม่มีการกระทบยอดเงินฝากธนาคารในปีงบประมาณ ${fy}`,
            en: `No bank reconciliation in fiscal year ${fy}`,
          }
        : {
            th: `กระทบยอด ${r.count} ครั้ง ครั้งล่าสุด ${formatThaiLong(r.lastStatementDate)} ผลต่าง ${bahtText(r.lastDifferenceSatang ?? 0)} บาท`,
            en: `${r.count} reconciliations; the last on ${r.lastStatementDate}, difference ${bahtText(r.lastDifferenceSatang ?? 0)} baht`,
          },
      { ...r },
      config,
    ),
  );

  out.push(
    e.missing
      ? item(
          "missing_fund_zero",
          "system",
          e.missing.missingSatang === 0 ? "met" : "not_met",
          e.missing.missingSatang === 0
            ? {
                th: `ไม่มีเงินทุนขาดหายไป ณ ${formatThaiLong(e.missing.asOf)}`,
                en: `No missing fund as of ${e.missing.asOf}`,
              }
            : {
                th: `เงินทุนขาดหายไป ${bahtText(e.missing.missingSatang)} บาท ณ ${formatThaiLong(e.missing.asOf)}`,
                en: `${bahtText(e.missing.missingSatang)} baht missing as of ${e.missing.asOf}`,
              },
          { ...e.missing },
          config,
        )
      : item(
          "missing_fund_zero",
          "assessor",
          "pending",
          {
            th: `ยังไม่มีผลการคำนวณเงินทุนของปีงบประมาณ ${fy} (งานประจำวันยังไม่ได้ประมวลผล) ให้ผู้ประเมินตรวจจากสมุดบัญชี`,
            en: `No computed fund figures for fiscal year ${fy} yet (the daily job has not run): the assessor checks the books`,
          },
          {},
          config,
        ),
  );

  const rate =
    e.repayment.fallenDueSatang > 0
      ? Number(
          (BigInt(e.repayment.collectedSatang) * 20_000n + BigInt(e.repayment.fallenDueSatang)) /
            (2n * BigInt(e.repayment.fallenDueSatang)),
        )
      : null;
  out.push(
    item(
      "repayment_rate",
      "system",
      rate === null
        ? "not_applicable"
        : rate >= config.repaymentMetBp
          ? "met"
          : rate >= config.repaymentPartlyBp
            ? "partly"
            : "not_met",
      rate === null
        ? { th: `ไม่มีงวดที่ครบกำหนดชำระในปีงบประมาณ ${fy}`, en: `Nothing fell due in fiscal year ${fy}` }
        : {
            th: `ครบกำหนด ${bahtText(e.repayment.fallenDueSatang)} บาท ชำระแล้ว ${bahtText(e.repayment.collectedSatang)} บาท (${percentText(rate)}; เกณฑ์ ${percentText(config.repaymentMetBp)})`,
            en: `${bahtText(e.repayment.fallenDueSatang)} baht fell due, ${bahtText(e.repayment.collectedSatang)} baht paid (${percentText(rate)}; standard ${percentText(config.repaymentMetBp)})`,
          },
      { ...e.repayment, rateBp: rate },
      config,
    ),
  );

  out.push(
    item(
      "annual_report_filed",
      "assessor",
      "pending",
      e.hasReportNote
        ? {
            th: `มีบันทึกของเจ้าหน้าที่สำหรับรายงานปีงบประมาณ ${fy} ในระบบ (ให้ผู้ประเมินยืนยันการส่งรายงาน)`,
            en: `An officer's report note for fiscal year ${fy} exists (the assessor confirms the report was filed)`,
          }
        : {
            th: "ระบบไม่มีข้อมูลการส่งรายงาน ให้ผู้ประเมินกรอก",
            en: "The system does not record report filing: the assessor fills it in",
          },
      { hasReportNote: e.hasReportNote },
      config,
    ),
  );

  out.push(
    item(
      "accounts_disclosed",
      "assessor",
      "pending",
      {
        th: "ระบบไม่มีข้อมูลการเปิดเผยบัญชีต่อที่ประชุมหมู่บ้าน ให้ผู้ประเมินกรอก",
        en: "The system does not record disclosure to the village meeting: the assessor fills it in",
      },
      {},
      config,
    ),
  );

  const c = e.complaints;
  out.push(
    c === null
      ? item(
          "complaints_resolved",
          "assessor",
          "pending",
          { th: "ไม่มีข้อมูลข้อร้องเรียน ให้ผู้ประเมินกรอก", en: "No complaint data: the assessor fills it in" },
          { noData: true },
          config,
        )
      : item(
          "complaints_resolved",
          "system",
          c.overdue === 0 ? "met" : c.resolved >= c.overdue ? "partly" : "not_met",
          c.received === 0 && c.open === 0
            ? { th: `ไม่มีข้อร้องเรียนในปีงบประมาณ ${fy}`, en: `No complaints in fiscal year ${fy}` }
            : {
                th: `ข้อร้องเรียนปีงบประมาณ ${fy}: รับ ${c.received} ยุติแล้ว ${c.resolved} ยังไม่ยุติ ${c.open} เกินกำหนด ${c.overdue}`,
                en: `Complaints in fiscal year ${fy}: ${c.received} received, ${c.resolved} resolved, ${c.open} open, ${c.overdue} past due`,
              },
          { ...c },
          config,
        ),
  );

  const loans = e.committeeLoans;
  out.push(
    loans.length === 0
      ? item(
          "committee_loans_no_vote",
          "system",
          "met",
          {
            th: `ไม่มีสัญญาเงินยืมแก่ครัวเรือนของกรรมการในปีงบประมาณ ${fy}`,
            en: `No loans to committee members' households in fiscal year ${fy}`,
          },
          { loans: [] },
          config,
        )
      : item(
          "committee_loans_no_vote",
          "assessor",
          "pending",
          {
            th: `มีสัญญาเงินยืมแก่ครัวเรือนของกรรมการ ${loans.length} สัญญา (กรรมการเข้าประชุมที่อนุมัติ ${loans.filter((l) => l.memberAttended).length} สัญญา) ระบบไม่ได้บันทึกการลงมติรายบุคคล ให้ผู้ประเมินตรวจรายงานการประชุม`,
            en: `${loans.length} loans to committee members' households (the member attended the approving meeting for ${loans.filter((l) => l.memberAttended).length}); votes are not recorded per person: the assessor checks the minutes`,
          },
          { loans },
          config,
        ),
  );
  return out;
}

/** Score, applicable maximum and level of a set of items (not-applicable items leave the maximum). */
export function scoreAssessment(
  items: readonly Pick<ItemValue, "result" | "points" | "maxPoints">[],
  config: RubricConfig = RUBRIC_CONFIG,
): { score: number; maxScore: number; percent: number; level: AssessmentLevel } {
  const applicable = items.filter((i) => i.result !== "not_applicable");
  const score = applicable.reduce((n, i) => n + i.points, 0);
  const maxScore = applicable.reduce((n, i) => n + i.maxPoints, 0);
  const percent = maxScore === 0 ? 0 : Math.floor((score * 100) / maxScore);
  const level: AssessmentLevel =
    percent >= config.goodFromPercent
      ? "good"
      : percent >= config.fairFromPercent
        ? "fair"
        : "needs_improvement";
  return { score, maxScore, percent, level };
}

/** The date the system items are judged as of: the fiscal year's last day, or today while the year runs. */
export function evaluationDate(fiscalYearEnd: string, today: string): string {
  return fiscalYearEnd < today ? fiscalYearEnd : today;
}
