// Error texts of the loans use cases (the database side; the pure engine's are in loan-errors.ts).
import { type AppError, conflict, invalidInput, ruleViolation } from "../../shared/errors";

export const LOAN = { th: "สัญญาเงินกู้", en: "Loan" };
export const REPAYMENT = { th: "รายการรับชำระคืน", en: "Repayment" };
export const HOUSEHOLD = { th: "ครัวเรือน", en: "Household" };

export const loanRefusals = {
  textRequired: (field: string, max: number): AppError =>
    invalidInput(
      "loan.text_required",
      {
        th: `ต้องระบุ ${field} (ไม่เกิน ${max} ตัวอักษร)`,
        en: `${field} is required (at most ${max} characters)`,
      },
      { field, max },
    ),
  sourceTypeUnknown: (sourceType: string): AppError =>
    invalidInput(
      "loan.source_type_unknown",
      { th: `ไม่รู้จักที่มาของสัญญา "${sourceType}"`, en: `Unknown loan source "${sourceType}"` },
      { sourceType },
    ),
  loanNoTaken: (loanNo: string): AppError =>
    conflict(
      "loan.number_taken",
      {
        th: `เลขที่สัญญา ${loanNo} มีอยู่แล้วในกองทุนนี้`,
        en: `The contract number ${loanNo} is already used in this fund`,
      },
      { loanNo },
    ),
  householdOutsideFund: (): AppError =>
    invalidInput("loan.household_outside_fund", {
      th: "ครัวเรือนผู้กู้ต้องอยู่ในหมู่บ้านของกองทุน",
      en: "The borrowing household must be in the fund's village",
    }),
  notPending: (status: string): AppError =>
    ruleViolation(
      "loan.not_pending_disbursement",
      {
        th: "สัญญานี้จ่ายเงินกู้ไปแล้วหรือไม่อยู่ในสถานะรอจ่ายเงิน",
        en: `The loan is not waiting for disbursement (status ${status})`,
      },
      { status },
    ),
  notActive: (status: string): AppError =>
    ruleViolation(
      "loan.not_active",
      {
        th:
          status === "closed"
            ? "สัญญานี้ปิดบัญชีแล้ว"
            : status === "written_off"
              ? "สัญญานี้ตัดเป็นหนี้สูญแล้ว"
              : "สัญญานี้ยังไม่ได้จ่ายเงินกู้",
        en: `The loan is not active (status ${status})`,
      },
      { status },
    ),
  disbursedBeforeContract: (paidOn: string, contractedOn: string): AppError =>
    ruleViolation(
      "loan.disbursed_before_contract",
      {
        th: `วันที่จ่ายเงินกู้ ${paidOn} อยู่ก่อนวันทำสัญญา ${contractedOn}`,
        en: `The disbursement date ${paidOn} is before the contract date ${contractedOn}`,
      },
      { paidOn, contractedOn },
    ),
  kkjUsesWorkflow: (): AppError =>
    ruleViolation("loan.kkj_use_workflow", {
      th: "กองทุน กข.คจ. ให้ยืมเงินได้ผ่านขั้นตอน กข.คจ. เท่านั้น (โครงการ → มติคณะกรรมการ → สัญญายืมเงิน)",
      en: "A กข.คจ. fund lends only through the กข.คจ. workflow (project proposal → committee decision → contract)",
    }),
  productOutsidePreset: (field: string): AppError =>
    ruleViolation(
      "loan.product_outside_preset",
      {
        th: `ข้อกำหนดเงินกู้ (${field}) ต้องอยู่ในกรอบของประเภทกองทุน`,
        en: `The product setting ${field} must stay within the fund type's preset`,
      },
      { field },
    ),
  bankNeedsAccount: (): AppError =>
    invalidInput("loan.bank_account_required", {
      th: "การชำระเข้าบัญชีธนาคารต้องระบุบัญชีธนาคารของกองทุน",
      en: "A bank repayment needs the fund's bank account",
    }),
  cashWithAccount: (): AppError =>
    invalidInput("loan.bank_account_not_for_cash", {
      th: "การชำระเป็นเงินสดต้องไม่ระบุบัญชีธนาคาร",
      en: "A cash repayment takes no bank account",
    }),
  idempotencyMismatch: (): AppError =>
    conflict("loan.idempotency_mismatch", {
      th: "รหัสป้องกันการบันทึกซ้ำ (Idempotency-Key) นี้ใช้กับรายการอื่นไปแล้ว",
      en: "This Idempotency-Key was already used for a different repayment",
    }),
  idempotencyKeyInvalid: (): AppError =>
    invalidInput("loan.idempotency_key_invalid", {
      th: "รหัสป้องกันการบันทึกซ้ำ (Idempotency-Key) ต้องยาว 1–100 ตัวอักษร",
      en: "The Idempotency-Key must be 1–100 characters",
    }),
  onlyLatestRepayment: (latestReceiptNo: string | null): AppError =>
    ruleViolation(
      "loan.reverse_latest_only",
      {
        th: latestReceiptNo
          ? `กลับรายการได้เฉพาะการชำระครั้งล่าสุดของสัญญา (ใบรับเงินเลขที่ ${latestReceiptNo}) ก่อน`
          : "ไม่มีรายการรับชำระที่กลับรายการได้",
        en: latestReceiptNo
          ? `Only the loan's latest repayment (receipt ${latestReceiptNo}) may be reversed first`
          : "No repayment can be reversed",
      },
      { latestReceiptNo },
    ),
  alreadyReversed: (receiptNo: string): AppError =>
    conflict(
      "loan.repayment_already_reversed",
      {
        th: `ใบรับเงินเลขที่ ${receiptNo} ถูกยกเลิกไปแล้ว`,
        en: `Receipt ${receiptNo} was already cancelled`,
      },
      { receiptNo },
    ),
  versionChangedSinceRepayment: (): AppError =>
    ruleViolation("loan.rescheduled_since_repayment", {
      th: "สัญญานี้ได้รับการผ่อนผันหลังรายการรับชำระนี้ จึงกลับรายการไม่ได้",
      en: "The loan was rescheduled after this repayment, so it cannot be reversed",
    }),
  meetingUnknown: (): AppError =>
    invalidInput("loan.meeting_unknown", {
      th: "ไม่พบการประชุมคณะกรรมการนี้ในกองทุน",
      en: "No such committee meeting in this fund",
    }),
  householdOnlyOwn: (): AppError =>
    invalidInput("loan.household_only_own", {
      th: "สมาชิกครัวเรือนดูได้เฉพาะสัญญาของครัวเรือนตนเอง",
      en: "A household member sees only their own household's loans",
    }),
  writeOffNothing: (): AppError =>
    ruleViolation("loan.nothing_outstanding", {
      th: "สัญญานี้ไม่มียอดหนี้คงค้าง",
      en: "Nothing is outstanding on this loan",
    }),
  bankAccountUnknown: (bankAccountId: string): AppError =>
    invalidInput(
      "loan.bank_account_unknown",
      { th: "ไม่พบบัญชีธนาคารนี้ของกองทุน", en: "The fund has no such bank account" },
      { bankAccountId },
    ),
  bankAccountNotActive: (bankAccountId: string): AppError =>
    ruleViolation(
      "loan.bank_account_not_active",
      {
        th: "บัญชีธนาคารนี้ยังไม่ได้รับอนุมัติให้ใช้งาน",
        en: "This bank account is not active",
      },
      { bankAccountId },
    ),
};
