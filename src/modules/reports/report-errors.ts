// The reports module's error texts, in one place.
import { type AppError, invalidInput, notFound } from "../../shared/errors";

export const AREA = { th: "พื้นที่", en: "Area" };

const LEVEL_NAMES: Record<string, { th: string; en: string }> = {
  province: { th: "จังหวัด", en: "province" },
  district: { th: "อำเภอ", en: "district" },
  subdistrict: { th: "ตำบล", en: "sub-district" },
  village: { th: "หมู่บ้าน", en: "village" },
};

export const REPORT_NAMES: Record<string, { th: string; en: string }> = {
  "26-1-village": { th: "แบบ 26(1) ระดับหมู่บ้าน", en: "form 26(1) for a village" },
  "26-1-district": { th: "แบบ 26(1) สรุประดับอำเภอ", en: "form 26(1) summary for a district" },
  "26-2-province": { th: "แบบ 26(2) สรุประดับจังหวัด", en: "form 26(2) summary for a province" },
  "27": { th: "รายงานข้อ 27", en: "the ข้อ 27 report" },
  problems: { th: "รายงานสภาพปัญหาการบริหารเงินทุน", en: "the fund-problem report" },
};

export const reportErrors = {
  areaNotFound: (): AppError => notFound(AREA),
  wrongLevel: (kind: string, code: string, allowed: readonly string[]): AppError =>
    invalidInput(
      "report.wrong_level",
      {
        th: `${REPORT_NAMES[kind]?.th ?? kind} ใช้กับรหัสพื้นที่ระดับ${allowed.map((l) => LEVEL_NAMES[l]?.th ?? l).join("หรือ")}เท่านั้น (ได้รับ ${code})`,
        en: `${REPORT_NAMES[kind]?.en ?? kind} is made for a ${allowed.map((l) => LEVEL_NAMES[l]?.en ?? l).join(" or ")} code only (got ${code})`,
      },
      { report: kind, areaCode: code, levels: allowed },
    ),
  fiscalYearInvalid: (value: string, latest: number): AppError =>
    invalidInput(
      "report.fiscal_year_invalid",
      {
        th: `ปีงบประมาณไม่ถูกต้อง: ${value} (ต้องเป็นปี พ.ศ. 4 หลัก ตั้งแต่ 2537 ถึง ${latest})`,
        en: `Invalid fiscal year: ${value} (a 4-digit B.E. year from 2537 to ${latest})`,
      },
      { fiscalYear: value },
    ),
  asOfInvalid: (value: string): AppError =>
    invalidInput(
      "report.as_of_invalid",
      {
        th: `วันที่ของข้อมูลไม่ถูกต้อง: ${value} (ต้องเป็น ค.ศ. ปปปป-ดด-วว เช่น 2024-09-30)`,
        en: `Invalid as-of date: ${value} (expected YYYY-MM-DD, e.g. 2024-09-30)`,
      },
      { asOf: value },
    ),
  asOfInFuture: (value: string, today: string): AppError =>
    invalidInput(
      "report.as_of_in_future",
      {
        th: `วันที่ของข้อมูล ${value} อยู่หลังวันนี้ (${today}) รายงานล่วงหน้าไม่ได้`,
        en: `As-of date ${value} is after today (${today}); a report cannot look ahead`,
      },
      { asOf: value, today },
    ),
  asOfOutsideYear: (value: string, fiscalYear: number): AppError =>
    invalidInput(
      "report.as_of_outside_year",
      {
        th: `วันที่ของข้อมูล ${value} ไม่อยู่ในปีงบประมาณ ${fiscalYear}`,
        en: `As-of date ${value} is not in fiscal year ${fiscalYear}`,
      },
      { asOf: value, fiscalYear },
    ),
  levelInvalid: (value: unknown): AppError =>
    invalidInput(
      "report_note.level_invalid",
      {
        th: `ระดับการพัฒนาต้องเป็น 1, 2 หรือ 3 (ได้รับ ${String(value)})`,
        en: `Development level must be 1, 2 or 3 (got ${String(value)})`,
      },
      { developmentLevel: value },
    ),
  noteFiscalYearInvalid: (value: string, latest: number): AppError =>
    invalidInput(
      "report_note.fiscal_year_invalid",
      {
        th: `ปีงบประมาณไม่ถูกต้อง: ${value} (ต้องเป็นปี พ.ศ. ตั้งแต่ 2537 ถึง ${latest})`,
        en: `Invalid fiscal year: ${value} (a B.E. year from 2537 to ${latest})`,
      },
      { fiscalYear: value },
    ),
  noteNotKkj: (): AppError =>
    invalidInput("report_note.not_kkj", {
      th: "บันทึกประกอบรายงานใช้กับกองทุน กข.คจ. เท่านั้น",
      en: "Report notes are kept for กข.คจ. funds only",
    }),
  noteTextTooLong: (field: string, max: number): AppError =>
    invalidInput(
      "report_note.text_too_long",
      {
        th: `ข้อความ ${field} ยาวเกิน ${max} ตัวอักษร`,
        en: `${field} is longer than ${max} characters`,
      },
      { field, max },
    ),
};
