// Areas: provinces, districts, sub-districts and villages.
import { z } from "zod";

export const areaLevelSchema = z.enum(["province", "district", "subdistrict", "village"]);

export const areaSchema = z.object({
  code: z.string(),
  level: areaLevelSchema,
  parentCode: z.string().nullable(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  villageNo: z.number().int().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type Area = z.infer<typeof areaSchema>;

export const areaWithCountsSchema = areaSchema.extend({
  childCount: z.number().int(),
  householdCount: z.number().int(),
});
export type AreaWithCounts = z.infer<typeof areaWithCountsSchema>;

export const areaDetailSchema = z.object({ area: areaSchema, ancestors: z.array(areaSchema) });
export type AreaDetail = z.infer<typeof areaDetailSchema>;

export const createVillageBodySchema = z.object({
  villageNo: z.number().int().min(1).max(99),
  nameTh: z.string().trim().min(1).max(120),
  nameEn: z.string().trim().max(120).optional(),
  latitude: z.number().min(5).max(21).optional(),
  longitude: z.number().min(97).max(106).optional(),
});
export type CreateVillageBody = z.infer<typeof createVillageBodySchema>;

export const areaSearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
