// Request and response shapes of the dashboards and maps (zod; also the OpenAPI document).
import { z } from "zod";

const money = (what: string) => z.number().int().describe(`${what}, integer satang`);

export const measuresSchema = z.object({
  funds: z.number().int().describe("Funds in the area (started by the fiscal year's end)"),
  fundsAtRisk: z.number().int().describe("Funds with at least one at-risk reason"),
  fundsWithMissing: z.number().int().describe("Funds with a missing fund above 0"),
  capitalSatang: money("Σ original capital"),
  outstandingSatang: money("Σ outstanding loan principal as of the as-of date"),
  disbursedSatang: money("Σ loans paid out within the fiscal year"),
  repaidSatang: money("Σ principal repaid within the fiscal year (reversals taken back)"),
  atRisk30Satang: money("Σ outstanding principal of loans more than 30 days past due"),
  par30Bp: z.number().int().describe("atRisk30 ÷ outstanding, basis points (0 when nothing is outstanding)"),
  missingSatang: money("Σ missing fund (เงินทุนที่ขาดหายไป)"),
  defaultedSatang: money("Σ outstanding principal more than a year past due"),
  bankSatang: money("Σ bank balances"),
  cashSatang: money("Σ cash on hand"),
  loansActive: z.number().int(),
  householdsServed: z
    .number()
    .int()
    .describe("Σ over funds of the households that have borrowed by the as-of date"),
});

const areaRefSchema = z.object({
  code: z.string(),
  level: z.enum(["nation", "province", "district", "subdistrict", "village"]),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  villageNo: z.number().int().nullable(),
});

export const dashboardQuerySchema = z.object({
  area: z.string().max(16).optional().describe("Area code (2, 4, 6 or 8 digits); empty or absent: my area"),
  fiscalYear: z
    .string()
    .max(8)
    .optional()
    .describe("B.E. fiscal year, e.g. 2567; absent: the latest rolled up"),
  fundType: z.string().max(32).optional().describe("A fund type, or empty for all types"),
  limit: z.string().max(8).optional().describe("Children per page, 1–500 (default 100)"),
  cursor: z.string().max(16).optional().describe("The last child code of the previous page"),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const dashboardSchema = z.object({
  area: areaRefSchema,
  ancestors: z.array(areaRefSchema).describe("From the province down to the parent"),
  fiscalYear: z.number().int(),
  fundType: z.string(),
  asOf: z.string().nullable().describe("The newest as-of date of the figures (YYYY-MM-DD); null when empty"),
  totals: measuresSchema,
  childLevel: z.enum(["province", "district", "subdistrict", "village"]).nullable(),
  children: z.object({
    items: z.array(areaRefSchema.merge(measuresSchema)),
    nextCursor: z.string().nullable(),
  }),
  trend: z.array(measuresSchema.extend({ fiscalYear: z.number().int(), asOf: z.string().nullable() })),
  fiscalYears: z.array(z.number().int()).describe("Fiscal years with rolled-up figures, oldest first"),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
export type AreaRef = z.infer<typeof areaRefSchema>;

export const refreshBodySchema = z
  .object({
    businessDate: z.string().max(32).optional().describe("YYYY-MM-DD; today (Asia/Bangkok) when absent"),
    fiscalYears: z
      .array(z.number().int())
      .max(50)
      .optional()
      .describe("Past B.E. fiscal years to back-fill when not yet computed; default: the last five"),
  })
  .strict();
export type RefreshBody = z.infer<typeof refreshBodySchema>;

export const refreshResultSchema = z.object({
  businessDate: z.string(),
  currentYear: z.number().int(),
  backfilledYears: z.array(z.number().int()),
  fundYearsWritten: z.number().int(),
  areaRowsWritten: z.number().int(),
  durationMs: z.number().int(),
});
export type RefreshResult = z.infer<typeof refreshResultSchema>;

export const mapFeatureSchema = z.object({
  code: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  d: z.string().describe("SVG path in the viewBox"),
});

export const mapSchema = z.object({
  viewBox: z.string(),
  attribution: z.string(),
  features: z.array(mapFeatureSchema),
});
export type MapPayload = z.infer<typeof mapSchema>;

export const districtMapQuerySchema = z.object({
  province: z.string().max(8).describe("2-digit province code"),
});
