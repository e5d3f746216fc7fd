// Loans: the loan engine shared by every fund type, and the loans of the funds in the database (contracts, repayments, receipts).
export {
  type AllocateRepaymentInput,
  type AllocationLine,
  allocateRepayment,
  type RepaymentAllocation,
} from "./allocation";
export {
  type CreateLoanInput,
  createLoan,
  LOAN_SOURCE_TYPES,
  type LoanRow,
  type LoanSourceType,
} from "./create-loan";
export {
  type ClassifyOptions,
  classifyLoan,
  DEFAULT_DUE_SOON_DAYS,
  LOAN_CLASSES,
  type LoanClass,
  type LoanClassification,
} from "./delinquency";
export { type DisburseLoanInput, disburseLoan } from "./disburse-loan";
export { fundLoanProduct, loanProductWithin, presetFor } from "./fund-loan-product";
export type {
  DirectLoanBody,
  LoanActionResult,
  LoanDetail,
  LoanView,
  RepaymentBody,
  RepaymentResult,
  RepaymentView,
  RescheduleBody,
  WriteOffBody,
} from "./loan-contracts";
export { addMonths, type DayCount, days360, daysBetween } from "./loan-dates";
export { loanErrors, parseLoanAmount } from "./loan-errors";
export {
  ALLOCATION_COMPONENTS,
  type AllocationComponent,
  CENTRE_PRODUCT,
  DEFAULT_ALLOCATION_ORDER,
  type FlatPrepaymentRebate,
  type InterestMethod,
  KKJ_PRODUCT,
  LOAN_PRODUCT_PRESETS,
  type LoanProduct,
  loanProductSchema,
  MAX_RATE_BP,
  parseLoanProduct,
  type RoundingRule,
  SAVINGS_GROUP_PRODUCT,
  SCHEDULE_TYPES,
  type ScheduleType,
} from "./loan-product";
export type { MoneyPlace } from "./loan-records";
export {
  amountDueOn,
  type InstalmentState,
  type LoanState,
  type LoanStatus,
  type Outstanding,
  oldestUnpaid,
  openLoanState,
  outstandingOf,
  type PayoffQuote,
  type Postponement,
  quotePayoff,
} from "./loan-state";
export { makeDirectLoan } from "./make-direct-loan";
export { getLoan, listFundLoans, listHouseholdLoans, listLoanRepayments } from "./read-loans";
export { type RecordRepaymentResult, recordRepayment } from "./record-repayment";
export { recordRescheduling } from "./record-rescheduling";
export { recordWriteOff } from "./record-write-off";
export {
  type CommitteeDecision,
  type Rescheduling,
  rescheduleLoan,
  type WriteOff,
  writeOffLoan,
} from "./reschedule";
export { reverseRepayment } from "./reverse-repayment";
export {
  type CustomDueDate,
  type GenerateScheduleInput,
  generateSchedule,
  type Instalment,
  type LoanSchedule,
  type SchedulePlan,
} from "./schedule";
