// Request and response shapes of the loans API (to move to src/shared/contracts when the web app needs them).
import { z } from "zod";
import { pageQuerySchema } from "../../shared/contracts/index";
import { isIsoDate } from "../../shared/thai-date";
import { LOAN_CLASSES } from "./delinquency";
import { SCHEDULE_TYPES } from "./loan-product";

const businessDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine(isIsoDate, "not a calendar date");
/** JSON carries integer satang: a fraction, a negative or zero amount is refused before any use case runs. */
const positiveSatang = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const satang = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().trim().min(1).max(max);

export const LOAN_STATUSES = [
  "pending_disbursement",
  "active",
  "closed",
  "written_off",
  "cancelled",
] as const;

export const schedulePlanSchema = z
  .object({
    scheduleType: z.enum(SCHEDULE_TYPES),
    instalmentCount: z.number().int().min(1).max(600).optional(),
    frequencyMonths: z.number().int().min(1).max(12).optional(),
    firstDueOn: businessDate.optional(),
    lumpSumDueOn: businessDate.optional(),
    customDueDates: z
      .array(z.object({ dueOn: businessDate, principalSatang: satang.optional() }).strict())
      .min(1)
      .max(600)
      .optional(),
  })
  .strict();
export type SchedulePlanBody = z.infer<typeof schedulePlanSchema>;

/** What a direct loan may change of its fund type's product; every change may only tighten it. */
export const productOverridesSchema = z
  .object({
    rateBp: z.number().int().min(0).max(1500).optional(),
    minTermMonths: z.number().int().min(0).max(600).optional(),
    maxTermMonths: z.number().int().min(1).max(600).optional(),
    minInstalments: z.number().int().min(1).max(600).optional(),
    maxInstalments: z.number().int().min(1).max(600).optional(),
    scheduleTypes: z.array(z.enum(SCHEDULE_TYPES)).min(1).max(4).optional(),
    graceDays: z.number().int().min(0).max(365).optional(),
    maxAmountSatang: positiveSatang.optional(),
  })
  .strict();
export type ProductOverrides = z.infer<typeof productOverridesSchema>;

export const directLoanBodySchema = z
  .object({
    householdId: z.string().uuid().optional(),
    /** Defaults to the household head's name when a household is given. */
    borrowerName: text(200).optional(),
    loanNo: text(40),
    amountSatang: positiveSatang,
    contractedOn: businessDate,
    /**
     * The disbursement date (defaults to the contract date). The money is paid from cash on hand: money
     * leaves a bank account only through a withdrawal its signatories approve (docs/ledger.md).
     */
    paidOn: businessDate.optional(),
    product: productOverridesSchema.optional(),
    plan: schedulePlanSchema,
    /** The committee meeting that approved the loan, as text (e.g. "มติที่ประชุม ครั้งที่ 3/2567"). */
    meetingRef: text(300),
    meetingId: z.string().uuid().optional(),
  })
  .strict()
  .refine((b) => b.householdId !== undefined || b.borrowerName !== undefined, {
    message: "householdId or borrowerName is required",
    path: ["borrowerName"],
  });
export type DirectLoanBody = z.infer<typeof directLoanBodySchema>;

export const repaymentBodySchema = z
  .object({
    amountSatang: positiveSatang,
    paidOn: businessDate,
    method: z.enum(["cash", "bank"]),
    bankAccountId: z.string().uuid().optional(),
    payerName: text(200).optional(),
    note: text(500).optional(),
    /** Close the loan early: the amount must equal the payoff quote (unearned interest is cancelled). */
    closeLoan: z.boolean().optional(),
  })
  .strict();
export type RepaymentBody = z.infer<typeof repaymentBodySchema>;

export const idempotencyHeaderSchema = z.object({
  "idempotency-key": z
    .string()
    .trim()
    .regex(/^[\w.:-]{1,100}$/, "1–100 letters, digits, . _ : -")
    .optional(),
});

export const reasonBodySchema = z.object({ reason: text(500) }).strict();

const decision = {
  reason: text(1000),
  resolutionRef: text(1000),
  meetingId: z.string().uuid().optional(),
};

export const rescheduleBodySchema = z
  .object({ ...decision, rescheduledOn: businessDate.optional(), plan: schedulePlanSchema })
  .strict();
export type RescheduleBody = z.infer<typeof rescheduleBodySchema>;

export const writeOffBodySchema = z.object({ ...decision, writtenOffOn: businessDate.optional() }).strict();
export type WriteOffBody = z.infer<typeof writeOffBodySchema>;

export const loanListQuerySchema = pageQuerySchema.extend({
  status: z.enum(LOAN_STATUSES).optional(),
  classification: z.enum(LOAN_CLASSES).optional(),
  /** Borrower name prefix. */
  q: z.string().trim().min(1).max(100).optional(),
});
export type LoanListQuery = z.infer<typeof loanListQuerySchema>;

export const repaymentListQuerySchema = pageQuerySchema;
export type RepaymentListQuery = z.infer<typeof repaymentListQuerySchema>;

// Responses.

export const loanSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  areaCode: z.string(),
  householdId: z.string().nullable(),
  borrowerName: z.string(),
  loanNo: z.string(),
  sourceType: z.string(),
  sourceId: z.string().nullable(),
  productCode: z.string(),
  principalSatang: z.number(),
  status: z.string(),
  contractedOn: z.string(),
  disbursedOn: z.string().nullable(),
  currentVersionNo: z.number(),
  outstandingPrincipalSatang: z.number(),
  outstandingInterestSatang: z.number(),
  nextDueOn: z.string().nullable(),
  classification: z.string().nullable(),
  daysPastDue: z.number(),
  classifiedOn: z.string().nullable(),
  disbursementEntryId: z.string().nullable(),
  closedOn: z.string().nullable(),
  writtenOffOn: z.string().nullable(),
  writeOffSatang: z.number().nullable(),
  writeOffReason: z.string().nullable(),
  writeOffResolutionRef: z.string().nullable(),
  writeOffEntryId: z.string().nullable(),
  createdAt: z.string(),
});
export type LoanView = z.infer<typeof loanSchema>;

export const allocationLineSchema = z.object({
  versionNo: z.number(),
  seq: z.number(),
  principalSatang: z.number(),
  interestSatang: z.number(),
  waivedInterestSatang: z.number(),
});
export type AllocationRecord = z.infer<typeof allocationLineSchema>;

export const repaymentSchema = z.object({
  id: z.string(),
  loanId: z.string(),
  fundId: z.string(),
  receiptNo: z.string(),
  fiscalYear: z.number(),
  paidOn: z.string(),
  amountSatang: z.number(),
  principalSatang: z.number(),
  interestSatang: z.number(),
  method: z.string(),
  bankAccountId: z.string().nullable(),
  allocation: z.array(allocationLineSchema),
  payerName: z.string().nullable(),
  note: z.string().nullable(),
  journalEntryId: z.string(),
  reversalEntryId: z.string().nullable(),
  isCancelled: z.boolean(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type RepaymentView = z.infer<typeof repaymentSchema>;

export const repaymentResultSchema = z.object({ repayment: repaymentSchema, loan: loanSchema });
export type RepaymentResult = z.infer<typeof repaymentResultSchema>;

export const instalmentSchema = z.object({
  seq: z.number(),
  dueOn: z.string(),
  principalSatang: z.number(),
  interestSatang: z.number(),
  totalSatang: z.number(),
  paidPrincipalSatang: z.number(),
  paidInterestSatang: z.number(),
  waivedInterestSatang: z.number(),
  unpaidSatang: z.number(),
});

export const versionSchema = z.object({
  versionNo: z.number(),
  startsOn: z.string(),
  plan: z.record(z.string(), z.unknown()),
  principalSatang: z.number(),
  interestSatang: z.number(),
  reason: z.string().nullable(),
  resolutionRef: z.string().nullable(),
  meetingId: z.string().nullable(),
  createdAt: z.string(),
  instalments: z.array(instalmentSchema),
});

const amountsSchema = z.object({
  principalSatang: z.number(),
  interestSatang: z.number(),
  totalSatang: z.number(),
});

export const loanDetailSchema = z.object({
  loan: loanSchema,
  product: z.object({
    code: z.string(),
    name: z.object({ th: z.string(), en: z.string() }),
    interestMethod: z.string(),
    rateBp: z.number(),
    maxTermMonths: z.number(),
    maxInstalments: z.number(),
    graceDays: z.number(),
  }),
  /** The current version's instalments with their paid state. */
  schedule: z.array(instalmentSchema),
  versions: z.array(versionSchema),
  outstanding: amountsSchema,
  /** Fallen due by today and unpaid (arrears plus today's instalment). */
  dueToday: amountsSchema,
  /** What closes the loan today; null unless the loan is active. */
  payoff: z
    .object({
      payoffSatang: z.number(),
      principalSatang: z.number(),
      interestSatang: z.number(),
      waivedInterestSatang: z.number(),
    })
    .nullable(),
  repayments: z.array(repaymentSchema),
  asOf: z.string(),
});
export type LoanDetail = z.infer<typeof loanDetailSchema>;

export const loanActionResultSchema = z.object({ loan: loanSchema, journalEntryId: z.string().nullable() });
export type LoanActionResult = z.infer<typeof loanActionResultSchema>;
