// SQL of the knowledge library: categories, records with their weighted tsvector and ranked search, learning centres and model villages.
import { and, asc, eq, ilike, inArray, like, or, type SQL, sql } from "drizzle-orm";
import { area } from "../../../db/schema/index";
import { knCategory, knLearningCentre, knModelVillage, knRecord } from "../../../db/schema/knowledge";
import { type Executor, rows } from "../../platform/database";

export type CategoryRow = typeof knCategory.$inferSelect;
export type RecordRow = typeof knRecord.$inferSelect;
export type CentreRow = typeof knLearningCentre.$inferSelect;
export type ModelVillageRow = typeof knModelVillage.$inferSelect;

/** The words of a record by weight (already segmented and space-joined: see thai-search.ts). */
export interface IndexTexts {
  a: string;
  b: string;
  c: string;
}

/** Title A, owner and category B, body C: `ts_rank` with the weights below puts title matches first. */
function searchVector(texts: IndexTexts): SQL {
  return sql`setweight(to_tsvector('simple', ${texts.a}::text), 'A') || setweight(to_tsvector('simple', ${texts.b}::text), 'B') || setweight(to_tsvector('simple', ${texts.c}::text), 'C')`;
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
 * Ranking reads every candidate's whole vector, so for a query matching thousands of records only these are
 * ranked: the newest title matches and the newest matches anywhere (together at most SEARCH_CANDIDATES).
 * A query matching fewer records is ranked completely.
 */
export const TITLE_CANDIDATES = 200;
export const MATCH_CANDIDATES = 300;
export const SEARCH_CANDIDATES = TITLE_CANDIDATES + MATCH_CANDIDATES;

/**
 * Records matching `tsquery` (to_tsquery 'simple' syntax built by parseQuery), best first: ts_rank with the
 * weights above, then the most recently updated, then id (a stable order for offset pages). The planner picks
 * per query between the GIN indexes (rare words) and walking the newest records (common words).
 */
export async function searchRecords(
  db: Executor,
  f: RecordFilters & { tsquery: string; offset: number; limit: number },
): Promise<RecordHitRow[]> {
  const where = filterSql(f);
  return rows<RecordHitRow>(
    db,
    sql`WITH candidate AS (
        (SELECT r.id FROM kn_record r
          WHERE r.title_search @@ to_tsquery('simple', ${f.tsquery}::text) AND ${where}
          ORDER BY r.updated_at DESC LIMIT ${TITLE_CANDIDATES})
        UNION
        (SELECT r.id FROM kn_record r
          WHERE r.search @@ to_tsquery('simple', ${f.tsquery}::text) AND ${where}
          ORDER BY r.updated_at DESC LIMIT ${MATCH_CANDIDATES}))
      SELECT ${HIT_COLUMNS}, ts_rank(${RANK_WEIGHTS}::float4[], r.search, to_tsquery('simple', ${f.tsquery}::text)) AS rank
      FROM candidate c
      JOIN kn_record r ON r.id = c.id
      LEFT JOIN area a ON a.code = r.area_code
      ORDER BY rank DESC, r.updated_at DESC, r.id
      OFFSET ${f.offset} LIMIT ${f.limit}`,
  );
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
