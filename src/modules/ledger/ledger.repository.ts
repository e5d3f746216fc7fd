// SQL of the journal: entries and lines (insert and read only), balances, fiscal-year closes, withdrawals.
import { and, asc, eq, gte, inArray, lt, lte, type SQL, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import {
  bankWithdrawal,
  bankWithdrawalApproval,
  fiscalYearClose,
  fund,
  journalEntry,
  journalLine,
  ledgerAccount,
} from "../../../db/schema/index";
import type { Executor } from "../../platform/database";

export type EntryRow = typeof journalEntry.$inferSelect;
export type LineRow = typeof journalLine.$inferSelect;
export type AccountRow = typeof ledgerAccount.$inferSelect;
export type WithdrawalRow = typeof bankWithdrawal.$inferSelect;
export type WithdrawalApprovalRow = typeof bankWithdrawalApproval.$inferSelect;

/** True inside a transaction: a refusal audit must then wait until the outermost transaction has ended. */
export function isTransaction(db: Executor): boolean {
  return db instanceof PgTransaction;
}

/** Locks the fund row: postings of one fund run one at a time, so a balance check cannot race another. */
export async function lockFundForPosting(db: Executor, fundId: string): Promise<void> {
  await db.select({ id: fund.id }).from(fund).where(eq(fund.id, fundId)).for("update");
}

export async function findFundArea(db: Executor, fundId: string): Promise<string | undefined> {
  const [row] = await db.select({ areaCode: fund.areaCode }).from(fund).where(eq(fund.id, fundId)).limit(1);
  return row?.areaCode;
}

export async function selectAccounts(db: Executor, fundId: string): Promise<AccountRow[]> {
  return db
    .select()
    .from(ledgerAccount)
    .where(eq(ledgerAccount.fundId, fundId))
    .orderBy(asc(ledgerAccount.code));
}

export async function findEntry(db: Executor, id: string): Promise<EntryRow | undefined> {
  const [row] = await db.select().from(journalEntry).where(eq(journalEntry.id, id)).limit(1);
  return row;
}

export async function findEntryByKey(
  db: Executor,
  fundId: string,
  key: string,
): Promise<EntryRow | undefined> {
  const [row] = await db
    .select()
    .from(journalEntry)
    .where(and(eq(journalEntry.fundId, fundId), eq(journalEntry.idempotencyKey, key)))
    .limit(1);
  return row;
}

/** Reversals of the given entries: original id → reversing entry id. */
export async function selectReversals(db: Executor, entryIds: string[]): Promise<Map<string, string>> {
  if (entryIds.length === 0) return new Map();
  const rows = await db
    .select({ id: journalEntry.id, reverses: journalEntry.reversesEntryId })
    .from(journalEntry)
    .where(inArray(journalEntry.reversesEntryId, entryIds));
  return new Map(rows.map((r) => [r.reverses!, r.id]));
}

export async function selectLines(db: Executor, entryIds: string[]): Promise<LineRow[]> {
  if (entryIds.length === 0) return [];
  return db
    .select()
    .from(journalLine)
    .where(inArray(journalLine.entryId, entryIds))
    .orderBy(asc(journalLine.entryId), asc(journalLine.lineNo));
}

export async function insertEntry(db: Executor, row: EntryRow): Promise<void> {
  await db.insert(journalEntry).values(row);
}

export async function insertLines(db: Executor, rows: LineRow[]): Promise<void> {
  await db.insert(journalLine).values(rows);
}

export async function isFiscalYearClosed(db: Executor, fundId: string, fiscalYear: number): Promise<boolean> {
  const [row] = await db
    .select({ y: fiscalYearClose.fiscalYear })
    .from(fiscalYearClose)
    .where(and(eq(fiscalYearClose.fundId, fundId), eq(fiscalYearClose.fiscalYear, fiscalYear)))
    .limit(1);
  return row !== undefined;
}

export async function insertFiscalYearClose(
  db: Executor,
  row: typeof fiscalYearClose.$inferInsert,
): Promise<void> {
  await db.insert(fiscalYearClose).values(row);
}

export async function selectFiscalYearCloses(
  db: Executor,
  fundId: string,
): Promise<Array<typeof fiscalYearClose.$inferSelect>> {
  return db
    .select()
    .from(fiscalYearClose)
    .where(eq(fiscalYearClose.fundId, fundId))
    .orderBy(asc(fiscalYearClose.fiscalYear));
}

const net =
  sql<number>`coalesce(sum(${journalLine.debitSatang} - ${journalLine.creditSatang}), 0)::int8`.mapWith(
    Number,
  );

/** Debit-positive balances of accounts from entries dated before `date`. */
export async function balancesBefore(
  db: Executor,
  accountIds: string[],
  date: string,
): Promise<Map<string, number>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db
    .select({ accountId: journalLine.accountId, net })
    .from(journalLine)
    .innerJoin(journalEntry, eq(journalEntry.id, journalLine.entryId))
    .where(and(inArray(journalLine.accountId, accountIds), lt(journalEntry.entryDate, date)))
    .groupBy(journalLine.accountId);
  return new Map(rows.map((r) => [r.accountId, r.net]));
}

/** Net movement per account and day from `date` on (a handful of days: entries are dated near today). */
export async function dailyNetFrom(
  db: Executor,
  accountIds: string[],
  date: string,
): Promise<Array<{ accountId: string; entryDate: string; net: number }>> {
  if (accountIds.length === 0) return [];
  return db
    .select({ accountId: journalLine.accountId, entryDate: journalEntry.entryDate, net })
    .from(journalLine)
    .innerJoin(journalEntry, eq(journalEntry.id, journalLine.entryId))
    .where(and(inArray(journalLine.accountId, accountIds), gte(journalEntry.entryDate, date)))
    .groupBy(journalLine.accountId, journalEntry.entryDate);
}

/** Debit and credit totals of every account of a fund, from entries dated on or before `asOf` if given. */
export async function accountTotals(
  db: Executor,
  fundId: string,
  asOf?: string,
): Promise<Array<{ accountId: string; debitSatang: number; creditSatang: number }>> {
  const conditions: SQL[] = [eq(journalEntry.fundId, fundId)];
  if (asOf) conditions.push(lte(journalEntry.entryDate, asOf));
  return db
    .select({
      accountId: journalLine.accountId,
      debitSatang: sql<number>`coalesce(sum(${journalLine.debitSatang}), 0)::int8`.mapWith(Number),
      creditSatang: sql<number>`coalesce(sum(${journalLine.creditSatang}), 0)::int8`.mapWith(Number),
    })
    .from(journalLine)
    .innerJoin(journalEntry, eq(journalEntry.id, journalLine.entryId))
    .where(and(...conditions))
    .groupBy(journalLine.accountId);
}

export interface EntryPageFilter {
  fundId: string;
  from?: string | undefined;
  to?: string | undefined;
  after?: { entryDate: string; id: string } | undefined;
  limit: number;
}

/** Entries in book order (date, then posting order: ids are time-ordered UUIDv7). */
export async function selectEntryPage(db: Executor, f: EntryPageFilter): Promise<EntryRow[]> {
  const conditions: SQL[] = [eq(journalEntry.fundId, f.fundId)];
  if (f.from) conditions.push(gte(journalEntry.entryDate, f.from));
  if (f.to) conditions.push(lte(journalEntry.entryDate, f.to));
  if (f.after) {
    conditions.push(
      sql`(${journalEntry.entryDate}, ${journalEntry.id}) > (${f.after.entryDate}, ${f.after.id})`,
    );
  }
  return db
    .select()
    .from(journalEntry)
    .where(and(...conditions))
    .orderBy(asc(journalEntry.entryDate), asc(journalEntry.id))
    .limit(f.limit);
}

// Bank withdrawals (a workflow record, not part of the journal: its status changes).

export async function insertWithdrawal(db: Executor, row: WithdrawalRow): Promise<void> {
  await db.insert(bankWithdrawal).values(row);
}

export async function findWithdrawal(db: Executor, id: string): Promise<WithdrawalRow | undefined> {
  const [row] = await db.select().from(bankWithdrawal).where(eq(bankWithdrawal.id, id)).limit(1);
  return row;
}

export async function updateWithdrawal(
  db: Executor,
  id: string,
  patch: Partial<WithdrawalRow>,
): Promise<void> {
  await db.update(bankWithdrawal).set(patch).where(eq(bankWithdrawal.id, id));
}

export async function selectWithdrawals(
  db: Executor,
  fundId: string,
  status?: string,
): Promise<WithdrawalRow[]> {
  const conditions: SQL[] = [eq(bankWithdrawal.fundId, fundId)];
  if (status) conditions.push(eq(bankWithdrawal.status, status));
  return db
    .select()
    .from(bankWithdrawal)
    .where(and(...conditions))
    .orderBy(asc(bankWithdrawal.createdAt), asc(bankWithdrawal.id));
}

export async function insertWithdrawalApproval(db: Executor, row: WithdrawalApprovalRow): Promise<void> {
  await db.insert(bankWithdrawalApproval).values(row);
}

export async function selectWithdrawalApprovals(
  db: Executor,
  ids: string[],
): Promise<WithdrawalApprovalRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(bankWithdrawalApproval)
    .where(inArray(bankWithdrawalApproval.withdrawalId, ids))
    .orderBy(asc(bankWithdrawalApproval.approvedAt));
}
