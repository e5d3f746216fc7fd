// Reads of the area tree within the actor's scope: top level, one area, its children, search.

import type { Deps } from "../../platform/deps";
import type { AreaLevel } from "../../shared/area-code";
import { ancestry, levelOfCode } from "../../shared/area-code";
import { assertInScope, inScope, outOfScope } from "../../shared/authorization";
import type { Area, AreaDetail, AreaWithCounts, Page } from "../../shared/contracts/index";
import {
  type AreaRow,
  childCount,
  findArea,
  findAreas,
  searchAreaRows,
  selectChildren,
} from "./geography.repository";

const AREA = { th: "พื้นที่", en: "Area" };

export function toArea(row: AreaRow): Area {
  return {
    code: row.code,
    level: row.level as AreaLevel,
    parentCode: row.parentCode,
    nameTh: row.nameTh,
    nameEn: row.nameEn,
    villageNo: row.villageNo,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

function withCounts(row: AreaRow & { childCount: number }): AreaWithCounts {
  return { ...toArea(row), childCount: row.childCount, householdCount: row.householdCount };
}

/** Users below the national level start at their own area. */
export async function listTopAreas(
  deps: Deps,
  input: { limit: number; cursor?: string | undefined },
): Promise<Page<AreaWithCounts>> {
  if (deps.actor.scopeCode !== "") {
    const own = await findArea(deps.db, deps.actor.scopeCode);
    if (!own) return { items: [], nextCursor: null };
    return {
      items: [withCounts({ ...own, childCount: await childCount(deps.db, own.code) })],
      nextCursor: null,
    };
  }
  return listChildrenOf(deps, null, input);
}

export async function getAreaDetail(deps: Deps, code: string): Promise<AreaDetail> {
  if (!levelOfCode(code)) throw outOfScope(AREA);
  assertInScope(deps.actor, code, AREA);
  const row = await findArea(deps.db, code);
  if (!row) throw outOfScope(AREA);
  const ancestors = (await findAreas(deps.db, ancestry(code).slice(0, -1))).sort(
    (a, b) => a.code.length - b.code.length,
  );
  return { area: toArea(row), ancestors: ancestors.map(toArea) };
}

export async function listChildren(
  deps: Deps,
  code: string,
  input: { limit: number; cursor?: string | undefined },
): Promise<Page<AreaWithCounts>> {
  if (!levelOfCode(code)) throw outOfScope(AREA);
  assertInScope(deps.actor, code, AREA);
  if (!(await findArea(deps.db, code))) throw outOfScope(AREA);
  return listChildrenOf(deps, code, input);
}

async function listChildrenOf(
  deps: Deps,
  parentCode: string | null,
  input: { limit: number; cursor?: string | undefined },
): Promise<Page<AreaWithCounts>> {
  const rows = await selectChildren(deps.db, { parentCode, afterCode: input.cursor, limit: input.limit + 1 });
  const page = rows.slice(0, input.limit);
  return {
    items: page.map(withCounts),
    nextCursor: rows.length > input.limit ? page[page.length - 1]!.code : null,
  };
}

export async function searchAreas(
  deps: Deps,
  input: { q: string; limit: number },
): Promise<{ items: Area[] }> {
  const rows = await searchAreaRows(deps.db, {
    q: input.q,
    scopeCode: deps.actor.scopeCode,
    limit: input.limit,
  });
  return { items: rows.filter((r) => inScope(deps.actor, r.code)).map(toArea) };
}
