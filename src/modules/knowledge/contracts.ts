// Request and response shapes of the knowledge library: categories, records, search, learning centres, model villages, attachments.
import { z } from "zod";
import { areaCodeSchema, uuidSchema } from "../../shared/contracts/index";

const text = (max: number) => z.string().trim().min(1).max(max);
/** Optional in a body: "" and null both clear the field. */
const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === "" ? null : v));

export const RECORD_STATUSES = ["draft", "published"] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const MODEL_VILLAGE_KINDS = [
  "kkj_model",
  "livelihood_model",
  "sufficiency_economy",
  "debt_centre_model",
  "other",
] as const;
export type ModelVillageKind = (typeof MODEL_VILLAGE_KINDS)[number];

export const MODEL_VILLAGE_KIND_NAMES: Record<ModelVillageKind, { th: string; en: string }> = {
  kkj_model: { th: "หมู่บ้านต้นแบบ กข.คจ.", en: "Model กข.คจ. village" },
  livelihood_model: { th: "หมู่บ้านต้นแบบสัมมาชีพชุมชน", en: "Model community-livelihood village" },
  sufficiency_economy: { th: "หมู่บ้านเศรษฐกิจพอเพียงต้นแบบ", en: "Model sufficiency-economy village" },
  debt_centre_model: { th: "ศูนย์จัดการกองทุนชุมชนต้นแบบ", en: "Model community fund management centre" },
  other: { th: "หมู่บ้านต้นแบบอื่น ๆ", en: "Other model village" },
};

/** "" = national knowledge (only national staff write it); otherwise a province, district, sub-district or village. */
export const recordAreaSchema = z.union([z.literal(""), areaCodeSchema]);
const phoneSchema = z
  .string()
  .trim()
  .max(32)
  .regex(/^[0-9+\-() ]*$/, "digits, spaces, + - ( )");

// Categories.

export const categorySchema = z.object({
  code: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type Category = z.infer<typeof categorySchema>;

export const categoryBodySchema = z.object({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,31}$/, "a-z, 0-9 and _ (2–32, starting with a letter)")
    .describe("stable code, e.g. food_processing"),
  nameTh: text(120),
  nameEn: text(120),
  sortOrder: z.number().int().min(0).max(9999).default(100),
  active: z.boolean().default(true),
});
export type CategoryBody = z.infer<typeof categoryBodySchema>;

// Records.

const ownerFields = {
  ownerName: text(200).describe("เจ้าของความรู้"),
  ownerPosition: text(200).describe("ตำแหน่ง"),
  ownerOffice: text(300).describe("สังกัด/ที่อยู่"),
  ownerPhone: phoneSchema.optional(),
  ownerEmail: z.string().trim().email().max(254).optional().or(z.literal("")),
};

export const recordBodySchema = z.object({
  title: text(300),
  categoryCode: z.string().min(1).max(32),
  areaCode: recordAreaSchema,
  ...ownerFields,
  background: z.string().trim().max(20_000).default(""),
  steps: z.string().trim().max(50_000).default(""),
  results: z.string().trim().max(20_000).default(""),
  lessons: z.string().trim().max(20_000).default(""),
  status: z.enum(RECORD_STATUSES).default("draft"),
  learningCentreId: uuidSchema.nullable().optional(),
  modelVillageId: uuidSchema.nullable().optional(),
});
export type RecordBody = z.infer<typeof recordBodySchema>;

export const recordPatchSchema = recordBodySchema
  .extend({
    background: z.string().trim().max(20_000),
    steps: z.string().trim().max(50_000),
    results: z.string().trim().max(20_000),
    lessons: z.string().trim().max(20_000),
    status: z.enum(RECORD_STATUSES),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, "at least one field");
export type RecordPatch = z.infer<typeof recordPatchSchema>;

export const highlightPartSchema = z.object({ text: z.string(), hit: z.boolean() });

export const recordSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  titleParts: z.array(highlightPartSchema).describe("the title with the query's words marked"),
  categoryCode: z.string(),
  areaCode: z.string(),
  areaName: z.string().nullable(),
  ownerName: z.string(),
  ownerPosition: z.string(),
  ownerOffice: z.string(),
  status: z.enum(RECORD_STATUSES),
  snippet: z.array(highlightPartSchema),
  rank: z.number().nullable(),
  updatedAt: z.string(),
});
export type RecordSummary = z.infer<typeof recordSummarySchema>;

export const attachmentSchema = z.object({
  id: z.string(),
  ownerType: z.string(),
  ownerId: z.string(),
  areaCode: z.string(),
  shared: z.boolean(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

export const recordDetailSchema = z.object({
  id: z.string(),
  title: z.string(),
  categoryCode: z.string(),
  areaCode: z.string(),
  areaName: z.string().nullable(),
  ownerName: z.string(),
  ownerPosition: z.string(),
  ownerOffice: z.string(),
  ownerPhone: z.string().nullable(),
  ownerEmail: z.string().nullable(),
  background: z.string(),
  steps: z.string(),
  results: z.string(),
  lessons: z.string(),
  status: z.enum(RECORD_STATUSES),
  learningCentre: z.object({ id: z.string(), name: z.string() }).nullable(),
  modelVillage: z
    .object({ id: z.string(), areaCode: z.string(), areaName: z.string().nullable(), kind: z.string() })
    .nullable(),
  attachments: z.array(attachmentSchema),
  canEdit: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type RecordDetail = z.infer<typeof recordDetailSchema>;

export const SEARCH_PAGE_MAX = 50;
/**
 * Ranked results are paged by offset up to this many (the repository's SEARCH_CANDIDATES: the newest title
 * matches and the newest matches of a query matching more than 1,000); refine the query to see others.
 */
export const SEARCH_RESULTS_MAX = 500;

/** How many records a search matches: exact up to the repository's SEARCH_MATCH_CAP (1,000), then "more". */
export const searchMatchesSchema = z.object({
  count: z.number().int().describe("matches counted, at most 1,000"),
  more: z.boolean().describe("true: more than `count` records match"),
});
export type SearchMatches = z.infer<typeof searchMatchesSchema>;

export const recordSearchQuerySchema = z.object({
  q: z.string().max(200).optional().describe("Thai or English words; no spaces needed between Thai words"),
  category: z.string().max(32).optional(),
  area: areaCodeSchema.optional().describe("records of this area and below"),
  status: z.enum(RECORD_STATUSES).default("published").describe("draft: only officers, in their own area"),
  learningCentreId: uuidSchema.optional(),
  modelVillageId: uuidSchema.optional(),
  limit: z.coerce.number().int().min(1).max(SEARCH_PAGE_MAX).default(20),
  cursor: z.string().max(200).optional(),
});
export type RecordSearchQuery = z.infer<typeof recordSearchQuerySchema>;

// Learning centres.

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

export const learningCentreBodySchema = z
  .object({
    areaCode: areaCodeSchema,
    name: text(200),
    topics: z.array(text(120)).max(30).default([]),
    description: z.string().trim().max(5_000).default(""),
    contactName: text(200),
    contactPhone: phoneSchema.optional(),
    latitude: latitude.nullable().optional(),
    longitude: longitude.nullable().optional(),
  })
  .refine((b) => (b.latitude == null) === (b.longitude == null), {
    message: "latitude and longitude go together",
    path: ["longitude"],
  });
export type LearningCentreBody = z.infer<typeof learningCentreBodySchema>;

export const learningCentrePatchSchema = z
  .object({
    name: text(200),
    topics: z.array(text(120)).max(30),
    description: z.string().trim().max(5_000),
    contactName: text(200),
    contactPhone: nullableText(32),
    latitude: latitude.nullable(),
    longitude: longitude.nullable(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, "at least one field");
export type LearningCentrePatch = z.infer<typeof learningCentrePatchSchema>;

export const learningCentreSchema = z.object({
  id: z.string(),
  areaCode: z.string(),
  areaName: z.string().nullable(),
  name: z.string(),
  topics: z.array(z.string()),
  description: z.string(),
  contactName: z.string(),
  contactPhone: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  updatedAt: z.string(),
});
export type LearningCentre = z.infer<typeof learningCentreSchema>;

export const areaListQuerySchema = z.object({
  area: areaCodeSchema.optional(),
  q: z.string().trim().max(100).optional().describe("part of the name"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type AreaListQuery = z.infer<typeof areaListQuerySchema>;

// Model villages.

export const modelVillageBodySchema = z.object({
  areaCode: z.string().regex(/^\d{8}$/, "a village code (8 digits)"),
  kind: z.enum(MODEL_VILLAGE_KINDS),
  yearDesignated: z.number().int().min(1980).max(2200).describe("Christian-era year (B.E. − 543)"),
  learningCentreId: uuidSchema.nullable().optional(),
  notes: z.string().trim().max(5_000).default(""),
});
export type ModelVillageBody = z.infer<typeof modelVillageBodySchema>;

export const modelVillagePatchSchema = modelVillageBodySchema
  .omit({ areaCode: true, kind: true })
  .extend({ notes: z.string().trim().max(5_000) })
  .partial()
  .refine((b) => Object.keys(b).length > 0, "at least one field");
export type ModelVillagePatch = z.infer<typeof modelVillagePatchSchema>;

export const modelVillageSchema = z.object({
  id: z.string(),
  areaCode: z.string(),
  areaName: z.string().nullable(),
  kind: z.enum(MODEL_VILLAGE_KINDS),
  yearDesignated: z.number().int(),
  learningCentreId: z.string().nullable(),
  learningCentreName: z.string().nullable(),
  notes: z.string(),
  updatedAt: z.string(),
});
export type ModelVillage = z.infer<typeof modelVillageSchema>;

export const modelVillageListQuerySchema = areaListQuerySchema.extend({
  kind: z.enum(MODEL_VILLAGE_KINDS).optional(),
});
export type ModelVillageListQuery = z.infer<typeof modelVillageListQuerySchema>;

export const learningCentreDetailSchema = learningCentreSchema.extend({
  records: z.array(recordSummarySchema),
  modelVillages: z.array(modelVillageSchema),
  attachments: z.array(attachmentSchema),
  canEdit: z.boolean(),
});
export type LearningCentreDetail = z.infer<typeof learningCentreDetailSchema>;

export const modelVillageDetailSchema = modelVillageSchema.extend({
  records: z.array(recordSummarySchema),
  attachments: z.array(attachmentSchema),
  canEdit: z.boolean(),
});
export type ModelVillageDetail = z.infer<typeof modelVillageDetailSchema>;
