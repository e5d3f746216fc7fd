// SQL of funds, committee sets and members, bank accounts with signatories and approvals, and the chart.
import { and, asc, count, desc, eq, gte, inArray, like, lte, sql } from "drizzle-orm";
import {
  appUser,
  area,
  bankAccount,
  bankAccountApproval,
  bankAccountSignatory,
  committeeMember,
  committeeSet,
  fund,
  household,
  householdMember,
  ledgerAccount,
} from "../../../db/schema/index";
import type { Executor } from "../../platform/database";

export type FundRow = typeof fund.$inferSelect;
export type FundInsert = typeof fund.$inferInsert;
export type CommitteeSetRow = typeof committeeSet.$inferSelect;
export type CommitteeMemberRow = typeof committeeMember.$inferSelect;
export type BankAccountRow = typeof bankAccount.$inferSelect;
export type LedgerAccountRow = typeof ledgerAccount.$inferSelect;
export type LedgerAccountInsert = typeof ledgerAccount.$inferInsert;

export async function findFund(db: Executor, id: string): Promise<FundRow | undefined> {
  const [row] = await db.select().from(fund).where(eq(fund.id, id)).limit(1);
  return row;
}

/** Locks the fund row so that approvals and postings of one fund happen one at a time. */
export async function lockFund(db: Executor, id: string): Promise<void> {
  await db.select({ id: fund.id }).from(fund).where(eq(fund.id, id)).for("update");
}

export async function findOpenKkjFund(db: Executor, areaCode: string): Promise<FundRow | undefined> {
  const [row] = await db
    .select()
    .from(fund)
    .where(and(eq(fund.areaCode, areaCode), eq(fund.fundType, "kkj"), sql`${fund.status} <> 'closed'`))
    .limit(1);
  return row;
}

export async function insertFund(db: Executor, row: FundInsert): Promise<void> {
  await db.insert(fund).values(row);
}

export async function updateFundRow(db: Executor, id: string, patch: Partial<FundInsert>): Promise<void> {
  await db.update(fund).set(patch).where(eq(fund.id, id));
}

export async function areaNames(db: Executor, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: area.code, nameTh: area.nameTh })
    .from(area)
    .where(inArray(area.code, codes));
  return new Map(rows.map((r) => [r.code, r.nameTh]));
}

export interface FundListFilter {
  areaPrefix: string;
  fundType?: string | undefined;
  status?: string | undefined;
  after?: { areaCode: string; id: string } | undefined;
  limit: number;
}

export async function selectFundPage(
  db: Executor,
  f: FundListFilter,
): Promise<Array<FundRow & { areaName: string }>> {
  const conditions = [like(fund.areaCode, `${f.areaPrefix}%`)];
  if (f.fundType) conditions.push(eq(fund.fundType, f.fundType));
  if (f.status) conditions.push(eq(fund.status, f.status));
  if (f.after) conditions.push(sql`(${fund.areaCode}, ${fund.id}) > (${f.after.areaCode}, ${f.after.id})`);
  const rows = await db
    .select({ fund, areaName: area.nameTh })
    .from(fund)
    .innerJoin(area, eq(area.code, fund.areaCode))
    .where(and(...conditions))
    .orderBy(asc(fund.areaCode), asc(fund.id))
    .limit(f.limit);
  return rows.map((r) => ({ ...r.fund, areaName: r.areaName }));
}

export async function insertLedgerAccounts(db: Executor, rows: LedgerAccountInsert[]): Promise<void> {
  if (rows.length) await db.insert(ledgerAccount).values(rows);
}

/** Inserts the accounts a concurrent transaction has not inserted first; returns the ids of those it inserted. */
export async function insertLedgerAccountsIfAbsent(
  db: Executor,
  rows: LedgerAccountInsert[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await db
    .insert(ledgerAccount)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: ledgerAccount.id });
  return new Set(inserted.map((r) => r.id));
}

export async function countBankLedgerAccounts(db: Executor, fundId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(ledgerAccount)
    .where(and(eq(ledgerAccount.fundId, fundId), eq(ledgerAccount.role, "bank")));
  return row?.n ?? 0;
}

export async function selectLedgerAccounts(db: Executor, fundId: string): Promise<LedgerAccountRow[]> {
  return db
    .select()
    .from(ledgerAccount)
    .where(eq(ledgerAccount.fundId, fundId))
    .orderBy(asc(ledgerAccount.code));
}

// Committee sets and members.

export async function selectCommitteeSets(db: Executor, fundId: string): Promise<CommitteeSetRow[]> {
  return db
    .select()
    .from(committeeSet)
    .where(eq(committeeSet.fundId, fundId))
    .orderBy(desc(committeeSet.setNo));
}

export async function findCommitteeSet(db: Executor, id: string): Promise<CommitteeSetRow | undefined> {
  const [row] = await db.select().from(committeeSet).where(eq(committeeSet.id, id)).limit(1);
  return row;
}

/** The set governing the fund on `date`: the newest (highest ชุดที่) whose term covers the date. */
export async function findCurrentSet(
  db: Executor,
  fundId: string,
  date: string,
): Promise<CommitteeSetRow | undefined> {
  const [row] = await db
    .select()
    .from(committeeSet)
    .where(
      and(
        eq(committeeSet.fundId, fundId),
        lte(committeeSet.termStart, date),
        gte(committeeSet.termEnd, date),
      ),
    )
    .orderBy(desc(committeeSet.setNo))
    .limit(1);
  return row;
}

export async function insertCommitteeSet(db: Executor, row: typeof committeeSet.$inferInsert): Promise<void> {
  await db.insert(committeeSet).values(row);
}

export async function insertCommitteeMembers(
  db: Executor,
  rows: Array<typeof committeeMember.$inferInsert>,
): Promise<void> {
  if (rows.length) await db.insert(committeeMember).values(rows);
}

export async function selectMembersOfSets(db: Executor, setIds: string[]): Promise<CommitteeMemberRow[]> {
  if (setIds.length === 0) return [];
  return db
    .select()
    .from(committeeMember)
    .where(inArray(committeeMember.committeeSetId, setIds))
    .orderBy(asc(committeeMember.createdAt), asc(committeeMember.id));
}

export interface Seat {
  memberId: string;
  setId: string;
  setNo: number;
  position: string;
}

/** A user's seats in the set governing the fund on `date` (an expired set gives none). */
export async function selectCurrentSeats(
  db: Executor,
  fundId: string,
  userId: string,
  date: string,
): Promise<Seat[]> {
  const current = await findCurrentSet(db, fundId, date);
  if (!current) return [];
  const rows = await db
    .select({ memberId: committeeMember.id, position: committeeMember.position })
    .from(committeeMember)
    .where(and(eq(committeeMember.committeeSetId, current.id), eq(committeeMember.userId, userId)));
  return rows.map((r) => ({ ...r, setId: current.id, setNo: current.setNo }));
}

export async function findUserForLink(
  db: Executor,
  userId: string,
): Promise<{ id: string; role: string; scopeCode: string; isActive: boolean } | undefined> {
  const [row] = await db
    .select({ id: appUser.id, role: appUser.role, scopeCode: appUser.scopeCode, isActive: appUser.isActive })
    .from(appUser)
    .where(eq(appUser.id, userId))
    .limit(1);
  return row;
}

export async function findPersonVillage(
  db: Executor,
  householdMemberId: string,
): Promise<{ villageCode: string; isActive: boolean } | undefined> {
  const [row] = await db
    .select({ villageCode: household.villageCode, isActive: householdMember.isActive })
    .from(householdMember)
    .innerJoin(household, eq(household.id, householdMember.householdId))
    .where(eq(householdMember.id, householdMemberId))
    .limit(1);
  return row;
}

// Bank accounts.

export async function insertBankAccount(db: Executor, row: typeof bankAccount.$inferInsert): Promise<void> {
  await db.insert(bankAccount).values(row);
}

export async function insertSignatories(
  db: Executor,
  bankAccountId: string,
  memberIds: string[],
): Promise<void> {
  if (memberIds.length) {
    await db
      .insert(bankAccountSignatory)
      .values(memberIds.map((committeeMemberId) => ({ bankAccountId, committeeMemberId })));
  }
}

export async function deleteSignatories(db: Executor, bankAccountId: string): Promise<void> {
  await db.delete(bankAccountSignatory).where(eq(bankAccountSignatory.bankAccountId, bankAccountId));
}

export async function updateWithdrawalRule(
  db: Executor,
  bankAccountId: string,
  rule: { required: number; mustInclude: string[] },
): Promise<void> {
  await db.update(bankAccount).set({ withdrawalRule: rule }).where(eq(bankAccount.id, bankAccountId));
}

export async function findBankAccountRow(db: Executor, id: string): Promise<BankAccountRow | undefined> {
  const [row] = await db.select().from(bankAccount).where(eq(bankAccount.id, id)).limit(1);
  return row;
}

export async function findBankAccountByNumber(
  db: Executor,
  fundId: string,
  bankName: string,
  accountNo: string,
): Promise<BankAccountRow | undefined> {
  const [row] = await db
    .select()
    .from(bankAccount)
    .where(
      and(
        eq(bankAccount.fundId, fundId),
        eq(bankAccount.bankName, bankName),
        eq(bankAccount.accountNo, accountNo),
      ),
    )
    .limit(1);
  return row;
}

export async function selectBankAccountRows(db: Executor, fundId: string): Promise<BankAccountRow[]> {
  return db
    .select()
    .from(bankAccount)
    .where(eq(bankAccount.fundId, fundId))
    .orderBy(asc(bankAccount.createdAt), asc(bankAccount.id));
}

export interface SignatoryRow {
  bankAccountId: string;
  memberId: string;
  name: string;
  position: string;
  userId: string | null;
  committeeSetId: string;
}

export async function selectSignatories(db: Executor, accountIds: string[]): Promise<SignatoryRow[]> {
  if (accountIds.length === 0) return [];
  return db
    .select({
      bankAccountId: bankAccountSignatory.bankAccountId,
      memberId: committeeMember.id,
      name: committeeMember.name,
      position: committeeMember.position,
      userId: committeeMember.userId,
      committeeSetId: committeeMember.committeeSetId,
    })
    .from(bankAccountSignatory)
    .innerJoin(committeeMember, eq(committeeMember.id, bankAccountSignatory.committeeMemberId))
    .where(inArray(bankAccountSignatory.bankAccountId, accountIds))
    .orderBy(asc(committeeMember.createdAt), asc(committeeMember.id));
}

export type BankApprovalRow = typeof bankAccountApproval.$inferSelect;

export async function selectBankApprovals(db: Executor, accountIds: string[]): Promise<BankApprovalRow[]> {
  if (accountIds.length === 0) return [];
  return db
    .select()
    .from(bankAccountApproval)
    .where(inArray(bankAccountApproval.bankAccountId, accountIds))
    .orderBy(asc(bankAccountApproval.approvedAt));
}

export async function insertBankApproval(db: Executor, row: BankApprovalRow): Promise<void> {
  await db.insert(bankAccountApproval).values(row);
}

export async function activateBankAccountRow(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(bankAccount).set({ status: "active", activatedAt: at }).where(eq(bankAccount.id, id));
}

export async function bankLedgerAccountIds(db: Executor, accountIds: string[]): Promise<Map<string, string>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db
    .select({ id: ledgerAccount.id, bankAccountId: ledgerAccount.bankAccountId })
    .from(ledgerAccount)
    .where(inArray(ledgerAccount.bankAccountId, accountIds));
  return new Map(rows.map((r) => [r.bankAccountId!, r.id]));
}
