// One knowledge record with its owner, links and the attachments the actor may download.
import { listAttachments } from "../../platform/attachments/index";
import type { Deps } from "../../platform/deps";
import type { RecordDetail } from "./contracts";
import { findCentre, findModelVillage } from "./knowledge.repository";
import { loadRecordForRead, mayWriteArea } from "./knowledge-access";
import { toDetail } from "./knowledge-views";

export async function getRecord(deps: Deps, id: string): Promise<RecordDetail> {
  const row = await loadRecordForRead(deps, id);
  const centre = row.learningCentreId ? await findCentre(deps.db, row.learningCentreId) : undefined;
  const village = row.modelVillageId ? await findModelVillage(deps.db, row.modelVillageId) : undefined;
  return toDetail(row, {
    attachments: await listAttachments(deps, { ownerType: "knowledge_record", ownerId: row.id }),
    canEdit: mayWriteArea(deps, row.areaCode),
    learningCentre: centre ? { id: centre.id, name: centre.name } : null,
    modelVillage: village
      ? { id: village.id, areaCode: village.areaCode, areaName: village.areaName, kind: village.kind }
      : null,
  });
}
