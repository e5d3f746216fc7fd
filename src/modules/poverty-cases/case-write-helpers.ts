// Shared steps of the case writes: refusing a closed case, the stage history as the pure rules see it, the province's agencies as the menu rules see them.
import type { Executor } from "../../platform/database";
import { ruleViolation } from "../../shared/errors";
import type { Agency, MenuItem } from "./assistance-menu";
import type { Stage, StageHistoryEntry } from "./case-stages";
import type { CaseRow, MenuItemRow, StageChangeRow } from "./cases.repository";
import { selectAgencies } from "./cases.repository";
import type { Dimension } from "./deprivation-config";

export function assertOpen(row: CaseRow): void {
  if (row.status !== "open") {
    throw ruleViolation("poverty.case_closed", {
      th: "เคสนี้ปิดแล้ว แก้ไขไม่ได้",
      en: "The case is closed and cannot be changed",
    });
  }
}

export const toHistory = (changes: readonly StageChangeRow[]): StageHistoryEntry[] =>
  changes.map((c) => ({
    stage: c.stage as Stage,
    on: c.on,
    kind: c.kind as StageHistoryEntry["kind"],
    confirmedBy: c.confirmedByName,
    reason: c.reason,
    evaluatedDataYear: c.evaluatedDataYear,
  }));

/** The province's agencies for the menu rules, keyed by id (the rules' "code"). */
export async function agenciesById(db: Executor, province: string): Promise<Agency[]> {
  return (await selectAgencies(db, province)).map((a) => ({
    code: a.id,
    name: { th: a.nameTh, en: a.nameEn ?? a.nameTh },
  }));
}

export const toRuleMenuItem = (m: MenuItemRow): MenuItem => ({
  code: m.id,
  name: { th: m.nameTh, en: m.nameEn },
  dimension: m.dimension as Dimension,
  agency: m.agencyId,
  unitValueSatang: m.unitValueSatang,
  unit: m.unit,
  stages: m.stages as Stage[],
  eligibilityNotes: m.eligibilityNotes,
});
