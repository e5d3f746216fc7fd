// Reads target lists: the lists of an area (cursor pages), one list, and its rows with their match explanations (filtered by match kind and area).
import type { Deps } from "../../platform/deps";
import type { Page } from "../../shared/contracts/index";
import { isDimension } from "./deprivation-config";
import type { MatchKind } from "./match-targets";
import { areaOf, decodeCursor, encodeCursor, loadList, requireListReader } from "./target-access";
import type { TargetListSource } from "./target-list";
import type { TargetListQuery, TargetListView, TargetRowQuery, TargetRowView } from "./targets.contracts";
import {
  areaNames,
  selectListPage,
  selectRowPage,
  type TargetListRow,
  type TargetListRowRecord,
} from "./targets.repository";

export function toListView(list: TargetListRow, names: Map<string, string>): TargetListView {
  return {
    id: list.id,
    name: list.name,
    sourceKind: list.sourceKind as TargetListSource,
    agencyName: list.agencyName,
    programmeYear: list.programmeYear,
    areaCode: list.areaCode,
    areaName: names.get(list.areaCode) ?? null,
    dataYear: list.dataYear,
    rowCount: list.rowCount,
    counts: { exact_id: list.exactIdCount, address_name: list.addressNameCount, none: list.noneCount },
    status: list.status,
    fileName: list.fileName,
    createdBy: list.createdBy,
    createdAt: list.createdAt.toISOString(),
  };
}

export function toRowView(r: TargetListRowRecord): TargetRowView {
  return {
    id: r.id,
    line: r.lineNo,
    areaCode: r.areaCode,
    villageCode: r.villageCode,
    houseNo: r.houseNo,
    headName: r.headName,
    citizenIdMasked: r.citizenIdMasked,
    householdId: r.householdId,
    matchKind: r.matchKind as MatchKind,
    explanation: r.matchExplanation,
    explanationEn: r.matchExplanationEn,
    differences: r.matchDifferences,
    failingDimensions: r.failingDimensions === null ? null : r.failingDimensions.filter(isDimension),
    failingIndicators: r.failingIndicators === null ? null : r.failingIndicators.map(Number),
    note: r.note,
  };
}

export async function listTargetLists(deps: Deps, query: TargetListQuery): Promise<Page<TargetListView>> {
  requireListReader(deps.actor);
  const area = areaOf(deps, query.area);
  const after = query.cursor ? decodeCursor(query.cursor, ["string", "string"]) : undefined;
  const found = await selectListPage(deps.db, {
    areaPrefix: area,
    sourceKind: query.sourceKind,
    programmeYear: query.programmeYear,
    after: after ? { createdAt: new Date(after[0] as string), id: after[1] as string } : undefined,
    limit: query.limit + 1,
  });
  const page = found.slice(0, query.limit);
  const names = await areaNames(deps.db, [...new Set(page.map((l) => l.areaCode))]);
  const last = page[page.length - 1];
  return {
    items: page.map((l) => toListView(l, names)),
    nextCursor:
      found.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}

export async function getTargetList(deps: Deps, id: string): Promise<TargetListView> {
  const list = await loadList(deps, id);
  return toListView(list, await areaNames(deps.db, [list.areaCode]));
}

export async function listTargetRows(
  deps: Deps,
  listId: string,
  query: TargetRowQuery,
): Promise<Page<TargetRowView>> {
  const list = await loadList(deps, listId);
  // An area that contains the list's own area means the whole list.
  const area =
    query.area === undefined || list.areaCode.startsWith(query.area) ? "" : areaOf(deps, query.area);
  const after = query.cursor ? (decodeCursor(query.cursor, ["number"])[0] as number) : undefined;
  const found = await selectRowPage(deps.db, {
    listId: list.id,
    matchKind: query.matchKind,
    areaPrefix: area,
    afterLine: after,
    limit: query.limit + 1,
  });
  const page = found.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toRowView),
    nextCursor: found.length > query.limit && last ? encodeCursor([last.lineNo]) : null,
  };
}
