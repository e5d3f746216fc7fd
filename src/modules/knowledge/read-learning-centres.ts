// Learning centres for every signed-in user: the centres of an area (by name or topic), and one centre with its model villages, knowledge records and files.
import { listAttachments } from "../../platform/attachments/index";
import type { Deps } from "../../platform/deps";
import type { Page } from "../../shared/contracts/index";
import type { AreaListQuery, LearningCentre, LearningCentreDetail } from "./contracts";
import { selectCentrePage, selectLinkedRecords, selectModelVillagePage } from "./knowledge.repository";
import { loadCentre, mayWriteArea } from "./knowledge-access";
import { toCentre, toModelVillage, toSummary } from "./knowledge-views";
import { decodeAreaCursor, encodeAreaCursor } from "./page-cursor";

/** Records and villages shown on a centre's page (the search lists all of them). */
const LINKED_SHOWN = 50;

export async function listLearningCentres(deps: Deps, query: AreaListQuery): Promise<Page<LearningCentre>> {
  const rows = await selectCentrePage(deps.db, {
    areaPrefix: query.area ?? "",
    q: query.q || undefined,
    after: decodeAreaCursor(query.cursor),
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toCentre),
    nextCursor: rows.length > query.limit && last ? encodeAreaCursor(last) : null,
  };
}

export async function getLearningCentre(deps: Deps, id: string): Promise<LearningCentreDetail> {
  const row = await loadCentre(deps, id);
  const villages = await selectModelVillagePage(deps.db, {
    areaPrefix: "",
    kind: undefined,
    q: undefined,
    centreId: row.id,
    after: undefined,
    limit: LINKED_SHOWN,
  });
  const records = await selectLinkedRecords(deps.db, { learningCentreId: row.id }, LINKED_SHOWN);
  return {
    ...toCentre(row),
    modelVillages: villages.map(toModelVillage),
    records: records.map((r) => toSummary(r, null)),
    attachments: await listAttachments(deps, { ownerType: "learning_centre", ownerId: row.id }),
    canEdit: mayWriteArea(deps, row.areaCode),
  };
}
