// SQL of the area tree: reference data, villages, children with counts, search.
import { and, asc, count, eq, gt, ilike, inArray, like, or, sql } from "drizzle-orm";
import { area } from "../../../db/schema/index";
import type { Executor } from "../../platform/database";

export type AreaRow = typeof area.$inferSelect;
export type AreaInsert = typeof area.$inferInsert;

export async function countAreas(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(area);
  return row?.n ?? 0;
}

export async function insertAreas(db: Executor, rows: AreaInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(area)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
  }
}

export async function findArea(db: Executor, code: string): Promise<AreaRow | undefined> {
  const [row] = await db.select().from(area).where(eq(area.code, code)).limit(1);
  return row;
}

export async function findAreas(db: Executor, codes: string[]): Promise<AreaRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(area).where(inArray(area.code, codes));
}

export async function selectChildren(
  db: Executor,
  f: { parentCode: string | null; afterCode?: string | undefined; limit: number },
): Promise<Array<AreaRow & { childCount: number }>> {
  const child = sql`(select count(*) from ${area} c where c.parent_code = ${area.code})`;
  return db
    .select({
      code: area.code,
      level: area.level,
      parentCode: area.parentCode,
      nameTh: area.nameTh,
      nameEn: area.nameEn,
      villageNo: area.villageNo,
      latitude: area.latitude,
      longitude: area.longitude,
      isModel: area.isModel,
      householdCount: area.householdCount,
      createdAt: area.createdAt,
      childCount: sql<number>`${child}::int`,
    })
    .from(area)
    .where(
      and(
        f.parentCode === null ? eq(area.level, "province") : eq(area.parentCode, f.parentCode),
        f.afterCode ? gt(area.code, f.afterCode) : undefined,
      ),
    )
    .orderBy(asc(area.code))
    .limit(f.limit);
}

export async function childCount(db: Executor, code: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(area).where(eq(area.parentCode, code));
  return row?.n ?? 0;
}

export async function searchAreaRows(
  db: Executor,
  f: { q: string; scopeCode: string; limit: number },
): Promise<AreaRow[]> {
  const escaped = f.q.replace(/[\\%_]/g, "\\$&");
  return db
    .select()
    .from(area)
    .where(
      and(
        like(area.code, `${f.scopeCode}%`),
        or(like(area.nameTh, `${escaped}%`), ilike(area.nameEn, `${escaped}%`), eq(area.code, f.q)),
      ),
    )
    .orderBy(asc(sql`length(${area.code})`), asc(area.code))
    .limit(f.limit);
}

/** Adds `delta` households to each listed area (a village and all its ancestors), in one statement. */
export async function addHouseholdCounts(db: Executor, deltas: Map<string, number>): Promise<void> {
  const entries = [...deltas].filter(([, d]) => d !== 0);
  if (entries.length === 0) return;
  await db.execute(sql`
    update ${area} set household_count = ${area.householdCount} + d.delta
    from unnest(${sql.param(entries.map((e) => e[0]))}::varchar[], ${sql.param(entries.map((e) => e[1]))}::int[]) as d(code, delta)
    where ${area.code} = d.code`);
}
