// Model villages for every signed-in user: the model villages of an area (by kind or village name), and one with its knowledge records and files.
import { listAttachments } from "../../platform/attachments/index";
import type { Deps } from "../../platform/deps";
import type { Page } from "../../shared/contracts/index";
import type { ModelVillage, ModelVillageDetail, ModelVillageListQuery } from "./contracts";
import { selectLinkedRecords, selectModelVillagePage } from "./knowledge.repository";
import { loadModelVillage, mayWriteArea } from "./knowledge-access";
import { toModelVillage, toSummary } from "./knowledge-views";
import { decodeAreaCursor, encodeAreaCursor } from "./page-cursor";

const LINKED_SHOWN = 50;

export async function listModelVillages(
  deps: Deps,
  query: ModelVillageListQuery,
): Promise<Page<ModelVillage>> {
  const rows = await selectModelVillagePage(deps.db, {
    areaPrefix: query.area ?? "",
    kind: query.kind,
    q: query.q || undefined,
    after: decodeAreaCursor(query.cursor),
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toModelVillage),
    nextCursor: rows.length > query.limit && last ? encodeAreaCursor(last) : null,
  };
}

export async function getModelVillage(deps: Deps, id: string): Promise<ModelVillageDetail> {
  const row = await loadModelVillage(deps, id);
  const records = await selectLinkedRecords(deps.db, { modelVillageId: row.id }, LINKED_SHOWN);
  return {
    ...toModelVillage(row),
    records: records.map((r) => toSummary(r, null)),
    attachments: await listAttachments(deps, { ownerType: "model_village", ownerId: row.id }),
    canEdit: mayWriteArea(deps, row.areaCode),
  };
}
