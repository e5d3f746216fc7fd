// SQL of the knowledge library: categories, records with their weighted tsvector and ranked search, learning centres and model villages.
import { and, asc, eq, ilike, inArray, like, or, type SQL, sql } from "drizzle-orm";
import { area } from "../../../db/schema/index";
import { knCategory, knLearningCentre, knModelVillage, knRecord } from "../../../db/schema/knowledge";
import { type Executor, rows } from "../../platform/database";

export type CategoryRow = typeof knCategory.$inferSelect;
export type RecordRow = typeof knRecord.$inferSelect;
export type CentreRow = typeof knLearningCentre.$inferSelect;
export type ModelVillageRow = typeof knModelVillage.$inferSelect;

/** The words of a record by weight (already segmented and space-joined: see thai-search.ts), and its category. */
export interface IndexTexts {
  a: string;
  b: string;
  c: string;
  categoryCode: string;
}

/**
 * The lexeme that files a record under its category inside the search vector, so that the GIN index answers
 * "these words in this category" by itself (category_code has no index and a filter after the index would
 * read every match of a common word). "~" never starts a searched word: words are letters, marks and digits.
 */
export function categoryLexeme(code: string): string {
  return `~c${code}`;
}

/**
 * Title A, owner and category B, body C: `ts_rank` with the weights below puts title matches first; the
 * category lexeme (D) is never in a ranked query.
 */
function searchVector(texts: IndexTexts): SQL {
  return sql`setweight(to_tsvector('simple', ${texts.a}::text), 'A') || setweight(to_tsvector('simple', ${texts.b}::text), 'B') || setweight(to_tsvector('simple', ${texts.c}::text), 'C') || array_to_tsvector(ARRAY[${categoryLexeme(texts.categoryCode)}::text])`;
}

function titleVector(texts: IndexTexts): SQL {
  return sql`to_tsvector('simple', ${texts.a}::text)`;
}

/** Weights {D, C, B, A}: a title hit (1.0) outweighs many body hits (0.1 each, damped by ts_rank). */
const RANK_WEIGHTS = "{0.02, 0.1, 0.3, 1.0}";

// Categories.

export async function selectCategories(db: Executor): Promise<CategoryRow[]> {
  return db.select().from(knCategory).orderBy(asc(knCategory.sortOrder), asc(knCategory.code));
}

export async function findCategory(db: Executor, code: string): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(knCategory).where(eq(knCategory.code, code)).limit(1);
  return row;
}

export async function upsertCategory(db: Executor, row: CategoryRow): Promise<void> {
  await db
    .insert(knCategory)
    .values(row)
    .onConflictDoUpdate({
      target: knCategory.code,
      set: { nameTh: row.nameTh, nameEn: row.nameEn, sortOrder: row.sortOrder, active: row.active },
    });
}

// Records.

export type NewRecordRow = Omit<RecordRow, "search" | "titleSearch">;

export async function insertRecord(db: Executor, row: NewRecordRow, texts: IndexTexts): Promise<void> {
  await db.insert(knRecord).values({ ...row, search: searchVector(texts), titleSearch: titleVector(texts) });
}

export async function updateRecord(
  db: Executor,
  id: string,
  set: Partial<NewRecordRow>,
  texts: IndexTexts,
): Promise<void> {
  await db
    .update(knRecord)
    .set({ ...set, search: searchVector(texts), titleSearch: titleVector(texts) })
    .where(eq(knRecord.id, id));
}

const recordColumns = {
  id: knRecord.id,
  areaCode: knRecord.areaCode,
  title: knRecord.title,
  categoryCode: knRecord.categoryCode,
  ownerName: knRecord.ownerName,
  ownerPosition: knRecord.ownerPosition,
  ownerOffice: knRecord.ownerOffice,
  ownerPhone: knRecord.ownerPhone,
  ownerEmail: knRecord.ownerEmail,
  background: knRecord.background,
  steps: knRecord.steps,
  results: knRecord.results,
  lessons: knRecord.lessons,
  status: knRecord.status,
  learningCentreId: knRecord.learningCentreId,
  modelVillageId: knRecord.modelVillageId,
  createdBy: knRecord.createdBy,
  createdAt: knRecord.createdAt,
  updatedBy: knRecord.updatedBy,
  updatedAt: knRecord.updatedAt,
  publishedAt: knRecord.publishedAt,
};

export type RecordWithArea = NewRecordRow & { areaName: string | null };

/** The record without its search vector, with its area's name; FOR UPDATE when `lock`. */
export async function findRecord(
  db: Executor,
  id: string,
  lock = false,
): Promise<RecordWithArea | undefined> {
  const query = db
    .select({ ...recordColumns, areaName: area.nameTh })
    .from(knRecord)
    .leftJoin(area, eq(area.code, knRecord.areaCode))
    .where(eq(knRecord.id, id))
    .limit(1);
  const [row] = lock ? await query.for("update", { of: knRecord }) : await query;
  return row;
}

export interface RecordFilters {
  status: "draft" | "published";
  /** Records of this area and below ("" everywhere, national records included). */
  areaPrefix: string;
  categoryCode?: string | undefined;
  learningCentreId?: string | undefined;
  modelVillageId?: string | undefined;
}

function filterSql(f: RecordFilters): SQL {
  const parts: SQL[] = [sql`r.status = ${f.status}`];
  if (f.areaPrefix !== "") parts.push(sql`r.area_code LIKE ${`${f.areaPrefix}%`}`);
  if (f.categoryCode) parts.push(sql`r.category_code = ${f.categoryCode}`);
  if (f.learningCentreId) parts.push(sql`r.learning_centre_id = ${f.learningCentreId}`);
  if (f.modelVillageId) parts.push(sql`r.model_village_id = ${f.modelVillageId}`);
  return sql.join(parts, sql` AND `);
}

/** A result row: the fields a list shows and the texts its snippet is cut from. */
export interface RecordHitRow {
  id: string;
  title: string;
  categoryCode: string;
  areaCode: string;
  areaName: string | null;
  ownerName: string;
  ownerPosition: string;
  ownerOffice: string;
  status: "draft" | "published";
  background: string;
  steps: string;
  results: string;
  lessons: string;
  updatedAt: string | Date;
  rank: number | null;
}

const HIT_COLUMNS = sql`r.id, r.title, r.category_code AS "categoryCode", r.area_code AS "areaCode",
  a.name_th AS "areaName", r.owner_name AS "ownerName", r.owner_position AS "ownerPosition",
  r.owner_office AS "ownerOffice", r.status, r.background, r.steps, r.results, r.lessons,
  r.updated_at AS "updatedAt"`;

/**
 * How many matches a search counts before it stops: the exact number up to it, "more than" above. Up to this
 * many matches are all ranked.
 */
export const SEARCH_MATCH_CAP = 1000;

/**
 * Above SEARCH_MATCH_CAP matches only these are ranked: the first TITLE_CANDIDATES records whose title has all
 * the words and the first MATCH_CANDIDATES matches anywhere, in the order the GIN index yields them (storage
 * order, no sort): title matches still come first, but which of thousands of matches are shown is not the
 * newest but any. Bounded work was chosen over "newest": finding the newest of thousands of matches reads
 * either every match or the newest records one by one with their whole vectors (see docs/knowledge.md).
 */
export const TITLE_CANDIDATES = 200;
export const MATCH_CANDIDATES = 300;
export const SEARCH_CANDIDATES = TITLE_CANDIDATES + MATCH_CANDIDATES;

export interface SearchHits {
  rows: RecordHitRow[];
  /** Matches counted up to SEARCH_MATCH_CAP; `more` when there are more than that. */
  matches: { count: number; more: boolean };
}

/**
 * Records matching `tsquery` (to_tsquery 'simple' syntax built by parseQuery), best first: ts_rank with the
 * weights above, then the most recently updated, then id (a stable order for offset pages).
 *
 * One statement that never asks for "the newest matches" (which read thousands of out-of-line vectors): (1) the
 * first SEARCH_MATCH_CAP + 1 matches in any order (GIN with the category as a lexeme of the same query, or a
 * scan that stops early for a very common word; no sort, no ranking); (2) if that is
 * all of them, all are ranked, otherwise only the candidates above (a one-time filter skips the title scan);
 * (3) the wide columns are read for the page's rows only. The count comes back on every row (on a single row
 * of nulls when nothing matched).
 */
export async function searchRecords(
  db: Executor,
  f: RecordFilters & { tsquery: string; offset: number; limit: number },
): Promise<SearchHits> {
  const { categoryCode, ...others } = f;
  const where = filterSql(others);
  const ranked = sql`to_tsquery('simple', ${f.tsquery}::text)`;
  const match = categoryCode ? sql`(${ranked} && ${`'${categoryLexeme(categoryCode)}'`}::tsquery)` : ranked;
  const weights = sql`${RANK_WEIGHTS}::float4[]`;
  const found = await rows<Omit<RecordHitRow, "id"> & { id: string | null; matchCount: number }>(
    db,
    sql`WITH matched AS MATERIALIZED (
        SELECT r.id, r.updated_at, r.search FROM kn_record r
        WHERE r.search @@ ${match} AND ${where}
        LIMIT ${SEARCH_MATCH_CAP + 1}),
      total AS (SELECT count(*)::int AS n FROM matched),
      candidate AS (
        SELECT m.id, m.updated_at, m.search FROM matched m WHERE (SELECT n FROM total) <= ${SEARCH_MATCH_CAP}
        UNION ALL
        (SELECT m.id, m.updated_at, m.search FROM matched m
          WHERE (SELECT n FROM total) > ${SEARCH_MATCH_CAP} LIMIT ${MATCH_CANDIDATES})
        UNION ALL
        (SELECT r.id, r.updated_at, r.search FROM kn_record r
          WHERE (SELECT n FROM total) > ${SEARCH_MATCH_CAP} AND r.title_search @@ ${ranked} AND ${filterSql(f)}
          LIMIT ${TITLE_CANDIDATES})),
      page AS (
        SELECT DISTINCT ON (rank, c.updated_at, c.id) c.id, ts_rank(${weights}, c.search, ${ranked}) AS rank, c.updated_at
        FROM candidate c
        ORDER BY rank DESC, c.updated_at DESC, c.id
        OFFSET ${f.offset} LIMIT ${f.limit})
      SELECT ${HIT_COLUMNS}, p.rank, t.n AS "matchCount"
      FROM total t
      LEFT JOIN page p ON true
      LEFT JOIN kn_record r ON r.id = p.id
      LEFT JOIN area a ON a.code = r.area_code
      ORDER BY p.rank DESC, p.updated_at DESC, p.id`,
  );
  const n = found[0]?.matchCount ?? 0;
  return {
    rows: found.filter((r): r is RecordHitRow & { matchCount: number } => r.id !== null),
    matches: { count: Math.min(n, SEARCH_MATCH_CAP), more: n > SEARCH_MATCH_CAP },
  };
}

/** Records without a query: the most recently updated first, keyset after (updatedAt, id). */
export async function selectRecentRecords(
  db: Executor,
  f: RecordFilters & { after: { updatedAt: string; id: string } | undefined; limit: number },
): Promise<RecordHitRow[]> {
  const after = f.after
    ? sql` AND (r.updated_at, r.id) < (${f.after.updatedAt}::timestamptz, ${f.after.id}::uuid)`
    : sql``;
  return rows<RecordHitRow>(
    db,
    sql`SELECT ${HIT_COLUMNS}, NULL::float4 AS rank
      FROM kn_record r
      LEFT JOIN area a ON a.code = r.area_code
      WHERE ${filterSql(f)}${after}
      ORDER BY r.updated_at DESC, r.id DESC
      LIMIT ${f.limit}`,
  );
}

// Learning centres.

export async function insertCentre(db: Executor, row: CentreRow): Promise<void> {
  await db.insert(knLearningCentre).values(row);
}

export async function updateCentre(db: Executor, id: string, set: Partial<CentreRow>): Promise<void> {
  await db.update(knLearningCentre).set(set).where(eq(knLearningCentre.id, id));
}

export type CentreWithArea = CentreRow & { areaName: string | null };

export async function findCentre(
  db: Executor,
  id: string,
  lock = false,
): Promise<CentreWithArea | undefined> {
  const query = db
    .select({ c: knLearningCentre, areaName: area.nameTh })
    .from(knLearningCentre)
    .leftJoin(area, eq(area.code, knLearningCentre.areaCode))
    .where(eq(knLearningCentre.id, id))
    .limit(1);
  const [row] = lock ? await query.for("update", { of: knLearningCentre }) : await query;
  return row ? { ...row.c, areaName: row.areaName } : undefined;
}

export async function selectCentrePage(
  db: Executor,
  f: {
    areaPrefix: string;
    q: string | undefined;
    after: { areaCode: string; id: string } | undefined;
    limit: number;
  },
): Promise<CentreWithArea[]> {
  const conditions = [like(knLearningCentre.areaCode, `${f.areaPrefix}%`)];
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    conditions.push(
      or(
        ilike(knLearningCentre.name, pattern),
        sql`array_to_string(${knLearningCentre.topics}, ' ') ILIKE ${pattern}`,
      )!,
    );
  }
  if (f.after) {
    conditions.push(
      sql`(${knLearningCentre.areaCode}, ${knLearningCentre.id}) > (${f.after.areaCode}, ${f.after.id}::uuid)`,
    );
  }
  const found = await db
    .select({ c: knLearningCentre, areaName: area.nameTh })
    .from(knLearningCentre)
    .leftJoin(area, eq(area.code, knLearningCentre.areaCode))
    .where(and(...conditions))
    .orderBy(asc(knLearningCentre.areaCode), asc(knLearningCentre.id))
    .limit(f.limit);
  return found.map((r) => ({ ...r.c, areaName: r.areaName }));
}

// Model villages.

export async function insertModelVillage(db: Executor, row: ModelVillageRow): Promise<void> {
  await db.insert(knModelVillage).values(row);
}

export async function updateModelVillage(
  db: Executor,
  id: string,
  set: Partial<ModelVillageRow>,
): Promise<void> {
  await db.update(knModelVillage).set(set).where(eq(knModelVillage.id, id));
}

export type ModelVillageWithNames = ModelVillageRow & {
  areaName: string | null;
  learningCentreName: string | null;
};

function villageSelect(db: Executor) {
  return db
    .select({ v: knModelVillage, areaName: area.nameTh, learningCentreName: knLearningCentre.name })
    .from(knModelVillage)
    .leftJoin(area, eq(area.code, knModelVillage.areaCode))
    .leftJoin(knLearningCentre, eq(knLearningCentre.id, knModelVillage.learningCentreId));
}

const flatVillage = (r: {
  v: ModelVillageRow;
  areaName: string | null;
  learningCentreName: string | null;
}): ModelVillageWithNames => ({ ...r.v, areaName: r.areaName, learningCentreName: r.learningCentreName });

export async function findModelVillage(db: Executor, id: string): Promise<ModelVillageWithNames | undefined> {
  const [row] = await villageSelect(db).where(eq(knModelVillage.id, id)).limit(1);
  return row ? flatVillage(row) : undefined;
}

export async function findModelVillageOf(
  db: Executor,
  areaCode: string,
  kind: string,
): Promise<ModelVillageRow | undefined> {
  const [row] = await db
    .select()
    .from(knModelVillage)
    .where(and(eq(knModelVillage.areaCode, areaCode), eq(knModelVillage.kind, kind)))
    .limit(1);
  return row;
}

export async function selectModelVillagePage(
  db: Executor,
  f: {
    areaPrefix: string;
    kind: string | undefined;
    q: string | undefined;
    centreId?: string | undefined;
    after: { areaCode: string; id: string } | undefined;
    limit: number;
  },
): Promise<ModelVillageWithNames[]> {
  const conditions = [like(knModelVillage.areaCode, `${f.areaPrefix}%`)];
  if (f.kind) conditions.push(eq(knModelVillage.kind, f.kind));
  if (f.centreId) conditions.push(eq(knModelVillage.learningCentreId, f.centreId));
  if (f.q) conditions.push(ilike(area.nameTh, `%${escapeLike(f.q)}%`));
  if (f.after) {
    conditions.push(
      sql`(${knModelVillage.areaCode}, ${knModelVillage.id}) > (${f.after.areaCode}, ${f.after.id}::uuid)`,
    );
  }
  const found = await villageSelect(db)
    .where(and(...conditions))
    .orderBy(asc(knModelVillage.areaCode), asc(knModelVillage.id))
    .limit(f.limit);
  return found.map(flatVillage);
}

/** Newest first, for the detail pages of centres and villages. */
export async function selectLinkedRecords(
  db: Executor,
  link: { learningCentreId?: string; modelVillageId?: string },
  limit: number,
): Promise<RecordHitRow[]> {
  return selectRecentRecords(db, {
    status: "published",
    areaPrefix: "",
    learningCentreId: link.learningCentreId,
    modelVillageId: link.modelVillageId,
    after: undefined,
    limit,
  });
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Full rows (no search vector) of the given records, for exports. */
export async function selectRecordsByIds(db: Executor, ids: readonly string[]): Promise<RecordWithArea[]> {
  if (ids.length === 0) return [];
  return db
    .select({ ...recordColumns, areaName: area.nameTh })
    .from(knRecord)
    .leftJoin(area, eq(area.code, knRecord.areaCode))
    .where(inArray(knRecord.id, [...ids]));
}
