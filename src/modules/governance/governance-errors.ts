// The governance module's error texts, in one place (codes gov.* and risk.*).
import { AppError, conflict, invalidInput, ruleViolation } from "../../shared/errors";

export const ASSESSMENT = { th: "ผลการประเมินธรรมาภิบาล", en: "Governance assessment" };
export const RISK = { th: "คะแนนความเสี่ยงของกองทุน", en: "Fund risk score" };
export const AREA = { th: "พื้นที่", en: "Area" };

export const governanceErrors = {
  dateInFuture: (field: string, date: string, today: string): AppError =>
    invalidInput(
      "gov.date_in_future",
      {
        th: `วันที่ (${field}) ${date} ต้องไม่เกินวันนี้ (${today})`,
        en: `The date ${field} ${date} must not be after today (${today})`,
      },
      { field, date, today },
    ),
  dateInvalid: (field: string, value: string): AppError =>
    invalidInput(
      "gov.date_invalid",
      {
        th: `วันที่ (${field}) ไม่ถูกต้อง: ${value} (ต้องเป็น ค.ศ. ปปปป-ดด-วว)`,
        en: `Invalid date ${field}: ${value} (expected YYYY-MM-DD)`,
      },
      { field, value },
    ),
  dateBeforeFund: (date: string, startedOn: string): AppError =>
    invalidInput(
      "gov.date_before_fund",
      {
        th: `วันที่ในใบแจ้งยอด ${date} อยู่ก่อนวันเริ่มกองทุน (${startedOn})`,
        en: `The statement date ${date} is before the fund started (${startedOn})`,
      },
      { date, startedOn },
    ),
  noBankAccount: (): AppError =>
    ruleViolation("gov.no_bank_account", {
      th: "กองทุนนี้ยังไม่มีบัญชีเงินฝากธนาคารในสมุดบัญชี จึงกระทบยอดไม่ได้",
      en: "This fund has no bank account in its books, so there is nothing to reconcile",
    }),
  reconciliationExists: (statementDate: string): AppError =>
    conflict(
      "gov.reconciliation_exists",
      {
        th: `มีการกระทบยอดเงินฝากธนาคาร ณ วันที่ ${statementDate} ของกองทุนนี้แล้ว`,
        en: `A bank reconciliation as of ${statementDate} is already recorded for this fund`,
      },
      { statementDate },
    ),
  differenceNeedsNote: (differenceSatang: number): AppError =>
    invalidInput(
      "gov.difference_needs_note",
      {
        th: "ยอดตามใบแจ้งยอดธนาคารไม่ตรงกับยอดในสมุดบัญชี กรุณาระบุคำอธิบายผลต่าง",
        en: "The bank statement does not agree with the books: explain the difference in the note",
      },
      { differenceSatang },
    ),
  reconcilerRequired: (): AppError =>
    new AppError("forbidden", "gov.reconciler_required", {
      th: "การกระทบยอดบันทึกโดยกรรมการฝ่ายการเงิน ประธาน เลขานุการ หรือเจ้าหน้าที่ในพื้นที่เท่านั้น",
      en: "Only the finance member, chair or secretary of the committee, or an officer of the area, records a reconciliation",
    }),
  assessorRequired: (): AppError =>
    new AppError("forbidden", "gov.assessor_required", {
      th: "การประเมินธรรมาภิบาลทำโดยเจ้าหน้าที่พัฒนาชุมชนในพื้นที่เท่านั้น",
      en: "Only a community development officer of the area assesses governance",
    }),
  fiscalYearInvalid: (fiscalYear: number, current: number): AppError =>
    invalidInput(
      "gov.fiscal_year_invalid",
      {
        th: `ปีงบประมาณ ${fiscalYear} ไม่ถูกต้อง (ต้องเป็นปี พ.ศ. ไม่เกินปีงบประมาณปัจจุบัน ${current})`,
        en: `Fiscal year ${fiscalYear} is invalid (a B.E. year not after the current fiscal year ${current})`,
      },
      { fiscalYear, current },
    ),
  fiscalYearBeforeFund: (fiscalYear: number, startedOn: string): AppError =>
    invalidInput(
      "gov.fiscal_year_before_fund",
      {
        th: `ปีงบประมาณ ${fiscalYear} สิ้นสุดก่อนกองทุนเริ่มดำเนินการ (${startedOn})`,
        en: `Fiscal year ${fiscalYear} ended before the fund started (${startedOn})`,
      },
      { fiscalYear, startedOn },
    ),
  assessmentExists: (fiscalYear: number, id: string): AppError =>
    conflict(
      "gov.assessment_exists",
      {
        th: `กองทุนนี้มีผลการประเมินของปีงบประมาณ ${fiscalYear} แล้ว`,
        en: `This fund already has an assessment for fiscal year ${fiscalYear}`,
      },
      { fiscalYear, assessmentId: id },
    ),
  assessmentSubmitted: (): AppError =>
    ruleViolation("gov.assessment_submitted", {
      th: "ผลการประเมินนี้ส่งแล้ว แก้ไขไม่ได้",
      en: "This assessment has been submitted and can no longer be changed",
    }),
  itemUnknown: (key: string): AppError =>
    new AppError("not_found", "gov.item_unknown", {
      th: `ไม่พบหัวข้อการประเมิน ${key}`,
      en: `Assessment item ${key} not found`,
    }),
  itemFromSystem: (key: string): AppError =>
    ruleViolation(
      "gov.item_from_system",
      {
        th: "หัวข้อนี้ระบบประเมินจากข้อมูลในระบบ ผู้ประเมินเพิ่มได้เฉพาะหมายเหตุ",
        en: "This item is judged by the system from its data; the assessor may only add a note",
      },
      { item: key },
    ),
  noteNeeded: (key: string): AppError =>
    invalidInput(
      "gov.note_needed",
      {
        th: "ผลที่ไม่ผ่านหรือผ่านบางส่วนต้องมีหมายเหตุอธิบาย",
        en: "A result of not met or partly met needs a note explaining it",
      },
      { item: key },
    ),
  itemsPending: (keys: readonly string[]): AppError =>
    ruleViolation(
      "gov.items_pending",
      {
        th: `ยังมีหัวข้อที่ผู้ประเมินต้องกรอก ${keys.length} หัวข้อ`,
        en: `${keys.length} items still wait for the assessor`,
      },
      { items: keys },
    ),
  riskNotComputed: (): AppError =>
    new AppError("not_found", "risk.not_computed", {
      th: "ยังไม่มีคะแนนความเสี่ยงของกองทุนนี้ (งานประจำวันยังไม่ได้ประมวลผล)",
      en: "No risk score for this fund yet (the daily job has not run)",
    }),
  configInvalid: (key: string): AppError =>
    invalidInput(
      "risk.config_invalid",
      {
        th: `ค่ากำหนดคะแนนความเสี่ยงไม่ถูกต้อง (${key})`,
        en: `Invalid risk score configuration (${key})`,
      },
      { key },
    ),
  cursorInvalid: (): AppError =>
    invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" }),
};
