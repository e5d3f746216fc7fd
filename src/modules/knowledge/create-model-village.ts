// Designates a village as a model village of a kind (e.g. one of the 18 model กข.คจ. villages) in a year, optionally with its learning centre.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import type { ModelVillage, ModelVillageBody } from "./contracts";
import { findModelVillage, findModelVillageOf, insertModelVillage } from "./knowledge.repository";
import { assertAreaExists, assertLinks, assertMayWriteArea } from "./knowledge-access";
import { knowledgeErrors, MODEL_VILLAGE } from "./knowledge-errors";
import { toModelVillage } from "./knowledge-views";

export async function createModelVillage(deps: Deps, body: ModelVillageBody): Promise<ModelVillage> {
  assertMayWriteArea(deps, body.areaCode, MODEL_VILLAGE);
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    await assertAreaExists(t, body.areaCode, "village");
    await assertLinks(t, { learningCentreId: body.learningCentreId });
    if (await findModelVillageOf(tx, body.areaCode, body.kind)) {
      throw knowledgeErrors.modelVillageExists(body.areaCode, body.kind);
    }
    const now = deps.clock.now();
    const row = {
      id: deps.ids.uuid(),
      areaCode: body.areaCode,
      kind: body.kind,
      yearDesignated: body.yearDesignated,
      learningCentreId: body.learningCentreId ?? null,
      notes: body.notes,
      createdBy: deps.actor.userId,
      createdAt: now,
      updatedBy: deps.actor.userId,
      updatedAt: now,
    };
    await insertModelVillage(tx, row);
    const village = toModelVillage((await findModelVillage(tx, row.id))!);
    await recordAudit(t, {
      action: "knowledge.model_village_created",
      entityType: "model_village",
      entityId: row.id,
      areaCode: row.areaCode,
      after: village,
    });
    return village;
  });
}
