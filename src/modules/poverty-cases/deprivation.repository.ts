// SQL of deprivation profiles that combine จปฐ. records with imported list rows: a household's imported rows, and an area's profiles of a data year (counts and pages).
import { and, desc, eq, isNotNull, or, type SQL, sql } from "drizzle-orm";
import { povTargetList, povTargetListRow } from "../../../db/schema/poverty-targets";
import { type Executor, rows } from "../../platform/database";
import { type DeprivationConfig, DIMENSIONS, type Dimension } from "./deprivation-config";

export interface ImportedProfileRow {
  rowId: string;
  listId: string;
  listName: string;
  dataYear: number;
  line: number;
  failingDimensions: string[] | null;
  failingIndicators: string[] | null;
}

/** Every list row matched to the household that carries failing indicators or dimensions, newest data year (then list) first. */
export async function selectImportedProfileRows(
  db: Executor,
  householdId: string,
): Promise<ImportedProfileRow[]> {
  const found = await db
    .select({
      rowId: povTargetListRow.id,
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
        isNotNull(povTargetList.dataYear),
        or(isNotNull(povTargetListRow.failingIndicators), isNotNull(povTargetListRow.failingDimensions)),
      ),
    )
    .orderBy(desc(povTargetList.dataYear), desc(povTargetList.createdAt), desc(povTargetList.id))
    .limit(50);
  return found.map((r) => ({ ...r, dataYear: Number(r.dataYear) }));
}

/**
 * The newest list row of data year `year` per household of the area that carries failing indicators or
 * dimensions (lists are few; their rows are reached by the (list, area) index).
 */
const importedOfYear = (areaPrefix: string, year: number) => sql`
  select distinct on (r.household_id) r.household_id, r.failing_indicators, r.failing_dimensions
    from pov_target_list l
    join pov_target_list_row r on r.list_id = l.id
   where l.data_year = ${year}
     and r.area_code like ${`${areaPrefix}%`}
     and r.household_id is not null
     and (r.failing_indicators is not null or r.failing_dimensions is not null)
   order by r.household_id, l.created_at desc, l.id desc`;

/**
 * Whether an indicator fails for the row's source: the จปฐ. record (b) when the household has one of the year,
 * else the imported row (i: listed indicators fail, the rest pass; no indicators = unassessed, not failing).
 */
function indicatorFailsSql(indicator: DeprivationConfig["indicators"][number]): SQL {
  const bmn =
    indicator.rule.kind === "income_per_person"
      ? indicator.rule.minSatang === null
        ? sql`(not b.passes_income_criterion)`
        : sql`(b.income_per_person_satang < ${indicator.rule.minSatang})`
      : sql`coalesce((b.indicators ->> ${String(indicator.bmn)}) = 'false', false)`;
  const imported = sql`coalesce(${String(indicator.bmn)} = any(i.failing_indicators), false)`;
  return sql`(case when b.household_id is not null then ${bmn} else ${imported} end)`;
}

function dimensionFailsSql(config: DeprivationConfig, d: Dimension): SQL {
  const parts = config.indicators
    .filter((i) => i.dimension === d)
    .map((i) => sql`(case when ${indicatorFailsSql(i)} then 1 else 0 end)`);
  const byIndicators =
    parts.length === 0 ? sql`false` : sql`((${sql.join(parts, sql` + `)}) >= ${config.dimensionFailsAt[d]})`;
  // A list may mark a dimension failing without saying which indicators.
  return sql`(${byIndicators} or (b.household_id is null and coalesce(${d} = any(i.failing_dimensions), false)))`;
}

function deprivedSql(config: DeprivationConfig): SQL {
  return sql`(${sql.join(
    DIMENSIONS.map((d) => dimensionFailsSql(config, d)),
    sql` or `,
  )})`;
}

/** The area's active households with a profile of the year: the จปฐ. record, else the newest imported row. */
const profiledHouseholds = (areaPrefix: string, year: number) => sql`
  household h
  left join bmn_record b on b.household_id = h.id and b.survey_year = ${year}
  left join (${importedOfYear(areaPrefix, year)}) i on i.household_id = h.id
 where h.village_code like ${`${areaPrefix}%`} and h.status = 'active'
   and (b.household_id is not null or i.household_id is not null)`;

/** The latest data year among the area's active households' จปฐ. records and matched list rows with a profile. */
export async function latestProfileYear(db: Executor, areaPrefix: string): Promise<number | null> {
  const [row] = await rows<{ y: number | null }>(
    db,
    sql`select greatest(
              (select max(b.survey_year) from bmn_record b join household h on h.id = b.household_id
                where h.village_code like ${`${areaPrefix}%`} and h.status = 'active'),
              (select max(l.data_year) from pov_target_list l
                 join pov_target_list_row r on r.list_id = l.id
                 join household h on h.id = r.household_id
                where r.area_code like ${`${areaPrefix}%`} and h.status = 'active'
                  and (r.failing_indicators is not null or r.failing_dimensions is not null))
            )::int as y`,
  );
  return row?.y ?? null;
}

/** Counts over the area's profiled households of the year: all, deprived, failing per dimension and indicator, and how many come from lists. */
export async function areaProfileCounts(
  db: Executor,
  f: { areaPrefix: string; dataYear: number; config: DeprivationConfig },
): Promise<{
  households: number;
  fromImport: number;
  deprived: number;
  dimensions: number[];
  indicators: number[];
}> {
  const indicatorCounts = f.config.indicators.map(
    (i) => sql`count(*) filter (where ${indicatorFailsSql(i)})::int`,
  );
  const dimensionCounts = DIMENSIONS.map(
    (d) => sql`count(*) filter (where ${dimensionFailsSql(f.config, d)})::int`,
  );
  const [row] = await rows<{ counts: number[] }>(
    db,
    sql`select array[count(*)::int, count(*) filter (where b.household_id is null)::int,
                     count(*) filter (where ${deprivedSql(f.config)})::int,
                     ${sql.join([...dimensionCounts, ...indicatorCounts], sql`, `)}] as counts
          from ${profiledHouseholds(f.areaPrefix, f.dataYear)}`,
  );
  const counts = (row?.counts ?? []).map(Number);
  return {
    households: counts[0] ?? 0,
    fromImport: counts[1] ?? 0,
    deprived: counts[2] ?? 0,
    dimensions: counts.slice(3, 3 + DIMENSIONS.length),
    indicators: counts.slice(3 + DIMENSIONS.length),
  };
}

export interface AreaProfileRecord {
  household_id: string;
  village_code: string;
  house_no: string;
  head_name: string;
  /** "bmn" or "import". */
  source: string;
  indicators: Record<string, boolean> | null;
  income_per_person_satang: number | null;
  passes_income_criterion: boolean | null;
  failing_indicators: string[] | null;
  failing_dimensions: string[] | null;
}

/** A page of the area's profiled households of the year, keyset on (village, household id). */
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
  const conditions: SQL[] = [];
  if (f.dimension) conditions.push(dimensionFailsSql(f.config, f.dimension));
  if (f.deprivedOnly) conditions.push(deprivedSql(f.config));
  if (f.after) conditions.push(sql`(h.village_code, h.id) > (${f.after.villageCode}, ${f.after.id}::uuid)`);
  const more = conditions.length > 0 ? sql` and ${sql.join(conditions, sql` and `)}` : sql``;
  const found = await rows<AreaProfileRecord>(
    db,
    sql`select h.id as household_id, h.village_code, h.house_no, h.head_name,
               case when b.household_id is not null then 'bmn' else 'import' end as source,
               b.indicators, b.income_per_person_satang, b.passes_income_criterion,
               i.failing_indicators, i.failing_dimensions
          from ${profiledHouseholds(f.areaPrefix, f.dataYear)}${more}
         order by h.village_code, h.id
         limit ${f.limit}`,
  );
  return found.map((r) => ({
    ...r,
    income_per_person_satang: r.income_per_person_satang === null ? null : Number(r.income_per_person_satang),
  }));
}
