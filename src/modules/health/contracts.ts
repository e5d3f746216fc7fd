// Request and response shapes of fund health and the daily job (zod; also the OpenAPI document).
import { z } from "zod";
import { pageQuerySchema } from "../../shared/contracts/index";
import { LOAN_CLASSES } from "../loans/index";
import { AT_RISK_REASONS } from "./health-rules";

const areaCode = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{8})$/, "2, 4, 6 or 8 digits")
  .describe("Area code prefix: province 2 digits, district 4, sub-district 6, village 8");

const classCountSchema = z.object({
  loanClass: z.enum(LOAN_CLASSES),
  count: z.number().int(),
  nameTh: z.string(),
  nameEn: z.string(),
});

const reasonSchema = z.object({ reason: z.enum(AT_RISK_REASONS), nameTh: z.string(), nameEn: z.string() });

export const fundHealthSchema = z.object({
  fundId: z.string(),
  areaCode: z.string(),
  fundName: z.string(),
  fundType: z.string(),
  originalCapitalSatang: z.number().int(),
  asOf: z.string().describe("Business date of the daily job that computed these figures"),
  computedAt: z.string(),
  loansActive: z.number().int(),
  outstandingSatang: z.number().int().describe("Outstanding principal of active loans"),
  atRisk30Satang: z.number().int().describe("Outstanding principal of loans more than 30 days past due"),
  par30Bp: z.number().int().describe("atRisk30 ÷ outstanding, basis points"),
  repaymentRateBp: z
    .number()
    .int()
    .nullable()
    .describe("Paid ÷ fallen due in the fiscal year so far, basis points; null when nothing fell due"),
  bankSatang: z.number().int(),
  cashSatang: z.number().int(),
  idleBp: z.number().int().describe("(bank + cash) ÷ (bank + cash + outstanding), basis points"),
  defaultedSatang: z.number().int().describe("Outstanding principal of loans more than a year past due"),
  missingSatang: z
    .number()
    .int()
    .describe("max(0, original capital − (bank + outstanding non-defaulted loans + cash))"),
  classCounts: z.record(z.string(), z.number().int()),
  classes: z.array(classCountSchema),
  atRisk: z.array(reasonSchema),
  isAtRisk: z.boolean(),
});
export type FundHealth = z.infer<typeof fundHealthSchema>;

export const healthListQuerySchema = pageQuerySchema.extend({
  area: areaCode.optional(),
  atRisk: z
    .enum(["true", "false"])
    .optional()
    .describe("true: only funds at risk; false: only funds not at risk"),
});
export type HealthListQuery = z.infer<typeof healthListQuerySchema>;

export const healthSummaryQuerySchema = z.object({ area: areaCode.optional() });
export type HealthSummaryQuery = z.infer<typeof healthSummaryQuerySchema>;

export const healthSummarySchema = z.object({
  area: z.string(),
  funds: z.number().int(),
  fundsAtRisk: z.number().int(),
  capitalSatang: z.number().int().describe("Σ original capital of the funds"),
  loansActive: z.number().int(),
  outstandingSatang: z.number().int(),
  atRisk30Satang: z.number().int(),
  par30Bp: z.number().int().describe("Σ atRisk30 ÷ Σ outstanding, basis points"),
  defaultedSatang: z.number().int(),
  missingSatang: z.number().int().describe("Σ missing fund"),
  bankSatang: z.number().int(),
  cashSatang: z.number().int(),
  oldestAsOf: z.string().nullable(),
  newestAsOf: z.string().nullable(),
  classes: z.array(classCountSchema),
  reasons: z.array(reasonSchema.extend({ funds: z.number().int() })),
});
export type HealthSummary = z.infer<typeof healthSummarySchema>;

export const dailyJobBodySchema = z
  .object({
    businessDate: z.string().max(32).optional().describe("YYYY-MM-DD; today (Asia/Bangkok) when absent"),
  })
  .strict();
export type DailyJobBody = z.infer<typeof dailyJobBodySchema>;

export const dailyJobResultSchema = z.object({
  runId: z.string(),
  job: z.string(),
  businessDate: z.string(),
  status: z.literal("succeeded"),
  loansClassified: z.number().int(),
  loansChanged: z.number().int(),
  batches: z.number().int(),
  funds: z.number().int(),
  fundsChanged: z.number().int(),
  fundsAtRisk: z.number().int(),
  classifyMs: z.number().int().describe("Time spent classifying loans"),
  healthMs: z.number().int().describe("Time spent on fund health"),
  classCounts: z.record(z.string(), z.number().int()),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number().int(),
});
export type DailyJobResult = z.infer<typeof dailyJobResultSchema>;
