// Changes a knowledge record (fields, area, links, draft ↔ published), re-indexes it and shares or withholds its files with the status.
import { moveAttachments, setAttachmentsShared } from "../../platform/attachments/index";
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import type { RecordDetail, RecordPatch } from "./contracts";
import { assertPublishable } from "./create-record";
import { getRecord } from "./get-record";
import { findCategory, type NewRecordRow, updateRecord as updateRecordRow } from "./knowledge.repository";
import { assertAreaExists, assertLinks, assertMayWriteArea, loadRecordForWrite } from "./knowledge-access";
import { knowledgeErrors, RECORD } from "./knowledge-errors";
import { recordAuditState, recordIndexTexts } from "./knowledge-views";

export async function updateRecord(deps: Deps, id: string, patch: RecordPatch): Promise<RecordDetail> {
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const current = await loadRecordForWrite(t, id);
    const { areaName: _areaName, ...before } = current;
    if (patch.areaCode !== undefined && patch.areaCode !== current.areaCode) {
      assertMayWriteArea(deps, patch.areaCode, RECORD);
      await assertAreaExists(t, patch.areaCode);
    }
    const categoryCode = patch.categoryCode ?? current.categoryCode;
    const category = await findCategory(tx, categoryCode);
    if (!category) throw knowledgeErrors.categoryUnknown(categoryCode);
    if (patch.categoryCode !== undefined && patch.categoryCode !== current.categoryCode && !category.active) {
      throw knowledgeErrors.categoryRetired(categoryCode);
    }
    await assertLinks(t, patch);
    const now = deps.clock.now();
    const { ownerPhone, ownerEmail, learningCentreId, modelVillageId, ...plain } = patch;
    const after: NewRecordRow = {
      ...before,
      ...plain,
      ...(ownerPhone !== undefined ? { ownerPhone: ownerPhone || null } : {}),
      ...(ownerEmail !== undefined ? { ownerEmail: ownerEmail || null } : {}),
      ...(learningCentreId !== undefined ? { learningCentreId } : {}),
      ...(modelVillageId !== undefined ? { modelVillageId } : {}),
      updatedBy: deps.actor.userId,
      updatedAt: now,
    };
    assertPublishable(after);
    if (after.status === "published" && !before.publishedAt) after.publishedAt = now;
    const { id: _id, createdAt: _c, createdBy: _cb, ...set } = after;
    await updateRecordRow(tx, current.id, set, recordIndexTexts(after, category));
    if (after.status !== before.status) {
      await setAttachmentsShared(
        t,
        { ownerType: "knowledge_record", ownerId: current.id },
        after.status === "published",
      );
    }
    if (after.areaCode !== before.areaCode) {
      await moveAttachments(t, { ownerType: "knowledge_record", ownerId: current.id }, after.areaCode);
    }
    await recordAudit(t, {
      action: "knowledge.record_updated",
      entityType: "knowledge_record",
      entityId: current.id,
      areaCode: after.areaCode,
      before: recordAuditState(before),
      after: recordAuditState(after),
    });
  });
  return getRecord(deps, id);
}
