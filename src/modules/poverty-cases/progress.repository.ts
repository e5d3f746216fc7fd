// SQL of poverty progress: the rollups' set-based rebuild (per programme year and area from the nation down to the sub-district, per agency, mentoring), their index reads, and the live aggregates they replace.
import { eq, sql } from "drizzle-orm";
import { area } from "../../../db/schema/index";
import {
  povAgency,
  povCase,
  povDelivery,
  povPairing,
  povPlanItem,
  povVisit,
} from "../../../db/schema/poverty-cases";
import {
  povProgressAgency,
  povProgressArea,
  povProgressMentoring,
  povProgressRefresh,
} from "../../../db/schema/poverty-progress";
import { type Executor, rows } from "../../platform/database";

/**
 * The levels the rollups keep: the nation (''), province, district, sub-district. Villages are not kept: they
 * are nine in ten of the rows, and a sub-district's villages are few enough to aggregate live (ROLLUP_DEEPEST).
 */
const LEVELS = sql`(VALUES (0), (2), (4), (6)) AS lv(n)`;
/** The deepest level the rollups keep: the children of an area this long or longer are read live. */
export const ROLLUP_DEEPEST = 6;

/** Serialises refreshes across processes for the rest of the transaction. */
export async function lockProgressRefresh(tx: Executor): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('kaejon.job.poverty_progress'))`);
}

/** Memory for the grouped distinct counts and no JIT, for the current transaction only (as the dashboards). */
export async function tuneProgressRefresh(tx: Executor): Promise<void> {
  await tx.execute(sql.raw("SET LOCAL work_mem = '128MB'"));
  await tx.execute(sql.raw("SET LOCAL jit = off"));
}

async function countWritten(db: Executor, insert: ReturnType<typeof sql>): Promise<number> {
  const [r] = await rows<{ n: number }>(
    db,
    sql`WITH written AS (${insert} RETURNING 1) SELECT count(*)::int AS n FROM written`,
  );
  return Number(r?.n ?? 0);
}

/**
 * Rebuilds pov_progress_area for every programme year: the cases and the deliveries (joined to their case's
 * year) are grouped once per area code, then those rows are summed at every level their code reaches
 * (left(area_code, n)). Summing "households helped" is exact because a case's deliveries all carry the case's
 * own area code (case-log-delivery copies it), so a case is helped in one village only.
 */
export async function rebuildProgressAreas(db: Executor, computedAt: Date): Promise<number> {
  await db.execute(sql`DELETE FROM ${povProgressArea}`);
  return countWritten(
    db,
    sql`WITH cases AS (
        SELECT c.programme_year AS y, c.area_code,
               count(*)::int AS targeted,
               (count(*) FILTER (WHERE c.status = 'open'))::int AS open,
               (count(*) FILTER (WHERE c.status = 'open' AND c.stage = 'survive'))::int AS survive,
               (count(*) FILTER (WHERE c.status = 'open' AND c.stage = 'sufficient'))::int AS sufficient,
               (count(*) FILTER (WHERE c.status = 'open' AND c.stage = 'sustainable'))::int AS sustainable,
               (count(*) FILTER (WHERE c.closing_reason = 'graduated'))::int AS graduated
          FROM ${povCase} c
         GROUP BY 1, 2),
      per_case AS (
        SELECT c.programme_year AS y, d.area_code, d.case_id,
               bool_or(d.dimension = 'health') AS health, bool_or(d.dimension = 'living') AS living,
               bool_or(d.dimension = 'education') AS education, bool_or(d.dimension = 'income') AS income,
               bool_or(d.dimension = 'public_access') AS public_access,
               count(*)::int AS deliveries, sum(d.value_satang)::bigint AS delivered
          FROM ${povDelivery} d JOIN ${povCase} c ON c.id = d.case_id
         GROUP BY 1, 2, 3),
      delivered AS (
        SELECT y, area_code, count(*)::int AS helped,
               (count(*) FILTER (WHERE health))::int AS health, (count(*) FILTER (WHERE living))::int AS living,
               (count(*) FILTER (WHERE education))::int AS education,
               (count(*) FILTER (WHERE income))::int AS income,
               (count(*) FILTER (WHERE public_access))::int AS public_access,
               sum(deliveries)::int AS deliveries, sum(delivered)::bigint AS delivered
          FROM per_case
         GROUP BY 1, 2),
      per_area AS (
        SELECT coalesce(c.y, d.y) AS y, coalesce(c.area_code, d.area_code) AS area_code,
               coalesce(c.targeted, 0) AS targeted, coalesce(c.open, 0) AS open, coalesce(c.survive, 0) AS survive,
               coalesce(c.sufficient, 0) AS sufficient, coalesce(c.sustainable, 0) AS sustainable,
               coalesce(c.graduated, 0) AS graduated, coalesce(d.helped, 0) AS helped,
               coalesce(d.health, 0) AS health, coalesce(d.living, 0) AS living,
               coalesce(d.education, 0) AS education, coalesce(d.income, 0) AS income,
               coalesce(d.public_access, 0) AS public_access, coalesce(d.deliveries, 0) AS deliveries,
               coalesce(d.delivered, 0) AS delivered
          FROM cases c FULL JOIN delivered d ON d.y = c.y AND d.area_code = c.area_code)
    INSERT INTO ${povProgressArea} (programme_year, area_code, level, targeted, open, survive, sufficient,
                                    sustainable, graduated, helped, helped_health, helped_living, helped_education,
                                    helped_income, helped_public_access, deliveries, delivered_satang, computed_at)
    SELECT a.y, left(a.area_code, lv.n), lv.n, sum(a.targeted)::int, sum(a.open)::int, sum(a.survive)::int,
           sum(a.sufficient)::int, sum(a.sustainable)::int, sum(a.graduated)::int, sum(a.helped)::int,
           sum(a.health)::int, sum(a.living)::int, sum(a.education)::int, sum(a.income)::int,
           sum(a.public_access)::int, sum(a.deliveries)::int, sum(a.delivered)::bigint,
           ${computedAt.toISOString()}::timestamptz
      FROM per_area a CROSS JOIN ${LEVELS}
     WHERE length(a.area_code) >= lv.n
     GROUP BY 1, 2, 3`,
  );
}

/**
 * Rebuilds pov_progress_agency: per programme year, area at every level and agency, planned and delivered.
 * Grouped once per area code and agency, then summed per level (a case's items carry its area code, so its
 * household counts in one village only).
 */
export async function rebuildProgressAgencies(db: Executor, computedAt: Date): Promise<number> {
  await db.execute(sql`DELETE FROM ${povProgressAgency}`);
  return countWritten(
    db,
    sql`WITH planned AS (
        SELECT c.programme_year AS y, pi.area_code, pi.agency_id,
               count(DISTINCT pi.case_id)::int AS households, count(*)::int AS plan_items,
               sum(pi.planned_value_satang)::bigint AS planned
          FROM ${povPlanItem} pi JOIN ${povCase} c ON c.id = pi.case_id
         GROUP BY 1, 2, 3),
      delivered AS (
        SELECT c.programme_year AS y, d.area_code, d.agency_id,
               count(*)::int AS deliveries, sum(d.value_satang)::bigint AS delivered
          FROM ${povDelivery} d JOIN ${povCase} c ON c.id = d.case_id
         GROUP BY 1, 2, 3),
      per_area AS (
        SELECT coalesce(p.y, d.y) AS y, coalesce(p.area_code, d.area_code) AS area_code,
               coalesce(p.agency_id, d.agency_id) AS agency_id, coalesce(p.households, 0) AS households,
               coalesce(p.plan_items, 0) AS plan_items, coalesce(p.planned, 0) AS planned,
               coalesce(d.deliveries, 0) AS deliveries, coalesce(d.delivered, 0) AS delivered
          FROM planned p
          FULL JOIN delivered d ON d.y = p.y AND d.area_code = p.area_code AND d.agency_id = p.agency_id)
    INSERT INTO ${povProgressAgency} (programme_year, area_code, agency_id, households, plan_items, planned_satang,
                                      deliveries, delivered_satang, computed_at)
    SELECT a.y, left(a.area_code, lv.n), a.agency_id, sum(a.households)::int, sum(a.plan_items)::int,
           sum(a.planned)::bigint, sum(a.deliveries)::int, sum(a.delivered)::bigint,
           ${computedAt.toISOString()}::timestamptz
      FROM per_area a CROSS JOIN ${LEVELS}
     WHERE length(a.area_code) >= lv.n
     GROUP BY 1, 2, 3`,
  );
}

/**
 * Rebuilds pov_progress_mentoring as of `on`: pairings in force that day, each with its last visit up to that
 * day; a household counts as visited recently when a pairing of it was visited on or after `since`. Households
 * are counted per village and summed (a pairing carries its household's village); mentors, who may look after
 * households in several villages, are counted distinct at every level from their (village, mentor) pairs.
 */
export async function rebuildProgressMentoring(
  db: Executor,
  p: { on: string; since: string; computedAt: Date },
): Promise<number> {
  await db.execute(sql`DELETE FROM ${povProgressMentoring}`);
  return countWritten(
    db,
    sql`WITH last_visit AS (
        SELECT v.pairing_id, max(v.visited_on) AS last_on FROM ${povVisit} v
         WHERE v.visited_on <= ${p.on}::date
         GROUP BY 1),
      paired AS (
        SELECT p.area_code, p.mentor_id, p.household_id, l.last_on
          FROM ${povPairing} p LEFT JOIN last_visit l ON l.pairing_id = p.id
         WHERE p.start_on <= ${p.on}::date AND (p.end_on IS NULL OR p.end_on > ${p.on}::date)),
      households AS (
        SELECT area_code, count(DISTINCT household_id)::int AS paired,
               (count(DISTINCT household_id) FILTER (WHERE last_on >= ${p.since}::date))::int AS recent,
               max(last_on) AS last_on
          FROM paired GROUP BY 1),
      household_levels AS (
        SELECT left(h.area_code, lv.n) AS code, lv.n, sum(h.paired)::int AS paired, sum(h.recent)::int AS recent,
               max(h.last_on) AS last_on
          FROM households h CROSS JOIN ${LEVELS}
         WHERE length(h.area_code) >= lv.n
         GROUP BY 1, 2),
      mentor_levels AS (
        SELECT left(m.area_code, lv.n) AS code, lv.n, count(DISTINCT m.mentor_id)::int AS mentors
          FROM (SELECT DISTINCT area_code, mentor_id FROM paired) m CROSS JOIN ${LEVELS}
         WHERE length(m.area_code) >= lv.n
         GROUP BY 1, 2)
    INSERT INTO ${povProgressMentoring} (area_code, level, mentors, paired_households, visited_recently,
                                         last_visit_on, computed_at)
    SELECT h.code, h.n, coalesce(m.mentors, 0), h.paired, h.recent, h.last_on,
           ${p.computedAt.toISOString()}::timestamptz
      FROM household_levels h LEFT JOIN mentor_levels m ON m.code = h.code AND m.n = h.n`,
  );
}

export interface RefreshState {
  asOf: string;
  computedAt: Date;
  durationMs: number;
  rowsWritten: number;
}

export async function saveRefreshState(db: Executor, s: RefreshState): Promise<void> {
  await db
    .insert(povProgressRefresh)
    .values({ id: 1, ...s })
    .onConflictDoUpdate({
      target: povProgressRefresh.id,
      set: { asOf: s.asOf, computedAt: s.computedAt, durationMs: s.durationMs, rowsWritten: s.rowsWritten },
    });
}

export async function selectRefreshState(db: Executor): Promise<RefreshState | undefined> {
  const [r] = await db
    .select({
      asOf: povProgressRefresh.asOf,
      computedAt: povProgressRefresh.computedAt,
      durationMs: povProgressRefresh.durationMs,
      rowsWritten: povProgressRefresh.rowsWritten,
    })
    .from(povProgressRefresh)
    .where(eq(povProgressRefresh.id, 1));
  return r;
}

/** Fresh statistics after a rebuild, so that the reads plan primary-key lookups at once. */
export async function analyzeProgress(db: Executor): Promise<void> {
  await db.execute(sql`ANALYZE ${povProgressArea}`);
  await db.execute(sql`ANALYZE ${povProgressAgency}`);
  await db.execute(sql`ANALYZE ${povProgressMentoring}`);
}

// Reads of the rollups.

export interface ChildArea {
  code: string;
  nameTh: string;
  nameEn: string | null;
}

/** An area with its rollup figures; every figure is null where the rollup has no row for it. */
export interface RollupRow extends ChildArea {
  targeted: number | null;
  open: number | null;
  survive: number | null;
  sufficient: number | null;
  sustainable: number | null;
  graduated: number | null;
  helped: number | null;
  helpedHealth: number | null;
  helpedLiving: number | null;
  helpedEducation: number | null;
  helpedIncome: number | null;
  helpedPublicAccess: number | null;
  deliveries: number | null;
  deliveredSatang: number | null;
  mentors: number | null;
  pairedHouseholds: number | null;
  visitedRecently: number | null;
  lastVisitOn: string | null;
}

const ROLLUP_COLUMNS = sql`r.targeted, r.open, r.survive, r.sufficient, r.sustainable, r.graduated, r.helped,
  r.helped_health AS "helpedHealth", r.helped_living AS "helpedLiving", r.helped_education AS "helpedEducation",
  r.helped_income AS "helpedIncome", r.helped_public_access AS "helpedPublicAccess", r.deliveries,
  r.delivered_satang AS "deliveredSatang", m.mentors, m.paired_households AS "pairedHouseholds",
  m.visited_recently AS "visitedRecently", m.last_visit_on::text AS "lastVisitOn"`;

/** One area's rollup row: two primary-key lookups. */
export async function selectRollupRow(
  db: Executor,
  p: { programmeYear: number; area: ChildArea },
): Promise<RollupRow> {
  const [r] = await rows<RollupRow>(
    db,
    sql`SELECT ${ROLLUP_COLUMNS}
          FROM (SELECT ${p.area.code}::varchar AS code) k
          LEFT JOIN ${povProgressArea} r ON r.programme_year = ${p.programmeYear} AND r.area_code = k.code
          LEFT JOIN ${povProgressMentoring} m ON m.area_code = k.code`,
  );
  return { ...(r as RollupRow), code: p.area.code, nameTh: p.area.nameTh, nameEn: p.area.nameEn };
}

/**
 * A keyset page of an area's children in code order with their rollup rows: the area table gives the children
 * (so that areas without cases are listed too), each joined by primary key (both sides are COLLATE "C").
 */
export async function selectRollupChildren(
  db: Executor,
  p: { programmeYear: number; parent: string; after?: string | undefined; limit: number },
): Promise<RollupRow[]> {
  // Provinces have no parent: "IS NULL" keeps the nation's page on the (parent_code, code) index too.
  const parent =
    p.parent === "" ? sql`a.parent_code IS NULL AND a.level = 'province'` : sql`a.parent_code = ${p.parent}`;
  return rows<RollupRow>(
    db,
    sql`SELECT a.code, a.name_th AS "nameTh", a.name_en AS "nameEn", ${ROLLUP_COLUMNS}
          FROM ${area} a
          LEFT JOIN ${povProgressArea} r ON r.programme_year = ${p.programmeYear} AND r.area_code = a.code
          LEFT JOIN ${povProgressMentoring} m ON m.area_code = a.code
         WHERE ${parent} ${p.after ? sql`AND a.code > ${p.after}` : sql``}
         ORDER BY a.code
         LIMIT ${p.limit}`,
  );
}

export interface AgencyAggregate {
  agencyId: string;
  code: string;
  nameTh: string;
  nameEn: string | null;
  households: number;
  planItems: number;
  plannedSatang: number;
  deliveries: number;
  deliveredSatang: number;
}

/** The agencies with work in an area and programme year, from the rollup (a primary-key range). */
export async function selectRollupAgencies(
  db: Executor,
  p: { programmeYear: number; area: string },
): Promise<AgencyAggregate[]> {
  return rows<AgencyAggregate>(
    db,
    sql`SELECT a.id AS "agencyId", a.code, a.name_th AS "nameTh", a.name_en AS "nameEn", g.households,
               g.plan_items AS "planItems", g.planned_satang AS "plannedSatang", g.deliveries,
               g.delivered_satang AS "deliveredSatang"
          FROM ${povProgressAgency} g JOIN ${povAgency} a ON a.id = g.agency_id
         WHERE g.programme_year = ${p.programmeYear} AND g.area_code = ${p.area}
         ORDER BY a.area_code, a.code, a.id`,
  );
}

// Live aggregates: before the first refresh, and the reference the rollups are tested against.

/** A page of an area's children (provinces for the nation) in code order, keyset on the code. */
export async function selectChildAreas(
  db: Executor,
  parent: string,
  afterCode: string | undefined,
  limit: number,
): Promise<ChildArea[]> {
  const cond = parent === "" ? sql`level = 'province'` : sql`parent_code = ${parent}`;
  return rows<ChildArea>(
    db,
    sql`SELECT code, name_th AS "nameTh", name_en AS "nameEn" FROM ${area}
         WHERE ${cond} ${afterCode ? sql`AND code > ${afterCode}` : sql``}
         ORDER BY code LIMIT ${limit}`,
  );
}

export interface CaseAggregate {
  code: string;
  targeted: number;
  open: number;
  survive: number;
  sufficient: number;
  sustainable: number;
  graduated: number;
}

/** Cases of a programme year grouped by area prefix (`len` digits; 0 = one total row with code ""). */
export async function aggregateCases(
  db: Executor,
  f: { areaPrefix: string; len: number; programmeYear: number },
): Promise<CaseAggregate[]> {
  return rows<CaseAggregate>(
    db,
    sql`select substr(c.area_code, 1, ${f.len}) as code,
      count(*)::int as targeted,
      count(*) filter (where c.status = 'open')::int as open,
      count(*) filter (where c.status = 'open' and c.stage = 'survive')::int as survive,
      count(*) filter (where c.status = 'open' and c.stage = 'sufficient')::int as sufficient,
      count(*) filter (where c.status = 'open' and c.stage = 'sustainable')::int as sustainable,
      count(*) filter (where c.closing_reason = 'graduated')::int as graduated
    from ${povCase} c
    where c.area_code like ${`${f.areaPrefix}%`} and c.programme_year = ${f.programmeYear}
    group by 1`,
  );
}

export interface DeliveryAggregate {
  code: string;
  dimension: string;
  helped: number;
  deliveries: number;
  valueSatang: number;
}

/** Households helped, deliveries and their value per dimension, grouped by area prefix. */
export async function aggregateDeliveries(
  db: Executor,
  f: { areaPrefix: string; len: number; programmeYear: number },
): Promise<DeliveryAggregate[]> {
  return rows<DeliveryAggregate>(
    db,
    sql`select substr(d.area_code, 1, ${f.len}) as code, d.dimension,
      count(distinct d.case_id)::int as helped, count(*)::int as deliveries,
      coalesce(sum(d.value_satang), 0)::bigint as "valueSatang"
    from ${povDelivery} d join ${povCase} c on c.id = d.case_id
    where d.area_code like ${`${f.areaPrefix}%`} and c.programme_year = ${f.programmeYear}
    group by 1, 2`,
  );
}

/**
 * Per agency in an area: households with its items, items planned and delivered with their value. The plan
 * items are found through their cases' area (the case prefix index; an item carries its case's area code), as
 * there is no plan-item index on the area code alone.
 */
export async function aggregateAgencies(
  db: Executor,
  f: { areaPrefix: string; programmeYear: number },
): Promise<AgencyAggregate[]> {
  return rows<AgencyAggregate>(
    db,
    sql`with planned as (
        select pi.agency_id, count(distinct pi.case_id)::int as households, count(*)::int as plan_items,
          coalesce(sum(pi.planned_value_satang), 0)::bigint as planned
        from ${povCase} c join ${povPlanItem} pi on pi.case_id = c.id
        where c.area_code like ${`${f.areaPrefix}%`} and c.programme_year = ${f.programmeYear}
        group by 1),
      delivered as (
        select d.agency_id, count(*)::int as deliveries, coalesce(sum(d.value_satang), 0)::bigint as delivered
        from ${povDelivery} d join ${povCase} c on c.id = d.case_id
        where d.area_code like ${`${f.areaPrefix}%`} and c.programme_year = ${f.programmeYear}
        group by 1)
    select a.id as "agencyId", a.code, a.name_th as "nameTh", a.name_en as "nameEn",
      coalesce(p.households, 0)::int as households, coalesce(p.plan_items, 0)::int as "planItems",
      coalesce(p.planned, 0)::bigint as "plannedSatang", coalesce(d.deliveries, 0)::int as deliveries,
      coalesce(d.delivered, 0)::bigint as "deliveredSatang"
    from ${povAgency} a
    left join planned p on p.agency_id = a.id
    left join delivered d on d.agency_id = a.id
    where (p.agency_id is not null or d.agency_id is not null)
    order by a.area_code, a.code, a.id`,
  );
}

export interface MentorAggregate {
  code: string;
  mentors: number;
  pairedHouseholds: number;
  visitedRecently: number;
  lastVisitOn: string | null;
}

/** Mentors with pairings in force, paired households, households visited since `since`, grouped by area prefix. */
export async function aggregateMentoring(
  db: Executor,
  f: { areaPrefix: string; len: number; on: string; since: string },
): Promise<MentorAggregate[]> {
  return rows<MentorAggregate>(
    db,
    sql`with last_visit as (
        select v.pairing_id, max(v.visited_on) as last_on from ${povVisit} v
        where v.area_code like ${`${f.areaPrefix}%`} and v.visited_on <= ${f.on}
        group by 1)
    select substr(p.area_code, 1, ${f.len}) as code,
      count(distinct p.mentor_id)::int as mentors,
      count(distinct p.household_id)::int as "pairedHouseholds",
      count(distinct p.household_id) filter (where l.last_on >= ${f.since})::int as "visitedRecently",
      max(l.last_on)::text as "lastVisitOn"
    from ${povPairing} p
    left join last_visit l on l.pairing_id = p.id
    where p.area_code like ${`${f.areaPrefix}%`} and p.start_on <= ${f.on}
      and (p.end_on is null or p.end_on > ${f.on})
    group by 1`,
  );
}

/** Households (cases) with at least one delivery, grouped by area prefix. */
export async function aggregateHelped(
  db: Executor,
  f: { areaPrefix: string; len: number; programmeYear: number },
): Promise<{ code: string; helped: number }[]> {
  return rows<{ code: string; helped: number }>(
    db,
    sql`select substr(d.area_code, 1, ${f.len}) as code, count(distinct d.case_id)::int as helped
    from ${povDelivery} d join ${povCase} c on c.id = d.case_id
    where d.area_code like ${`${f.areaPrefix}%`} and c.programme_year = ${f.programmeYear}
    group by 1`,
  );
}
