// Changes a model village's year of designation, learning centre or notes (its village and kind stay).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import type { ModelVillage, ModelVillagePatch } from "./contracts";
import { findModelVillage, updateModelVillage as updateRow } from "./knowledge.repository";
import { assertLinks, loadModelVillage } from "./knowledge-access";
import { toModelVillage } from "./knowledge-views";

export async function updateModelVillage(
  deps: Deps,
  id: string,
  patch: ModelVillagePatch,
): Promise<ModelVillage> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const current = await loadModelVillage(t, id, true);
    await assertLinks(t, { learningCentreId: patch.learningCentreId });
    await updateRow(tx, current.id, { ...patch, updatedBy: deps.actor.userId, updatedAt: deps.clock.now() });
    const after = toModelVillage((await findModelVillage(tx, current.id))!);
    await recordAudit(t, {
      action: "knowledge.model_village_updated",
      entityType: "model_village",
      entityId: current.id,
      areaCode: current.areaCode,
      before: toModelVillage(current),
      after,
    });
    return after;
  });
}
