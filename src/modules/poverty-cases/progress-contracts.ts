// Response shapes of the progress reads and the refresh: the case contracts' progress rows with where the figures come from and when they were computed.
import { z } from "zod";
import { districtsTableSchema, progressSchema } from "./case-contracts";

const freshness = {
  asOf: z.string().describe("The business date the figures are as of (YYYY-MM-DD): the last refresh's"),
  refreshedAt: z
    .string()
    .nullable()
    .describe("When the rollup was last rebuilt (ISO instant); null before the first refresh"),
  source: z
    .enum(["rollup", "live"])
    .describe("rollup: read from the refreshed rollup; live: aggregated now (no refresh has run yet)"),
};

export const progressViewSchema = progressSchema.extend(freshness);
export type ProgressView = z.infer<typeof progressViewSchema>;

export const districtsTableViewSchema = districtsTableSchema.extend(freshness);
export type DistrictsTableView = z.infer<typeof districtsTableViewSchema>;

export const refreshProgressBodySchema = z
  .object({ businessDate: z.string().max(10).optional() })
  .strict()
  .nullish();

export const refreshProgressResultSchema = z.object({
  businessDate: z.string(),
  areaRows: z.number().int(),
  agencyRows: z.number().int(),
  mentoringRows: z.number().int(),
  rowsWritten: z.number().int(),
  refreshedAt: z.string(),
  durationMs: z.number().int(),
});
