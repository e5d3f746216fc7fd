// Loans: the pure loan engine shared by every fund type (products, schedules, allocation, rescheduling, write-off, delinquency).
export {
  type AllocateRepaymentInput,
  type AllocationLine,
  allocateRepayment,
  type RepaymentAllocation,
} from "./allocation";
export {
  type ClassifyOptions,
  classifyLoan,
  DEFAULT_DUE_SOON_DAYS,
  LOAN_CLASSES,
  type LoanClass,
  type LoanClassification,
} from "./delinquency";
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
export {
  type CommitteeDecision,
  type Rescheduling,
  rescheduleLoan,
  type WriteOff,
  writeOffLoan,
} from "./reschedule";
export {
  type CustomDueDate,
  type GenerateScheduleInput,
  generateSchedule,
  type Instalment,
  type LoanSchedule,
  type SchedulePlan,
} from "./schedule";
