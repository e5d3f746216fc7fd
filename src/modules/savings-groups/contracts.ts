// Request and response shapes of the savings-groups API under /api/savings-groups.
import { z } from "zod";
import { pageQuerySchema } from "../../shared/contracts/index";
import { isIsoDate } from "../../shared/thai-date";

const businessDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine(isIsoDate, "not a calendar date");
const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM")
  .describe("the month a deposit is for, YYYY-MM");
const positiveSatang = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().trim().min(1).max(max);
const uuid = z.string().uuid();

export const SG_MEMBER_STATUSES = ["active", "resigned", "died", "expelled"] as const;
export type SgMemberStatus = (typeof SG_MEMBER_STATUSES)[number];
export const SG_MEETING_KINDS = ["monthly", "annual"] as const;

/** Bylaws as sent: checked field by field by parseGroupBylaws (Thai and English messages per field). */
export const bylawsInputSchema = z
  .record(z.string(), z.unknown())
  .describe("GroupBylaws fields; what is not given takes the default (docs/savings-groups.md)");

export const createGroupBodySchema = z
  .object({
    areaCode: z.string().regex(/^\d{8}$/, "8-digit village code"),
    name: text(200),
    startedOn: businessDate,
    bylaws: bylawsInputSchema.default({}),
    resolutionRef: text(200).optional(),
    /** Days an entry may be dated before the business date (the fund's posting window). */
    backdateDays: z.number().int().min(0).max(366).optional(),
  })
  .strict();
export type CreateGroupBody = z.infer<typeof createGroupBodySchema>;

export const amendBylawsBodySchema = z
  .object({ effectiveOn: businessDate, bylaws: bylawsInputSchema, resolutionRef: text(200) })
  .strict();
export type AmendBylawsBody = z.infer<typeof amendBylawsBodySchema>;

export const bylawsSchema = z.object({
  shareValueSatang: z.number().int(),
  minSharesPerMonth: z.number().int(),
  maxSharesPerMonth: z.number().int(),
  entryFeeSatang: z.number().int(),
  loanMultipleBp: z.number().int(),
  interestBp: z.number().int(),
  guarantorsRequired: z.number().int(),
  maxGuaranteesPerMember: z.number().int(),
  dividendBasis: z.string(),
  profitAllocationBp: z.record(z.string(), z.number().int()),
});

export const bylawsVersionSchema = z.object({
  effectiveOn: z.string(),
  resolutionRef: z.string().nullable(),
  bylaws: bylawsSchema,
});

export const groupSchema = z.object({
  fundId: z.string(),
  areaCode: z.string(),
  villageName: z.string(),
  name: z.string(),
  startedOn: z.string(),
  status: z.string(),
  activeMembers: z.number().int(),
  totalSharesSatang: z.number().int(),
  loansOutstandingSatang: z.number().int(),
});
export type Group = z.infer<typeof groupSchema>;

export const groupDetailSchema = groupSchema.extend({
  bylaws: bylawsSchema,
  bylawsVersions: z.array(bylawsVersionSchema),
  cashSatang: z.number().int(),
  bankSatang: z.number().int(),
  closedYears: z.array(z.number().int()),
  /** What the signed-in user may do here. */
  can: z.object({
    recordMembers: z.boolean(),
    recordDeposits: z.boolean(),
    lend: z.boolean(),
    overrideLoanRules: z.boolean(),
    recordMeetings: z.boolean(),
    closeYear: z.boolean(),
  }),
});
export type GroupDetail = z.infer<typeof groupDetailSchema>;

export const groupListQuerySchema = pageQuerySchema.extend({
  area: z
    .string()
    .regex(/^(\d{2}|\d{4}|\d{6}|\d{8})?$/)
    .optional(),
});

export const beneficiaryInputSchema = z
  .object({
    name: z.string().max(200),
    relationship: z.string().max(100),
    citizenId: z.string().max(20).optional(),
    shareBp: z.number(),
  })
  .strict();

export const addMemberBodySchema = z
  .object({
    householdMemberId: uuid.optional(),
    name: text(200).optional(),
    joinedOn: businessDate,
    beneficiaries: z.array(beneficiaryInputSchema).max(20),
  })
  .strict();
export type AddMemberBody = z.infer<typeof addMemberBodySchema>;

export const beneficiariesBodySchema = z
  .object({ beneficiaries: z.array(beneficiaryInputSchema).max(20) })
  .strict();

export const memberStatusBodySchema = z
  .object({
    status: z.enum(["resigned", "died", "expelled"]),
    on: businessDate,
    reason: text(500),
    /** Pay the share savings back in cash (Dr member shares / Cr cash) in the same transaction. */
    payOutShares: z.boolean().default(true),
  })
  .strict();
export type MemberStatusBody = z.infer<typeof memberStatusBodySchema>;

export const beneficiarySchema = z.object({
  seq: z.number().int(),
  name: z.string(),
  relationship: z.string(),
  citizenIdMasked: z.string().nullable(),
  shareBp: z.number().int(),
});

export const memberSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  memberNo: z.string(),
  accountNo: z.string(),
  name: z.string(),
  householdId: z.string().nullable(),
  householdMemberId: z.string().nullable(),
  joinedOn: z.string(),
  entryFeeSatang: z.number().int(),
  status: z.enum(SG_MEMBER_STATUSES),
  statusOn: z.string().nullable(),
  statusReason: z.string().nullable(),
  sharesSatang: z.number().int(),
  loanOutstandingSatang: z.number().int(),
});
export type Member = z.infer<typeof memberSchema>;

export const memberDetailSchema = memberSchema.extend({ beneficiaries: z.array(beneficiarySchema) });
export type MemberDetail = z.infer<typeof memberDetailSchema>;

export const memberListQuerySchema = pageQuerySchema.extend({
  status: z.enum(SG_MEMBER_STATUSES).optional(),
});

export const depositSheetBodySchema = z
  .object({
    month,
    paidOn: businessDate,
    rows: z
      .array(z.object({ memberId: uuid, shares: z.number() }).strict())
      .min(1)
      .max(2000),
  })
  .strict();
export type DepositSheetBody = z.infer<typeof depositSheetBodySchema>;

export const depositSheetQuerySchema = z.object({ month });

export const depositSheetSchema = z.object({
  month: z.string(),
  shareValueSatang: z.number().int(),
  minSharesPerMonth: z.number().int(),
  maxSharesPerMonth: z.number().int(),
  rows: z.array(
    z.object({
      memberId: z.string(),
      memberNo: z.string(),
      name: z.string(),
      shares: z.number().int().nullable(),
      amountSatang: z.number().int().nullable(),
      paidOn: z.string().nullable(),
      sharesSatang: z.number().int(),
    }),
  ),
  totalSatang: z.number().int(),
});
export type DepositSheet = z.infer<typeof depositSheetSchema>;

export const depositResultSchema = z.object({
  month: z.string(),
  count: z.number().int(),
  totalSatang: z.number().int(),
  journalEntryId: z.string(),
});

export const depositRowSchema = z.object({
  id: z.string(),
  memberId: z.string(),
  memberNo: z.string(),
  name: z.string(),
  kind: z.string(),
  month: z.string(),
  paidOn: z.string(),
  shares: z.number().int(),
  amountSatang: z.number().int(),
});
export type DepositRow = z.infer<typeof depositRowSchema>;

export const depositListQuerySchema = pageQuerySchema.extend({
  from: month.optional(),
  to: month.optional(),
  memberId: uuid.optional(),
});

export const loanBodySchema = z
  .object({
    memberId: uuid,
    amountSatang: positiveSatang,
    guarantorIds: z.array(uuid).max(10),
    instalmentCount: z.number().int().min(1).max(600),
    contractedOn: businessDate,
    resolutionRef: text(200),
    meetingId: uuid.optional(),
    /** The chair lends despite broken bylaw rules; the reason is kept and audited. */
    override: z
      .object({ reason: text(500) })
      .strict()
      .optional(),
  })
  .strict();
export type LoanBody = z.infer<typeof loanBodySchema>;

export const loanCheckBodySchema = z
  .object({ memberId: uuid, amountSatang: positiveSatang, guarantorIds: z.array(uuid).max(10) })
  .strict();

const issueSchema = z.object({ path: z.string(), code: z.string(), th: z.string(), en: z.string() });

export const loanCheckSchema = z.object({
  isAllowed: z.boolean(),
  limitSatang: z.number().int(),
  availableSatang: z.number().int(),
  ownSavingsSatang: z.number().int(),
  outstandingSatang: z.number().int(),
  violations: z.array(issueSchema),
});
export type LoanCheck = z.infer<typeof loanCheckSchema>;

export const sgLoanSchema = z.object({
  id: z.string(),
  loanId: z.string(),
  loanNo: z.string(),
  memberId: z.string(),
  memberNo: z.string(),
  name: z.string(),
  amountSatang: z.number().int(),
  limitSatang: z.number().int(),
  contractedOn: z.string(),
  status: z.string(),
  outstandingPrincipalSatang: z.number().int(),
  nextDueOn: z.string().nullable(),
  guarantors: z.array(z.object({ memberId: z.string(), memberNo: z.string(), name: z.string() })),
  resolutionRef: z.string(),
  overriddenRules: z.array(issueSchema),
  overrideReason: z.string().nullable(),
});
export type SgLoan = z.infer<typeof sgLoanSchema>;

export const meetingBodySchema = z
  .object({
    kind: z.enum(SG_MEETING_KINDS),
    heldOn: businessDate,
    attendeeMemberIds: z.array(uuid).max(5000),
    minutes: z.string().trim().max(20_000),
    resolutions: z.array(text(2000)).max(50),
  })
  .strict();
export type MeetingBody = z.infer<typeof meetingBodySchema>;

export const sgMeetingSchema = z.object({
  id: z.string(),
  meetingNo: z.string(),
  kind: z.enum(SG_MEETING_KINDS),
  heldOn: z.string(),
  attendeeCount: z.number().int(),
  attendeeMemberIds: z.array(z.string()),
  minutes: z.string(),
  resolutions: z.array(z.string()),
});
export type SgMeeting = z.infer<typeof sgMeetingSchema>;

export const closeBodySchema = z
  .object({ fiscalYear: z.number().int().min(2500).max(2700), meetingId: uuid.optional() })
  .strict();
export type CloseBody = z.infer<typeof closeBodySchema>;

export const closeQuerySchema = z.object({ fiscalYear: z.coerce.number().int().min(2500).max(2700) });

export const closeMemberSchema = z.object({
  memberId: z.string(),
  memberNo: z.string(),
  name: z.string(),
  shareBalanceSatang: z.number().int(),
  shareMonthsSatang: z.number().int(),
  interestPaidSatang: z.number().int(),
  dividendSatang: z.number().int(),
  patronageRefundSatang: z.number().int(),
  totalSatang: z.number().int(),
});
export type CloseMemberRow = z.infer<typeof closeMemberSchema>;

export const yearCloseSchema = z.object({
  fiscalYear: z.number().int(),
  isClosed: z.boolean(),
  closedOn: z.string().nullable(),
  incomeSatang: z.number().int(),
  expenseSatang: z.number().int(),
  netProfitSatang: z.number().int(),
  profitAllocationBp: z.record(z.string(), z.number().int()),
  buckets: z.record(z.string(), z.number().int()),
  redirected: z.array(
    z.object({
      bucket: z.string(),
      amountSatang: z.number().int(),
      reason: z.object({ th: z.string(), en: z.string() }),
    }),
  ),
  journalEntryId: z.string().nullable(),
  members: z.array(closeMemberSchema),
});
export type YearClose = z.infer<typeof yearCloseSchema>;

export const statementSchema = z.object({
  group: z.object({ fundId: z.string(), name: z.string(), villageName: z.string() }),
  member: memberDetailSchema,
  fiscalYear: z.number().int(),
  shareValueSatang: z.number().int(),
  openingSharesSatang: z.number().int(),
  months: z.array(
    z.object({
      month: z.string(),
      shares: z.number().int(),
      depositSatang: z.number().int(),
      withdrawalSatang: z.number().int(),
      balanceSatang: z.number().int(),
    }),
  ),
  closingSharesSatang: z.number().int(),
  loans: z.array(
    z.object({
      loanNo: z.string(),
      contractedOn: z.string(),
      amountSatang: z.number().int(),
      status: z.string(),
      outstandingPrincipalSatang: z.number().int(),
      repayments: z.array(
        z.object({
          receiptNo: z.string(),
          paidOn: z.string(),
          principalSatang: z.number().int(),
          interestSatang: z.number().int(),
        }),
      ),
    }),
  ),
  lastClose: z
    .object({
      fiscalYear: z.number().int(),
      dividendSatang: z.number().int(),
      patronageRefundSatang: z.number().int(),
    })
    .nullable(),
});
export type Statement = z.infer<typeof statementSchema>;

export const statementQuerySchema = z.object({
  fiscalYear: z.coerce.number().int().min(2500).max(2700).optional(),
});
