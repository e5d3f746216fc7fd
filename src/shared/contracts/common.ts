// Shapes shared by every endpoint: pagination, errors, identifiers.
import { z } from "zod";

export const uuidSchema = z.string().uuid();
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
export const areaCodeSchema = z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{8})$/, "2, 4, 6 or 8 digits");
/** Integer satang in JSON. */
export const satangSchema = z.number().int().refine(Number.isSafeInteger, "beyond the safe integer range");

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().describe("Thai"),
    messageEn: z.string(),
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  }),
});
