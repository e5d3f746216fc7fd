// Changes a learning centre's name, topics, description, contact or position (its area stays).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { invalidInput } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import type { LearningCentre, LearningCentrePatch } from "./contracts";
import { findCentre, updateCentre } from "./knowledge.repository";
import { loadCentre } from "./knowledge-access";
import { toCentre } from "./knowledge-views";

export async function updateLearningCentre(
  deps: Deps,
  id: string,
  patch: LearningCentrePatch,
): Promise<LearningCentre> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const current = await loadCentre(t, id, true);
    const latitude = patch.latitude !== undefined ? patch.latitude : current.latitude;
    const longitude = patch.longitude !== undefined ? patch.longitude : current.longitude;
    if ((latitude === null) !== (longitude === null)) {
      throw invalidInput(
        "knowledge.gps_incomplete",
        { th: "longitude: ต้องระบุละติจูดและลองจิจูดคู่กัน", en: "longitude: latitude and longitude go together" },
        { field: "longitude" },
      );
    }
    await updateCentre(tx, current.id, {
      ...patch,
      latitude,
      longitude,
      updatedBy: deps.actor.userId,
      updatedAt: deps.clock.now(),
    });
    const after = toCentre((await findCentre(tx, current.id))!);
    await recordAudit(t, {
      action: "knowledge.centre_updated",
      entityType: "learning_centre",
      entityId: current.id,
      areaCode: current.areaCode,
      before: toCentre(current),
      after,
    });
    return after;
  });
}
