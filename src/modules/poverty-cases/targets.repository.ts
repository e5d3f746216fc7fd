// SQL of target lists and deprivation: candidates for matching, list and row writes and pages, reconciliation of two lists, the deprivation table and profile reads.
import { and, asc, desc, eq, like, sql } from "drizzle-orm";
import { area, bmnRecord, household } from "../../../db/schema/index";
import {
  povDeprivationIndicator,
  povDeprivationVersion,
  povTargetList,
  povTargetListRow,
} from "../../../db/schema/poverty-targets";
import { type Executor, rows } from "../../platform/database";
import type { DeprivationConfig, Dimension } from "./deprivation-config";
import { DIMENSIONS } from "./deprivation-config";
import type { MatchKind } from "./match-targets";

export type TargetListRow = typeof povTargetList.$inferSelect;
export type TargetListRowRecord = typeof povTargetListRow.$inferSelect;
export type TargetListRowInsert = typeof povTargetListRow.$inferInsert;

// Areas.

/** The 8-digit village codes inside an area prefix ("" = the nation). */
export async function villageCodesIn(db: Executor, prefix: string): Promise<Set<string>> {
  const found = await db
    .select({ code: area.code })
    .from(area)
    .where(and(eq(area.level, "village"), like(area.code, `${prefix}%`)));
  return new Set(found.map((r) => r.code));
}

export async function areaNames(db: Executor, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const found = await rows<{ code: string; name_th: string }>(
    db,
    sql`select code, name_th from area where code = any(${sql.param(codes)}::varchar[])`,
  );
  return new Map(found.map((r) => [r.code, r.name_th]));
}

// Candidates for matching.

export interface CandidateRow {
  household_id: string;
  village_code: string;
  house_no: string;
  status: string;
  title: string;
  first_name: string;
  last_name: string;
  citizen_id_hash: string | null;
}

/**
 * Households of the area whose house number is not already written as thai-names.ts `houseNoKey` writes it
 * (spaces, Thai digits or capitals): one scan per import, so that every other address is found through the
 * (village_code, house_no) index.
 */
export async function selectUnusualHouseNumbers(
  db: Executor,
  areaPrefix: string,
): Promise<{ id: string; village_code: string; house_no: string }[]> {
  return rows(
    db,
    sql`select id, village_code, house_no from household
         where village_code like ${`${areaPrefix}%`} and house_no ~ '[[:space:]๐-๙A-Z]'`,
  );
}

/** A list row as staged for matching and writing: what the file says, normalised, the citizen ID only hashed and masked. */
export interface StagedTargetRow {
  line: number;
  villageCode: string | null;
  houseNo: string | null;
  houseNoKey: string | null;
  title: string;
  firstName: string;
  lastName: string;
  headName: string;
  nameKey: string;
  addressNameKey: string | null;
  citizenIdHash: string | null;
  citizenIdMasked: string | null;
  /** Comma-joined, as string_to_array reads them back. */
  failingDimensions: string | null;
  failingIndicators: string | null;
  note: string | null;
}

/**
 * The transaction's staging table of list rows, dropped when the transaction ends (or by the next import). Rows go in as one JSON
 * parameter per batch (serialised natively, parsed by json_to_recordset) rather than one array per column.
 */
export async function createTargetStage(db: Executor): Promise<void> {
  // An import nested in a caller's transaction (the demo seed) finds the previous import's stage still there.
  await db.execute(sql`drop table if exists pg_temp.pov_target_stage`);
  await db.execute(sql`create temp table pov_target_stage (
      line int primary key,
      village_code varchar(8) collate "C",
      house_no text,
      house_no_key text,
      title text not null,
      first_name text not null,
      last_name text not null,
      head_name text not null,
      name_key text not null,
      address_name_key text,
      citizen_id_hash varchar(64),
      citizen_id_masked varchar(20),
      failing_dimensions text,
      failing_indicators text,
      note text
    ) on commit drop`);
  // Candidate reads sort ~30,000 rows a batch: kept in memory rather than spilled to disk.
  await db.execute(sql`set local work_mem = '32MB'`);
}

export async function stageTargetRows(db: Executor, part: readonly StagedTargetRow[]): Promise<void> {
  if (part.length === 0) return;
  await db.execute(sql`insert into pov_target_stage
      select * from json_to_recordset(${JSON.stringify(part)}::json) as t(
        line int, "villageCode" varchar, "houseNo" text, "houseNoKey" text, title text, "firstName" text,
        "lastName" text, "headName" text, "nameKey" text, "addressNameKey" text, "citizenIdHash" varchar,
        "citizenIdMasked" varchar, "failingDimensions" text, "failingIndicators" text, note text)`);
}

/** Statistics for the planner: a temporary table is never analysed by autovacuum. */
export async function analyzeTargetStage(db: Executor): Promise<void> {
  await db.execute(sql`analyze pov_target_stage`);
}

/**
 * Finds, in one set-based statement, every household each staged row can match, with its active members:
 * those with an active member whose citizen-ID hash the row gives (only inside the area prefix), those at
 * the row's village + house-number key (through the `(village_code, house_no)` index), and the given
 * households of unusual house numbers (line, household id). The planner hashes the staged rows and scans the
 * register once, instead of probing it batch by batch. The result is kept in `pov_target_candidate` for
 * `selectCandidateBatch`.
 */
export async function matchStagedRows(
  db: Executor,
  f: { areaPrefix: string; unusual: { lines: number[]; ids: string[] } },
): Promise<void> {
  await db.execute(sql`drop table if exists pg_temp.pov_target_candidate`);
  await db.execute(sql`create temp table pov_target_candidate on commit drop as
    with wanted as (
      select s.line, m.household_id as id
        from pov_target_stage s
        join household_member m on m.citizen_id_hash = s.citizen_id_hash and m.is_active
        join household h on h.id = m.household_id
       where s.citizen_id_hash is not null and h.village_code like ${`${f.areaPrefix}%`}
      union
      select s.line, h.id
        from pov_target_stage s
        join household h on h.village_code = s.village_code and h.house_no = s.house_no_key
      union
      select line, id from unnest(${sql.param(f.unusual.lines)}::int[], ${sql.param(f.unusual.ids)}::uuid[])
        as u(line, id)
    )
    select w.line, h.id as household_id, h.village_code, h.house_no, h.status, m.seq, m.title, m.first_name,
           m.last_name, m.citizen_id_hash
      from wanted w
      join household h on h.id = w.id
      join household_member m on m.household_id = h.id and m.is_active`);
  await db.execute(sql`create index on pov_target_candidate (line)`);
}

/** The candidate households (each once, members in order) of the staged rows of lines [fromLine, toLine). */
export async function selectCandidateBatch(
  db: Executor,
  f: { fromLine: number; toLine: number },
): Promise<CandidateRow[]> {
  return rows<CandidateRow>(
    db,
    sql`select distinct household_id, seq, village_code, house_no, status, title, first_name, last_name,
               citizen_id_hash
          from pov_target_candidate where line >= ${f.fromLine} and line < ${f.toLine}
         order by household_id, seq`,
  );
}

// Lists and rows.

export async function insertList(db: Executor, row: TargetListRow): Promise<void> {
  await db.insert(povTargetList).values(row);
}

export async function updateListCounts(
  db: Executor,
  id: string,
  counts: Record<MatchKind, number>,
): Promise<void> {
  await db
    .update(povTargetList)
    .set({ exactIdCount: counts.exact_id, addressNameCount: counts.address_name, noneCount: counts.none })
    .where(eq(povTargetList.id, id));
}

/** A row's match, written with the row's staged details. */
export interface TargetRowMatch {
  id: string;
  line: number;
  householdId: string | null;
  matchKind: MatchKind;
  matchExplanation: string;
  matchExplanationEn: string;
  /** Comma-joined. */
  matchDifferences: string;
  areaCode: string;
}

/** Writes a batch of matched rows: the matches as one JSON parameter, joined to their staged details by line. */
export async function insertMatchedRows(
  db: Executor,
  listId: string,
  matches: readonly TargetRowMatch[],
): Promise<void> {
  if (matches.length === 0) return;
  await db.execute(sql`insert into pov_target_list_row
      (id, list_id, line_no, household_id, match_kind, match_explanation, match_explanation_en,
       match_differences, area_code, village_code, house_no, house_no_key, title, first_name, last_name,
       head_name, name_key, address_name_key, citizen_id_hash, citizen_id_masked, failing_dimensions,
       failing_indicators, note)
    select r.id, ${listId}::uuid, s.line, r."householdId", r."matchKind", r."matchExplanation",
           r."matchExplanationEn", coalesce(string_to_array(nullif(r."matchDifferences", ''), ','), '{}'),
           r."areaCode", s.village_code, s.house_no, s.house_no_key, s.title, s.first_name, s.last_name,
           s.head_name, s.name_key, s.address_name_key, s.citizen_id_hash, s.citizen_id_masked,
           string_to_array(s.failing_dimensions, ','), string_to_array(s.failing_indicators, ','), s.note
      from json_to_recordset(${JSON.stringify(matches)}::json) as r(
             id uuid, line int, "householdId" uuid, "matchKind" varchar, "matchExplanation" text,
             "matchExplanationEn" text, "matchDifferences" text, "areaCode" varchar)
      join pov_target_stage s on s.line = r.line
     order by s.line`);
}

export async function findList(db: Executor, id: string): Promise<TargetListRow | undefined> {
  const [row] = await db.select().from(povTargetList).where(eq(povTargetList.id, id)).limit(1);
  return row;
}

export async function selectListPage(
  db: Executor,
  f: {
    areaPrefix: string;
    sourceKind: string | undefined;
    programmeYear: number | undefined;
    after: { createdAt: Date; id: string } | undefined;
    limit: number;
  },
): Promise<TargetListRow[]> {
  const conditions = [like(povTargetList.areaCode, `${f.areaPrefix}%`)];
  if (f.sourceKind) conditions.push(eq(povTargetList.sourceKind, f.sourceKind));
  if (f.programmeYear) conditions.push(eq(povTargetList.programmeYear, f.programmeYear));
  if (f.after) {
    conditions.push(
      sql`(${povTargetList.createdAt}, ${povTargetList.id}) < (${f.after.createdAt.toISOString()}::timestamptz, ${f.after.id}::uuid)`,
    );
  }
  return db
    .select()
    .from(povTargetList)
    .where(and(...conditions))
    .orderBy(desc(povTargetList.createdAt), desc(povTargetList.id))
    .limit(f.limit);
}

export async function selectRowPage(
  db: Executor,
  f: {
    listId: string;
    matchKind: MatchKind | undefined;
    areaPrefix: string;
    afterLine: number | undefined;
    limit: number;
  },
): Promise<TargetListRowRecord[]> {
  const conditions = [eq(povTargetListRow.listId, f.listId)];
  if (f.matchKind) conditions.push(eq(povTargetListRow.matchKind, f.matchKind));
  if (f.areaPrefix !== "") conditions.push(like(povTargetListRow.areaCode, `${f.areaPrefix}%`));
  if (f.afterLine !== undefined) conditions.push(sql`${povTargetListRow.lineNo} > ${f.afterLine}`);
  return db
    .select()
    .from(povTargetListRow)
    .where(and(...conditions))
    .orderBy(asc(povTargetListRow.lineNo))
    .limit(f.limit);
}

// Reconciliation of two lists.

/**
 * Pairs of rows of lists A and B: first joined by citizen-ID hash, then the rows left on both sides by
 * village + house + name key (reconcile-lists.ts). An import refuses a repeated ID or key inside a list, so
 * each join pairs rows one to one.
 */
function pairsSql(a: string, b: string) {
  return sql`by_id as (
      select ra.id as a_id, rb.id as b_id, 'citizen_id' as joined_by
        from pov_target_list_row ra
        join pov_target_list_row rb on rb.list_id = ${b}::uuid and rb.citizen_id_hash = ra.citizen_id_hash
       where ra.list_id = ${a}::uuid and ra.citizen_id_hash is not null
    ),
    by_address as (
      select ra.id as a_id, rb.id as b_id, 'address_name' as joined_by
        from pov_target_list_row ra
        join pov_target_list_row rb on rb.list_id = ${b}::uuid and rb.address_name_key = ra.address_name_key
       where ra.list_id = ${a}::uuid and ra.address_name_key is not null
         and not exists (select 1 from by_id p where p.a_id = ra.id)
         and not exists (select 1 from by_id p where p.b_id = rb.id)
    ),
    pairs as (select * from by_id union all select * from by_address)`;
}

/** Field names (reconcile-lists.ts `ReconcileField`) that both rows give and that differ. */
const conflictFieldsSql = sql`array_remove(array[
    case when ra.citizen_id_hash is not null and rb.citizen_id_hash is not null
          and ra.citizen_id_hash <> rb.citizen_id_hash then 'citizen_id' end,
    case when ra.village_code is not null and rb.village_code is not null
          and ra.village_code <> rb.village_code then 'village_code' end,
    case when ra.house_no_key is not null and rb.house_no_key is not null
          and ra.house_no_key <> rb.house_no_key then 'house_no' end,
    case when ra.name_key <> '' and rb.name_key <> '' and ra.name_key <> rb.name_key then 'name' end,
    case when ra.failing_dimensions is not null and rb.failing_dimensions is not null
          and ra.failing_dimensions <> rb.failing_dimensions then 'failing_dimensions' end,
    case when ra.failing_indicators is not null and rb.failing_indicators is not null
          and ra.failing_indicators <> rb.failing_indicators then 'failing_indicators' end
  ], null)`;

export async function reconcileCounts(
  db: Executor,
  a: string,
  b: string,
): Promise<{ only_a: number; only_b: number; both: number; conflicting: number }> {
  const [r] = await rows<{ only_a: number; only_b: number; both: number; conflicting: number }>(
    db,
    sql`with ${pairsSql(a, b)},
        judged as (
          select cardinality(${conflictFieldsSql}) as n
            from pairs p
            join pov_target_list_row ra on ra.id = p.a_id
            join pov_target_list_row rb on rb.id = p.b_id
        )
        select (select count(*)::int from pov_target_list_row where list_id = ${a}::uuid)
                 - (select count(*)::int from pairs) as only_a,
               (select count(*)::int from pov_target_list_row where list_id = ${b}::uuid)
                 - (select count(*)::int from pairs) as only_b,
               (select count(*)::int from judged where n = 0) as both,
               (select count(*)::int from judged where n > 0) as conflicting`,
  );
  return r ?? { only_a: 0, only_b: 0, both: 0, conflicting: 0 };
}

export interface ReconcileRecord {
  a: TargetListRowRecord | null;
  b: TargetListRowRecord | null;
  joinedBy: "citizen_id" | "address_name" | null;
  conflicts: string[];
}

const ROW_COLUMNS = sql.raw(
  `id, list_id, line_no, household_id, match_kind, match_explanation, match_explanation_en, match_differences,
   area_code, village_code, house_no, house_no_key, title, first_name, last_name, head_name, name_key,
   address_name_key, citizen_id_hash, citizen_id_masked, failing_dimensions, failing_indicators, note`,
);

interface RawListRow {
  id: string;
  list_id: string;
  line_no: number;
  household_id: string | null;
  match_kind: string;
  match_explanation: string;
  match_explanation_en: string;
  match_differences: string[];
  area_code: string;
  village_code: string | null;
  house_no: string | null;
  house_no_key: string | null;
  title: string;
  first_name: string;
  last_name: string;
  head_name: string;
  name_key: string;
  address_name_key: string | null;
  citizen_id_hash: string | null;
  citizen_id_masked: string | null;
  failing_dimensions: string[] | null;
  failing_indicators: string[] | null;
  note: string | null;
}

function fromRaw(r: RawListRow): TargetListRowRecord {
  return {
    id: r.id,
    listId: r.list_id,
    lineNo: Number(r.line_no),
    householdId: r.household_id,
    matchKind: r.match_kind,
    matchExplanation: r.match_explanation,
    matchExplanationEn: r.match_explanation_en,
    matchDifferences: r.match_differences,
    areaCode: r.area_code,
    villageCode: r.village_code,
    houseNo: r.house_no,
    houseNoKey: r.house_no_key,
    title: r.title,
    firstName: r.first_name,
    lastName: r.last_name,
    headName: r.head_name,
    nameKey: r.name_key,
    addressNameKey: r.address_name_key,
    citizenIdHash: r.citizen_id_hash,
    citizenIdMasked: r.citizen_id_masked,
    failingDimensions: r.failing_dimensions,
    failingIndicators: r.failing_indicators,
    note: r.note,
  };
}

/** One page of a bucket, in the line order of list A (list B for only_b); keyset on that line. */
export async function selectReconcilePage(
  db: Executor,
  f: {
    a: string;
    b: string;
    bucket: "only_a" | "only_b" | "both" | "conflicting";
    afterLine: number | undefined;
    limit: number;
  },
): Promise<ReconcileRecord[]> {
  const after = f.afterLine ?? 0;
  if (f.bucket === "only_a" || f.bucket === "only_b") {
    const [own, side] = f.bucket === "only_a" ? [f.a, "a_id"] : [f.b, "b_id"];
    const found = await rows<RawListRow>(
      db,
      sql`with ${pairsSql(f.a, f.b)}
          select ${ROW_COLUMNS} from pov_target_list_row r
           where r.list_id = ${own}::uuid and r.line_no > ${after}
             and not exists (select 1 from pairs p where p.${sql.raw(side)} = r.id)
           order by r.line_no
           limit ${f.limit}`,
    );
    return found.map((r) => {
      const record = fromRaw(r);
      return {
        a: f.bucket === "only_a" ? record : null,
        b: f.bucket === "only_b" ? record : null,
        joinedBy: null,
        conflicts: [],
      };
    });
  }
  const found = await rows<{ a_id: string; b_id: string; joined_by: string; conflicts: string[] }>(
    db,
    sql`with ${pairsSql(f.a, f.b)}
        select p.a_id, p.b_id, p.joined_by, ${conflictFieldsSql} as conflicts
          from pairs p
          join pov_target_list_row ra on ra.id = p.a_id
          join pov_target_list_row rb on rb.id = p.b_id
         where ra.line_no > ${after}
           and cardinality(${conflictFieldsSql}) ${f.bucket === "both" ? sql`= 0` : sql`> 0`}
         order by ra.line_no
         limit ${f.limit}`,
  );
  if (found.length === 0) return [];
  const ids = found.flatMap((p) => [p.a_id, p.b_id]);
  const byId = new Map(
    (
      await rows<RawListRow>(
        db,
        sql`select ${ROW_COLUMNS} from pov_target_list_row where id = any(${sql.param(ids)}::uuid[])`,
      )
    ).map((r) => [r.id, fromRaw(r)]),
  );
  return found.map((p) => ({
    a: byId.get(p.a_id) ?? null,
    b: byId.get(p.b_id) ?? null,
    joinedBy: p.joined_by as "citizen_id" | "address_name",
    conflicts: p.conflicts,
  }));
}

// The deprivation table.

export async function selectDeprivationTable(
  db: Executor,
): Promise<{ configs: DeprivationConfig[]; updatedAt: Date | null } | null> {
  const versions = await db.select().from(povDeprivationVersion).orderBy(asc(povDeprivationVersion.seq));
  if (versions.length === 0) return null;
  const indicators = await db
    .select()
    .from(povDeprivationIndicator)
    .orderBy(asc(povDeprivationIndicator.versionId), asc(povDeprivationIndicator.bmn));
  const configs = versions.map(
    (v): DeprivationConfig => ({
      version: v.version,
      fromDataYear: v.fromDataYear,
      toDataYear: v.toDataYear,
      source: v.source,
      dimensionFailsAt: v.dimensionFailsAt as Record<Dimension, number>,
      indicators: indicators
        .filter((i) => i.versionId === v.id)
        .map((i) => ({
          bmn: i.bmn,
          dimension: i.dimension as Dimension,
          name: { th: i.nameTh, en: i.nameEn },
          threshold: { th: i.thresholdTh, en: i.thresholdEn },
          rule:
            i.ruleKind === "income_per_person"
              ? { kind: "income_per_person" as const, minSatang: i.minSatang }
              : { kind: "bmn_pass" as const },
        })),
    }),
  );
  const updatedAt = versions.reduce<Date | null>(
    (latest, v) => (latest === null || v.updatedAt > latest ? v.updatedAt : latest),
    null,
  );
  return { configs, updatedAt };
}

/** Replaces the whole table (every version and indicator) inside the caller's transaction. */
export async function replaceDeprivationTable(
  db: Executor,
  configs: readonly DeprivationConfig[],
  stamp: { ids: () => string; userId: string | null; at: Date },
): Promise<void> {
  await db.delete(povDeprivationIndicator);
  await db.delete(povDeprivationVersion);
  for (const [seq, c] of configs.entries()) {
    const id = stamp.ids();
    await db.insert(povDeprivationVersion).values({
      id,
      version: c.version,
      fromDataYear: c.fromDataYear,
      toDataYear: c.toDataYear,
      source: c.source,
      dimensionFailsAt: c.dimensionFailsAt,
      seq,
      updatedBy: stamp.userId,
      updatedAt: stamp.at,
    });
    await db.insert(povDeprivationIndicator).values(
      c.indicators.map((i) => ({
        versionId: id,
        bmn: i.bmn,
        dimension: i.dimension,
        nameTh: i.name.th,
        nameEn: i.name.en,
        thresholdTh: i.threshold.th,
        thresholdEn: i.threshold.en,
        ruleKind: i.rule.kind,
        minSatang: i.rule.kind === "income_per_person" ? i.rule.minSatang : null,
      })),
    );
  }
}

// Profiles.

export async function findHouseholdForProfile(
  db: Executor,
  id: string,
): Promise<
  { id: string; villageCode: string; houseNo: string; headName: string; status: string } | undefined
> {
  const [row] = await db
    .select({
      id: household.id,
      villageCode: household.villageCode,
      houseNo: household.houseNo,
      headName: household.headName,
      status: household.status,
    })
    .from(household)
    .where(eq(household.id, id))
    .limit(1);
  return row;
}

export async function latestBmnRecord(db: Executor, householdId: string) {
  const [row] = await db
    .select({
      surveyYear: bmnRecord.surveyYear,
      indicators: bmnRecord.indicators,
      incomePerPersonSatang: bmnRecord.incomePerPersonSatang,
      passesIncomeCriterion: bmnRecord.passesIncomeCriterion,
    })
    .from(bmnRecord)
    .where(eq(bmnRecord.householdId, householdId))
    .orderBy(desc(bmnRecord.surveyYear))
    .limit(1);
  return row;
}

/** The newest list row matched to the household that carries failing indicators or dimensions. */
export async function latestImportedProfileRow(db: Executor, householdId: string) {
  const [row] = await db
    .select({
      listId: povTargetList.id,
      listName: povTargetList.name,
      dataYear: povTargetList.dataYear,
      line: povTargetListRow.lineNo,
      failingDimensions: povTargetListRow.failingDimensions,
      failingIndicators: povTargetListRow.failingIndicators,
    })
    .from(povTargetListRow)
    .innerJoin(povTargetList, eq(povTargetList.id, povTargetListRow.listId))
    .where(
      and(
        eq(povTargetListRow.householdId, householdId),
        sql`${povTargetList.dataYear} is not null`,
        sql`(${povTargetListRow.failingIndicators} is not null or ${povTargetListRow.failingDimensions} is not null)`,
      ),
    )
    .orderBy(desc(povTargetList.dataYear), desc(povTargetList.createdAt))
    .limit(1);
  return row;
}

/** The latest จปฐ. survey year with records among the area's households. */
export async function latestSurveyYear(db: Executor, areaPrefix: string): Promise<number | null> {
  const [row] = await rows<{ y: number | null }>(
    db,
    sql`select max(b.survey_year)::int as y
          from bmn_record b join household h on h.id = b.household_id
         where h.village_code like ${`${areaPrefix}%`} and h.status = 'active'`,
  );
  return row?.y ?? null;
}

/** Whether one indicator fails on a bmn_record row, as deprivation-profile.ts `indicatorFails` (unanswered = not failing). */
function indicatorFailsSql(indicator: DeprivationConfig["indicators"][number]) {
  if (indicator.rule.kind === "income_per_person") {
    return indicator.rule.minSatang === null
      ? sql`(not b.passes_income_criterion)`
      : sql`(b.income_per_person_satang < ${indicator.rule.minSatang})`;
  }
  return sql`coalesce((b.indicators ->> ${String(indicator.bmn)}) = 'false', false)`;
}

function dimensionFailsSql(config: DeprivationConfig, d: Dimension) {
  const parts = config.indicators
    .filter((i) => i.dimension === d)
    .map((i) => sql`(case when ${indicatorFailsSql(i)} then 1 else 0 end)`);
  if (parts.length === 0) return sql`false`;
  return sql`((${sql.join(parts, sql` + `)}) >= ${config.dimensionFailsAt[d]})`;
}

function deprivedSql(config: DeprivationConfig) {
  return sql`(${sql.join(
    DIMENSIONS.map((d) => dimensionFailsSql(config, d)),
    sql` or `,
  )})`;
}

/** Counts over the area's active households with a จปฐ. record of the year: failing per indicator and dimension. */
export async function areaProfileCounts(
  db: Executor,
  f: { areaPrefix: string; dataYear: number; config: DeprivationConfig },
): Promise<{ households: number; deprived: number; dimensions: number[]; indicators: number[] }> {
  const indicatorCounts = f.config.indicators.map(
    (i) => sql`count(*) filter (where ${indicatorFailsSql(i)})::int`,
  );
  const dimensionCounts = DIMENSIONS.map(
    (d) => sql`count(*) filter (where ${dimensionFailsSql(f.config, d)})::int`,
  );
  const [row] = await rows<{ counts: number[] }>(
    db,
    sql`select array[count(*)::int, count(*) filter (where ${deprivedSql(f.config)})::int,
                     ${sql.join([...dimensionCounts, ...indicatorCounts], sql`, `)}] as counts
          from bmn_record b join household h on h.id = b.household_id
         where h.village_code like ${`${f.areaPrefix}%`} and h.status = 'active'
           and b.survey_year = ${f.dataYear}`,
  );
  const counts = (row?.counts ?? []).map(Number);
  return {
    households: counts[0] ?? 0,
    deprived: counts[1] ?? 0,
    dimensions: counts.slice(2, 2 + DIMENSIONS.length),
    indicators: counts.slice(2 + DIMENSIONS.length),
  };
}

export interface AreaProfileRecord {
  household_id: string;
  village_code: string;
  house_no: string;
  head_name: string;
  survey_year: number;
  indicators: Record<string, boolean>;
  income_per_person_satang: number;
  passes_income_criterion: boolean;
}

/** A page of the area's households with their จปฐ. record of the year, keyset on (village, household id). */
export async function selectAreaProfilePage(
  db: Executor,
  f: {
    areaPrefix: string;
    dataYear: number;
    config: DeprivationConfig;
    dimension: Dimension | undefined;
    deprivedOnly: boolean;
    after: { villageCode: string; id: string } | undefined;
    limit: number;
  },
): Promise<AreaProfileRecord[]> {
  const conditions = [
    sql`h.village_code like ${`${f.areaPrefix}%`}`,
    sql`h.status = 'active'`,
    sql`b.survey_year = ${f.dataYear}`,
  ];
  if (f.dimension) conditions.push(dimensionFailsSql(f.config, f.dimension));
  if (f.deprivedOnly) conditions.push(deprivedSql(f.config));
  if (f.after) conditions.push(sql`(h.village_code, h.id) > (${f.after.villageCode}, ${f.after.id}::uuid)`);
  const found = await rows<AreaProfileRecord>(
    db,
    sql`select h.id as household_id, h.village_code, h.house_no, h.head_name, b.survey_year,
               b.indicators, b.income_per_person_satang, b.passes_income_criterion
          from household h join bmn_record b on b.household_id = h.id
         where ${sql.join(conditions, sql` and `)}
         order by h.village_code, h.id
         limit ${f.limit}`,
  );
  return found.map((r) => ({
    ...r,
    survey_year: Number(r.survey_year),
    income_per_person_satang: Number(r.income_per_person_satang),
  }));
}

// Demo data.

export interface VillageHeadRow {
  household_id: string;
  house_no: string;
  title: string;
  first_name: string;
  last_name: string;
  citizen_id_enc: string | null;
}

/** The active households of a village with their heads, by house number (the demo builds its lists from them). */
export async function selectVillageHeads(db: Executor, villageCode: string): Promise<VillageHeadRow[]> {
  return rows<VillageHeadRow>(
    db,
    sql`select h.id as household_id, h.house_no, m.title, m.first_name, m.last_name, m.citizen_id_enc
          from household h
          join household_member m on m.household_id = h.id and m.relation = 'head' and m.is_active
         where h.village_code = ${villageCode} and h.status = 'active'
         order by h.created_at, h.id`,
  );
}
