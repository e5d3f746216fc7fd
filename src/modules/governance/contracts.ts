// Request and response shapes of governance: bank reconciliations, assessments, risk scores (zod; also the OpenAPI document).
import { z } from "zod";
import { areaCodeSchema, isoDateSchema, pageQuerySchema, satangSchema } from "../../shared/contracts/index";
import { ASSESSMENT_LEVELS, ASSESSOR_RESULTS, ITEM_RESULTS, RUBRIC_ITEMS } from "./assessment-rules";
import { RISK_BANDS, RISK_FACTORS } from "./risk-rules";

export const reconciliationBodySchema = z
  .object({
    statementDate: isoDateSchema.describe("Date of the bank statement balance, YYYY-MM-DD (C.E.)"),
    statementBalanceSatang: satangSchema.describe("Balance on the bank statement, satang"),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();
export type ReconciliationBody = z.infer<typeof reconciliationBodySchema>;

export const reconciliationSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  areaCode: z.string(),
  statementDate: z.string(),
  statementBalanceSatang: z.number().int(),
  bookBalanceSatang: z
    .number()
    .int()
    .describe("Σ of the fund's bank accounts in the journal on the statement date"),
  differenceSatang: z.number().int().describe("statement − book"),
  note: z.string().nullable(),
  recordedByName: z.string(),
  createdAt: z.string(),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

export const riskFactorSchema = z.object({
  key: z.enum(RISK_FACTORS),
  nameTh: z.string(),
  nameEn: z.string(),
  input: z.number().int().nullable(),
  points: z.number().int(),
  maxPoints: z.number().int(),
  facts: z.record(z.string(), z.unknown()),
  explanationTh: z.string(),
  explanationEn: z.string(),
});

export const fundRiskSchema = z.object({
  fundId: z.string(),
  fundName: z.string(),
  fundType: z.string(),
  areaCode: z.string(),
  asOf: z.string().describe("Business date of the daily job that scored the fund"),
  score: z.number().int(),
  maxScore: z.number().int(),
  band: z.enum(RISK_BANDS),
  bandTh: z.string(),
  bandEn: z.string(),
  par30Bp: z.number().int(),
  configVersion: z.number().int(),
  factors: z.array(riskFactorSchema),
});
export type FundRisk = z.infer<typeof fundRiskSchema>;

export const fundRiskDetailSchema = fundRiskSchema.extend({
  history: z.array(
    z.object({
      asOf: z.string(),
      score: z.number().int(),
      band: z.enum(RISK_BANDS),
      par30Bp: z.number().int(),
    }),
  ),
});
export type FundRiskDetail = z.infer<typeof fundRiskDetailSchema>;

export const riskListQuerySchema = pageQuerySchema.extend({
  area: areaCodeSchema.optional(),
  band: z.enum(RISK_BANDS).optional().describe("Only this band"),
  atRisk: z.enum(["true", "false"]).optional().describe("true: medium and high only"),
});
export type RiskListQuery = z.infer<typeof riskListQuerySchema>;

export const assessmentItemSchema = z.object({
  key: z.enum(RUBRIC_ITEMS),
  nameTh: z.string(),
  nameEn: z.string(),
  source: z.enum(["system", "assessor"]),
  result: z.enum(ITEM_RESULTS),
  resultTh: z.string(),
  resultEn: z.string(),
  points: z.number().int(),
  maxPoints: z.number().int(),
  evidenceTh: z.string(),
  evidenceEn: z.string(),
  facts: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
});

export const assessmentSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  fundName: z.string(),
  areaCode: z.string(),
  fiscalYear: z.number().int(),
  evaluatedAsOf: z.string(),
  status: z.enum(["draft", "submitted"]),
  score: z.number().int(),
  maxScore: z.number().int(),
  percent: z.number().int(),
  level: z.enum(ASSESSMENT_LEVELS),
  levelNo: z.number().int().describe("1 needs improvement, 2 fair, 3 good"),
  levelTh: z.string(),
  levelEn: z.string(),
  configVersion: z.number().int(),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  items: z.array(assessmentItemSchema),
});
export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentSummary = Omit<Assessment, "items">;

export const createAssessmentBodySchema = z
  .object({
    fundId: z.string().uuid(),
    fiscalYear: z.number().int().describe("B.E. fiscal year, e.g. 2569"),
  })
  .strict();
export type CreateAssessmentBody = z.infer<typeof createAssessmentBodySchema>;

export const updateItemBodySchema = z
  .object({
    result: z.enum(ASSESSOR_RESULTS).optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();
export type UpdateItemBody = z.infer<typeof updateItemBodySchema>;

export const assessmentListQuerySchema = pageQuerySchema.extend({
  fiscalYear: z.coerce.number().int().min(2500).max(2700).describe("B.E. fiscal year"),
  area: areaCodeSchema.optional(),
  status: z.enum(["draft", "submitted"]).optional(),
  fundId: z.string().uuid().optional(),
});
export type AssessmentListQuery = z.infer<typeof assessmentListQuerySchema>;

export const assessmentSummarySchema = assessmentSchema.omit({ items: true });
