// Registers a learning centre (ศูนย์เรียนรู้) in an area with its topics, contact and GPS position.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import type { LearningCentre, LearningCentreBody } from "./contracts";
import { findCentre, insertCentre } from "./knowledge.repository";
import { assertAreaExists, assertMayWriteArea } from "./knowledge-access";
import { CENTRE } from "./knowledge-errors";
import { toCentre } from "./knowledge-views";

export async function createLearningCentre(deps: Deps, body: LearningCentreBody): Promise<LearningCentre> {
  assertMayWriteArea(deps, body.areaCode, CENTRE);
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    await assertAreaExists(t, body.areaCode);
    const now = deps.clock.now();
    const row = {
      id: deps.ids.uuid(),
      areaCode: body.areaCode,
      name: body.name,
      topics: body.topics,
      description: body.description,
      contactName: body.contactName,
      contactPhone: body.contactPhone || null,
      latitude: body.latitude ?? null,
      longitude: body.longitude ?? null,
      createdBy: deps.actor.userId,
      createdAt: now,
      updatedBy: deps.actor.userId,
      updatedAt: now,
    };
    await insertCentre(tx, row);
    const centre = toCentre((await findCentre(tx, row.id))!);
    await recordAudit(t, {
      action: "knowledge.centre_created",
      entityType: "learning_centre",
      entityId: row.id,
      areaCode: row.areaCode,
      after: centre,
    });
    return centre;
  });
}
