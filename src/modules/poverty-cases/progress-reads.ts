// Progress by area: an area's totals and its children (keyset pages) — targeted, per stage, helped per dimension, deliveries and value, mentors and visit recency — per agency, the province's districts table, and their exports; read from the refreshed rollups (live only before the first refresh).
import type { Deps } from "../../platform/deps";
import { bangkokDateTime, type ExportColumn } from "../../platform/tabular-export";
import { levelOfCode } from "../../shared/area-code";
import { assertInScope, outOfScope } from "../../shared/authorization";
import { invalidInput } from "../../shared/errors";
import { addDays, fiscalYearOf, formatThaiLong } from "../../shared/thai-date";
import { findArea } from "../geography/index";
import { AREA, requireAreaReader } from "./case-access";
import type { ProgressQuery, ProgressRow } from "./case-contracts";
import { DIMENSION_NAMES, DIMENSIONS, type Dimension } from "./deprivation-config";
import {
  type AgencyAggregate,
  aggregateAgencies,
  aggregateCases,
  aggregateDeliveries,
  aggregateHelped,
  aggregateMentoring,
  type ChildArea,
  type RefreshState,
  ROLLUP_DEEPEST,
  type RollupRow,
  selectChildAreas,
  selectRefreshState,
  selectRollupAgencies,
  selectRollupChildren,
  selectRollupRow,
} from "./progress.repository";
import type { DistrictsTableView, ProgressView } from "./progress-contracts";
import { RECENT_VISIT_DAYS } from "./progress-refresh";

export { RECENT_VISIT_DAYS };

type Freshness = Pick<ProgressView, "asOf" | "refreshedAt" | "source">;

const emptyRow = (a: ChildArea): ProgressRow => ({
  code: a.code,
  nameTh: a.nameTh,
  nameEn: a.nameEn,
  targeted: 0,
  open: 0,
  survive: 0,
  sufficient: 0,
  sustainable: 0,
  graduated: 0,
  helped: 0,
  helpedByDimension: Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>,
  deliveries: 0,
  deliveredSatang: 0,
  mentors: 0,
  pairedHouseholds: 0,
  visitedRecently: 0,
  lastVisitOn: null,
});

const n = (v: number | null | undefined): number => Number(v ?? 0);

/** A rollup row as a progress row: an area without a rollup row has zeros. */
function fromRollup(r: RollupRow): ProgressRow {
  return {
    code: r.code,
    nameTh: r.nameTh,
    nameEn: r.nameEn ?? null,
    targeted: n(r.targeted),
    open: n(r.open),
    survive: n(r.survive),
    sufficient: n(r.sufficient),
    sustainable: n(r.sustainable),
    graduated: n(r.graduated),
    helped: n(r.helped),
    helpedByDimension: {
      health: n(r.helpedHealth),
      living: n(r.helpedLiving),
      education: n(r.helpedEducation),
      income: n(r.helpedIncome),
      public_access: n(r.helpedPublicAccess),
    },
    deliveries: n(r.deliveries),
    deliveredSatang: n(r.deliveredSatang),
    mentors: n(r.mentors),
    pairedHouseholds: n(r.pairedHouseholds),
    visitedRecently: n(r.visitedRecently),
    lastVisitOn: r.lastVisitOn ?? null,
  };
}

const moneyOf = (list: AgencyAggregate[]): AgencyAggregate[] =>
  list.map((a) => ({
    ...a,
    households: Number(a.households),
    planItems: Number(a.planItems),
    plannedSatang: Number(a.plannedSatang),
    deliveries: Number(a.deliveries),
    deliveredSatang: Number(a.deliveredSatang),
  }));

/**
 * Live: one row per area of `areas` (codes of `len` digits; `len` 0 gives one total row keyed ""), from
 * set-based aggregates over the whole prefix grouped by the first `len` digits of the area code.
 */
async function liveRowsFor(
  deps: Deps,
  prefix: string,
  len: number,
  programmeYear: number,
  areas: ChildArea[],
): Promise<ProgressRow[]> {
  const today = deps.clock.today();
  const since = addDays(today, -(RECENT_VISIT_DAYS - 1));
  const f = { areaPrefix: prefix, len, programmeYear };
  const cases = await aggregateCases(deps.db, f);
  const deliveries = await aggregateDeliveries(deps.db, f);
  const helped = await aggregateHelped(deps.db, f);
  const mentoring = await aggregateMentoring(deps.db, { areaPrefix: prefix, len, on: today, since });
  const byCode = new Map(areas.map((a) => [a.code, emptyRow(a)]));
  for (const c of cases) {
    const r = byCode.get(c.code);
    if (!r) continue;
    r.targeted = c.targeted;
    r.open = c.open;
    r.survive = c.survive;
    r.sufficient = c.sufficient;
    r.sustainable = c.sustainable;
    r.graduated = c.graduated;
  }
  for (const d of deliveries) {
    const r = byCode.get(d.code);
    if (!r) continue;
    if ((DIMENSIONS as readonly string[]).includes(d.dimension)) {
      r.helpedByDimension[d.dimension as Dimension] += d.helped;
    }
    r.deliveries += d.deliveries;
    r.deliveredSatang += Number(d.valueSatang);
  }
  for (const h of helped) {
    const r = byCode.get(h.code);
    if (r) r.helped = h.helped;
  }
  for (const m of mentoring) {
    const r = byCode.get(m.code);
    if (!r) continue;
    r.mentors = m.mentors;
    r.pairedHouseholds = m.pairedHouseholds;
    r.visitedRecently = m.visitedRecently;
    r.lastVisitOn = m.lastVisitOn;
  }
  return [...byCode.values()];
}

async function areaOf(deps: Deps, code: string): Promise<ChildArea> {
  if (code === "") return { code: "", nameTh: "ทั้งประเทศ", nameEn: "Thailand" };
  const a = await findArea(deps.db, code);
  if (!a) throw outOfScope(AREA);
  return { code: a.code, nameTh: a.nameTh, nameEn: a.nameEn };
}

const yearOf = (deps: Deps, year: number | undefined): number => year ?? fiscalYearOf(deps.clock.today());

const freshnessOf = (deps: Deps, state: RefreshState | undefined): Freshness =>
  state
    ? { asOf: state.asOf, refreshedAt: state.computedAt.toISOString(), source: "rollup" }
    : { asOf: deps.clock.today(), refreshedAt: null, source: "live" };

/** Which figures to read: the rollups once refreshed, or (`live`, and before the first refresh) aggregated now. */
type Mode = "auto" | "live";

/** The checked area and year of a progress query. */
async function progressTarget(deps: Deps, query: ProgressQuery) {
  requireAreaReader(deps);
  const code = query.area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, code, AREA);
  if (code !== "" && levelOfCode(code) === null) throw outOfScope(AREA);
  if (query.cursor !== undefined && !/^\d{2,8}$/.test(query.cursor)) {
    throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
  }
  return { code, year: yearOf(deps, query.year), self: await areaOf(deps, code) };
}

async function progress(deps: Deps, query: ProgressQuery, mode: Mode): Promise<ProgressView> {
  const { code, year, self } = await progressTarget(deps, query);
  // A sub-district and its villages are small: the rollups stop at the sub-district, these are aggregated live.
  const state =
    mode === "live" || code.length >= ROLLUP_DEEPEST ? undefined : await selectRefreshState(deps.db);
  const base = { area: code, programmeYear: year, ...freshnessOf(deps, state) };
  if (state) {
    const children =
      code.length >= 8
        ? []
        : await selectRollupChildren(deps.db, {
            programmeYear: year,
            parent: code,
            after: query.cursor,
            limit: query.limit + 1,
          });
    const page = children.slice(0, query.limit);
    return {
      ...base,
      total: fromRollup(await selectRollupRow(deps.db, { programmeYear: year, area: self })),
      children: page.map(fromRollup),
      nextCursor: children.length > query.limit ? (page[page.length - 1]?.code ?? null) : null,
      agencies: moneyOf(await selectRollupAgencies(deps.db, { programmeYear: year, area: code })),
    };
  }
  const [total] = await liveRowsFor(deps, code, code.length, year, [self]);
  const children =
    code.length >= 8 ? [] : await selectChildAreas(deps.db, code, query.cursor, query.limit + 1);
  const page = children.slice(0, query.limit);
  return {
    ...base,
    total: total!,
    children: page.length === 0 ? [] : await liveRowsFor(deps, code, code.length + 2, year, page),
    nextCursor: children.length > query.limit ? (page[page.length - 1]?.code ?? null) : null,
    agencies: moneyOf(await aggregateAgencies(deps.db, { areaPrefix: code, programmeYear: year })),
  };
}

/** An area's progress: its totals, a keyset page of its children (by code), and its agencies. */
export async function getProgress(deps: Deps, query: ProgressQuery): Promise<ProgressView> {
  return progress(deps, query, "auto");
}

/** The same figures aggregated now from the cases (slow at scale): the reference the rollups must equal. */
export async function getLiveProgress(deps: Deps, query: ProgressQuery): Promise<ProgressView> {
  return progress(deps, query, "live");
}

async function districtsTable(
  deps: Deps,
  province: string,
  year: number | undefined,
  mode: Mode,
): Promise<DistrictsTableView> {
  requireAreaReader(deps);
  if (!/^\d{2}$/.test(province)) throw outOfScope(AREA);
  assertInScope(deps.actor, province, AREA);
  const programmeYear = yearOf(deps, year);
  const self = await areaOf(deps, province);
  const state = mode === "live" ? undefined : await selectRefreshState(deps.db);
  const base = { province, provinceNameTh: self.nameTh, programmeYear, ...freshnessOf(deps, state) };
  if (state) {
    // A province has at most a few dozen districts: one page holds them all.
    const rows = await selectRollupChildren(deps.db, { programmeYear, parent: province, limit: 1000 });
    return {
      ...base,
      rows: rows.map(fromRollup),
      total: fromRollup(await selectRollupRow(deps.db, { programmeYear, area: self })),
    };
  }
  const districts = await selectChildAreas(deps.db, province, undefined, 1000);
  const rows = await liveRowsFor(deps, province, 4, programmeYear, districts);
  const [total] = await liveRowsFor(deps, province, 2, programmeYear, [self]);
  return { ...base, rows, total: total! };
}

/** The Si Sa Ket style table: every district of a province in one view, with the province total. */
export async function getDistrictsTable(
  deps: Deps,
  province: string,
  year: number | undefined,
): Promise<DistrictsTableView> {
  return districtsTable(deps, province, year, "auto");
}

/** The districts table aggregated now from the cases: the reference the rollups must equal. */
export async function getLiveDistrictsTable(
  deps: Deps,
  province: string,
  year: number | undefined,
): Promise<DistrictsTableView> {
  return districtsTable(deps, province, year, "live");
}

/**
 * "As of" for an export's title: the refresh instant in Bangkok time with the B.E. date, or the business
 * date alone for live figures.
 */
export function asOfText(f: Freshness, lang: "th" | "en"): string {
  if (f.refreshedAt === null) {
    return lang === "en" ? `as of ${f.asOf} (live)` : `ข้อมูล ณ ${formatThaiLong(f.asOf)}`;
  }
  const at = bangkokDateTime(f.refreshedAt);
  return lang === "en"
    ? `figures as of ${f.asOf}, refreshed ${at.iso}`
    : `ข้อมูล ณ ${formatThaiLong(f.asOf)} (ประมวลผลเมื่อ ${at.be} น.)`;
}

/**
 * Columns of the progress exports (children of an area, or the districts table), Thai or English headers; the
 * last two say what date the figures are as of and when the rollup was refreshed, on every row (a CSV has no title).
 */
export function progressExportColumns(f: Freshness): ExportColumn<ProgressRow>[] {
  const cols: ExportColumn<ProgressRow>[] = [
    { key: "code", th: "รหัสพื้นที่", en: "Area code", kind: "text", value: (r) => r.code },
    { key: "name", th: "พื้นที่", en: "Area", kind: "text", value: (r) => r.nameTh },
    { key: "targeted", th: "ครัวเรือนเป้าหมาย", en: "Target households", kind: "int", value: (r) => r.targeted },
    { key: "survive", th: "ขั้นอยู่รอด", en: "Survive stage", kind: "int", value: (r) => r.survive },
    { key: "sufficient", th: "ขั้นพอเพียง", en: "Sufficient stage", kind: "int", value: (r) => r.sufficient },
    { key: "sustainable", th: "ขั้นยั่งยืน", en: "Sustainable stage", kind: "int", value: (r) => r.sustainable },
    { key: "graduated", th: "พ้นความยากจน", en: "Graduated", kind: "int", value: (r) => r.graduated },
    { key: "helped", th: "ได้รับความช่วยเหลือ", en: "Helped", kind: "int", value: (r) => r.helped },
  ];
  for (const d of DIMENSIONS) {
    cols.push({
      key: `helped_${d}`,
      th: `ช่วยเหลือมิติ${DIMENSION_NAMES[d].th}`,
      en: `Helped: ${DIMENSION_NAMES[d].en}`,
      kind: "int",
      value: (r) => r.helpedByDimension[d],
    });
  }
  cols.push(
    { key: "deliveries", th: "รายการที่ส่งมอบ", en: "Items delivered", kind: "int", value: (r) => r.deliveries },
    {
      key: "deliveredSatang",
      th: "มูลค่าที่ส่งมอบ (บาท)",
      en: "Value delivered (baht)",
      kind: "money",
      value: (r) => r.deliveredSatang,
    },
    { key: "mentors", th: "พี่เลี้ยง", en: "Mentors", kind: "int", value: (r) => r.mentors },
    {
      key: "paired",
      th: "ครัวเรือนที่มีพี่เลี้ยง",
      en: "Households with a mentor",
      kind: "int",
      value: (r) => r.pairedHouseholds,
    },
    {
      key: "visited",
      th: `เยี่ยมใน ${RECENT_VISIT_DAYS} วัน`,
      en: `Visited in ${RECENT_VISIT_DAYS} days`,
      kind: "int",
      value: (r) => r.visitedRecently,
    },
    { key: "lastVisitOn", th: "เยี่ยมล่าสุด", en: "Last visit", kind: "date", value: (r) => r.lastVisitOn },
    { key: "asOf", th: "ข้อมูล ณ วันที่", en: "As of", kind: "date", value: () => f.asOf },
    {
      key: "refreshedAt",
      th: "ประมวลผลเมื่อ",
      en: "Refreshed at",
      kind: "datetime",
      value: () => f.refreshedAt,
    },
  );
  return cols;
}
