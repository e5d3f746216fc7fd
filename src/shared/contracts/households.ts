// Households, their members and their yearly จปฐ. (basic minimum needs) records.
import { z } from "zod";
import { isIsoDate } from "../thai-date";
import { isValidCitizenId, normalizeCitizenId } from "../thai-id";
import { satangSchema } from "./common";

export const RELATIONS = ["head", "spouse", "child", "parent", "grandchild", "relative", "other"] as const;
export const relationSchema = z.enum(RELATIONS);

export const citizenIdSchema = z
  .string()
  .transform(normalizeCitizenId)
  .refine(isValidCitizenId, { message: "invalid Thai citizen ID (13 digits with a valid check digit)" });

const birthDateSchema = z.string().refine(isIsoDate, { message: "YYYY-MM-DD" });

export const memberInputSchema = z.object({
  relation: relationSchema,
  title: z.string().trim().max(32).default(""),
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().max(100).default(""),
  citizenId: citizenIdSchema.optional(),
  birthDate: birthDateSchema.optional(),
  sex: z.enum(["M", "F"]).optional(),
});
export type MemberInput = z.infer<typeof memberInputSchema>;

export const createHouseholdBodySchema = z.object({
  villageCode: z.string().regex(/^\d{8}$/),
  houseNo: z.string().trim().min(1).max(32),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{6,20}$/)
    .optional(),
  members: z.array(memberInputSchema).min(1).max(40),
});
export type CreateHouseholdBody = z.infer<typeof createHouseholdBodySchema>;

export const updateHouseholdBodySchema = z.object({
  houseNo: z.string().trim().min(1).max(32).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{6,20}$/)
    .nullable()
    .optional(),
});

export const memberSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  relation: relationSchema,
  title: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  /** Full ID for roles that may see it, masked ("1-1017-xxxxx-xx-3") otherwise, null when not recorded. */
  citizenId: z.string().nullable(),
  citizenIdMasked: z.boolean(),
  birthDate: z.string().nullable(),
  sex: z.enum(["M", "F"]).nullable(),
});
export type Member = z.infer<typeof memberSchema>;

export const householdSummarySchema = z.object({
  id: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  houseNo: z.string(),
  headName: z.string(),
  memberCount: z.number().int(),
  phone: z.string().nullable(),
  latestBmnYear: z.number().int().nullable(),
  latestIncomePerPersonSatang: z.number().int().nullable(),
  passesIncomeCriterion: z.boolean().nullable(),
});
export type HouseholdSummary = z.infer<typeof householdSummarySchema>;

export const BMN_INDICATOR_COUNT = 31;

export const bmnInputSchema = z.object({
  surveyYear: z.number().int().min(2540).max(2700).describe("B.E. survey year"),
  membersCount: z.number().int().min(1).max(60),
  incomeMainSatang: satangSchema.min(0).default(0),
  incomeSecondarySatang: satangSchema.min(0).default(0),
  incomeOtherSatang: satangSchema.min(0).default(0),
  incomeOwnProductionSatang: satangSchema.min(0).default(0),
  indicators: z.record(z.string().regex(/^([1-9]|[12]\d|3[01])$/, "indicator 1–31"), z.boolean()).default({}),
});
export type BmnInput = z.infer<typeof bmnInputSchema>;

export const bmnRecordSchema = z.object({
  id: z.string(),
  surveyYear: z.number().int(),
  membersCount: z.number().int(),
  incomeMainSatang: z.number().int(),
  incomeSecondarySatang: z.number().int(),
  incomeOtherSatang: z.number().int(),
  incomeOwnProductionSatang: z.number().int(),
  incomeTotalSatang: z.number().int(),
  incomePerPersonSatang: z.number().int(),
  criterionSatang: z.number().int(),
  passesIncomeCriterion: z.boolean(),
  indicators: z.record(z.string(), z.boolean()),
  failedIndicatorCount: z.number().int(),
});
export type BmnRecord = z.infer<typeof bmnRecordSchema>;

export const householdDetailSchema = z.object({
  household: householdSummarySchema.extend({
    status: z.string(),
    areaPath: z.array(z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string().nullable() })),
  }),
  members: z.array(memberSchema),
  bmnRecords: z.array(bmnRecordSchema),
});
export type HouseholdDetail = z.infer<typeof householdDetailSchema>;

export const householdListQuerySchema = z.object({
  area: z
    .string()
    .regex(/^(\d{2}|\d{4}|\d{6}|\d{8})$/)
    .optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const importRowErrorSchema = z.object({
  line: z.number().int(),
  field: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importReportSchema = z.object({
  dryRun: z.boolean(),
  committed: z.boolean(),
  encoding: z.string(),
  format: z.enum(["csv", "xlsx"]),
  rowCount: z.number().int(),
  householdCount: z.number().int(),
  memberCount: z.number().int(),
  errors: z.array(importRowErrorSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;
