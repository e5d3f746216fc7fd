// Records a knowledge record (แบบบันทึกองค์ความรู้) as a draft or published, indexed for Thai full-text search.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import type { RecordBody, RecordDetail } from "./contracts";
import { getRecord } from "./get-record";
import { findCategory, insertRecord, type NewRecordRow } from "./knowledge.repository";
import { assertAreaExists, assertLinks, assertMayWriteArea } from "./knowledge-access";
import { knowledgeErrors, RECORD } from "./knowledge-errors";
import { recordAuditState, recordIndexTexts } from "./knowledge-views";

/** A record is published only with the two sections that make it knowledge: where it came from and how. */
export function assertPublishable(r: { status: string; background: string; steps: string }): void {
  if (r.status === "published" && (r.background.trim() === "" || r.steps.trim() === "")) {
    throw knowledgeErrors.publishNeedsBody();
  }
}

export async function createRecord(deps: Deps, body: RecordBody): Promise<RecordDetail> {
  assertMayWriteArea(deps, body.areaCode, RECORD);
  assertPublishable(body);
  const id = await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    await assertAreaExists(t, body.areaCode);
    const category = await findCategory(tx, body.categoryCode);
    if (!category) throw knowledgeErrors.categoryUnknown(body.categoryCode);
    if (!category.active) throw knowledgeErrors.categoryRetired(body.categoryCode);
    await assertLinks(t, body);
    const now = deps.clock.now();
    const row: NewRecordRow = {
      id: deps.ids.uuid(),
      areaCode: body.areaCode,
      title: body.title,
      categoryCode: body.categoryCode,
      ownerName: body.ownerName,
      ownerPosition: body.ownerPosition,
      ownerOffice: body.ownerOffice,
      ownerPhone: body.ownerPhone || null,
      ownerEmail: body.ownerEmail || null,
      background: body.background,
      steps: body.steps,
      results: body.results,
      lessons: body.lessons,
      status: body.status,
      learningCentreId: body.learningCentreId ?? null,
      modelVillageId: body.modelVillageId ?? null,
      createdBy: deps.actor.userId,
      createdAt: now,
      updatedBy: deps.actor.userId,
      updatedAt: now,
      publishedAt: body.status === "published" ? now : null,
    };
    await insertRecord(tx, row, recordIndexTexts(row, category));
    await recordAudit(t, {
      action: "knowledge.record_created",
      entityType: "knowledge_record",
      entityId: row.id,
      areaCode: row.areaCode,
      after: recordAuditState(row),
    });
    return row.id;
  });
  return getRecord(deps, id);
}
