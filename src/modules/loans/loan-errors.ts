// The loan engine's error texts (Thai + English, dotted `loan.*` codes), in one place.
import { type AppError, invalidInput, ruleViolation } from "../../shared/errors";
import { formatBaht, MoneyError, parseBaht, type Satang } from "../../shared/money";

const bahtText = (amountSatang: number): string => formatBaht(amountSatang as Satang);

export const loanErrors = {
  amountNotInteger: (field: string, value: unknown): AppError =>
    invalidInput(
      "loan.amount_too_many_decimals",
      {
        th: `จำนวนเงิน (${field}) ต้องมีทศนิยมไม่เกิน 2 ตำแหน่ง`,
        en: `The amount (${field}) must have at most 2 decimals (a whole number of satang)`,
      },
      { field, value },
    ),
  amountUnsafe: (field: string, value: unknown): AppError =>
    invalidInput(
      "loan.amount_too_large",
      { th: `จำนวนเงิน (${field}) มากเกินไป`, en: `The amount (${field}) is too large` },
      { field, value },
    ),
  amountNotPositive: (field: string, value: number): AppError =>
    invalidInput(
      "loan.amount_not_positive",
      { th: `จำนวนเงิน (${field}) ต้องมากกว่าศูนย์`, en: `The amount (${field}) must be greater than zero` },
      { field, value },
    ),
  amountNegative: (field: string, value: number): AppError =>
    invalidInput(
      "loan.amount_negative",
      { th: `จำนวนเงิน (${field}) ต้องไม่ติดลบ`, en: `The amount (${field}) must not be negative` },
      { field, value },
    ),
  amountFormat: (text: string): AppError =>
    invalidInput(
      "loan.amount_format",
      { th: `"${text}" ไม่ใช่จำนวนเงินบาท`, en: `"${text}" is not a baht amount` },
      { text },
    ),
  amountExceedsProduct: (amountSatang: number, maxSatang: number): AppError =>
    ruleViolation(
      "loan.amount_exceeds_product",
      {
        th: `วงเงิน ${bahtText(amountSatang)} บาท เกินวงเงินสูงสุดของประเภทเงินกู้ ${bahtText(maxSatang)} บาท`,
        en: `The amount ${bahtText(amountSatang)} baht is above the product maximum of ${bahtText(maxSatang)} baht`,
      },
      { amountSatang, maxSatang },
    ),
  invalidDate: (field: string, value: unknown): AppError =>
    invalidInput(
      "loan.invalid_date",
      { th: `วันที่ (${field}) ไม่ถูกต้อง ต้องเป็น ปปปป-ดด-วว`, en: `The date (${field}) must be YYYY-MM-DD` },
      { field, value },
    ),
  invalidCount: (field: string, value: unknown, min: number, max: number): AppError =>
    invalidInput(
      "loan.invalid_count",
      {
        th: `ค่า ${field} ต้องเป็นจำนวนเต็มตั้งแต่ ${min} ถึง ${max}`,
        en: `${field} must be a whole number from ${min} to ${max}`,
      },
      { field, value, min, max },
    ),
  fieldRequired: (field: string, code: string): AppError =>
    invalidInput(code, { th: `ต้องระบุ ${field}`, en: `${field} is required` }, { field }),
  scheduleTypeNotAllowed: (scheduleType: string, productCode: string): AppError =>
    ruleViolation(
      "loan.schedule_type_not_allowed",
      {
        th: `ประเภทเงินกู้ ${productCode} ไม่อนุญาตการผ่อนชำระแบบ ${scheduleType}`,
        en: `Product ${productCode} does not allow the schedule type ${scheduleType}`,
      },
      { scheduleType, productCode },
    ),
  tooManyInstalments: (count: number, max: number): AppError =>
    ruleViolation(
      "loan.too_many_instalments",
      { th: `จำนวนงวด ${count} งวด เกินกว่าที่กำหนด (${max} งวด)`, en: `${count} instalments; at most ${max}` },
      { count, max },
    ),
  tooFewInstalments: (count: number, min: number): AppError =>
    ruleViolation(
      "loan.too_few_instalments",
      {
        th: `จำนวนงวด ${count} งวด น้อยกว่าที่กำหนด (${min} งวด)`,
        en: `${count} instalments; at least ${min}`,
      },
      { count, min },
    ),
  termExceedsProduct: (lastDueOn: string, latestOn: string, maxTermMonths: number): AppError =>
    ruleViolation(
      "loan.term_exceeds_product",
      {
        th: `งวดสุดท้าย ${lastDueOn} เกินระยะเวลาชำระคืนสูงสุด ${maxTermMonths} เดือน (ไม่เกิน ${latestOn})`,
        en: `The last instalment on ${lastDueOn} is beyond the maximum term of ${maxTermMonths} months (${latestOn})`,
      },
      { lastDueOn, latestOn, maxTermMonths },
    ),
  termBelowProduct: (lastDueOn: string, earliestOn: string, minTermMonths: number): AppError =>
    ruleViolation(
      "loan.term_below_product",
      {
        th: `งวดสุดท้าย ${lastDueOn} สั้นกว่าระยะเวลาชำระคืนขั้นต่ำ ${minTermMonths} เดือน (ไม่ก่อน ${earliestOn})`,
        en: `The last instalment on ${lastDueOn} is before the minimum term of ${minTermMonths} months (${earliestOn})`,
      },
      { lastDueOn, earliestOn, minTermMonths },
    ),
  dueNotAfterStart: (dueOn: string, startsOn: string): AppError =>
    invalidInput(
      "loan.due_not_after_start",
      {
        th: `วันครบกำหนด ${dueOn} ต้องอยู่หลังวันที่รับเงินหรือวันที่ผ่อนผัน ${startsOn}`,
        en: `The due date ${dueOn} must be after the start date ${startsOn}`,
      },
      { dueOn, startsOn },
    ),
  dueDatesNotIncreasing: (previous: string, next: string): AppError =>
    invalidInput(
      "loan.due_dates_not_increasing",
      {
        th: `วันครบกำหนดต้องเรียงจากก่อนไปหลังและไม่ซ้ำกัน (${previous} แล้ว ${next})`,
        en: `Due dates must be strictly increasing (${previous} then ${next})`,
      },
      { previous, next },
    ),
  customPrincipalMismatch: (givenSatang: number, principalSatang: number): AppError =>
    invalidInput(
      "loan.custom_principal_mismatch",
      {
        th: `เงินต้นรายงวดรวม ${bahtText(givenSatang)} บาท ไม่เท่ากับเงินต้น ${bahtText(principalSatang)} บาท`,
        en: `Instalment principals add up to ${bahtText(givenSatang)} baht, not the principal of ${bahtText(principalSatang)} baht`,
      },
      { givenSatang, principalSatang },
    ),
  instalmentTooSmall: (principalSatang: number, count: number): AppError =>
    ruleViolation(
      "loan.instalment_too_small",
      {
        th: `เงินต้น ${bahtText(principalSatang)} บาท น้อยเกินไปสำหรับ ${count} งวด`,
        en: `A principal of ${bahtText(principalSatang)} baht is too small for ${count} instalments`,
      },
      { principalSatang, count },
    ),
  notActive: (status: string): AppError =>
    ruleViolation(
      "loan.not_active",
      {
        th: status === "closed" ? "สัญญานี้ปิดบัญชีแล้ว" : "สัญญานี้ตัดเป็นหนี้สูญแล้ว",
        en: `The loan is ${status === "closed" ? "closed" : "written off"}`,
      },
      { status },
    ),
  nothingOutstanding: (): AppError =>
    ruleViolation("loan.nothing_outstanding", {
      th: "สัญญานี้ไม่มียอดหนี้คงค้าง",
      en: "Nothing is outstanding on this loan",
    }),
  exceedsOutstanding: (amountSatang: number, outstandingSatang: number): AppError =>
    ruleViolation(
      "loan.exceeds_outstanding",
      {
        th: `ยอดชำระ ${bahtText(amountSatang)} บาท เกินยอดหนี้คงค้าง ${bahtText(outstandingSatang)} บาท`,
        en: `The payment of ${bahtText(amountSatang)} baht is more than the ${bahtText(outstandingSatang)} baht outstanding`,
      },
      { amountSatang, outstandingSatang },
    ),
  payoffMismatch: (amountSatang: number, payoffSatang: number): AppError =>
    ruleViolation(
      "loan.payoff_mismatch",
      {
        th: `การปิดบัญชีก่อนกำหนดต้องชำระ ${bahtText(payoffSatang)} บาทพอดี (ได้รับ ${bahtText(amountSatang)} บาท)`,
        en: `Closing the loan early takes exactly ${bahtText(payoffSatang)} baht (got ${bahtText(amountSatang)} baht)`,
      },
      { amountSatang, payoffSatang },
    ),
  dateBeforeStart: (field: string, date: string, startsOn: string): AppError =>
    ruleViolation(
      "loan.date_before_start",
      {
        th: `วันที่ (${field}) ${date} อยู่ก่อนวันเริ่มสัญญา ${startsOn}`,
        en: `The date (${field}) ${date} is before the loan started on ${startsOn}`,
      },
      { field, date, startsOn },
    ),
  stateInconsistent: (detail: string): AppError =>
    invalidInput(
      "loan.state_inconsistent",
      { th: `ข้อมูลงวดชำระไม่ถูกต้อง: ${detail}`, en: `The loan state is inconsistent: ${detail}` },
      { detail },
    ),
  textRequired: (field: string, code: string): AppError =>
    invalidInput(
      code,
      { th: `ต้องระบุ${field === "reason" ? "เหตุผล" : "เลขที่มติคณะกรรมการ"}`, en: `The ${field} is required` },
      { field },
    ),
};

/** Checks that a number is a satang amount (a safe integer); `min` 0 allows zero, 1 requires positive. */
export function requireSatang(field: string, value: number, min: 0 | 1): Satang {
  if (typeof value !== "number" || Number.isNaN(value)) throw loanErrors.amountNotInteger(field, value);
  if (!Number.isInteger(value)) {
    // Infinity is not an integer but it is a size problem, not a decimals problem.
    if (!Number.isFinite(value)) throw loanErrors.amountUnsafe(field, value);
    throw loanErrors.amountNotInteger(field, value);
  }
  if (!Number.isSafeInteger(value)) throw loanErrors.amountUnsafe(field, value);
  if (min === 1 && value <= 0) throw loanErrors.amountNotPositive(field, value);
  if (value < 0) throw loanErrors.amountNegative(field, value);
  return value as Satang;
}

/**
 * Parses a typed baht amount ("1,234.50") into positive satang, turning money-format failures into
 * 4xx AppErrors: more than 2 decimals is refused, never rounded.
 */
export function parseLoanAmount(text: string, field = "amount"): Satang {
  let value: Satang;
  try {
    value = parseBaht(text);
  } catch (e) {
    if (e instanceof MoneyError) {
      if (e.code === "money.too_many_decimals") throw loanErrors.amountNotInteger(field, text);
      if (e.code === "money.unsafe") throw loanErrors.amountUnsafe(field, text);
      throw loanErrors.amountFormat(text);
    }
    throw e;
  }
  return requireSatang(field, value, 1);
}
