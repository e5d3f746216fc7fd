// SQL of households, members, จปฐ. records and the income criterion.
import { and, asc, desc, eq, gte, ilike, inArray, isNull, like, lte, or, sql } from "drizzle-orm";
import { area, bmnIncomeCriterion, bmnRecord, household, householdMember } from "../../../db/schema/index";
import type { Executor } from "../../platform/database";

export type HouseholdRow = typeof household.$inferSelect;
export type HouseholdInsert = typeof household.$inferInsert;
export type MemberRow = typeof householdMember.$inferSelect;
export type MemberInsert = typeof householdMember.$inferInsert;
export type BmnRow = typeof bmnRecord.$inferSelect;
export type CriterionRow = typeof bmnIncomeCriterion.$inferSelect;

export async function findHousehold(db: Executor, id: string): Promise<HouseholdRow | undefined> {
  const [row] = await db.select().from(household).where(eq(household.id, id)).limit(1);
  return row;
}

export async function findHouseholdByAddress(
  db: Executor,
  villageCode: string,
  houseNo: string,
): Promise<HouseholdRow | undefined> {
  const [row] = await db
    .select()
    .from(household)
    .where(and(eq(household.villageCode, villageCode), eq(household.houseNo, houseNo)))
    .limit(1);
  return row;
}

/** The (village, house no.) pairs among `pairs` that already exist. */
export async function existingAddresses(db: Executor, pairs: Array<[string, string]>): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < pairs.length; i += 5000) {
    const chunk = pairs.slice(i, i + 5000);
    const rows = await db
      .select({ v: household.villageCode, h: household.houseNo })
      .from(household)
      .where(
        sql`(${household.villageCode}, ${household.houseNo}) in (select * from unnest(${sql.param(chunk.map((p) => p[0]))}::varchar[], ${sql.param(chunk.map((p) => p[1]))}::varchar[]))`,
      );
    for (const r of rows) found.add(`${r.v}|${r.h}`);
  }
  return found;
}

export async function existingCitizenHashes(db: Executor, hashes: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  // One array parameter per chunk: an IN list of thousands of parameters is several times slower.
  for (let i = 0; i < hashes.length; i += 20_000) {
    const rows = await db
      .select({ h: householdMember.citizenIdHash })
      .from(householdMember)
      .where(
        and(
          sql`${householdMember.citizenIdHash} = any(${sql.param(hashes.slice(i, i + 20_000))}::varchar[])`,
          eq(householdMember.isActive, true),
        ),
      );
    for (const r of rows) if (r.h) found.add(r.h);
  }
  return found;
}

// Bulk inserts pass one array per column and unnest them in SQL: a handful of parameters per statement
// instead of one per value, which is what makes an import of 100,000 households take seconds, not minutes.
const BULK_ROWS = 5_000;

const column = <T>(rows: readonly T[], pick: (r: T) => unknown) => sql.param(rows.map(pick));

export async function insertHouseholds(db: Executor, rows: HouseholdInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BULK_ROWS) {
    const c = rows.slice(i, i + BULK_ROWS);
    const now = new Date().toISOString();
    await db.execute(sql`
      insert into household (id, village_code, house_no, phone, head_name, member_count, status, created_at, updated_at)
      select * from unnest(
        ${column(c, (r) => r.id)}::uuid[], ${column(c, (r) => r.villageCode)}::varchar[],
        ${column(c, (r) => r.houseNo)}::varchar[], ${column(c, (r) => r.phone ?? null)}::varchar[],
        ${column(c, (r) => r.headName ?? "")}::text[], ${column(c, (r) => r.memberCount ?? 0)}::int2[],
        ${column(c, (r) => r.status ?? "active")}::varchar[],
        ${column(c, (r) => toIso(r.createdAt, now))}::timestamptz[],
        ${column(c, (r) => toIso(r.updatedAt, now))}::timestamptz[])`);
  }
}

export async function insertMembers(db: Executor, rows: MemberInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BULK_ROWS) {
    const c = rows.slice(i, i + BULK_ROWS);
    const now = new Date().toISOString();
    await db.execute(sql`
      insert into household_member (id, household_id, seq, relation, title, first_name, last_name, citizen_id_enc,
        citizen_id_hash, citizen_id_masked, birth_date, sex, is_active, created_at)
      select * from unnest(
        ${column(c, (r) => r.id)}::uuid[], ${column(c, (r) => r.householdId)}::uuid[], ${column(c, (r) => r.seq)}::int2[],
        ${column(c, (r) => r.relation)}::varchar[], ${column(c, (r) => r.title ?? "")}::varchar[],
        ${column(c, (r) => r.firstName)}::text[], ${column(c, (r) => r.lastName ?? "")}::text[],
        ${column(c, (r) => r.citizenIdEnc ?? null)}::text[], ${column(c, (r) => r.citizenIdHash ?? null)}::varchar[],
        ${column(c, (r) => r.citizenIdMasked ?? null)}::varchar[], ${column(c, (r) => r.birthDate ?? null)}::date[],
        ${column(c, (r) => r.sex ?? null)}::varchar[], ${column(c, (r) => r.isActive ?? true)}::bool[],
        ${column(c, (r) => toIso(r.createdAt, now))}::timestamptz[])`);
  }
}

function toIso(value: Date | undefined, fallback: string): string {
  return value ? value.toISOString() : fallback;
}

export async function updateHousehold(
  db: Executor,
  id: string,
  patch: Partial<HouseholdInsert>,
): Promise<void> {
  await db.update(household).set(patch).where(eq(household.id, id));
}

export async function selectMembers(db: Executor, householdId: string): Promise<MemberRow[]> {
  return db
    .select()
    .from(householdMember)
    .where(and(eq(householdMember.householdId, householdId), eq(householdMember.isActive, true)))
    .orderBy(asc(householdMember.seq));
}

export async function findMemberIdsByCitizenHash(db: Executor, hash: string): Promise<string[]> {
  const rows = await db
    .select({ householdId: householdMember.householdId })
    .from(householdMember)
    .where(and(eq(householdMember.citizenIdHash, hash), eq(householdMember.isActive, true)));
  return rows.map((r) => r.householdId);
}

export interface HouseholdListRow {
  id: string;
  villageCode: string;
  villageName: string;
  houseNo: string;
  headName: string;
  memberCount: number;
  phone: string | null;
  latestBmnYear: number | null;
  latestIncomePerPersonSatang: number | null;
  passesIncomeCriterion: boolean | null;
}

export interface HouseholdListFilter {
  areaPrefix: string;
  onlyId?: string | undefined;
  ids?: string[] | undefined;
  houseNo?: string | undefined;
  namePattern?: string | undefined;
  after?: { villageCode: string; houseNo: string; id: string } | undefined;
  limit: number;
}

export async function selectHouseholdPage(db: Executor, f: HouseholdListFilter): Promise<HouseholdListRow[]> {
  const latest = db
    .select({
      householdId: bmnRecord.householdId,
      surveyYear: bmnRecord.surveyYear,
      perPerson: bmnRecord.incomePerPersonSatang,
      passes: bmnRecord.passesIncomeCriterion,
    })
    .from(bmnRecord)
    .where(eq(bmnRecord.householdId, household.id))
    .orderBy(desc(bmnRecord.surveyYear))
    .limit(1)
    .as("latest");
  const conditions = [like(household.villageCode, `${f.areaPrefix}%`)];
  if (f.onlyId) conditions.push(eq(household.id, f.onlyId));
  if (f.ids)
    conditions.push(inArray(household.id, f.ids.length ? f.ids : ["00000000-0000-0000-0000-000000000000"]));
  if (f.houseNo !== undefined || f.namePattern !== undefined) {
    conditions.push(
      or(
        f.houseNo !== undefined ? eq(household.houseNo, f.houseNo) : undefined,
        f.namePattern !== undefined ? ilike(household.headName, f.namePattern) : undefined,
      )!,
    );
  }
  if (f.after) {
    conditions.push(
      sql`(${household.villageCode}, ${household.houseNo}, ${household.id}) > (${f.after.villageCode}, ${f.after.houseNo}, ${f.after.id})`,
    );
  }
  const rows = await db
    .select({
      id: household.id,
      villageCode: household.villageCode,
      villageName: area.nameTh,
      houseNo: household.houseNo,
      headName: household.headName,
      memberCount: household.memberCount,
      phone: household.phone,
      latestBmnYear: latest.surveyYear,
      latestIncomePerPersonSatang: latest.perPerson,
      passesIncomeCriterion: latest.passes,
    })
    .from(household)
    .innerJoin(area, eq(area.code, household.villageCode))
    .leftJoinLateral(latest, sql`true`)
    .where(and(...conditions))
    .orderBy(asc(household.villageCode), asc(household.houseNo), asc(household.id))
    .limit(f.limit);
  return rows;
}

export async function selectBmnRecords(db: Executor, householdId: string): Promise<BmnRow[]> {
  return db
    .select()
    .from(bmnRecord)
    .where(eq(bmnRecord.householdId, householdId))
    .orderBy(desc(bmnRecord.surveyYear));
}

export async function findBmnRecord(
  db: Executor,
  householdId: string,
  year: number,
): Promise<BmnRow | undefined> {
  const [row] = await db
    .select()
    .from(bmnRecord)
    .where(and(eq(bmnRecord.householdId, householdId), eq(bmnRecord.surveyYear, year)))
    .limit(1);
  return row;
}

export async function insertBmnRecord(db: Executor, row: typeof bmnRecord.$inferInsert): Promise<void> {
  await db.insert(bmnRecord).values(row);
}

export async function findCriterionForYear(db: Executor, year: number): Promise<CriterionRow | undefined> {
  const [row] = await db
    .select()
    .from(bmnIncomeCriterion)
    .where(
      and(
        lte(bmnIncomeCriterion.fromYear, year),
        or(isNull(bmnIncomeCriterion.toYear), gte(bmnIncomeCriterion.toYear, year)),
      ),
    )
    .orderBy(desc(bmnIncomeCriterion.fromYear))
    .limit(1);
  return row;
}

export async function selectCriteria(db: Executor): Promise<CriterionRow[]> {
  return db.select().from(bmnIncomeCriterion).orderBy(asc(bmnIncomeCriterion.fromYear));
}

export async function insertCriteria(
  db: Executor,
  rows: Array<typeof bmnIncomeCriterion.$inferInsert>,
): Promise<void> {
  if (rows.length) await db.insert(bmnIncomeCriterion).values(rows);
}

export async function updateCriterion(db: Executor, id: string, patch: Partial<CriterionRow>): Promise<void> {
  await db.update(bmnIncomeCriterion).set(patch).where(eq(bmnIncomeCriterion.id, id));
}
