// The funds module's error texts, in one place.
import { AppError, conflict, invalidInput, ruleViolation } from "../../shared/errors";
import type { CommitteePosition } from "../../shared/roles";

export const FUND = { th: "กองทุน", en: "Fund" };
export const COMMITTEE_SET = { th: "คณะกรรมการ", en: "Committee set" };
export const BANK_ACCOUNT = { th: "บัญชีธนาคาร", en: "Bank account" };

export const POSITION_NAMES: Record<CommitteePosition, { th: string; en: string }> = {
  chair: { th: "ประธานกรรมการ", en: "chair" },
  secretary: { th: "เลขานุการ", en: "secretary" },
  finance: { th: "กรรมการฝ่ายการเงิน (เหรัญญิก)", en: "finance member" },
  member: { th: "กรรมการ", en: "member" },
};

const positionsTh = (ps: readonly CommitteePosition[]) => ps.map((p) => POSITION_NAMES[p].th).join(" หรือ ");
const positionsEn = (ps: readonly CommitteePosition[]) => ps.map((p) => POSITION_NAMES[p].en).join(" or ");

export const fundErrors = {
  villageUnknown: (code: string): AppError =>
    invalidInput(
      "fund.village_unknown",
      { th: `ไม่พบหมู่บ้านรหัส ${code}`, en: `Unknown village code ${code}` },
      { areaCode: code },
    ),
  kkjExists: (code: string): AppError =>
    conflict(
      "fund.kkj_exists",
      {
        th: `หมู่บ้าน ${code} มีกองทุน กข.คจ. อยู่แล้ว (หมู่บ้านละ 1 กองทุน)`,
        en: `Village ${code} already has a กข.คจ. fund (one per village)`,
      },
      { areaCode: code },
    ),
  modelYearWithoutModel: (): AppError =>
    invalidInput("fund.model_year_without_model", {
      th: "ระบุปีที่เป็นต้นแบบได้เฉพาะกองทุนต้นแบบ",
      en: "A model year is only for a model fund",
    }),
  committeeSizeRange: (): AppError =>
    invalidInput("fund.committee_size_range", {
      th: "จำนวนกรรมการขั้นต่ำต้องไม่มากกว่าจำนวนสูงสุด",
      en: "The minimum committee size must not exceed the maximum",
    }),
  fundClosed: (): AppError =>
    ruleViolation("fund.closed", {
      th: "กองทุนนี้ปิดแล้ว ทำรายการไม่ได้",
      en: "This fund is closed",
    }),
  termOrder: (): AppError =>
    invalidInput("fund.committee_term_order", {
      th: "วันสิ้นสุดวาระต้องไม่ก่อนวันเริ่มวาระ",
      en: "The term must not end before it starts",
    }),
  termBeforePrevious: (previousStart: string): AppError =>
    invalidInput(
      "fund.committee_term_before_previous",
      {
        th: `วาระของคณะกรรมการชุดใหม่ต้องเริ่มไม่ก่อนชุดก่อน (${previousStart})`,
        en: `A new committee set must not start before the previous one (${previousStart})`,
      },
      { previousStart },
    ),
  positionCount: (position: CommitteePosition, found: number): AppError =>
    invalidInput(
      "fund.committee_position_count",
      {
        th: `คณะกรรมการต้องมี${POSITION_NAMES[position].th} 1 คน (พบ ${found} คน)`,
        en: `A committee needs exactly one ${POSITION_NAMES[position].en} (found ${found})`,
      },
      { position, found },
    ),
  committeeSize: (size: number, min: number, max: number): AppError =>
    invalidInput(
      "fund.committee_size",
      {
        th: `คณะกรรมการต้องมี ${min}–${max} คน (มี ${size} คน)`,
        en: `A committee has ${min}–${max} members (got ${size})`,
      },
      { size, min, max },
    ),
  memberRepeated: (): AppError =>
    invalidInput("fund.committee_member_repeated", {
      th: "บุคคลเดียวกันดำรงตำแหน่งในคณะกรรมการชุดเดียวกันได้ตำแหน่งเดียว",
      en: "A person holds one seat per committee set",
    }),
  memberUserInvalid: (userId: string): AppError =>
    invalidInput(
      "fund.committee_user_invalid",
      {
        th: "บัญชีผู้ใช้ที่เชื่อมกับกรรมการต้องเป็นบทบาทกรรมการกองทุน ใช้งานอยู่ และอยู่ในหมู่บ้านของกองทุน",
        en: "A linked account must be an active committee-member account of the fund's village",
      },
      { userId },
    ),
  memberPersonInvalid: (householdMemberId: string): AppError =>
    invalidInput(
      "fund.committee_person_invalid",
      {
        th: "ไม่พบสมาชิกครัวเรือนนี้ในหมู่บ้านของกองทุน",
        en: "No such household member in the fund's village",
      },
      { householdMemberId },
    ),
  setExpired: (termEnd: string): AppError =>
    ruleViolation(
      "fund.committee_set_expired",
      {
        th: `คณะกรรมการชุดนี้หมดวาระแล้ว (${termEnd})`,
        en: `This committee set's term has ended (${termEnd})`,
      },
      { termEnd },
    ),
  positionRequired: (required: readonly CommitteePosition[], held: readonly CommitteePosition[]): AppError =>
    new AppError(
      "forbidden",
      "fund.position_required",
      {
        th: `รายการนี้ต้องทำโดย${positionsTh(required)}ของคณะกรรมการชุดปัจจุบัน`,
        en: `Only the ${positionsEn(required)} of the current committee set may do this`,
      },
      { required, held },
    ),
  tooFewSignatories: (required: number): AppError =>
    invalidInput(
      "fund.signatories_too_few",
      {
        th: `ต้องมีผู้มีอำนาจลงนามอย่างน้อย ${required} คน`,
        en: `At least ${required} signatories are needed`,
      },
      { required },
    ),
  signatoryMissing: (position: CommitteePosition): AppError =>
    invalidInput(
      "fund.signatory_position_missing",
      {
        th: `ผู้มีอำนาจลงนามต้องมี${POSITION_NAMES[position].th}`,
        en: `The signatories must include the ${POSITION_NAMES[position].en}`,
      },
      { position },
    ),
  signatoryNotCurrent: (memberId: string): AppError =>
    invalidInput(
      "fund.signatory_not_current",
      {
        th: "ผู้มีอำนาจลงนามต้องเป็นกรรมการชุดปัจจุบันของกองทุน",
        en: "Signatories must be members of the fund's current committee set",
      },
      { memberId },
    ),
  signatoryRepeated: (): AppError =>
    invalidInput("fund.signatory_repeated", {
      th: "ระบุผู้มีอำนาจลงนามซ้ำ",
      en: "A signatory is listed twice",
    }),
  bankAccountExists: (): AppError =>
    conflict("fund.bank_account_exists", {
      th: "กองทุนมีบัญชีธนาคารเลขที่นี้อยู่แล้ว",
      en: "The fund already has this bank account",
    }),
  bankAccountNotPending: (): AppError =>
    conflict("fund.bank_account_not_pending", {
      th: "บัญชีธนาคารนี้อนุมัติครบแล้ว",
      en: "This bank account is already approved",
    }),
  alreadyApproved: (): AppError =>
    conflict("fund.already_approved", {
      th: "คุณหรือตำแหน่งนี้อนุมัติรายการนี้แล้ว",
      en: "You, or this position, already approved this",
    }),
  tooManyBankAccounts: (): AppError =>
    ruleViolation("fund.bank_accounts_limit", {
      th: "กองทุนมีบัญชีธนาคารครบจำนวนที่ผังบัญชีรองรับแล้ว (89 บัญชี)",
      en: "The fund has as many bank accounts as its chart allows (89)",
    }),
  accountRoleUnknown: (role: string): AppError =>
    invalidInput(
      "fund.account_role_unknown",
      {
        th: `ไม่มีบัญชีหน้าที่ "${role}" ในผังบัญชีของกองทุน`,
        en: `No account with role "${role}" in a fund's chart of accounts`,
      },
      { role },
    ),
  accountCodeTaken: (code: string, nameTh: string, nameEn: string): AppError =>
    ruleViolation(
      "fund.account_code_taken",
      {
        th: `ผังบัญชีของกองทุนใช้รหัส ${code} กับบัญชีอื่นแล้ว จึงเพิ่มบัญชี "${nameTh}" ไม่ได้`,
        en: `The fund's chart uses code ${code} for another account, so "${nameEn}" cannot be added`,
      },
      { code },
    ),
  noCurrentCommittee: (): AppError =>
    ruleViolation("fund.no_current_committee", {
      th: "กองทุนยังไม่มีคณะกรรมการชุดปัจจุบัน",
      en: "The fund has no current committee set",
    }),
};
