// SQL of monitoring visits: subjects and users looked up for a visit, visits with their team and follow-ups, pages.
import { and, asc, desc, eq, inArray, like, lt, or, type SQL, sql } from "drizzle-orm";
import { appUser, area, debtCentre, fund, household } from "../../../db/schema/index";
import { monFollowUp, monVisit, monVisitMember } from "../../../db/schema/monitoring";
import type { Executor } from "../../platform/database";
import type { SubjectType } from "./monitoring-rules";

export type VisitRow = typeof monVisit.$inferSelect;
export type VisitInsert = typeof monVisit.$inferInsert;
export type MemberRow = typeof monVisitMember.$inferSelect;
export type FollowUpInsert = typeof monFollowUp.$inferInsert;
export type FollowUpRow = typeof monFollowUp.$inferSelect & { ownerName: string };

export interface SubjectRow {
  areaCode: string;
  name: string;
}

/** The subject's area and display name, or undefined when it does not exist. */
export async function findSubject(
  db: Executor,
  type: SubjectType,
  id: string,
): Promise<SubjectRow | undefined> {
  switch (type) {
    case "fund": {
      const [r] = await db
        .select({ areaCode: fund.areaCode, name: fund.name })
        .from(fund)
        .where(eq(fund.id, id));
      return r;
    }
    case "debt_centre": {
      const [r] = await db
        .select({ areaCode: debtCentre.areaCode, name: debtCentre.name })
        .from(debtCentre)
        .where(eq(debtCentre.id, id));
      return r;
    }
    case "household": {
      const [r] = await db
        .select({ areaCode: household.villageCode, houseNo: household.houseNo, head: household.headName })
        .from(household)
        .where(eq(household.id, id));
      return r ? { areaCode: r.areaCode, name: `ครัวเรือน ${r.head} บ้านเลขที่ ${r.houseNo}`.trim() } : undefined;
    }
    case "village": {
      const [r] = await db
        .select({ areaCode: area.code, name: area.nameTh })
        .from(area)
        .where(and(eq(area.code, id), eq(area.level, "village")));
      return r;
    }
  }
}

export interface UserRow {
  id: string;
  displayName: string;
  position: string | null;
  role: string;
  scopeCode: string;
  isActive: boolean;
}

const userColumns = {
  id: appUser.id,
  displayName: appUser.displayName,
  position: appUser.position,
  role: appUser.role,
  scopeCode: appUser.scopeCode,
  isActive: appUser.isActive,
};

export async function findUsers(db: Executor, ids: string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return db.select(userColumns).from(appUser).where(inArray(appUser.id, ids));
}

/** Active users of `roles` whose scope covers `areaCode` (scope is a prefix of the code), by name. */
export async function selectAssignees(
  db: Executor,
  areaCode: string,
  roles: readonly string[],
): Promise<UserRow[]> {
  return db
    .select(userColumns)
    .from(appUser)
    .where(
      and(
        eq(appUser.isActive, true),
        inArray(appUser.role, [...roles]),
        sql`${areaCode} LIKE ${appUser.scopeCode} || '%'`,
      ),
    )
    .orderBy(desc(sql`length(${appUser.scopeCode})`), asc(appUser.displayName))
    .limit(200);
}

export async function insertVisit(
  db: Executor,
  visit: VisitInsert,
  members: MemberRow[],
  followUps: FollowUpInsert[],
): Promise<void> {
  await db.insert(monVisit).values(visit);
  if (members.length > 0) await db.insert(monVisitMember).values(members);
  if (followUps.length > 0) await db.insert(monFollowUp).values(followUps);
}

export async function findVisit(db: Executor, id: string, forUpdate = false): Promise<VisitRow | undefined> {
  const q = db.select().from(monVisit).where(eq(monVisit.id, id));
  const [r] = forUpdate ? await q.for("update") : await q;
  return r;
}

export async function updateVisitRow(db: Executor, id: string, values: Partial<VisitInsert>): Promise<void> {
  await db.update(monVisit).set(values).where(eq(monVisit.id, id));
}

export async function replaceMembers(db: Executor, visitId: string, members: MemberRow[]): Promise<void> {
  await db.delete(monVisitMember).where(eq(monVisitMember.visitId, visitId));
  if (members.length > 0) await db.insert(monVisitMember).values(members);
}

export async function selectMembers(db: Executor, visitId: string): Promise<MemberRow[]> {
  return db
    .select()
    .from(monVisitMember)
    .where(eq(monVisitMember.visitId, visitId))
    .orderBy(monVisitMember.seq);
}

const followUpColumns = {
  id: monFollowUp.id,
  visitId: monFollowUp.visitId,
  areaCode: monFollowUp.areaCode,
  description: monFollowUp.description,
  ownerId: monFollowUp.ownerId,
  dueOn: monFollowUp.dueOn,
  status: monFollowUp.status,
  doneOn: monFollowUp.doneOn,
  doneNote: monFollowUp.doneNote,
  doneBy: monFollowUp.doneBy,
  createdAt: monFollowUp.createdAt,
  updatedAt: monFollowUp.updatedAt,
  ownerName: appUser.displayName,
};

export async function selectVisitFollowUps(db: Executor, visitId: string): Promise<FollowUpRow[]> {
  return db
    .select(followUpColumns)
    .from(monFollowUp)
    .innerJoin(appUser, eq(appUser.id, monFollowUp.ownerId))
    .where(eq(monFollowUp.visitId, visitId))
    .orderBy(monFollowUp.dueOn, monFollowUp.id);
}

export async function countFollowUps(db: Executor, visitId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(monFollowUp)
    .where(eq(monFollowUp.visitId, visitId));
  return r?.n ?? 0;
}

export async function insertFollowUp(db: Executor, row: FollowUpInsert): Promise<void> {
  await db.insert(monFollowUp).values(row);
}

export async function findFollowUp(
  db: Executor,
  id: string,
  forUpdate = false,
): Promise<FollowUpRow | undefined> {
  const q = db
    .select(followUpColumns)
    .from(monFollowUp)
    .innerJoin(appUser, eq(appUser.id, monFollowUp.ownerId))
    .where(eq(monFollowUp.id, id));
  const [r] = forUpdate ? await q.for("update", { of: monFollowUp }) : await q;
  return r;
}

export async function updateFollowUpRow(
  db: Executor,
  id: string,
  values: Partial<FollowUpInsert>,
): Promise<void> {
  await db.update(monFollowUp).set(values).where(eq(monFollowUp.id, id));
}

export interface VisitPageRow extends VisitRow {
  teamNames: string[];
  followUpsOpen: number;
  followUpsOverdue: number;
  followUpsDone: number;
}

export interface VisitPageFilter {
  areaPrefix: string;
  subjectType?: SubjectType | undefined;
  subjectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  today: string;
  /** Newest first: rows strictly after (date, id) in descending order. */
  after?: { date: string; id: string } | undefined;
  limit: number;
}

export async function selectVisitPage(db: Executor, f: VisitPageFilter): Promise<VisitPageRow[]> {
  const conditions: SQL[] = [like(monVisit.areaCode, `${f.areaPrefix}%`)];
  if (f.subjectType) conditions.push(eq(monVisit.subjectType, f.subjectType));
  if (f.subjectId) conditions.push(eq(monVisit.subjectId, f.subjectId));
  if (f.from) conditions.push(sql`${monVisit.visitedOn} >= ${f.from}`);
  if (f.to) conditions.push(sql`${monVisit.visitedOn} <= ${f.to}`);
  if (f.after) {
    conditions.push(
      or(
        lt(monVisit.visitedOn, f.after.date),
        and(eq(monVisit.visitedOn, f.after.date), sql`${monVisit.id} < ${f.after.id}::uuid`),
      )!,
    );
  }
  const visits = await db
    .select()
    .from(monVisit)
    .where(and(...conditions))
    .orderBy(desc(monVisit.visitedOn), desc(monVisit.id))
    .limit(f.limit);
  if (visits.length === 0) return [];
  const ids = visits.map((v) => v.id);
  const members = await db
    .select({ visitId: monVisitMember.visitId, name: monVisitMember.name })
    .from(monVisitMember)
    .where(inArray(monVisitMember.visitId, ids))
    .orderBy(monVisitMember.visitId, monVisitMember.seq);
  const counts = await db
    .select({
      visitId: monFollowUp.visitId,
      open: sql<number>`count(*) FILTER (WHERE ${monFollowUp.status} = 'open')::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${monFollowUp.status} = 'open' AND ${monFollowUp.dueOn} < ${f.today})::int`,
      done: sql<number>`count(*) FILTER (WHERE ${monFollowUp.status} = 'done')::int`,
    })
    .from(monFollowUp)
    .where(inArray(monFollowUp.visitId, ids))
    .groupBy(monFollowUp.visitId);
  const byVisit = new Map(counts.map((c) => [c.visitId, c]));
  return visits.map((v) => {
    const c = byVisit.get(v.id);
    return {
      ...v,
      teamNames: members.filter((m) => m.visitId === v.id).map((m) => m.name),
      followUpsOpen: c?.open ?? 0,
      followUpsOverdue: c?.overdue ?? 0,
      followUpsDone: c?.done ?? 0,
    };
  });
}

export interface FollowUpPageRow extends FollowUpRow {
  visitedOn: string;
  subjectType: string;
  subjectName: string;
}

export interface FollowUpPageFilter {
  ownerId?: string | undefined;
  areaPrefix: string;
  /** Only those due before this date (overdue); otherwise every open one. */
  dueBefore?: string | undefined;
  after?: { date: string; id: string } | undefined;
  limit: number;
}

/** Open follow-ups, oldest due date first (keyset on due date + id). */
export async function selectOpenFollowUpPage(
  db: Executor,
  f: FollowUpPageFilter,
): Promise<FollowUpPageRow[]> {
  const conditions: SQL[] = [eq(monFollowUp.status, "open"), like(monFollowUp.areaCode, `${f.areaPrefix}%`)];
  if (f.ownerId) conditions.push(eq(monFollowUp.ownerId, f.ownerId));
  if (f.dueBefore) conditions.push(lt(monFollowUp.dueOn, f.dueBefore));
  if (f.after) {
    conditions.push(
      or(
        sql`${monFollowUp.dueOn} > ${f.after.date}`,
        and(eq(monFollowUp.dueOn, f.after.date), sql`${monFollowUp.id} > ${f.after.id}::uuid`),
      )!,
    );
  }
  return db
    .select({
      ...followUpColumns,
      visitedOn: monVisit.visitedOn,
      subjectType: monVisit.subjectType,
      subjectName: monVisit.subjectName,
    })
    .from(monFollowUp)
    .innerJoin(appUser, eq(appUser.id, monFollowUp.ownerId))
    .innerJoin(monVisit, eq(monVisit.id, monFollowUp.visitId))
    .where(and(...conditions))
    .orderBy(asc(monFollowUp.dueOn), asc(monFollowUp.id))
    .limit(f.limit);
}
