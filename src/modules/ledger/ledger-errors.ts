// The ledger module's error texts, in one place.
import { outOfScope } from "../../shared/authorization";
import { AppError, conflict, invalidInput, ruleViolation } from "../../shared/errors";
import { formatBaht, type Satang } from "../../shared/money";
import { formatThaiShort } from "../../shared/thai-date";

export const ENTRY = { th: "รายการบัญชี", en: "Journal entry" };
export const WITHDRAWAL = { th: "รายการถอนเงิน", en: "Withdrawal" };

const baht = (satang: number) => formatBaht(satang as Satang);

export const ledgerErrors = {
  tooFewLines: (count: number): AppError =>
    invalidInput(
      "ledger.too_few_lines",
      {
        th: `รายการบัญชีต้องมีอย่างน้อย 2 บรรทัด (มี ${count})`,
        en: `A journal entry needs at least 2 lines (got ${count})`,
      },
      { count },
    ),
  lineAmountInvalid: (lineNo: number): AppError =>
    invalidInput(
      "ledger.line_amount_invalid",
      {
        th: `บรรทัดที่ ${lineNo}: ต้องมีจำนวนเงินด้านเดบิตหรือเครดิตด้านเดียว เป็นจำนวนเต็มสตางค์ที่มากกว่าศูนย์`,
        en: `Line ${lineNo}: exactly one of debit or credit must be a positive whole number of satang`,
      },
      { lineNo },
    ),
  unbalanced: (debitSatang: number, creditSatang: number): AppError =>
    invalidInput(
      "ledger.unbalanced",
      {
        th: `รายการบัญชีไม่สมดุล: ยอดเดบิต ${baht(debitSatang)} บาท ไม่เท่ากับยอดเครดิต ${baht(creditSatang)} บาท`,
        en: `The entry does not balance: debits ${baht(debitSatang)} baht, credits ${baht(creditSatang)} baht`,
      },
      { debitSatang, creditSatang },
    ),
  descriptionRequired: (): AppError =>
    invalidInput("ledger.description_required", {
      th: "กรุณาระบุคำอธิบายรายการ (ไม่เกิน 500 ตัวอักษร)",
      en: "Give a description (at most 500 characters)",
    }),
  fieldTooLong: (field: string, max: number): AppError =>
    invalidInput(
      "ledger.field_too_long",
      { th: `ข้อมูล ${field} ยาวเกิน ${max} ตัวอักษร`, en: `${field} is longer than ${max} characters` },
      { field, max },
    ),
  accountUnknown: (lineNo: number): AppError =>
    invalidInput(
      "ledger.account_unknown",
      {
        th: `บรรทัดที่ ${lineNo}: ไม่พบบัญชีนี้ในผังบัญชีของกองทุน`,
        en: `Line ${lineNo}: no such account in the fund's chart of accounts`,
      },
      { lineNo },
    ),
  entryDateInvalid: (entryDate: string): AppError =>
    invalidInput(
      "ledger.entry_date_invalid",
      { th: `วันที่รายการไม่ถูกต้อง: ${entryDate}`, en: `Invalid entry date: ${entryDate}` },
      { entryDate },
    ),
  outsideWindow: (entryDate: string, earliest: string, latest: string): AppError =>
    ruleViolation(
      "ledger.entry_date_outside_window",
      {
        th: `ลงวันที่รายการได้ระหว่างวันที่ ${formatThaiShort(earliest)} ถึง ${formatThaiShort(latest)} เท่านั้น`,
        en: `Entries may be dated from ${earliest} to ${latest} only`,
      },
      { entryDate, earliest, latest },
    ),
  fiscalYearClosed: (fiscalYear: number): AppError =>
    ruleViolation(
      "ledger.fiscal_year_closed",
      {
        th: `ปีงบประมาณ ${fiscalYear} ปิดบัญชีแล้ว ลงรายการในปีนี้ไม่ได้`,
        en: `Fiscal year ${fiscalYear} is closed`,
      },
      { fiscalYear },
    ),
  insufficientFunds: (
    account: { code: string; nameTh: string; nameEn: string },
    balanceSatang: number,
    on: string,
  ) =>
    ruleViolation(
      "ledger.insufficient_funds",
      {
        th: `เงินไม่พอ: ${account.nameTh} จะติดลบ ${baht(-balanceSatang)} บาท ณ วันที่ ${formatThaiShort(on)}`,
        en: `Insufficient funds: ${account.nameEn} would be ${baht(-balanceSatang)} baht short on ${on}`,
      },
      { accountCode: account.code, shortSatang: -balanceSatang, on },
    ),
  fundClosed: (): AppError =>
    ruleViolation("ledger.fund_closed", {
      th: "กองทุนนี้ปิดแล้ว ลงรายการบัญชีไม่ได้",
      en: "This fund is closed; nothing can be posted",
    }),
  idempotencyMismatch: (): AppError =>
    conflict("ledger.idempotency_key_reused", {
      th: "รหัสป้องกันการบันทึกซ้ำนี้ใช้กับรายการอื่นไปแล้ว",
      en: "This idempotency key was already used for a different entry",
    }),
  entryNotFound: (): AppError => outOfScope(ENTRY),
  alreadyReversed: (reversalId: string): AppError =>
    conflict(
      "ledger.already_reversed",
      { th: "รายการนี้ถูกกลับรายการไปแล้ว", en: "This entry has already been reversed" },
      { reversalEntryId: reversalId },
    ),
  reversalOfReversal: (): AppError =>
    ruleViolation("ledger.reversal_of_reversal", {
      th: "กลับรายการของการกลับรายการไม่ได้ ให้บันทึกรายการใหม่แทน",
      en: "A reversal cannot itself be reversed; post a new entry instead",
    }),
  reverseInSourceModule: (sourceType: string): AppError =>
    ruleViolation(
      "ledger.reverse_in_source",
      {
        th: "รายการนี้มาจากระบบงานอื่น (เช่น เงินยืม) ต้องกลับรายการที่ระบบงานนั้น",
        en: "This entry comes from another module (e.g. loans) and is reversed there",
      },
      { sourceType },
    ),
  reasonRequired: (): AppError =>
    invalidInput("ledger.reason_required", {
      th: "กรุณาระบุเหตุผลการกลับรายการ",
      en: "Give the reason for the reversal",
    }),
  fiscalYearNotEnded: (fiscalYear: number, endsOn: string): AppError =>
    ruleViolation(
      "ledger.fiscal_year_not_ended",
      {
        th: `ปีงบประมาณ ${fiscalYear} ยังไม่สิ้นสุด (สิ้นสุด ${formatThaiShort(endsOn)})`,
        en: `Fiscal year ${fiscalYear} has not ended yet (ends ${endsOn})`,
      },
      { fiscalYear, endsOn },
    ),
  fiscalYearAlreadyClosed: (fiscalYear: number): AppError =>
    conflict(
      "ledger.fiscal_year_already_closed",
      { th: `ปีงบประมาณ ${fiscalYear} ปิดบัญชีไปแล้ว`, en: `Fiscal year ${fiscalYear} is already closed` },
      { fiscalYear },
    ),
  bankAccountUnknown: (bankAccountId: string): AppError =>
    invalidInput(
      "ledger.bank_account_unknown",
      { th: "ไม่พบบัญชีธนาคารนี้ของกองทุน", en: "The fund has no such bank account" },
      { bankAccountId },
    ),
  bankAccountNotActive: (bankAccountId: string): AppError =>
    ruleViolation(
      "ledger.bank_account_not_active",
      {
        th: "บัญชีธนาคารนี้ยังไม่ได้รับอนุมัติจากประธานและกรรมการฝ่ายการเงินครบ",
        en: "This bank account is not yet approved by both the chair and the finance member",
      },
      { bankAccountId },
    ),
  sameBankAccount: (): AppError =>
    invalidInput("ledger.transfer_same_account", {
      th: "บัญชีต้นทางและปลายทางต้องเป็นคนละบัญชี",
      en: "The source and target accounts must differ",
    }),
  bankCreditNeedsWithdrawal: (lineNo: number): AppError =>
    ruleViolation(
      "ledger.bank_credit_needs_withdrawal",
      {
        th: `บรรทัดที่ ${lineNo}: เงินออกจากบัญชีธนาคารต้องทำเป็นรายการถอนเงินที่ผู้มีอำนาจลงนามอนุมัติ`,
        en: `Line ${lineNo}: money leaves a bank account only through a withdrawal approved by its signatories`,
      },
      { lineNo },
    ),
  withdrawalNotFound: (): AppError => outOfScope(WITHDRAWAL),
  withdrawalNotPending: (status: string): AppError =>
    conflict(
      "ledger.withdrawal_not_pending",
      { th: "รายการถอนเงินนี้ไม่อยู่ระหว่างรออนุมัติ", en: "This withdrawal is no longer pending" },
      { status },
    ),
  withdrawalAlreadyApproved: (): AppError =>
    conflict("ledger.withdrawal_already_approved", {
      th: "คุณอนุมัติรายการถอนเงินนี้แล้ว",
      en: "You already approved this withdrawal",
    }),
  notSignatory: (): AppError =>
    new AppError("forbidden", "ledger.not_signatory", {
      th: "คุณไม่ใช่ผู้มีอำนาจลงนามของบัญชีนี้ในคณะกรรมการชุดปัจจุบัน",
      en: "You are not a signatory of this account in the current committee set",
    }),
};
