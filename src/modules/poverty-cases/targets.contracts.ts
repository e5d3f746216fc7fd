// Request and response shapes of the target-list and deprivation API (web mirrors them in features/poverty-targets/api.ts).
import { z } from "zod";
import { areaCodeSchema, importRowErrorSchema, pageQuerySchema } from "../../shared/contracts/index";
import { DIMENSIONS } from "./deprivation-config";
import { MATCH_KINDS } from "./match-targets";
import { TARGET_LIST_SOURCES } from "./target-list";

const year = z.coerce.number().int().min(2540).max(2700);
const booleanQuery = z
  .enum(["true", "false"])
  .default("false")
  .transform((v) => v === "true");

/** The list's own details travel in the query string beside the multipart file. */
export const importTargetListQuerySchema = z.object({
  name: z.string().trim().min(1).max(200),
  sourceKind: z.enum(TARGET_LIST_SOURCES),
  agencyName: z.string().trim().min(1).max(200).optional(),
  programmeYear: year.describe("B.E. fiscal year of the programme, e.g. 2569"),
  area: areaCodeSchema.optional().describe("the area the list covers; my area by default"),
  dataYear: year
    .optional()
    .describe("จปฐ. data year (B.E.) of the failing indicators, when the list has them"),
  dryRun: booleanQuery,
  encoding: z.enum(["utf-8", "utf-8-bom", "windows-874", "tis-620"]).optional(),
});
export type ImportTargetListQuery = z.infer<typeof importTargetListQuerySchema>;

export const matchKindSchema = z.enum(MATCH_KINDS);

const countsSchema = z.object({
  exact_id: z.number().int(),
  address_name: z.number().int(),
  none: z.number().int(),
});

export const matchPreviewSchema = z.object({
  line: z.number().int(),
  headName: z.string(),
  villageCode: z.string().nullable(),
  houseNo: z.string().nullable(),
  matchKind: matchKindSchema,
  householdId: z.string().nullable(),
  explanation: z.string(),
  explanationEn: z.string(),
});
export type MatchPreview = z.infer<typeof matchPreviewSchema>;

export const targetImportReportSchema = z.object({
  dryRun: z.boolean(),
  committed: z.boolean(),
  listId: z.string().nullable(),
  format: z.enum(["csv", "xlsx"]),
  encoding: z.string(),
  rowCount: z.number().int(),
  blankCount: z.number().int(),
  ignoredColumns: z.array(z.string()),
  counts: countsSchema,
  errors: z.array(importRowErrorSchema),
  /** The first rows with their match, for the dry-run report. */
  preview: z.array(matchPreviewSchema),
});
export type TargetImportReport = z.infer<typeof targetImportReportSchema>;

export const targetListSchema = z.object({
  id: z.string(),
  name: z.string(),
  sourceKind: z.enum(TARGET_LIST_SOURCES),
  agencyName: z.string().nullable(),
  programmeYear: z.number().int(),
  areaCode: z.string(),
  areaName: z.string().nullable(),
  dataYear: z.number().int().nullable(),
  rowCount: z.number().int(),
  counts: countsSchema,
  status: z.string(),
  fileName: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type TargetListView = z.infer<typeof targetListSchema>;

export const targetListQuerySchema = pageQuerySchema.extend({
  area: areaCodeSchema.optional(),
  sourceKind: z.enum(TARGET_LIST_SOURCES).optional(),
  programmeYear: year.optional(),
});
export type TargetListQuery = z.infer<typeof targetListQuerySchema>;

export const targetRowSchema = z.object({
  id: z.string(),
  line: z.number().int(),
  areaCode: z.string(),
  villageCode: z.string().nullable(),
  houseNo: z.string().nullable(),
  headName: z.string(),
  citizenIdMasked: z.string().nullable(),
  householdId: z.string().nullable(),
  matchKind: matchKindSchema,
  explanation: z.string(),
  explanationEn: z.string(),
  differences: z.array(z.string()),
  failingDimensions: z.array(z.enum(DIMENSIONS)).nullable(),
  failingIndicators: z.array(z.number().int()).nullable(),
  note: z.string().nullable(),
});
export type TargetRowView = z.infer<typeof targetRowSchema>;

export const targetRowQuerySchema = pageQuerySchema.extend({
  matchKind: matchKindSchema.optional(),
  area: areaCodeSchema.optional().describe("rows in this area (a village, say)"),
});
export type TargetRowQuery = z.infer<typeof targetRowQuerySchema>;

export const RECONCILE_BUCKETS = ["only_a", "only_b", "both", "conflicting"] as const;
export type ReconcileBucket = (typeof RECONCILE_BUCKETS)[number];

export const reconcileQuerySchema = pageQuerySchema.extend({
  a: z.string().uuid(),
  b: z.string().uuid(),
  bucket: z.enum(RECONCILE_BUCKETS),
});
export type ReconcileQuery = z.infer<typeof reconcileQuerySchema>;

const reconcileSideSchema = z.object({
  line: z.number().int(),
  headName: z.string(),
  villageCode: z.string().nullable(),
  houseNo: z.string().nullable(),
  citizenIdMasked: z.string().nullable(),
  householdId: z.string().nullable(),
  matchKind: matchKindSchema,
  failingDimensions: z.array(z.enum(DIMENSIONS)).nullable(),
  failingIndicators: z.array(z.number().int()).nullable(),
});
export type ReconcileSide = z.infer<typeof reconcileSideSchema>;

export const reconcileItemSchema = z.object({
  a: reconcileSideSchema.nullable(),
  b: reconcileSideSchema.nullable(),
  joinedBy: z.enum(["citizen_id", "address_name"]).nullable(),
  conflicts: z.array(z.object({ field: z.string(), a: z.string(), b: z.string() })),
});
export type ReconcileItem = z.infer<typeof reconcileItemSchema>;

export const reconcileSummarySchema = z.object({
  a: targetListSchema,
  b: targetListSchema,
  counts: z.object({
    only_a: z.number().int(),
    only_b: z.number().int(),
    both: z.number().int(),
    conflicting: z.number().int(),
  }),
});
export type ReconcileSummary = z.infer<typeof reconcileSummarySchema>;

// The deprivation table.

const textPair = z.object({ th: z.string(), en: z.string() });
export const deprivationIndicatorSchema = z.object({
  bmn: z.number().int(),
  dimension: z.enum(DIMENSIONS),
  name: textPair,
  threshold: textPair,
  rule: z.union([
    z.object({ kind: z.literal("bmn_pass") }),
    z.object({ kind: z.literal("income_per_person"), minSatang: z.number().int().nullable() }),
  ]),
});
export const deprivationVersionSchema = z.object({
  version: z.string(),
  fromDataYear: z.number().int(),
  toDataYear: z.number().int().nullable(),
  source: z.string(),
  indicators: z.array(deprivationIndicatorSchema),
  dimensionFailsAt: z.object({
    health: z.number().int(),
    living: z.number().int(),
    education: z.number().int(),
    income: z.number().int(),
    public_access: z.number().int(),
  }),
});
export const deprivationTableSchema = z.object({
  /** True while nobody has saved a table: these are the built-in TPMAP defaults. */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
  versions: z.array(deprivationVersionSchema),
});
export type DeprivationTableView = z.infer<typeof deprivationTableSchema>;
/** Validated by parseDeprivationConfigs, which names every bad field in Thai and English. */
export const deprivationTableBodySchema = z.object({ versions: z.array(z.unknown()).max(50) });

export const profileSchema = z.object({
  source: z.enum(["bmn", "import"]),
  dataYear: z.number().int(),
  configVersion: z.string(),
  failingIndicators: z.object({
    health: z.array(z.number().int()),
    living: z.array(z.number().int()),
    education: z.array(z.number().int()),
    income: z.array(z.number().int()),
    public_access: z.array(z.number().int()),
  }),
  failingDimensions: z.array(z.enum(DIMENSIONS)),
  unassessed: z.array(z.number().int()),
  isDeprived: z.boolean(),
});

export const householdProfileSchema = z.object({
  householdId: z.string(),
  villageCode: z.string(),
  houseNo: z.string(),
  headName: z.string(),
  status: z.string(),
  /** The profile shown: from the latest จปฐ. record, else from the latest list row that carries one. */
  profile: profileSchema.nullable(),
  fromBmn: profileSchema.nullable(),
  fromImport: profileSchema
    .extend({ listId: z.string(), listName: z.string(), line: z.number().int() })
    .nullable(),
  indicators: z.array(deprivationIndicatorSchema),
});
export type HouseholdProfileView = z.infer<typeof householdProfileSchema>;

export const areaProfileQuerySchema = z.object({
  area: areaCodeSchema.optional(),
  dataYear: year.optional().describe("จปฐ. survey year (B.E.); the latest with records by default"),
});
export type AreaProfileQuery = z.infer<typeof areaProfileQuerySchema>;

export const areaProfileSummarySchema = z.object({
  areaCode: z.string(),
  dataYear: z.number().int().nullable(),
  configVersion: z.string().nullable(),
  households: z.number().int(),
  deprived: z.number().int(),
  dimensions: z.array(z.object({ dimension: z.enum(DIMENSIONS), failing: z.number().int() })),
  indicators: z.array(
    z.object({
      bmn: z.number().int(),
      dimension: z.enum(DIMENSIONS),
      nameTh: z.string(),
      nameEn: z.string(),
      failing: z.number().int(),
    }),
  ),
});
export type AreaProfileSummary = z.infer<typeof areaProfileSummarySchema>;

export const areaProfileListQuerySchema = pageQuerySchema.extend({
  area: areaCodeSchema.optional(),
  dataYear: year.optional(),
  dimension: z.enum(DIMENSIONS).optional().describe("only households failing this dimension"),
  deprivedOnly: booleanQuery,
});
export type AreaProfileListQuery = z.infer<typeof areaProfileListQuerySchema>;

export const areaProfileRowSchema = z.object({
  householdId: z.string(),
  villageCode: z.string(),
  houseNo: z.string(),
  headName: z.string(),
  dataYear: z.number().int(),
  failingDimensions: z.array(z.enum(DIMENSIONS)),
  failingIndicators: z.array(z.number().int()),
});
export type AreaProfileRow = z.infer<typeof areaProfileRowSchema>;
