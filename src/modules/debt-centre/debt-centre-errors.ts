// The debt centre's error texts, in one place.
import { AppError, conflict, invalidInput, notFound, ruleViolation } from "../../shared/errors";
import { formatBaht, type Satang } from "../../shared/money";
import type { CommitteePosition } from "../../shared/roles";
import type { RuleBreak } from "./debt-planner";
import type { PlanStatus } from "./plan-status";

export const CENTRE = { th: "ศูนย์จัดการกองทุนชุมชน", en: "Debt centre" };
export const SURVEY = { th: "แบบสำรวจหนี้สิน", en: "Debt survey" };
export const PLAN = { th: "แผนปรับโครงสร้างหนี้", en: "Restructuring plan" };
export const MEMBER_FUND = { th: "กองทุนสมาชิก", en: "Member fund" };

export const CENTRE_POSITION_NAMES: Record<CommitteePosition, { th: string; en: string }> = {
  chair: { th: "ประธานคณะกรรมการศูนย์", en: "centre chair" },
  secretary: { th: "เลขานุการคณะกรรมการศูนย์", en: "centre secretary" },
  finance: { th: "กรรมการฝ่ายการเงินของศูนย์", en: "centre finance member" },
  member: { th: "กรรมการศูนย์", en: "centre committee member" },
};

export const centreErrors = {
  villageUnknown: (code: string): AppError =>
    invalidInput(
      "debt.centre_village_unknown",
      { th: `areaCode: ไม่พบหมู่บ้านรหัส ${code}`, en: `areaCode: unknown village code ${code}` },
      { field: "areaCode", areaCode: code },
    ),
  centreExists: (code: string): AppError =>
    conflict(
      "debt.centre_exists",
      {
        th: `หมู่บ้าน ${code} มีศูนย์จัดการกองทุนชุมชนอยู่แล้ว (หมู่บ้านละ 1 ศูนย์)`,
        en: `Village ${code} already has a debt centre (one per village)`,
      },
      { areaCode: code },
    ),
  invalidParameters: (field: string, th: string, en: string): AppError =>
    invalidInput(
      "debt.invalid_centre_parameters",
      { th: `${field}: ${th}`, en: `${field}: ${en}` },
      { field },
    ),
  fundOutsideVillage: (): AppError =>
    invalidInput(
      "debt.member_fund_outside_village",
      {
        th: "fundId: กองทุนนี้ไม่ได้อยู่ในหมู่บ้านของศูนย์",
        en: "fundId: the fund is not in the centre's village",
      },
      { field: "fundId" },
    ),
  fundClosed: (): AppError =>
    ruleViolation("debt.member_fund_closed", {
      th: "กองทุนนี้ปิดแล้ว เป็นกองทุนสมาชิกไม่ได้",
      en: "The fund is closed and cannot be a member fund",
    }),
  memberFundExists: (): AppError =>
    conflict("debt.member_fund_exists", {
      th: "กองทุนนี้เป็นกองทุนสมาชิกของศูนย์อยู่แล้ว",
      en: "The fund is already a member fund of the centre",
    }),
  memberFundUnknown: (field: string): AppError =>
    invalidInput(
      "debt.member_fund_unknown",
      { th: `${field}: ไม่พบกองทุนสมาชิกนี้ในศูนย์`, en: `${field}: no such member fund in the centre` },
      { field },
    ),
  userNotCommitteeAccount: (): AppError =>
    invalidInput(
      "debt.committee_user_invalid",
      {
        th: "userId: ต้องเป็นบัญชีกรรมการ (committee_member) ของหมู่บ้านนี้",
        en: "userId: must be a committee-member account of this village",
      },
      { field: "userId" },
    ),
  termOrder: (): AppError =>
    invalidInput(
      "debt.committee_term_order",
      { th: "termEnd: วันสิ้นสุดวาระต้องไม่ก่อนวันเริ่มวาระ", en: "termEnd: the term must not end before it starts" },
      { field: "termEnd" },
    ),
  seatTaken: (position: CommitteePosition): AppError =>
    conflict(
      "debt.committee_seat_taken",
      {
        th: `position: มี${CENTRE_POSITION_NAMES[position].th}ที่วาระซ้อนกันอยู่แล้ว`,
        en: `position: a ${CENTRE_POSITION_NAMES[position].en} already holds a term that overlaps`,
      },
      { field: "position", position },
    ),
  positionRequired: (required: readonly CommitteePosition[], held: readonly CommitteePosition[]): AppError =>
    new AppError(
      "forbidden",
      "debt.centre_position_required",
      {
        th: `รายการนี้ต้องทำโดย${required.map((p) => CENTRE_POSITION_NAMES[p].th).join(" หรือ ")}ที่อยู่ในวาระ`,
        en: `Only the ${required.map((p) => CENTRE_POSITION_NAMES[p].en).join(" or ")} in office may do this`,
      },
      { required, held },
    ),
  householdOutsideCentre: (): AppError =>
    invalidInput(
      "debt.household_outside_centre",
      {
        th: "householdId: ไม่พบครัวเรือนนี้ในหมู่บ้านของศูนย์",
        en: "householdId: no such household in the centre's village",
      },
      { field: "householdId" },
    ),
  noBmnIncome: (): AppError =>
    invalidInput(
      "debt.invalid_survey",
      {
        th: "แบบสำรวจหนี้สินครัวเรือนไม่ถูกต้อง: monthlyIncomeSatang ต้องระบุ (ครัวเรือนนี้ยังไม่มีข้อมูล จปฐ. ให้ดึงรายได้)",
        en: "The household debt survey is invalid: monthlyIncomeSatang is required (the household has no BMN record to pre-fill it)",
      },
      {
        issues: [
          {
            path: "monthlyIncomeSatang",
            code: "required",
            th: "ต้องระบุ (ไม่มีข้อมูล จปฐ.)",
            en: "is required (no BMN record)",
          },
        ],
      },
    ),
  surveyUnknown: (): AppError =>
    invalidInput(
      "debt.survey_unknown",
      { th: "surveyId: ไม่พบแบบสำรวจนี้ในศูนย์", en: "surveyId: no such survey in the centre" },
      { field: "surveyId" },
    ),
  planExists: (status: string): AppError =>
    conflict(
      "debt.plan_exists",
      {
        th: `แบบสำรวจนี้มีแผนอยู่แล้ว (สถานะ ${status})`,
        en: `The survey already has a plan (status ${status})`,
      },
      { status },
    ),
  noLendingFund: (): AppError =>
    ruleViolation("debt.no_member_funds", {
      th: "ศูนย์ยังไม่มีกองทุนสมาชิกในระบบที่ให้กู้ได้",
      en: "The centre has no member fund in Kaejon that can lend",
    }),
  planRefused: (refusals: RuleBreak[]): AppError =>
    ruleViolation(
      "debt.plan_refused",
      {
        th: `แผนนี้ทำไม่ได้: ${refusals.map((r) => r.reason.th).join("; ")}`,
        en: `The plan cannot be carried out: ${refusals.map((r) => r.reason.en).join("; ")}`,
      },
      { refusals },
    ),
  wrongStatus: (status: PlanStatus, expected: PlanStatus): AppError =>
    ruleViolation(
      "debt.plan_status",
      {
        th: `แผนอยู่ในสถานะ "${status}" ต้องเป็น "${expected}"`,
        en: `The plan is ${status}; it must be ${expected}`,
      },
      { status, expected },
    ),
  paidBeforePlan: (paidOn: string, plannedOn: string): AppError =>
    invalidInput(
      "debt.paid_before_plan",
      {
        th: `paidOn: วันจ่ายเงิน ${paidOn} อยู่ก่อนวันที่วางแผน ${plannedOn}`,
        en: `paidOn: ${paidOn} is before the planning date ${plannedOn}`,
      },
      { field: "paidOn" },
    ),
  loansStillOpen: (open: number): AppError =>
    ruleViolation(
      "debt.plan_loans_open",
      {
        th: `ยังปลดหนี้ไม่ได้: เงินกู้ตามแผนยังไม่ปิด ${open} สัญญา`,
        en: `Not debt-free yet: ${open} of the plan's loans are still open`,
      },
      { open },
    ),
  otherDebtsRemain: (debtIds: string[]): AppError =>
    ruleViolation(
      "debt.other_debts_remain",
      {
        th: `ยังปลดหนี้ไม่ได้: ยังมีหนี้อื่นคงค้าง (${debtIds.join(", ")}) บันทึกแบบสำรวจใหม่เมื่อชำระหมดแล้ว`,
        en: `Not debt-free yet: other debts remain (${debtIds.join(", ")}); record a new survey once they are repaid`,
      },
      { debtIds },
    ),
  debtFreeBeforeExecution: (date: string): AppError =>
    invalidInput(
      "debt.debt_free_date",
      {
        th: `debtFreeOn: ต้องไม่ก่อนวันเริ่มผ่อน (${date}) และไม่เกินวันนี้`,
        en: `debtFreeOn: must not be before the plan was executed (${date}) nor after today`,
      },
      { field: "debtFreeOn" },
    ),
};

export const WELFARE = { th: "สวัสดิการ", en: "Welfare benefit" };

export const welfareErrors = {
  beneficiaryRequired: (): AppError =>
    invalidInput(
      "debt.welfare_beneficiary",
      {
        th: "beneficiaryName: ต้องระบุครัวเรือน (householdId) หรือชื่อผู้รับสวัสดิการ",
        en: "beneficiaryName: give a household (householdId) or the beneficiary's name",
      },
      { field: "beneficiaryName" },
    ),
  memberOutsideHousehold: (): AppError =>
    invalidInput(
      "debt.welfare_member",
      {
        th: "memberId: ไม่พบสมาชิกนี้ในครัวเรือนที่ระบุ",
        en: "memberId: no such member in the given household",
      },
      { field: "memberId" },
    ),
  fundCannotPay: (): AppError =>
    invalidInput(
      "debt.welfare_fund",
      {
        th: "memberFundId: ต้องเป็นกองทุนสมาชิกของศูนย์ที่อยู่ในระบบ (กองทุนภายนอกจ่ายผ่านระบบไม่ได้)",
        en: "memberFundId: must be a member fund of the centre kept in Kaejon (an outside fund cannot pay through Kaejon)",
      },
      { field: "memberFundId" },
    ),
  overCash: (amountSatang: number, cashSatang: number): AppError =>
    ruleViolation(
      "debt.welfare_over_cash",
      {
        th: `amountSatang: เงินสดของกองทุนมี ${formatBaht(cashSatang as Satang)} บาท ไม่พอจ่ายสวัสดิการ ${formatBaht(amountSatang as Satang)} บาท`,
        en: `amountSatang: the fund has ${formatBaht(cashSatang as Satang)} baht of cash, not enough for ${formatBaht(amountSatang as Satang)} baht`,
      },
      { field: "amountSatang", amountSatang, cashSatang },
    ),
  dateOrder: (field: string, date: string, earliest: string): AppError =>
    invalidInput(
      "debt.welfare_date",
      {
        th: `${field}: วันที่ ${date} ต้องไม่ก่อน ${earliest} และไม่เกินวันนี้`,
        en: `${field}: ${date} must not be before ${earliest} nor after today`,
      },
      { field },
    ),
  certificateNotDebtFree: (): AppError =>
    notFound({
      th: "ใบประกาศเกียรติคุณ (ครัวเรือนยังไม่ปลดหนี้)",
      en: "Certificate (the household is not debt-free)",
    }),
};
