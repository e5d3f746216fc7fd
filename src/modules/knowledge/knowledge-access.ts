// Who may read and write knowledge: published records, centres and villages are open to every signed-in user; drafts and every write need knowledge.write and an area scope covering the record.
import type { Deps } from "../../platform/deps";
import {
  assertInScope,
  hasPermission,
  inScope,
  outOfScope,
  requirePermission,
} from "../../shared/authorization";
import { findArea } from "../geography/index";
import {
  type CentreWithArea,
  findCentre,
  findModelVillage,
  findRecord,
  type ModelVillageWithNames,
  type RecordWithArea,
} from "./knowledge.repository";
import { AREA, CENTRE, knowledgeErrors, MODEL_VILLAGE, RECORD } from "./knowledge-errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/** True when the actor may change knowledge of `areaCode` ("" national: national staff only). */
export function mayWriteArea(deps: Deps, areaCode: string): boolean {
  return hasPermission(deps.actor, "knowledge.write") && inScope(deps.actor, areaCode);
}

/** Writes need knowledge.write (403 without it) and a scope covering the area (404 outside it). */
export function assertMayWriteArea(
  deps: Deps,
  areaCode: string,
  what: { th: string; en: string } = AREA,
): void {
  requirePermission(deps.actor, "knowledge.write");
  assertInScope(deps.actor, areaCode, what);
}

/** The area of a new record or centre must exist ("" is the nation, allowed for records only). */
export async function assertAreaExists(deps: Deps, areaCode: string, level?: "village"): Promise<void> {
  if (areaCode === "") return;
  const found = await findArea(deps.db, areaCode);
  if (!found) throw knowledgeErrors.areaUnknown(areaCode);
  if (level && found.level !== level) throw knowledgeErrors.villageRequired(areaCode);
}

/** A record the actor may read: published ones for anyone signed in, drafts for writers in scope. */
export async function loadRecordForRead(deps: Deps, id: string): Promise<RecordWithArea> {
  const row = isUuid(id) ? await findRecord(deps.db, id) : undefined;
  if (!row) throw outOfScope(RECORD);
  if (row.status !== "published" && !mayWriteArea(deps, row.areaCode)) throw outOfScope(RECORD);
  return row;
}

/** A record the actor may change, locked for the rest of the transaction. */
export async function loadRecordForWrite(deps: Deps, id: string): Promise<RecordWithArea> {
  requirePermission(deps.actor, "knowledge.write");
  const row = isUuid(id) ? await findRecord(deps.db, id, true) : undefined;
  if (!row || !inScope(deps.actor, row.areaCode)) throw outOfScope(RECORD);
  return row;
}

export async function loadCentre(deps: Deps, id: string, forWrite = false): Promise<CentreWithArea> {
  if (forWrite) requirePermission(deps.actor, "knowledge.write");
  const row = isUuid(id) ? await findCentre(deps.db, id, forWrite) : undefined;
  if (!row || (forWrite && !inScope(deps.actor, row.areaCode))) throw outOfScope(CENTRE);
  return row;
}

export async function loadModelVillage(
  deps: Deps,
  id: string,
  forWrite = false,
): Promise<ModelVillageWithNames> {
  if (forWrite) requirePermission(deps.actor, "knowledge.write");
  const row = isUuid(id) ? await findModelVillage(deps.db, id) : undefined;
  if (!row || (forWrite && !inScope(deps.actor, row.areaCode))) throw outOfScope(MODEL_VILLAGE);
  return row;
}

/** A link from a record to a centre or village must point at one that exists (any area: knowledge travels). */
export async function assertLinks(
  deps: Deps,
  links: { learningCentreId?: string | null | undefined; modelVillageId?: string | null | undefined },
): Promise<void> {
  if (links.learningCentreId && !(await findCentre(deps.db, links.learningCentreId))) {
    throw knowledgeErrors.centreUnknown();
  }
  if (links.modelVillageId && !(await findModelVillage(deps.db, links.modelVillageId))) {
    throw knowledgeErrors.modelVillageUnknown();
  }
}
