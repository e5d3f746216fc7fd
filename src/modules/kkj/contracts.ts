// Request and response shapes of the กข.คจ. API (to move to src/shared/contracts when the web app needs them).
import { z } from "zod";
import { pageQuerySchema } from "../../shared/contracts/index";
import { COMMITTEE_POSITIONS } from "../../shared/roles";
import { isIsoDate } from "../../shared/thai-date";
import { SCHEDULE_TYPES } from "../loans/index";

export const businessDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine(isIsoDate, "not a calendar date");
/** JSON carries integer satang: a fraction of a satang (a baht amount with more than 2 decimals) is refused. */
const positiveSatang = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const satangOrZero = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const name = z.string().trim().min(1).max(200);
const shortText = z.string().trim().min(1).max(500);
const longText = z.string().trim().max(20_000);
const uuid = z.string().uuid();

// Committee meetings.

export const meetingBodySchema = z.object({
  /** "3/2567" (ครั้งที่/ปีงบประมาณ พ.ศ.); numbered automatically when absent. */
  meetingNo: z
    .string()
    .trim()
    .regex(/^\d{1,4}\/\d{4}$/, "n/<B.E. year>")
    .optional(),
  heldOn: businessDate,
  place: z.string().trim().max(300).optional(),
  /** Names of those present. */
  attendees: z.array(name).min(1).max(60),
  agenda: z.string().trim().min(1).max(5_000),
  minutes: longText.optional(),
});
export type MeetingBody = z.infer<typeof meetingBodySchema>;

export const meetingSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  committeeSetId: z.string().nullable(),
  meetingNo: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
  attendeeCount: z.number().int(),
  attendees: z.array(z.string()),
  agenda: z.string(),
  minutes: z.string().nullable(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

// Target register (purple book).

export const registerTargetsBodySchema = z.object({
  householdIds: z.array(uuid).min(1).max(200),
});
export type RegisterTargetsBody = z.infer<typeof registerTargetsBodySchema>;

export const targetLoanSchema = z.object({
  contractId: z.string(),
  loanId: z.string(),
  contractNo: z.string(),
  borrowRound: z.number().int(),
  signedOn: z.string(),
  amountSatang: z.number().int(),
  repaidSatang: z.number().int(),
  outstandingSatang: z.number().int(),
  loanStatus: z.string(),
});

export const targetSchema = z.object({
  id: z.string(),
  householdId: z.string(),
  registerSeq: z.number().int(),
  houseNo: z.string(),
  headName: z.string(),
  membersCount: z.number().int(),
  bmnYear: z.number().int(),
  incomePerPersonSatang: z.number().int(),
  /** B.E. year of the first contract; the "after" incomes are the จปฐ. records 1, 2, 3 years later. */
  firstLoanYear: z.number().int().nullable(),
  incomeAfter1Satang: z.number().int().nullable(),
  incomeAfter2Satang: z.number().int().nullable(),
  incomeAfter3Satang: z.number().int().nullable(),
  status: z.string(),
  registeredOn: z.string(),
  loans: z.array(targetLoanSchema),
});
export type Target = z.infer<typeof targetSchema>;

export const candidateSchema = z.object({
  householdId: z.string(),
  houseNo: z.string(),
  headName: z.string(),
  memberCount: z.number().int(),
  bmnYear: z.number().int().nullable(),
  incomePerPersonSatang: z.number().int().nullable(),
  criterionSatang: z.number().int().nullable(),
  eligible: z.boolean(),
  reason: z.enum(["eligible", "no_bmn_record", "above_criterion"]),
});
export type Candidate = z.infer<typeof candidateSchema>;

// Proposals (แบบเสนอโครงการ).

export const proposalBodySchema = z.object({
  targetId: uuid,
  applicantName: name,
  applicantAge: z.number().int().min(15).max(120).optional(),
  occupation: name,
  projectName: name,
  /** Budget lines 2.1, 2.2, … in this order; the total is their sum. */
  items: z
    .array(z.object({ description: z.string().trim().min(1).max(300), amountSatang: positiveSatang }))
    .min(1)
    .max(30),
  submittedOn: businessDate.optional(),
});
export type ProposalBody = z.infer<typeof proposalBodySchema>;

export const proposalOpinionBodySchema = z.object({
  opinion: z.enum(["feasible", "not_feasible"]),
  reason: z.string().trim().max(2_000).optional(),
  opinionOn: businessDate.optional(),
});
export type ProposalOpinionBody = z.infer<typeof proposalOpinionBodySchema>;

export const requestOpinionBodySchema = z.object({
  opinion: z.enum(["agree", "disagree"]),
  reason: z.string().trim().max(2_000).optional(),
  opinionOn: businessDate.optional(),
});
export type RequestOpinionBody = z.infer<typeof requestOpinionBodySchema>;

export const decisionBodySchema = z.object({
  decision: z.enum(["approve", "reject"]),
  /** The approved amount (required to approve). */
  amountSatang: positiveSatang.optional(),
  reason: z.string().trim().max(2_000).optional(),
  /** The committee meeting that made the decision. */
  meetingId: uuid.optional(),
  decidedOn: businessDate.optional(),
});
export type DecisionBody = z.infer<typeof decisionBodySchema>;

export const withdrawBodySchema = z.object({ reason: shortText });

const workerOpinionSchema = z.object({
  opinion: z.string(),
  reason: z.string().nullable(),
  name: z.string().nullable(),
  userId: z.string().nullable(),
  on: z.string().nullable(),
});

const decisionSchema = z.object({
  decision: z.string(),
  amountSatang: z.number().int().nullable(),
  reason: z.string().nullable(),
  meetingId: z.string().nullable(),
  meetingNo: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedOn: z.string().nullable(),
});

export const proposalSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  targetId: z.string(),
  householdId: z.string(),
  borrowRound: z.number().int(),
  docNo: z.string(),
  applicantName: z.string(),
  applicantAge: z.number().int().nullable(),
  occupation: z.string(),
  projectName: z.string(),
  items: z.array(z.object({ no: z.string(), description: z.string(), amountSatang: z.number().int() })),
  totalSatang: z.number().int(),
  totalWords: z.string(),
  submittedOn: z.string(),
  status: z.string(),
  workerOpinion: workerOpinionSchema.nullable(),
  decision: decisionSchema.nullable(),
  recordedBy: z.string().nullable(),
});
export type Proposal = z.infer<typeof proposalSchema>;

// Loan requests (แบบขอยืมเงินทุน).

export const planSchema = z.object({
  scheduleType: z.enum(SCHEDULE_TYPES),
  instalmentCount: z.number().int().min(1).max(600).optional(),
  frequencyMonths: z.number().int().min(1).max(12).optional(),
  firstDueOn: businessDate.optional(),
  lumpSumDueOn: businessDate.optional(),
  customDueDates: z
    .array(z.object({ dueOn: businessDate, principalSatang: positiveSatang.optional() }))
    .min(1)
    .max(60)
    .optional(),
});
export type PlanBody = z.infer<typeof planSchema>;

export const loanRequestBodySchema = z.object({
  proposalId: uuid,
  amountSatang: positiveSatang,
  plan: planSchema,
  consentName: name.optional(),
  consentRelation: z.enum(["spouse", "heir"]).optional(),
  requestedOn: businessDate.optional(),
});
export type LoanRequestBody = z.infer<typeof loanRequestBodySchema>;

export const instalmentSchema = z.object({
  seq: z.number().int(),
  dueOn: z.string(),
  principalSatang: z.number().int(),
  interestSatang: z.number().int(),
  totalSatang: z.number().int(),
});

export const loanRequestSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  proposalId: z.string(),
  householdId: z.string(),
  docNo: z.string(),
  registerSeq: z.number().int(),
  amountSatang: z.number().int(),
  amountWords: z.string(),
  plan: z.record(z.string(), z.unknown()),
  /** The schedule the plan gives, counted from the request date (the contract recounts from its own date). */
  schedulePreview: z.array(instalmentSchema),
  consentName: z.string().nullable(),
  consentRelation: z.string().nullable(),
  requestedOn: z.string(),
  status: z.string(),
  workerOpinion: workerOpinionSchema.nullable(),
  decision: decisionSchema.extend({ amountWords: z.string().nullable() }).nullable(),
  recordedBy: z.string().nullable(),
});
export type LoanRequest = z.infer<typeof loanRequestSchema>;

// Contracts (สัญญายืมเงินทุน).

export const contractBodySchema = z.object({
  requestId: uuid,
  /** The household member who borrows and signs. */
  borrowerMemberId: uuid,
  volumeNo: z.string().trim().min(1).max(16).optional(),
  signedOn: businessDate.optional(),
  consentName: name.optional(),
  consentRelation: z.enum(["spouse", "heir"]).optional(),
  witness1Name: name,
  witness2Name: name,
  /** Default: "ที่ทำการกองทุน กข.คจ. <village name>". */
  writtenAt: z.string().trim().min(1).max(300).optional(),
});
export type ContractBody = z.infer<typeof contractBodySchema>;

export const contractInstalmentSchema = instalmentSchema.extend({
  paidPrincipalSatang: z.number().int(),
  paidInterestSatang: z.number().int(),
});

export const contractSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  requestId: z.string(),
  proposalId: z.string(),
  householdId: z.string(),
  loanId: z.string(),
  contractNo: z.string(),
  volumeNo: z.string().nullable(),
  borrowRound: z.number().int(),
  signedOn: z.string(),
  writtenAt: z.string(),
  amountSatang: z.number().int(),
  amountWords: z.string(),
  borrowerName: z.string(),
  borrowerMemberId: z.string().nullable(),
  borrowerAddress: z.record(z.string(), z.string()),
  projectName: z.string(),
  consentName: z.string().nullable(),
  consentRelation: z.string().nullable(),
  lenderName: z.string(),
  witness1Name: z.string(),
  witness2Name: z.string(),
  loanStatus: z.string(),
  instalments: z.array(contractInstalmentSchema),
  recordedBy: z.string().nullable(),
});
export type Contract = z.infer<typeof contractSchema>;

// Payment vouchers (ใบสำคัญจ่ายเงินยืม).

export const voucherBodySchema = z.object({
  contractId: uuid,
  /** cash: paid from cash on hand now. bank: a withdrawal to cash that the signatories approve first. */
  source: z.enum(["cash", "bank"]),
  bankAccountId: uuid.optional(),
  /** cash: the payout date. bank: the date the money leaves the bank (default: the last approval's date). */
  paidOn: businessDate.optional(),
});
export type VoucherBody = z.infer<typeof voucherBodySchema>;

export const payVoucherBodySchema = z.object({ paidOn: businessDate.optional() });
export const cancelVoucherBodySchema = z.object({ reason: shortText });

export const voucherSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  contractId: z.string(),
  contractNo: z.string(),
  loanId: z.string(),
  voucherNo: z.string(),
  borrowerName: z.string(),
  amountSatang: z.number().int(),
  amountWords: z.string(),
  source: z.enum(["cash", "bank"]),
  bankWithdrawalId: z.string().nullable(),
  withdrawalStatus: z.string().nullable(),
  status: z.string(),
  paidOn: z.string().nullable(),
  journalEntryId: z.string().nullable(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Voucher = z.infer<typeof voucherSchema>;

// Debt confirmations (ยืนยันยอดหนี้).

export const debtConfirmationBodySchema = z.object({
  loanId: uuid,
  /** The balance date (default today); the fiscal year is the one this date falls in. */
  asOf: businessDate.optional(),
  agrees: z.boolean(),
  /** What the household says it owes, when it disputes the balance. */
  claimedSatang: satangOrZero.optional(),
  note: z.string().trim().max(2_000).optional(),
  confirmedOn: businessDate.optional(),
});
export type DebtConfirmationBody = z.infer<typeof debtConfirmationBodySchema>;

export const debtConfirmationSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  loanId: z.string(),
  householdId: z.string(),
  contractNo: z.string(),
  borrowerName: z.string(),
  fiscalYear: z.number().int(),
  asOf: z.string(),
  outstandingSatang: z.number().int(),
  agrees: z.boolean(),
  claimedSatang: z.number().int().nullable(),
  note: z.string().nullable(),
  confirmedOn: z.string(),
  recordedBy: z.string().nullable(),
});
export type DebtConfirmation = z.infer<typeof debtConfirmationSchema>;

export const unconfirmedLoanSchema = z.object({
  loanId: z.string(),
  contractNo: z.string(),
  householdId: z.string().nullable(),
  borrowerName: z.string(),
  loanStatus: z.string(),
  outstandingSatang: z.number().int(),
});
export type UnconfirmedLoan = z.infer<typeof unconfirmedLoanSchema>;

export const fiscalYearQuerySchema = pageQuerySchema.extend({
  fiscalYear: z.coerce.number().int().min(2500).max(2700).optional(),
});

// Village status and handovers (brown book).

const bookCheckSchema = z.object({ exists: z.boolean(), correct: z.boolean(), note: z.string() });

export const villageStatusSchema = z.object({
  asOf: z.string(),
  fundId: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  originalCapitalSatang: z.number().int(),
  targetHouseholds: z.number().int(),
  borrowerHouseholds: z.number().int(),
  repayingHouseholds: z.number().int(),
  /** Loans receivable from the journal: money with households. */
  withHouseholdsSatang: z.number().int(),
  bankSatang: z.number().int(),
  bankAccounts: z.array(
    z.object({ bankAccountId: z.string().nullable(), nameTh: z.string(), balanceSatang: z.number().int() }),
  ),
  cashSatang: z.number().int(),
  otherAssetsSatang: z.number().int(),
  /** Cash on hand and other assets: the fund's money that is neither lent nor in the bank. */
  elsewhereSatang: z.number().int(),
  totalFundSatang: z.number().int(),
  defaultingHouseholds: z.number().int(),
  defaultingLoans: z.number().int(),
  defaultedSatang: z.number().int(),
  /** max(0, original capital − (bank + outstanding non-defaulted loans + cash)). */
  missingSatang: z.number().int(),
  ledgerBalanced: z.boolean(),
  books: z.object({
    purple: bookCheckSchema,
    green: bookCheckSchema,
    yellow: bookCheckSchema,
    brown: bookCheckSchema,
  }),
});
export type VillageStatus = z.infer<typeof villageStatusSchema>;

export const handoverBodySchema = z.object({
  handedOn: businessDate.optional(),
  fromName: name,
  fromPosition: name,
  toName: name,
  toPosition: name,
  fromUserId: uuid.optional(),
  toUserId: uuid.optional(),
  notes: z.string().trim().max(5_000).optional(),
});
export type HandoverBody = z.infer<typeof handoverBodySchema>;

export const handoverSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  areaCode: z.string(),
  handedOn: z.string(),
  fromName: z.string(),
  fromPosition: z.string(),
  toName: z.string(),
  toPosition: z.string(),
  fromUserId: z.string().nullable(),
  toUserId: z.string().nullable(),
  notes: z.string().nullable(),
  snapshot: villageStatusSchema,
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Handover = z.infer<typeof handoverSchema>;

// Books.

export const purpleBookSchema = z.object({
  fund: z.object({ id: z.string(), name: z.string(), villageCode: z.string(), villageName: z.string() }),
  targets: z.object({ items: z.array(targetSchema), nextCursor: z.string().nullable() }),
  committeeSets: z.array(
    z.object({
      setNo: z.number().int(),
      termStart: z.string(),
      termEnd: z.string(),
      isCurrent: z.boolean(),
      members: z.array(z.object({ name: z.string(), position: z.enum(COMMITTEE_POSITIONS) })),
    }),
  ),
  /** พัฒนากร whose area covers the village. */
  workers: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      position: z.string().nullable(),
      scopeCode: z.string(),
    }),
  ),
});
export type PurpleBook = z.infer<typeof purpleBookSchema>;

export const greenBookQuerySchema = pageQuerySchema.extend({ bankAccountId: uuid.optional() });

export const greenBookSchema = z.object({
  bankAccounts: z.array(
    z.object({
      bankAccountId: z.string(),
      bankName: z.string(),
      accountNo: z.string(),
      accountName: z.string(),
      balanceSatang: z.number().int(),
    }),
  ),
  bankAccountId: z.string().nullable(),
  /** The balance before the first row of this page. */
  openingBalanceSatang: z.number().int(),
  items: z.array(
    z.object({
      entryId: z.string(),
      entryDate: z.string(),
      /** Voucher, receipt or other document number; null for an entry without one (see entryId). */
      docNo: z.string().nullable(),
      docType: z.enum(["voucher", "receipt", "receipt_cancelled", "entry"]),
      kind: z.string(),
      description: z.string(),
      depositSatang: z.number().int(),
      withdrawalSatang: z.number().int(),
      balanceSatang: z.number().int(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export type GreenBook = z.infer<typeof greenBookSchema>;

export const yellowBookQuerySchema = pageQuerySchema.extend({ loanId: uuid.optional() });

export const debtorSchema = z.object({
  loanId: z.string(),
  contractId: z.string().nullable(),
  contractNo: z.string(),
  householdId: z.string().nullable(),
  houseNo: z.string().nullable(),
  borrowerName: z.string(),
  borrowRound: z.number().int().nullable(),
  disbursedOn: z.string().nullable(),
  principalSatang: z.number().int(),
  /** From the journal lines on loans receivable of this loan's entries. */
  lentSatang: z.number().int(),
  repaidSatang: z.number().int(),
  writtenOffSatang: z.number().int(),
  outstandingSatang: z.number().int(),
  loanStatus: z.string(),
  classification: z.string().nullable(),
});
export type Debtor = z.infer<typeof debtorSchema>;

export const yellowBookSchema = z.object({
  /** Set when one loan's account was asked for (loanId). */
  loan: debtorSchema.nullable(),
  /** Without loanId: one row per loan (debtor account). */
  debtors: z.array(debtorSchema),
  /** With loanId: the loan's movements with a running balance. */
  entries: z.array(
    z.object({
      entryId: z.string(),
      entryDate: z.string(),
      docNo: z.string().nullable(),
      movement: z.enum(["disbursement", "repayment", "reversal", "write_off", "other"]),
      description: z.string(),
      debitSatang: z.number().int(),
      creditSatang: z.number().int(),
      balanceSatang: z.number().int(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export type YellowBook = z.infer<typeof yellowBookSchema>;

export const brownBookQuerySchema = pageQuerySchema;

export const brownBookSchema = z.object({
  part1: z.object({
    districtCode: z.string(),
    districtName: z.string(),
    items: z.array(
      z.object({
        fundId: z.string(),
        villageCode: z.string(),
        villageName: z.string(),
        fundName: z.string(),
        startedOn: z.string(),
        /** B.E. year the village was funded. */
        yearFunded: z.number().int(),
        originalCapitalSatang: z.number().int(),
        status: z.string(),
      }),
    ),
    nextCursor: z.string().nullable(),
  }),
  part2: z.array(handoverSchema),
  part3: villageStatusSchema,
});
export type BrownBook = z.infer<typeof brownBookSchema>;

// A household's rounds.

export const householdRoundsSchema = z.object({
  householdId: z.string(),
  houseNo: z.string(),
  headName: z.string(),
  villageCode: z.string(),
  targets: z.array(
    z.object({ fundId: z.string(), targetId: z.string(), registerSeq: z.number().int(), status: z.string() }),
  ),
  rounds: z.array(
    z.object({
      proposal: proposalSchema,
      request: loanRequestSchema.nullable(),
      contract: contractSchema.omit({ instalments: true }).nullable(),
      voucher: voucherSchema.nullable(),
      loan: z
        .object({
          loanId: z.string(),
          status: z.string(),
          principalSatang: z.number().int(),
          outstandingSatang: z.number().int(),
          nextDueOn: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
});
export type HouseholdRounds = z.infer<typeof householdRoundsSchema>;

export const listQuerySchema = pageQuerySchema.extend({ status: z.string().max(24).optional() });
export type ListQuery = z.infer<typeof listQuerySchema>;
