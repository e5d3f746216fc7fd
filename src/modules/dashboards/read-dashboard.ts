// An area's dashboard for a fiscal year: its totals, its children one level down (a page at a time) and its trend, from the rollups.
import type { Deps } from "../../platform/deps";
import { ancestry } from "../../shared/area-code";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import { fiscalYearOf } from "../../shared/thai-date";
import type { AreaRef, Dashboard, DashboardQuery } from "./contracts";
import { AREA } from "./dashboard-errors";
import {
  levelName,
  measuresOf,
  parseAreaParam,
  parseChildCursor,
  parseFiscalYearParam,
  parseFundTypeParam,
  parseLimit,
} from "./dashboard-rules";
import { type AreaNameRow, selectAreas, selectChildSums, selectTrend } from "./dashboards.repository";

const NATION: AreaRef = {
  code: "",
  level: "nation",
  nameTh: "ประเทศไทย",
  nameEn: "Thailand",
  villageNo: null,
};

function toRef(row: AreaNameRow): AreaRef {
  return {
    code: row.code,
    level: levelName(row.code),
    nameTh: row.nameTh,
    nameEn: row.nameEn,
    villageNo: row.villageNo,
  };
}

const CHILD_LEVEL = { 0: "province", 2: "district", 4: "subdistrict", 6: "village" } as const;

/**
 * The actor's own area by default; an area outside the actor's scope, or one that does not exist, is "not
 * found"; an area without funds is a valid dashboard of zeros. Reads only area_year_rollup and area.
 */
export async function getDashboard(deps: Deps, query: DashboardQuery): Promise<Dashboard> {
  requirePermission(deps.actor, "funds.read");
  const area = parseAreaParam(query.area) ?? deps.actor.scopeCode;
  const requestedYear = parseFiscalYearParam(query.fiscalYear);
  const fundType = parseFundTypeParam(query.fundType);
  const limit = parseLimit(query.limit);
  const after = parseChildCursor(query.cursor, area);
  assertInScope(deps.actor, area, AREA);

  const childLevel = area.length in CHILD_LEVEL ? CHILD_LEVEL[area.length as 0 | 2 | 4 | 6] : null;
  // Independent statements (parallel on a PostgreSQL pool). The trend holds every year's sums for the area,
  // the requested year's among them; without a year, the children are read for the newest one, as the totals.
  const [named, trend, found] = await Promise.all([
    selectAreas(deps.db, area === "" ? [] : ancestry(area)),
    selectTrend(deps.db, { fundType, area }),
    childLevel
      ? selectChildSums(deps.db, {
          fiscalYear: requestedYear ?? null,
          fundType,
          area,
          after,
          limit: limit + 1,
        })
      : Promise.resolve([]),
  ]);
  const row = named.find((a) => a.code === area);
  if (area !== "" && !row) throw outOfScope(AREA);
  const fiscalYear = requestedYear ?? trend[trend.length - 1]?.fiscalYear ?? fiscalYearOf(deps.clock.today());
  const sums = trend.find((t) => t.fiscalYear === fiscalYear);
  const page = found.slice(0, limit);
  return {
    area: row ? toRef(row) : NATION,
    ancestors: named.filter((a) => a.code !== area).map(toRef),
    fiscalYear,
    fundType,
    asOf: sums?.asOf ?? null,
    totals: measuresOf(sums),
    childLevel,
    children: {
      items: page.map((c) => ({ ...toRef(c), ...measuresOf(c) })),
      nextCursor: found.length > limit ? (page[page.length - 1]?.code ?? null) : null,
    },
    trend: trend.map((t) => ({ ...measuresOf(t), fiscalYear: t.fiscalYear, asOf: t.asOf })),
    fiscalYears: trend.map((t) => t.fiscalYear),
  };
}
