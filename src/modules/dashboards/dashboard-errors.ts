// The dashboards module's error texts, in one place.
import { type AppError, forbidden, invalidInput } from "../../shared/errors";

export const AREA = { th: "พื้นที่", en: "Area" };

export const dashboardErrors = {
  areaInvalid: (value: unknown): AppError =>
    invalidInput(
      "dashboard.area_invalid",
      {
        th: `รหัสพื้นที่ไม่ถูกต้อง: ${String(value)} (ต้องเป็นตัวเลข 2, 4, 6 หรือ 8 หลัก หรือเว้นว่างสำหรับทั้งประเทศ)`,
        en: `Invalid area code: ${String(value)} (2, 4, 6 or 8 digits, or empty for the whole country)`,
      },
      { area: value },
    ),
  fiscalYearInvalid: (value: unknown): AppError =>
    invalidInput(
      "dashboard.fiscal_year_invalid",
      {
        th: `ปีงบประมาณไม่ถูกต้อง: ${String(value)} (ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2567)`,
        en: `Invalid fiscal year: ${String(value)} (a Buddhist-era year, e.g. 2567)`,
      },
      { fiscalYear: value },
    ),
  fundTypeInvalid: (value: unknown): AppError =>
    invalidInput(
      "dashboard.fund_type_invalid",
      {
        th: `ประเภทกองทุนไม่ถูกต้อง: ${String(value)}`,
        en: `Invalid fund type: ${String(value)}`,
      },
      { fundType: value },
    ),
  cursorInvalid: (): AppError =>
    invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" }),
  dateInvalid: (value: unknown): AppError =>
    invalidInput(
      "dashboard.date_invalid",
      {
        th: `วันที่ทำการไม่ถูกต้อง: ${String(value)} (ต้องเป็น ค.ศ. ปปปป-ดด-วว เช่น 2024-06-15)`,
        en: `Invalid business date: ${String(value)} (expected YYYY-MM-DD, e.g. 2024-06-15)`,
      },
      { businessDate: value },
    ),
  dateInFuture: (value: string, today: string): AppError =>
    invalidInput(
      "dashboard.date_in_future",
      {
        th: `วันที่ทำการ ${value} อยู่หลังวันนี้ (${today}) คำนวณล่วงหน้าไม่ได้`,
        en: `Business date ${value} is after today (${today}); rollups cannot be computed ahead`,
      },
      { businessDate: value, today },
    ),
  yearsInvalid: (value: unknown, currentYear: number): AppError =>
    invalidInput(
      "dashboard.fiscal_years_invalid",
      {
        th: `ปีงบประมาณที่จะคำนวณย้อนหลังไม่ถูกต้อง: ${String(value)} (ต้องเป็นปี พ.ศ. ก่อนปี ${currentYear})`,
        en: `Invalid fiscal years to back-fill: ${String(value)} (Buddhist-era years before ${currentYear})`,
      },
      { fiscalYears: value },
    ),
  notAllowed: (): AppError => forbidden("access.permission_jobs_run"),
};
