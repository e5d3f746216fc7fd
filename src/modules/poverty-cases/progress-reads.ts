// Progress by area: an area's totals and its children (keyset pages) — targeted, per stage, helped per dimension, deliveries and value, mentors and visit recency — per agency, the province's districts table, and their exports.
import type { Deps } from "../../platform/deps";
import type { ExportColumn } from "../../platform/tabular-export";
import { levelOfCode } from "../../shared/area-code";
import { assertInScope, outOfScope } from "../../shared/authorization";
import { invalidInput } from "../../shared/errors";
import { addDays, fiscalYearOf } from "../../shared/thai-date";
import { findArea } from "../geography/index";
import { AREA, requireAreaReader } from "./case-access";
import type { DistrictsTable, Progress, ProgressQuery, ProgressRow } from "./case-contracts";
import {
  aggregateAgencies,
  aggregateCases,
  aggregateDeliveries,
  aggregateHelped,
  aggregateMentoring,
  type ChildArea,
  selectChildAreas,
} from "./cases.repository";
import { DIMENSION_NAMES, DIMENSIONS, type Dimension } from "./deprivation-config";

/** "Visits in the last 30 days" counts a household visited on any of the last 30 days, today included. */
export const RECENT_VISIT_DAYS = 30;

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

/**
 * One row per area of `areas` (codes of `len` digits; `len` 0 gives one total row keyed ""), from set-based
 * aggregates over the whole prefix grouped by the first `len` digits of the area code.
 */
async function rowsFor(
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

function checkedYear(deps: Deps, year: number | undefined): number {
  return year ?? fiscalYearOf(deps.clock.today());
}

/** An area's progress: its totals, a keyset page of its children (by code), and its agencies. */
export async function getProgress(deps: Deps, query: ProgressQuery): Promise<Progress> {
  requireAreaReader(deps);
  const code = query.area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, code, AREA);
  if (code !== "" && levelOfCode(code) === null) throw outOfScope(AREA);
  if (query.cursor !== undefined && !/^\d{2,8}$/.test(query.cursor)) {
    throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
  }
  const year = checkedYear(deps, query.year);
  const self = await areaOf(deps, code);
  const [total] = await rowsFor(deps, code, code.length, year, [self]);
  const children =
    code.length >= 8 ? [] : await selectChildAreas(deps.db, code, query.cursor, query.limit + 1);
  const page = children.slice(0, query.limit);
  const rows = page.length === 0 ? [] : await rowsFor(deps, code, code.length + 2, year, page);
  return {
    area: code,
    programmeYear: year,
    asOf: deps.clock.today(),
    total: total!,
    children: rows,
    nextCursor: children.length > query.limit ? (page[page.length - 1]?.code ?? null) : null,
    agencies: await aggregateAgencies(deps.db, { areaPrefix: code, programmeYear: year }).then((list) =>
      list.map((a) => ({
        ...a,
        plannedSatang: Number(a.plannedSatang),
        deliveredSatang: Number(a.deliveredSatang),
      })),
    ),
  };
}

/** The Si Sa Ket style table: every district of a province in one view, with the province total. */
export async function getDistrictsTable(
  deps: Deps,
  province: string,
  year: number | undefined,
): Promise<DistrictsTable> {
  requireAreaReader(deps);
  if (!/^\d{2}$/.test(province)) throw outOfScope(AREA);
  assertInScope(deps.actor, province, AREA);
  const programmeYear = checkedYear(deps, year);
  const self = await areaOf(deps, province);
  const districts = await selectChildAreas(deps.db, province, undefined, 1000);
  const rows = await rowsFor(deps, province, 4, programmeYear, districts);
  const [total] = await rowsFor(deps, province, 2, programmeYear, [self]);
  return {
    province,
    provinceNameTh: self.nameTh,
    programmeYear,
    asOf: deps.clock.today(),
    rows,
    total: total!,
  };
}

/** Columns of the progress exports (children of an area, or the districts table), Thai or English headers. */
export function progressExportColumns(): ExportColumn<ProgressRow>[] {
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
  );
  return cols;
}
