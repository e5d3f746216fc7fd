// Request and response shapes of the official reports and the officers' report notes (zod; also the OpenAPI document).
import { z } from "zod";
import { FIGURE_KEYS, PROBLEM_REASONS } from "./report-rules";

export const REPORT_FORMATS = ["json", "pdf", "csv", "xlsx"] as const;

export const reportParamsSchema = z.object({
  areaCode: z
    .string()
    .regex(/^\d{2,8}$/, "2 to 8 digits")
    .describe("Area code of the report's area"),
});

export const reportQuerySchema = z.object({
  format: z.enum(REPORT_FORMATS).default("json").describe("json (default), pdf, csv or xlsx"),
  fiscalYear: z
    .string()
    .max(16)
    .optional()
    .describe("B.E. fiscal year, e.g. 2567 (default: the current one)"),
  asOf: z
    .string()
    .max(32)
    .optional()
    .describe("YYYY-MM-DD; default: the fiscal year's 30 September when past, else today"),
  thaiDigits: z.enum(["true", "false"]).optional().describe("PDF: print Thai digits"),
  lang: z.enum(["th", "en"]).optional().describe("CSV/XLSX header language, Thai by default"),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;

const int = z.number().int();

export const figuresSchema = z.object(
  Object.fromEntries(FIGURE_KEYS.map((k) => [k, int])) as Record<(typeof FIGURE_KEYS)[number], typeof int>,
);

const areaRefSchema = z.object({
  code: z.string(),
  level: z.string(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
});

const headerShape = {
  report: z.enum(["26-1-village", "26-1-district", "26-2-province", "27", "problems"]),
  titleTh: z.string(),
  titleEn: z.string(),
  area: areaRefSchema,
  /** The province down to the area itself. */
  areaPath: z.array(areaRefSchema),
  fiscalYear: int.describe("B.E."),
  from: z.string().describe("1 October opening the fiscal year"),
  asOf: z.string(),
};

const fundRefShape = {
  fundId: z.string(),
  fundName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  subdistrictName: z.string(),
};

export const borrowerLineSchema = z.object({
  loanId: z.string(),
  householdId: z.string().nullable(),
  borrowerName: z.string(),
  loanNo: z.string(),
  borrowRound: int,
  receivedOn: z.string(),
  lentSatang: int,
  repaidSatang: int,
  outstandingSatang: int,
  isDefaulting: z.boolean(),
});

export const villageDebtReportSchema = z.object({
  ...headerShape,
  fund: z.object(fundRefShape).nullable(),
  lines: z.array(borrowerLineSchema),
  figures: figuresSchema.nullable(),
  chairName: z.string().nullable(),
  workerName: z.string().nullable(),
  workerPosition: z.string().nullable(),
});
export type VillageDebtReport = z.infer<typeof villageDebtReportSchema>;

export const fundFiguresRowSchema = z.object({ ...fundRefShape, figures: figuresSchema });
export type FundFiguresRow = z.infer<typeof fundFiguresRowSchema>;

export const districtDebtReportSchema = z.object({
  ...headerShape,
  rows: z.array(fundFiguresRowSchema),
  totals: figuresSchema,
});
export type DistrictDebtReport = z.infer<typeof districtDebtReportSchema>;

export const provinceRowSchema = z.object({
  districtCode: z.string(),
  districtName: z.string(),
  funds: int,
  figures: figuresSchema,
});
export type ProvinceRow = z.infer<typeof provinceRowSchema>;

export const provinceDebtReportSchema = z.object({
  ...headerShape,
  funds: int,
  rows: z.array(provinceRowSchema),
  totals: figuresSchema,
});
export type ProvinceDebtReport = z.infer<typeof provinceDebtReportSchema>;

export const targetFiguresSchema = z.object({
  targetHouseholds: int,
  targetPersons: int,
  borrowedHouseholds: int,
  borrowedPersons: int,
  passingHouseholds: int,
  passingPersons: int,
});
export type TargetFigures = z.infer<typeof targetFiguresSchema>;

export const databaseRowSchema = z.object({
  ...fundRefShape,
  figures: figuresSchema,
  targets: targetFiguresSchema,
  developmentLevel: int.nullable(),
  supportingAgencies: z.string().nullable(),
});
export type DatabaseRow = z.infer<typeof databaseRowSchema>;

export const databaseReportSchema = z.object({
  ...headerShape,
  rows: z.array(databaseRowSchema),
  totals: figuresSchema,
  targetTotals: targetFiguresSchema,
});
export type DatabaseReport = z.infer<typeof databaseReportSchema>;

export const problemRowSchema = z.object({
  ...fundRefShape,
  figures: figuresSchema,
  reasons: z.array(z.object({ reason: z.enum(PROBLEM_REASONS), nameTh: z.string(), nameEn: z.string() })),
  problemCause: z.string().nullable(),
  problemRemedy: z.string().nullable(),
});
export type ProblemRow = z.infer<typeof problemRowSchema>;

export const problemReportSchema = z.object({
  ...headerShape,
  /** กข.คจ. funds examined in the area (problem villages are `rows`). */
  funds: int,
  rows: z.array(problemRowSchema),
  totals: figuresSchema,
  provinceName: z.string(),
});
export type ProblemReport = z.infer<typeof problemReportSchema>;

export const noteParamsSchema = z.object({
  fundId: z.string().uuid(),
  fiscalYear: z.string().max(8).describe("B.E. fiscal year, e.g. 2567"),
});

const noteText = z.string().max(2000).nullable().optional();

export const reportNoteBodySchema = z
  .object({
    developmentLevel: z.number().nullable().optional().describe("ระดับการพัฒนา 1–3, or null"),
    supportingAgencies: noteText.describe("Other supporting agencies"),
    problemCause: noteText.describe("Cause of the fund's problem"),
    problemRemedy: noteText.describe("Remedy"),
  })
  .strict();
export type ReportNoteBody = z.infer<typeof reportNoteBodySchema>;

export const reportNoteSchema = z.object({
  fundId: z.string(),
  fiscalYear: int,
  developmentLevel: int.nullable(),
  supportingAgencies: z.string().nullable(),
  problemCause: z.string().nullable(),
  problemRemedy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type ReportNote = z.infer<typeof reportNoteSchema>;
