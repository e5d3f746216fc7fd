// The damage-case module's error texts and the Thai and English names of its stages, types and closures.
import { AppError, conflict, invalidInput, ruleViolation } from "../../shared/errors";
import { formatBaht, type Satang } from "../../shared/money";
import type { CaseType, ClosingRefusal, Closure, PlanRefusal, Stage } from "./damage-rules";

export const DAMAGE_CASE = { th: "กรณีความเสียหาย", en: "Damage case" };
export const DAMAGE_DOCUMENT = { th: "เอกสารของกรณีความเสียหาย", en: "Damage case document" };
export const DAMAGE_DOCUMENT_FILE = { th: "ไฟล์ของเอกสารนี้", en: "File of this document" };

export const STAGE_NAMES: Record<Stage, { th: string; en: string }> = {
  discovered: { th: "พบความเสียหาย", en: "discovered" },
  reported_to_district: { th: "รายงานอำเภอ", en: "reported to the district" },
  fact_finding: { th: "คณะกรรมการสอบข้อเท็จจริง", en: "fact-finding committee" },
  debt_acknowledgement: { th: "รับสภาพหนี้และแผนชดใช้", en: "debt acknowledgement and repayment plan" },
  civil_action: { th: "ดำเนินคดีแพ่ง", en: "civil action" },
  criminal_complaint: { th: "แจ้งความดำเนินคดีอาญา", en: "criminal complaint" },
  recovery: { th: "ติดตามชดใช้", en: "recovery" },
};

export const CASE_TYPE_NAMES: Record<CaseType, { th: string; en: string }> = {
  borrower_default: { th: "ผู้ยืมผิดนัดเกินการผ่อนผัน", en: "Borrower default beyond postponement" },
  committee_misuse: {
    th: "กรรมการใช้เงินผิดวัตถุประสงค์/ยักยอก",
    en: "Misuse or embezzlement by a committee member",
  },
  missing_documents: { th: "สมุดบัญชีหรือเอกสารสูญหาย", en: "Missing books or documents" },
  other: { th: "อื่น ๆ", en: "Other" },
};

export const CLOSURE_NAMES: Record<Closure, { th: string; en: string }> = {
  fully_recovered: { th: "ชดใช้ครบแล้ว", en: "fully recovered" },
  written_off: { th: "จำหน่ายหนี้สูญโดยได้รับอนุมัติ", en: "written off with approval" },
  legal_outcome: { th: "สิ้นสุดตามผลคดี", en: "closed on the outcome of legal action" },
};

const CLOSING_TEXT: Record<ClosingRefusal, { th: string; en: string }> = {
  not_fully_recovered: {
    th: "ยังชดใช้ไม่ครบ ปิดเรื่องแบบ “ชดใช้ครบแล้ว” ไม่ได้",
    en: "Not fully recovered: cannot close as fully recovered",
  },
  approval_required: {
    th: "การจำหน่ายหนี้สูญต้องได้รับอนุมัติจากเจ้าหน้าที่พัฒนาชุมชนจังหวัดขึ้นไป",
    en: "A write-off needs the approval of a provincial officer or above",
  },
  approval_reference_required: {
    th: "approvalRef: กรุณาระบุเลขที่หนังสืออนุมัติให้จำหน่ายหนี้สูญ",
    en: "approvalRef: give the number of the write-off approval",
  },
  facts_not_established: {
    th: "ต้องผ่านการสอบข้อเท็จจริงก่อนจึงจำหน่ายหนี้สูญได้",
    en: "A write-off needs the fact-finding step first",
  },
  no_legal_action: {
    th: "ยังไม่มีการดำเนินคดีแพ่งหรืออาญา ปิดเรื่องตามผลคดีไม่ได้",
    en: "No civil or criminal action was taken: cannot close on a legal outcome",
  },
};

const PLAN_TEXT: Record<PlanRefusal, { th: string; en: string }> = {
  dates_not_increasing: {
    th: "instalments: วันครบกำหนดแต่ละงวดต้องเรียงจากก่อนไปหลังและไม่ซ้ำกัน",
    en: "instalments: due dates must be strictly increasing",
  },
  total_mismatch: {
    th: "instalments: ยอดรวมทุกงวดต้องเท่ากับยอดความเสียหายที่ยังค้างชดใช้",
    en: "instalments: the instalments must add up to the outstanding damage",
  },
  before_acknowledgement: {
    th: "instalments: งวดแรกต้องไม่ก่อนวันที่รับสภาพหนี้",
    en: "instalments: the first instalment must not fall before the debt acknowledgement",
  },
};

export const damageErrors = {
  fundUnknown: (): AppError =>
    invalidInput(
      "damage.fund_unknown",
      { th: "fundId: ไม่พบกองทุนนี้ในพื้นที่ของคุณ", en: "fundId: no such fund in your area" },
      { field: "fundId" },
    ),
  dateInFuture: (field: string): AppError =>
    invalidInput(
      "damage.date_in_future",
      { th: `${field}: วันที่ต้องไม่เป็นวันในอนาคต`, en: `${field}: must not be in the future` },
      { field },
    ),
  dateBeforePrevious: (field: string, previous: string): AppError =>
    invalidInput(
      "damage.date_before_previous",
      {
        th: `${field}: วันที่ต้องไม่ก่อนขั้นตอนก่อนหน้า (${previous})`,
        en: `${field}: must not be before the previous step (${previous})`,
      },
      { field, previous },
    ),
  committeeMemberUnknown: (index: number): AppError =>
    invalidInput(
      "damage.committee_member_unknown",
      {
        th: `persons.${index}.committeeMemberId: ไม่พบกรรมการคนนี้ในกองทุน`,
        en: `persons.${index}.committeeMemberId: no such committee member of the fund`,
      },
      { field: `persons.${index}.committeeMemberId` },
    ),
  moveNotAllowed: (from: Stage, to: Stage, allowed: readonly Stage[]): AppError =>
    ruleViolation(
      "damage.stage_move_not_allowed",
      {
        th: `จากขั้นตอน “${STAGE_NAMES[from].th}” ไปขั้นตอน “${STAGE_NAMES[to].th}” ไม่ได้ (ทำได้: ${allowed.map((s) => STAGE_NAMES[s].th).join(", ")})`,
        en: `Cannot go from ${STAGE_NAMES[from].en} to ${STAGE_NAMES[to].en} (allowed: ${allowed.map((s) => STAGE_NAMES[s].en).join(", ")})`,
      },
      { from, to, allowed },
    ),
  closed: (): AppError =>
    ruleViolation("damage.case_closed", {
      th: "กรณีนี้ปิดแล้ว บันทึกเพิ่มไม่ได้",
      en: "This case is closed; nothing more can be recorded",
    }),
  closingRefused: (reason: ClosingRefusal): AppError =>
    reason === "approval_required"
      ? new AppError("forbidden", "damage.write_off_approval_required", CLOSING_TEXT[reason])
      : ruleViolation(`damage.closing_${reason}`, CLOSING_TEXT[reason], { reason }),
  planRefused: (reason: PlanRefusal, outstanding: Satang): AppError =>
    invalidInput(`damage.plan_${reason}`, withOutstanding(PLAN_TEXT[reason], outstanding), {
      field: "instalments",
      outstandingSatang: outstanding,
    }),
  planStage: (stage: Stage): AppError =>
    ruleViolation(
      "damage.plan_stage",
      {
        th: `ตั้งแผนชดใช้ได้หลังรับสภาพหนี้แล้วเท่านั้น (ขั้นตอนปัจจุบัน: ${STAGE_NAMES[stage].th})`,
        en: `A repayment plan comes after the debt acknowledgement (current step: ${STAGE_NAMES[stage].en})`,
      },
      { stage },
    ),
  recoveryAboveOutstanding: (amount: Satang, outstanding: Satang): AppError =>
    ruleViolation(
      "damage.recovery_above_outstanding",
      {
        th: `amountSatang: รับชดใช้ ${formatBaht(amount)} บาท เกินยอดความเสียหายคงค้าง ${formatBaht(outstanding)} บาท`,
        en: `amountSatang: a recovery of ${formatBaht(amount)} baht exceeds the outstanding ${formatBaht(outstanding)} baht`,
      },
      { field: "amountSatang", amountSatang: amount, outstandingSatang: outstanding },
    ),
  bankAccountInvalid: (): AppError =>
    invalidInput(
      "damage.bank_account_invalid",
      {
        th: "into.bankAccountId: ไม่พบบัญชีธนาคารที่ใช้งานอยู่ของกองทุนนี้",
        en: "into.bankAccountId: no active bank account of this fund",
      },
      { field: "into.bankAccountId" },
    ),
  documentHasFile: (fileName: string): AppError =>
    conflict(
      "damage.document_has_file",
      {
        th: `เอกสารนี้มีไฟล์แนบแล้ว (${fileName}) ลบไฟล์เดิมก่อนแนบไฟล์ใหม่`,
        en: `This document already has a file (${fileName}); delete it before attaching another`,
      },
      { fileName },
    ),
  stepUnknown: (): AppError =>
    invalidInput(
      "damage.step_unknown",
      { th: "stepId: ไม่พบขั้นตอนนี้ในกรณี", en: "stepId: no such step in the case" },
      { field: "stepId" },
    ),
};

function withOutstanding(text: { th: string; en: string }, outstanding: Satang): { th: string; en: string } {
  return {
    th: `${text.th} (คงค้าง ${formatBaht(outstanding)} บาท)`,
    en: `${text.en} (outstanding ${formatBaht(outstanding)} baht)`,
  };
}
