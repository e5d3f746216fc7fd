// Attaches a file to a knowledge record, learning centre or model village the actor may change; files of published records, centres and villages are shared with all staff.
import {
  type AttachmentLimits,
  type AttachmentMeta,
  type AttachmentOwnerType,
  storeAttachment,
} from "../../platform/attachments/index";
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { loadCentre, loadModelVillage, loadRecordForWrite } from "./knowledge-access";

export type KnowledgeOwner = Extract<
  AttachmentOwnerType,
  "knowledge_record" | "learning_centre" | "model_village"
>;

export interface UploadInput {
  owner: KnowledgeOwner;
  ownerId: string;
  fileName: string;
  bytes: Uint8Array;
  limits: AttachmentLimits;
}

export async function uploadKnowledgeAttachment(deps: Deps, input: UploadInput): Promise<AttachmentMeta> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    let owner: { id: string; areaCode: string; shared: boolean };
    if (input.owner === "knowledge_record") {
      const record = await loadRecordForWrite(t, input.ownerId);
      owner = { id: record.id, areaCode: record.areaCode, shared: record.status === "published" };
    } else if (input.owner === "learning_centre") {
      const centre = await loadCentre(t, input.ownerId, true);
      owner = { id: centre.id, areaCode: centre.areaCode, shared: true };
    } else {
      const village = await loadModelVillage(t, input.ownerId, true);
      owner = { id: village.id, areaCode: village.areaCode, shared: true };
    }
    return storeAttachment(
      t,
      {
        ownerType: input.owner,
        ownerId: owner.id,
        areaCode: owner.areaCode,
        shared: owner.shared,
        fileName: input.fileName,
        bytes: input.bytes,
        limits: input.limits,
      },
      recordAudit,
    );
  });
}
