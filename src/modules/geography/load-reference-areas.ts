// Loads provinces, districts and sub-districts from the committed DOPA reference list (once).
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Executor } from "../../platform/database";
import { fromRoot } from "../../platform/project-root";
import { type AreaInsert, countAreas, insertAreas } from "./geography.repository";

export const REFERENCE_AREAS_CSV = fromRoot("db", "reference", "th-admin-areas.csv");

export function readReferenceAreas(file = REFERENCE_AREAS_CSV): AreaInsert[] {
  const records = parse(readFileSync(file), { columns: true, skip_empty_lines: true }) as Array<
    Record<"level" | "code" | "parent_code" | "name_th" | "name_en", string>
  >;
  return records.map((r) => ({
    code: r.code,
    level: r.level,
    parentCode: r.parent_code || null,
    nameTh: r.name_th,
    nameEn: r.name_en || null,
  }));
}

/** Returns how many areas were loaded (0 when the reference data was already there). */
export async function loadReferenceAreas(db: Executor): Promise<number> {
  if ((await countAreas(db)) > 0) return 0;
  const rows = readReferenceAreas();
  await insertAreas(db, rows);
  return rows.length;
}
