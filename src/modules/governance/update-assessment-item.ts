// The assessor fills an item of a draft assessment: the result of an assessor item, and a note on any item.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { pointsFor, RUBRIC_ITEMS, type RubricItemKey } from "./assessment-rules";
import { loadDraft, rescore } from "./change-assessment";
import type { Assessment, UpdateItemBody } from "./contracts";
import { selectItems, updateItem } from "./governance.repository";
import { governanceErrors } from "./governance-errors";
import { toAssessment } from "./governance-views";

export async function updateAssessmentItem(
  deps: Deps,
  assessmentId: string,
  itemKey: string,
  body: UpdateItemBody,
): Promise<Assessment> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { assessment, fund } = await loadDraft(t, assessmentId);
    if (!(RUBRIC_ITEMS as readonly string[]).includes(itemKey)) throw governanceErrors.itemUnknown(itemKey);
    const before = (await selectItems(tx, assessment.id)).find((i) => i.itemKey === itemKey);
    if (!before) throw governanceErrors.itemUnknown(itemKey);
    if (body.result !== undefined && before.source === "system")
      throw governanceErrors.itemFromSystem(itemKey);
    const note = body.note === undefined ? before.note : body.note || null;
    const result = body.result ?? before.result;
    if ((result === "not_met" || result === "partly") && before.source === "assessor" && !note)
      throw governanceErrors.noteNeeded(itemKey);
    await updateItem(tx, assessment.id, itemKey, {
      result,
      points: pointsFor(result as Parameters<typeof pointsFor>[0], before.maxPoints),
      note,
      updatedBy: deps.actor.userId,
      updatedAt: deps.clock.now(),
    });
    const { row, items } = await rescore(t, assessment);
    await recordAudit(t, {
      action: "gov.assessment_item_updated",
      entityType: "gov_assessment",
      entityId: assessment.id,
      areaCode: fund.areaCode,
      before: { item: itemKey as RubricItemKey, result: before.result, note: before.note },
      after: { item: itemKey, result, note, score: row.score, level: row.level },
    });
    return toAssessment(row, fund.name, items);
  });
}
