// Request and response shapes of the debt-centre API (to move to src/shared/contracts when the web app needs them).
import { z } from "zod";
import { areaCodeSchema, pageQuerySchema } from "../../shared/contracts/index";
import { COMMITTEE_POSITIONS } from "../../shared/roles";
import { isIsoDate } from "../../shared/thai-date";
import { PLAN_STATUSES } from "./plan-status";
import { WELFARE_STATUSES, WELFARE_TYPES } from "./welfare";

const businessDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine(isIsoDate, "not a calendar date");
const satang = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const localized = z.object({ th: z.string(), en: z.string() });

export const createCentreBodySchema = z
  .object({
    areaCode: z.string().regex(/^\d{8}$/, "8-digit village code"),
    name: z.string().trim().min(1).max(200),
    /** Uniform yearly rate of every member fund's restructuring loan (UNVERIFIED default 600). */
    rateBp: z.number().int().min(0).max(1_500).optional(),
    maxTermMonths: z.number().int().min(1).max(120).optional(),
    affordabilityBp: z.number().int().min(0).max(10_000).optional(),
    consolidateByDefault: z.boolean().optional(),
    relapseWindowMonths: z.number().int().min(1).max(120).optional(),
  })
  .strict();
export type CreateCentreBody = z.infer<typeof createCentreBodySchema>;

export const centreSchema = z.object({
  id: z.string(),
  areaCode: z.string(),
  name: z.string(),
  rateBp: z.number(),
  maxTermMonths: z.number(),
  affordabilityBp: z.number(),
  consolidateByDefault: z.boolean(),
  relapseWindowMonths: z.number(),
});
export type Centre = z.infer<typeof centreSchema>;

export const centreListQuerySchema = pageQuerySchema.extend({ area: areaCodeSchema.optional() });
export type CentreListQuery = z.infer<typeof centreListQuerySchema>;

/** A Kaejon fund of the village (`fundId`) or an outside fund by name and balance. */
export const memberFundBodySchema = z
  .object({
    fundId: z.string().uuid().optional(),
    outsideName: z.string().trim().min(1).max(200).optional(),
    outsideBalanceSatang: satang.optional(),
    /** 1 = first choice; default after the last. */
    preference: z.number().int().min(1).max(999).optional(),
    mayRefinance: z.boolean().default(true),
    /** Default: the fund's bylaw maxLoanSatang. */
    maxLoanSatang: satang.optional(),
    /** Default: the fund's bylaw maxLoanTermMonths, else the centre's maximum term. */
    maxTermMonths: z.number().int().min(1).max(600).optional(),
  })
  .strict();
export type MemberFundBody = z.infer<typeof memberFundBodySchema>;

export const memberFundSchema = z.object({
  id: z.string(),
  fundId: z.string().nullable(),
  name: z.string(),
  isOutside: z.boolean(),
  outsideBalanceSatang: z.number().nullable(),
  preference: z.number(),
  mayRefinance: z.boolean(),
  maxLoanSatang: z.number(),
  maxTermMonths: z.number(),
});
export type MemberFundView = z.infer<typeof memberFundSchema>;

export const centreCommitteeBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    position: z.enum(COMMITTEE_POSITIONS),
    userId: z.string().uuid().optional(),
    /** The member fund this person represents. */
    memberFundId: z.string().uuid().optional(),
    termStart: businessDate,
    termEnd: businessDate,
  })
  .strict();
export type CentreCommitteeBody = z.infer<typeof centreCommitteeBodySchema>;

export const centreSeatSchema = z.object({
  id: z.string(),
  name: z.string(),
  position: z.enum(COMMITTEE_POSITIONS),
  userId: z.string().nullable(),
  memberFundId: z.string().nullable(),
  termStart: z.string(),
  termEnd: z.string(),
  inOffice: z.boolean(),
});
export type CentreSeat = z.infer<typeof centreSeatSchema>;

export const centreDetailSchema = z.object({
  centre: centreSchema,
  memberFunds: z.array(memberFundSchema),
  committee: z.array(centreSeatSchema),
});
export type CentreDetail = z.infer<typeof centreDetailSchema>;

/** Debts are checked field by field by parseDebtSurvey, so that every error names its field. */
export const surveyBodySchema = z
  .object({
    householdId: z.string().uuid(),
    surveyedOn: z.string(),
    /** Omitted: pre-filled from the latest จปฐ. record (annual ÷ 12). */
    monthlyIncomeSatang: z.number().optional(),
    /** Living expenses (not in จปฐ.: always asked). */
    monthlyExpensesSatang: z.number().optional(),
    debts: z.array(z.record(z.string(), z.unknown())).max(100),
  })
  .strict();
export type SurveyBody = z.infer<typeof surveyBodySchema>;

export const surveyDebtSchema = z.object({
  debtId: z.string(),
  creditorName: z.string(),
  creditorType: z.string(),
  communityFundId: z.string().nullable(),
  originalPrincipalSatang: z.number(),
  outstandingSatang: z.number(),
  arrearsSatang: z.number(),
  rateBp: z.number(),
  rateBasis: z.string(),
  instalmentSatang: z.number().nullable(),
  instalmentFrequency: z.string(),
  collateral: z.string().nullable(),
  guarantor: z.string().nullable(),
  purpose: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
});

export const surveySchema = z.object({
  id: z.string(),
  centreId: z.string(),
  householdId: z.string(),
  surveyedOn: z.string(),
  monthlyIncomeSatang: z.number(),
  monthlyExpensesSatang: z.number(),
  incomeSource: z.enum(["bmn", "manual"]),
  bmnYear: z.number().nullable(),
  debts: z.array(surveyDebtSchema),
  relapseFlags: z.number().describe("Relapse flags this survey raised"),
});
export type SurveyView = z.infer<typeof surveySchema>;

export const surveyListQuerySchema = pageQuerySchema.extend({ householdId: z.string().uuid().optional() });
export type SurveyListQuery = z.infer<typeof surveyListQuerySchema>;

export const proposePlanBodySchema = z
  .object({
    surveyId: z.string().uuid(),
    plannedOn: z.string(),
    termMonths: z.number().int().optional(),
    /** Kaejon fund ids in the committee's order; default: the member funds' preference order. */
    fundPreference: z.array(z.string()).max(100).optional(),
    overrides: z
      .object({
        forceFunds: z
          .array(z.object({ debtId: z.string(), fundId: z.string() }))
          .max(100)
          .optional(),
        excludeDebtIds: z.array(z.string()).max(100).optional(),
        consolidate: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ProposePlanBody = z.infer<typeof proposePlanBodySchema>;

export const approvePlanBodySchema = z.object({ note: z.string().trim().max(500).optional() }).strict();
export type ApprovePlanBody = z.infer<typeof approvePlanBodySchema>;

export const executePlanBodySchema = z.object({ paidOn: businessDate.optional() }).strict();
export type ExecutePlanBody = z.infer<typeof executePlanBodySchema>;

export const debtFreeBodySchema = z.object({ debtFreeOn: businessDate.optional() }).strict();
export type DebtFreeBody = z.infer<typeof debtFreeBodySchema>;

const ruleBreakSchema = z.object({
  rule: z.string(),
  reason: localized,
  fundId: z.string().optional(),
  debtId: z.string().optional(),
});

export const planSchema = z.object({
  id: z.string(),
  centreId: z.string(),
  surveyId: z.string(),
  householdId: z.string(),
  status: z.enum(PLAN_STATUSES),
  plannedOn: z.string(),
  needsChairOverride: z.boolean(),
  brokenRules: z.array(ruleBreakSchema),
  approvedBy: z.string().nullable(),
  approvedWithChairOverride: z.boolean(),
  executedOn: z.string().nullable(),
  debtFreeOn: z.string().nullable(),
  /** The planner's output (RestructuringPlan) as stored. */
  plan: z.record(z.string(), z.unknown()),
  /** What the plan was computed from: member funds' cash and bylaws, centre parameters, preference, term, overrides. */
  input: z.record(z.string(), z.unknown()),
  history: z.array(
    z.object({ from: z.string().nullable(), to: z.string(), on: z.string(), reason: z.string().nullable() }),
  ),
  loans: z.array(
    z.object({
      loanId: z.string(),
      fundId: z.string(),
      contractNo: z.number(),
      loanNo: z.string(),
      status: z.string(),
      principalSatang: z.number(),
    }),
  ),
  creditorPayments: z.array(
    z.object({
      debtId: z.string(),
      creditorName: z.string(),
      fundId: z.string(),
      loanId: z.string(),
      journalEntryId: z.string(),
      amountSatang: z.number(),
      paidOn: z.string(),
    }),
  ),
  relapseFlags: z.array(
    z.object({ debtId: z.string(), surveyId: z.string(), takenOn: z.string(), reason: localized }),
  ),
});
export type PlanView = z.infer<typeof planSchema>;

export const planListQuerySchema = pageQuerySchema.extend({ status: z.enum(PLAN_STATUSES).optional() });
export type PlanListQuery = z.infer<typeof planListQuerySchema>;

export const centreCountsSchema = z.object({
  centreId: z.string(),
  areaCode: z.string(),
  name: z.string(),
  surveyedHouseholds: z.number(),
  plannedHouseholds: z.number().describe("Households with a plan proposed or approved, not yet executed"),
  repayingHouseholds: z.number(),
  debtFreeHouseholds: z.number(),
  relapsedHouseholds: z.number(),
});

export const centreCountsDetailSchema = centreCountsSchema.extend({
  plansByStatus: z.record(z.string(), z.number()),
});
export type CentreCountsDetail = z.infer<typeof centreCountsDetailSchema>;

export const areaCountsQuerySchema = z.object({ area: areaCodeSchema.optional() });
export const areaCountsSchema = z.object({
  area: z.string(),
  centres: z.number(),
  surveyedHouseholds: z.number(),
  debtFreeHouseholds: z.number(),
  relapsedHouseholds: z.number(),
  byCentre: z.array(centreCountsSchema),
});
export type AreaCounts = z.infer<typeof areaCountsSchema>;

// Welfare.

export const welfareBodySchema = z
  .object({
    welfareType: z.enum(WELFARE_TYPES),
    /** A household of the centre's village; with `memberId`, one of its members. */
    householdId: z.string().uuid().optional(),
    memberId: z.string().uuid().optional(),
    /** Required without a household: a named person (e.g. a member fund's elderly member from elsewhere). */
    beneficiaryName: z.string().trim().min(1).max(200).optional(),
    amountSatang: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    /** The member fund (a Kaejon fund) whose cash pays it. */
    memberFundId: z.string().uuid(),
    reason: z.string().trim().min(1).max(500),
    requestedOn: businessDate.optional(),
  })
  .strict();
export type WelfareBody = z.infer<typeof welfareBodySchema>;

export const welfareDecisionBodySchema = z.object({ note: z.string().trim().max(500).optional() }).strict();
export type WelfareDecisionBody = z.infer<typeof welfareDecisionBodySchema>;

export const welfarePayBodySchema = z.object({ paidOn: businessDate.optional() }).strict();
export type WelfarePayBody = z.infer<typeof welfarePayBodySchema>;

export const welfareSchema = z.object({
  id: z.string(),
  centreId: z.string(),
  welfareType: z.enum(WELFARE_TYPES),
  householdId: z.string().nullable(),
  memberId: z.string().nullable(),
  beneficiaryName: z.string(),
  amountSatang: z.number(),
  memberFundId: z.string(),
  fundId: z.string(),
  reason: z.string(),
  status: z.enum(WELFARE_STATUSES),
  requestedOn: z.string(),
  decidedOn: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decisionNote: z.string().nullable(),
  paidOn: z.string().nullable(),
  journalEntryId: z.string().nullable(),
});
export type WelfareView = z.infer<typeof welfareSchema>;

export const welfareListQuerySchema = pageQuerySchema.extend({ status: z.enum(WELFARE_STATUSES).optional() });
export type WelfareListQuery = z.infer<typeof welfareListQuerySchema>;

// Debt-free households.

export const debtFreeHouseholdSchema = z.object({
  planId: z.string(),
  householdId: z.string(),
  houseNo: z.string(),
  headName: z.string(),
  debtFreeOn: z.string(),
  watchEndsOn: z.string(),
  status: z.enum(PLAN_STATUSES),
  relapseFlags: z.number(),
});
export type DebtFreeHousehold = z.infer<typeof debtFreeHouseholdSchema>;
