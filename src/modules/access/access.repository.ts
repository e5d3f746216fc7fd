// SQL of accounts and sessions.
import { and, asc, eq, gt, ilike, like, lt, or, sql } from "drizzle-orm";
import { appUser, area, session } from "../../../db/schema/index";
import type { Executor } from "../../platform/database";

export type UserRow = typeof appUser.$inferSelect;
export type UserInsert = typeof appUser.$inferInsert;
export type SessionRow = typeof session.$inferSelect;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(appUser).where(eq(appUser.username, username)).limit(1);
  return row;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(appUser).where(eq(appUser.id, id)).limit(1);
  return row;
}

/** Locks the row for the rest of the transaction (login attempts on one account are serialised). */
export async function lockUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(appUser).where(eq(appUser.username, username)).limit(1).for("update");
  return row;
}

export async function insertUser(db: Executor, row: UserInsert): Promise<void> {
  await db.insert(appUser).values(row);
}

export async function updateUser(db: Executor, id: string, patch: Partial<UserInsert>): Promise<void> {
  await db.update(appUser).set(patch).where(eq(appUser.id, id));
}

export async function selectUsers(
  db: Executor,
  f: { scopeCode: string; q?: string | undefined; afterUsername?: string | undefined; limit: number },
): Promise<UserRow[]> {
  const conditions = [like(appUser.scopeCode, `${f.scopeCode}%`)];
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, "\\$&")}%`;
    conditions.push(or(ilike(appUser.username, pattern), ilike(appUser.displayName, pattern))!);
  }
  if (f.afterUsername) conditions.push(gt(appUser.username, f.afterUsername));
  return db
    .select()
    .from(appUser)
    .where(and(...conditions))
    .orderBy(asc(appUser.username))
    .limit(f.limit);
}

export async function insertSession(db: Executor, row: typeof session.$inferInsert): Promise<void> {
  await db.insert(session).values(row);
}

export async function findLiveSession(
  db: Executor,
  tokenHash: string,
  now: Date,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const [row] = await db
    .select({ session, user: appUser })
    .from(session)
    .innerJoin(appUser, eq(appUser.id, session.userId))
    .where(and(eq(session.tokenHash, tokenHash), gt(session.expiresAt, now)))
    .limit(1);
  return row;
}

export async function touchSession(
  db: Executor,
  tokenHash: string,
  now: Date,
  expiresAt: Date,
): Promise<void> {
  await db.update(session).set({ lastSeenAt: now, expiresAt }).where(eq(session.tokenHash, tokenHash));
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(session).where(eq(session.tokenHash, tokenHash));
}

export async function deleteUserSessions(
  db: Executor,
  userId: string,
  exceptTokenHash?: string,
): Promise<void> {
  await db
    .delete(session)
    .where(
      exceptTokenHash
        ? and(eq(session.userId, userId), sql`${session.tokenHash} <> ${exceptTokenHash}`)
        : eq(session.userId, userId),
    );
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(session).where(lt(session.expiresAt, now));
}

export async function areaName(
  db: Executor,
  code: string,
): Promise<{ level: string; nameTh: string } | undefined> {
  const [row] = await db
    .select({ level: area.level, nameTh: area.nameTh })
    .from(area)
    .where(eq(area.code, code));
  return row;
}
