// Request and response shapes of the funds API (to move to src/shared/contracts when the web app needs them).
import { z } from "zod";
import { pageQuerySchema } from "../../shared/contracts/index";
import { COMMITTEE_POSITIONS } from "../../shared/roles";
import { isIsoDate } from "../../shared/thai-date";

export const FUND_TYPES = [
  "kkj",
  "savings_group",
  "village_fund",
  "womens_fund",
  "occupation_group",
  "welfare_fund",
  "other",
] as const;
export type FundType = (typeof FUND_TYPES)[number];

export const FUND_STATUSES = ["active", "suspended", "closed"] as const;
export type FundStatus = (typeof FUND_STATUSES)[number];

/** Positions that may be required on a withdrawal (a plain member is never a required signatory). */
export const SIGNING_POSITIONS = ["chair", "secretary", "finance"] as const;

export const businessDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine(isIsoDate, "not a calendar date");
export const villageCodeSchema = z.string().regex(/^\d{8}$/, "8-digit village code");
const satangAmount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A fund's bylaws and parameters; anything absent takes the default of the fund type. */
export const fundParametersSchema = z
  .object({
    committeeTermYears: z.number().int().min(1).max(10).optional(),
    committeeMinSize: z.number().int().min(1).max(50).optional(),
    committeeMaxSize: z.number().int().min(1).max(50).optional(),
    /** How many days before the business date an entry may be dated (late recording). */
    backdateDays: z.number().int().min(0).max(366).optional(),
    /** How many days after the business date an entry may be dated. */
    forwardDays: z.number().int().min(0).max(31).optional(),
    interestRateBp: z.number().int().min(0).max(3600).optional(),
    maxLoanSatang: satangAmount.optional(),
    maxLoanTermMonths: z.number().int().min(1).max(120).optional(),
    bylawsText: z.string().max(20_000).optional(),
  })
  .strict();
export type FundParameters = z.infer<typeof fundParametersSchema>;

export const createFundBodySchema = z.object({
  areaCode: villageCodeSchema,
  fundType: z.enum(FUND_TYPES),
  name: z.string().trim().min(1).max(200),
  startedOn: businessDateSchema,
  originalCapitalSatang: satangAmount.optional(),
  parameters: fundParametersSchema.default({}),
  isModel: z.boolean().default(false),
  modelYear: z.number().int().min(2500).max(2700).nullable().optional(),
  isLearningCentre: z.boolean().default(false),
});
export type CreateFundBody = z.infer<typeof createFundBodySchema>;

export const updateFundBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    status: z.enum(FUND_STATUSES).optional(),
    parameters: fundParametersSchema.optional(),
    isModel: z.boolean().optional(),
    modelYear: z.number().int().min(2500).max(2700).nullable().optional(),
    isLearningCentre: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, "nothing to change");
export type UpdateFundBody = z.infer<typeof updateFundBodySchema>;

export const fundListQuerySchema = pageQuerySchema.extend({
  area: z
    .string()
    .regex(/^(\d{2}|\d{4}|\d{6}|\d{8})$/)
    .optional(),
  fundType: z.enum(FUND_TYPES).optional(),
  status: z.enum(FUND_STATUSES).optional(),
});
export type FundListQuery = z.infer<typeof fundListQuerySchema>;

export const fundSchema = z.object({
  id: z.string(),
  areaCode: z.string(),
  areaName: z.string(),
  fundType: z.enum(FUND_TYPES),
  name: z.string(),
  startedOn: z.string(),
  originalCapitalSatang: z.number().int(),
  parameters: fundParametersSchema,
  status: z.enum(FUND_STATUSES),
  isModel: z.boolean(),
  modelYear: z.number().int().nullable(),
  isLearningCentre: z.boolean(),
});
export type Fund = z.infer<typeof fundSchema>;

export const committeeMemberBodySchema = z.object({
  name: z.string().trim().min(1).max(200),
  position: z.enum(COMMITTEE_POSITIONS),
  userId: z.string().uuid().optional(),
  householdMemberId: z.string().uuid().optional(),
});
export type CommitteeMemberBody = z.infer<typeof committeeMemberBodySchema>;

export const createCommitteeSetBodySchema = z.object({
  termStart: businessDateSchema,
  termEnd: businessDateSchema.optional(),
  members: z.array(committeeMemberBodySchema).min(1).max(50),
});
export type CreateCommitteeSetBody = z.infer<typeof createCommitteeSetBodySchema>;

export const committeeMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  position: z.enum(COMMITTEE_POSITIONS),
  userId: z.string().nullable(),
  householdMemberId: z.string().nullable(),
});
export type CommitteeMember = z.infer<typeof committeeMemberSchema>;

export const committeeSetSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  setNo: z.number().int(),
  termStart: z.string(),
  termEnd: z.string(),
  isCurrent: z.boolean(),
  members: z.array(committeeMemberSchema),
});
export type CommitteeSet = z.infer<typeof committeeSetSchema>;

export const withdrawalRuleSchema = z.object({
  required: z.number().int().min(2).max(9),
  mustInclude: z.array(z.enum(SIGNING_POSITIONS)).max(3),
});
export type WithdrawalRule = z.infer<typeof withdrawalRuleSchema>;

export const openBankAccountBodySchema = z.object({
  bankName: z.string().trim().min(1).max(120),
  branch: z.string().trim().min(1).max(120),
  accountNo: z
    .string()
    .trim()
    .regex(/^[0-9][0-9-]{4,30}$/, "digits and dashes"),
  accountName: z.string().trim().min(1).max(200),
  /** Committee members of the current set who sign for the account. */
  signatoryMemberIds: z.array(z.string().uuid()).min(2).max(9),
  withdrawalRule: withdrawalRuleSchema.optional(),
});
export type OpenBankAccountBody = z.infer<typeof openBankAccountBodySchema>;

export const replaceSignatoriesBodySchema = z.object({
  /** Members of the current committee set. */
  signatoryMemberIds: z.array(z.string().uuid()).min(2).max(9),
  withdrawalRule: withdrawalRuleSchema.optional(),
  /** The committee resolution naming them, e.g. "มติที่ประชุมครั้งที่ 1/2569". */
  resolutionRef: z.string().trim().min(1).max(300),
});
export type ReplaceSignatoriesBody = z.infer<typeof replaceSignatoriesBodySchema>;

export const bankAccountSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  bankName: z.string(),
  branch: z.string(),
  accountNo: z.string(),
  accountName: z.string(),
  status: z.enum(["pending", "active"]),
  withdrawalRule: withdrawalRuleSchema,
  signatories: z.array(z.object({ memberId: z.string(), name: z.string(), position: z.string() })),
  approvals: z.array(z.object({ position: z.string(), userId: z.string(), approvedAt: z.string() })),
  ledgerAccountId: z.string().nullable(),
});
export type BankAccount = z.infer<typeof bankAccountSchema>;

export const fundDetailSchema = z.object({
  fund: fundSchema,
  currentCommitteeSet: committeeSetSchema.nullable(),
  /** The signed-in user's positions in the current committee set. */
  myPositions: z.array(z.enum(COMMITTEE_POSITIONS)),
  bankAccounts: z.array(bankAccountSchema),
});
export type FundDetail = z.infer<typeof fundDetailSchema>;
