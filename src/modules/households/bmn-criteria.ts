// The จปฐ. income criterion by survey year: defaults from the domain spec, editable by the centre.
import { z } from "zod";
import type { Executor } from "../../platform/database";
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import type { Ids } from "../../platform/ids";
import { requirePermission } from "../../shared/authorization";
import { invalidInput } from "../../shared/errors";
import { fromBaht } from "../../shared/money";
import { recordAudit } from "../audit/index";
import { type CriterionRow, insertCriteria, selectCriteria, updateCriterion } from "./households.repository";

/** Domain spec §3.1: only 2560–2564 (38,000) is verified; the others are plausible defaults to confirm. */
export const DEFAULT_CRITERIA = [
  { fromYear: 2540, toYear: 2544, baht: 15_000, isVerified: false, source: "domain §3.1 (UNVERIFIED)" },
  { fromYear: 2545, toYear: 2549, baht: 20_000, isVerified: false, source: "domain §3.1 [S14]" },
  { fromYear: 2550, toYear: 2554, baht: 23_000, isVerified: false, source: "domain §3.1 (UNVERIFIED)" },
  { fromYear: 2555, toYear: 2559, baht: 30_000, isVerified: false, source: "domain §3.1 (UNVERIFIED)" },
  { fromYear: 2560, toYear: 2564, baht: 38_000, isVerified: true, source: "domain §3.1 [S13]" },
  {
    fromYear: 2565,
    toYear: null,
    baht: 38_000,
    isVerified: false,
    source: "domain §3.1 (assumed until confirmed)",
  },
] as const;

export async function loadDefaultCriteria(db: Executor, ids: Ids): Promise<number> {
  if ((await selectCriteria(db)).length > 0) return 0;
  await insertCriteria(
    db,
    DEFAULT_CRITERIA.map((c) => ({
      id: ids.uuid(),
      fromYear: c.fromYear,
      toYear: c.toYear,
      amountSatang: fromBaht(c.baht),
      isVerified: c.isVerified,
      source: c.source,
    })),
  );
  return DEFAULT_CRITERIA.length;
}

export const criterionSchema = z.object({
  id: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int().nullable(),
  amountSatang: z.number().int(),
  isVerified: z.boolean(),
  source: z.string().nullable(),
});

export const setCriterionBodySchema = z.object({
  fromYear: z.number().int().min(2500).max(2700),
  toYear: z.number().int().min(2500).max(2700).nullable(),
  amountSatang: z.number().int().min(1).max(100_000_000_00),
  isVerified: z.boolean().default(false),
  source: z.string().trim().max(300).optional(),
});

function toCriterion(r: CriterionRow) {
  return {
    id: r.id,
    fromYear: r.fromYear,
    toYear: r.toYear,
    amountSatang: r.amountSatang,
    isVerified: r.isVerified,
    source: r.source,
  };
}

export async function listCriteria(deps: Deps) {
  return { items: (await selectCriteria(deps.db)).map(toCriterion) };
}

/**
 * Sets the criterion for a period: periods are replaced as a whole so the table never has two
 * criteria for one survey year.
 */
export async function setCriterion(deps: Deps, input: z.infer<typeof setCriterionBodySchema>) {
  requirePermission(deps.actor, "parameters.write");
  if (input.toYear !== null && input.toYear < input.fromYear) {
    throw invalidInput("bmn.criterion_period", {
      th: "ปีสิ้นสุดต้องไม่น้อยกว่าปีเริ่มต้น",
      en: "toYear must not precede fromYear",
    });
  }
  return inTransaction(deps.db, async (tx) => {
    const existing = await selectCriteria(tx);
    const end = input.toYear ?? 9999;
    const overlapping = existing.filter((c) => c.fromYear <= end && (c.toYear ?? 9999) >= input.fromYear);
    const exact =
      overlapping.length === 1 &&
      overlapping[0]!.fromYear === input.fromYear &&
      overlapping[0]!.toYear === input.toYear;
    if (overlapping.length > 0 && !exact) {
      throw invalidInput(
        "bmn.criterion_overlap",
        { th: "ช่วงปีซ้อนกับเกณฑ์ที่มีอยู่", en: "The period overlaps an existing criterion" },
        { overlapping: overlapping.map(toCriterion) },
      );
    }
    let row: CriterionRow;
    if (exact) {
      const before = overlapping[0]!;
      row = {
        ...before,
        amountSatang: input.amountSatang,
        isVerified: input.isVerified,
        source: input.source ?? before.source,
        updatedAt: deps.clock.now(),
      };
      await updateCriterion(tx, before.id, row);
      await recordAudit(
        { ...deps, db: tx },
        {
          action: "bmn.criterion_changed",
          entityType: "parameter",
          entityId: before.id,
          before: toCriterion(before),
          after: toCriterion(row),
        },
      );
    } else {
      row = {
        id: deps.ids.uuid(),
        fromYear: input.fromYear,
        toYear: input.toYear,
        amountSatang: input.amountSatang,
        isVerified: input.isVerified,
        source: input.source ?? null,
        updatedAt: deps.clock.now(),
      };
      await insertCriteria(tx, [row]);
      await recordAudit(
        { ...deps, db: tx },
        { action: "bmn.criterion_added", entityType: "parameter", entityId: row.id, after: toCriterion(row) },
      );
    }
    return toCriterion(row);
  });
}
