// The savings-group module's error texts, in one place (codes savings.*).
import { AppError, conflict, invalidInput, ruleViolation } from "../../shared/errors";
import { formatBaht, type Satang } from "../../shared/money";
import { formatThaiLong } from "../../shared/thai-date";

export const GROUP = { th: "กลุ่มออมทรัพย์เพื่อการผลิต", en: "Savings group" };
export const MEMBER = { th: "สมาชิกกลุ่มออมทรัพย์", en: "Savings-group member" };
export const SG_MEETING = { th: "การประชุมกลุ่มออมทรัพย์", en: "Savings-group meeting" };

const baht = (s: number) => formatBaht(s as Satang);

export const savingsErrors = {
  notSavingsGroup: (fundType: string): AppError =>
    ruleViolation(
      "savings.not_savings_group",
      {
        th: "รายการนี้ใช้ได้เฉพาะกลุ่มออมทรัพย์เพื่อการผลิต",
        en: `This is only for a savings group; this fund is a ${fundType}`,
      },
      { fundType },
    ),
  memberNotActive: (memberNo: string, status: string): AppError =>
    ruleViolation(
      "savings.member_not_active",
      {
        th: `สมาชิกเลขที่ ${memberNo} ไม่ได้อยู่ในสถานะปกติ (${STATUS_NAMES[status]?.th ?? status})`,
        en: `Member no. ${memberNo} is not active (${STATUS_NAMES[status]?.en ?? status})`,
      },
      { memberNo, status },
    ),
  personAlreadyMember: (memberNo: string): AppError =>
    conflict(
      "savings.person_already_member",
      {
        th: `บุคคลนี้เป็นสมาชิกกลุ่มอยู่แล้ว (เลขที่ ${memberNo})`,
        en: `This person is already a member of the group (no. ${memberNo})`,
      },
      { memberNo },
    ),
  personOutsideVillage: (): AppError =>
    invalidInput("savings.person_outside_village", {
      th: "householdMemberId: ไม่พบบุคคลนี้ในทะเบียนครัวเรือนของหมู่บ้านที่ตั้งกลุ่ม",
      en: "householdMemberId: no such person in the household register of the group's village",
    }),
  nameRequired: (): AppError =>
    invalidInput("savings.name_required", {
      th: "name: ต้องระบุชื่อสมาชิก เมื่อไม่ได้เลือกบุคคลจากทะเบียนครัวเรือน",
      en: "name: the member's name is required when no person of the register is chosen",
    }),
  depositTaken: (memberNo: string, month: string): AppError =>
    conflict(
      "savings.deposit_exists",
      {
        th: `สมาชิกเลขที่ ${memberNo} ฝากเงินสัจจะของเดือน ${month} แล้ว (ฝากได้เดือนละครั้ง)`,
        en: `Member no. ${memberNo} has already deposited for ${month} (one deposit a month)`,
      },
      { memberNo, month },
    ),
  joinedAfterMonth: (path: string, memberNo: string, joinedOn: string): AppError =>
    invalidInput("savings.deposit_before_joining", {
      th: `${path}: สมาชิกเลขที่ ${memberNo} เข้ากลุ่มเมื่อ ${formatThaiLong(joinedOn)} ฝากสำหรับเดือนก่อนหน้านั้นไม่ได้`,
      en: `${path}: member no. ${memberNo} joined on ${joinedOn} and cannot deposit for an earlier month`,
    }),
  monthInFuture: (month: string): AppError =>
    invalidInput("savings.month_in_future", {
      th: `month: เดือน ${month} ยังมาไม่ถึง`,
      en: `month: ${month} has not come yet`,
    }),
  dateInFuture: (field: string, date: string): AppError =>
    invalidInput("savings.date_in_future", {
      th: `${field}: วันที่ ${formatThaiLong(date)} ยังมาไม่ถึง`,
      en: `${field}: ${date} is in the future`,
    }),
  duplicateMember: (path: string): AppError =>
    invalidInput("savings.duplicate_member", {
      th: `${path}: ระบุสมาชิกคนเดียวกันซ้ำในแผ่นเดียว`,
      en: `${path}: the same member appears twice on the sheet`,
    }),
  memberUnknown: (path: string): AppError =>
    invalidInput("savings.member_unknown", {
      th: `${path}: ไม่พบสมาชิกนี้ในกลุ่ม`,
      en: `${path}: no such member in this group`,
    }),
  overrideNeedsChair: (): AppError =>
    new AppError("forbidden", "savings.override_needs_chair", {
      th: "การให้กู้เกินข้อกำหนดของระเบียบกลุ่มต้องได้รับอนุมัติจากประธานกรรมการเท่านั้น",
      en: "Only the committee chair may override the bylaw limits on a loan",
    }),
  overrideNotNeeded: (): AppError =>
    invalidInput("savings.override_not_needed", {
      th: "override: คำขอกู้นี้ไม่ผิดระเบียบข้อใด จึงไม่ต้องใช้อำนาจประธานอนุมัติเกินระเบียบ",
      en: "override: the request breaks no bylaw rule, so there is nothing to override",
    }),
  yearNotOver: (fiscalYear: number, to: string): AppError =>
    ruleViolation(
      "savings.year_not_over",
      {
        th: `ปีบัญชี ${fiscalYear} ยังไม่สิ้นสุด (สิ้นสุด ${formatThaiLong(to)}) จึงยังปิดบัญชีสิ้นปีไม่ได้`,
        en: `Fiscal year ${fiscalYear} has not ended (it ends on ${to}), so it cannot be closed yet`,
      },
      { fiscalYear, to },
    ),
  yearAlreadyClosed: (fiscalYear: number): AppError =>
    conflict(
      "savings.year_already_closed",
      {
        th: `ปิดบัญชีสิ้นปี ${fiscalYear} ของกลุ่มไปแล้ว ปิดซ้ำไม่ได้`,
        en: `The group's year-end close of ${fiscalYear} has already been done; it cannot be done twice`,
      },
      { fiscalYear },
    ),
  ledgerYearOpen: (fiscalYear: number): AppError =>
    ruleViolation(
      "savings.ledger_year_open",
      {
        th: `บัญชีของปี ${fiscalYear} ยังไม่ได้ปิดงวด ให้เจ้าหน้าที่พัฒนาชุมชนปิดงวดบัญชีก่อน (หรือให้เจ้าหน้าที่เป็นผู้ปิดบัญชีสิ้นปี)`,
        en: `The books of ${fiscalYear} are not closed yet: a CD officer must close the fiscal year first (or do the year-end close)`,
      },
      { fiscalYear },
    ),
  bylawsDateTaken: (effectiveOn: string): AppError =>
    conflict(
      "savings.bylaws_date_taken",
      {
        th: `มีระเบียบกลุ่มที่มีผลวันที่ ${formatThaiLong(effectiveOn)} อยู่แล้ว`,
        en: `Bylaws effective on ${effectiveOn} already exist`,
      },
      { effectiveOn },
    ),
  noBylaws: (on: string): AppError =>
    ruleViolation("savings.no_bylaws", {
      th: `ยังไม่มีระเบียบกลุ่มที่มีผลในวันที่ ${formatThaiLong(on)}`,
      en: `No bylaws are in force on ${on}`,
    }),
  sharesOutstanding: (memberNo: string, owedSatang: number): AppError =>
    ruleViolation(
      "savings.loan_outstanding",
      {
        th: `สมาชิกเลขที่ ${memberNo} ยังมีหนี้เงินกู้คงค้าง ${baht(owedSatang)} บาท ต้องชำระให้หมดก่อนลาออกและรับเงินสัจจะคืน`,
        en: `Member no. ${memberNo} still owes ${baht(owedSatang)} baht on loans and must repay it before leaving with the savings`,
      },
      { memberNo, owedSatang },
    ),
  statusUnchanged: (): AppError =>
    invalidInput("savings.status_unchanged", {
      th: "status: สมาชิกพ้นสภาพไปแล้ว เปลี่ยนสถานะซ้ำไม่ได้",
      en: "status: the member has already left; the status cannot change again",
    }),
  attendeeUnknown: (path: string): AppError =>
    invalidInput("savings.attendee_unknown", {
      th: `${path}: ผู้เข้าประชุมต้องเป็นสมาชิกของกลุ่ม`,
      en: `${path}: an attendee must be a member of the group`,
    }),
};

export const STATUS_NAMES: Record<string, { th: string; en: string }> = {
  active: { th: "ปกติ", en: "Active" },
  resigned: { th: "ลาออก", en: "Resigned" },
  died: { th: "ถึงแก่กรรม", en: "Died" },
  expelled: { th: "ให้ออก", en: "Expelled" },
};
