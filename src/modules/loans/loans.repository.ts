// SQL of loans: loans, schedule versions and instalments, repayments with receipts, document numbers.
import { and, asc, desc, eq, inArray, isNull, like, type SQL, sql } from "drizzle-orm";
import {
  committeeMeeting,
  documentSequence,
  fund,
  household,
  ledgerAccount,
  loan,
  loanInstalment,
  loanRepayment,
  loanVersion,
} from "../../../db/schema/index";
import type { Executor } from "../../platform/database";

export type LoanRow = typeof loan.$inferSelect;
export type LoanVersionRow = typeof loanVersion.$inferSelect;
export type InstalmentRow = typeof loanInstalment.$inferSelect;
export type RepaymentRow = typeof loanRepayment.$inferSelect;
export type LoanFundRow = typeof fund.$inferSelect;

export async function insertLoan(db: Executor, row: LoanRow): Promise<void> {
  await db.insert(loan).values(row);
}

export async function insertLoanVersion(db: Executor, row: LoanVersionRow): Promise<void> {
  await db.insert(loanVersion).values(row);
}

export async function insertInstalments(db: Executor, rows: InstalmentRow[]): Promise<void> {
  if (rows.length) await db.insert(loanInstalment).values(rows);
}

export async function findLoan(db: Executor, id: string): Promise<LoanRow | undefined> {
  const [row] = await db.select().from(loan).where(eq(loan.id, id)).limit(1);
  return row;
}

/** The loan row locked until the end of the transaction: one change to a loan at a time. */
export async function lockLoan(db: Executor, id: string): Promise<LoanRow | undefined> {
  const [row] = await db.select().from(loan).where(eq(loan.id, id)).for("update");
  return row;
}

export async function findLoanByNo(
  db: Executor,
  fundId: string,
  loanNo: string,
): Promise<LoanRow | undefined> {
  const [row] = await db
    .select()
    .from(loan)
    .where(and(eq(loan.fundId, fundId), eq(loan.loanNo, loanNo)))
    .limit(1);
  return row;
}

export async function updateLoan(db: Executor, id: string, patch: Partial<LoanRow>): Promise<LoanRow> {
  const [row] = await db.update(loan).set(patch).where(eq(loan.id, id)).returning();
  return row!;
}

export async function selectInstalments(
  db: Executor,
  loanId: string,
  versionNo: number,
): Promise<InstalmentRow[]> {
  return db
    .select()
    .from(loanInstalment)
    .where(and(eq(loanInstalment.loanId, loanId), eq(loanInstalment.versionNo, versionNo)))
    .orderBy(asc(loanInstalment.seq));
}

/** The instalments of one version with the version itself, in one query (the repayment path's hot read). */
export async function selectSchedule(
  db: Executor,
  loanId: string,
  versionNo: number,
): Promise<{ version: LoanVersionRow; instalments: InstalmentRow[] } | undefined> {
  const rows = await db
    .select({ version: loanVersion, instalment: loanInstalment })
    .from(loanVersion)
    .innerJoin(
      loanInstalment,
      and(eq(loanInstalment.loanId, loanVersion.loanId), eq(loanInstalment.versionNo, loanVersion.versionNo)),
    )
    .where(and(eq(loanVersion.loanId, loanId), eq(loanVersion.versionNo, versionNo)))
    .orderBy(asc(loanInstalment.seq));
  if (rows.length === 0) return undefined;
  return { version: rows[0]!.version, instalments: rows.map((r) => r.instalment) };
}

export async function selectAllInstalments(db: Executor, loanId: string): Promise<InstalmentRow[]> {
  return db
    .select()
    .from(loanInstalment)
    .where(eq(loanInstalment.loanId, loanId))
    .orderBy(asc(loanInstalment.versionNo), asc(loanInstalment.seq));
}

export async function selectVersions(db: Executor, loanId: string): Promise<LoanVersionRow[]> {
  return db
    .select()
    .from(loanVersion)
    .where(eq(loanVersion.loanId, loanId))
    .orderBy(asc(loanVersion.versionNo));
}

/** Sets the paid and waived amounts of several instalments of one version in one statement. */
export async function updateInstalmentsPaid(
  db: Executor,
  loanId: string,
  versionNo: number,
  rows: ReadonlyArray<{
    seq: number;
    paidPrincipalSatang: number;
    paidInterestSatang: number;
    waivedInterestSatang: number;
  }>,
): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.seq}::smallint, ${r.paidPrincipalSatang}::bigint, ${r.paidInterestSatang}::bigint, ${r.waivedInterestSatang}::bigint)`,
    ),
    sql`, `,
  );
  await db.execute(sql`
    UPDATE loan_instalment AS i
       SET paid_principal_satang = v.pp, paid_interest_satang = v.pi, waived_interest_satang = v.wi
      FROM (VALUES ${values}) AS v(seq, pp, pi, wi)
     WHERE i.loan_id = ${loanId} AND i.version_no = ${versionNo} AND i.seq = v.seq`);
}

// The repayment path: what one repayment reads and writes, in as few round trips as the rules allow.

export interface RepaymentContext {
  loan: LoanRow;
  fund: LoanFundRow;
  /** Ledger accounts of the fund's standard chart the repayment posts to. */
  accounts: { cash: string; loansReceivable: string; interestIncome: string };
  version: Pick<LoanVersionRow, "versionNo" | "startsOn" | "reason" | "resolutionRef"> | null;
  instalments: InstalmentRow[];
  /** The repayment already recorded in the fund under the request's Idempotency-Key, if any. */
  earlierRepaymentId: string | null;
}

const accountOf = (role: string) =>
  sql<string>`(select ${ledgerAccount.id} from ${ledgerAccount}
                where ${ledgerAccount.fundId} = ${loan.fundId} and ${ledgerAccount.role} = ${role} limit 1)`;

/**
 * Locks the loan row, then reads in one statement its fund, the ledger accounts a repayment posts to, the
 * current schedule version with its instalments and an earlier repayment under the same key. The lock is
 * a statement of its own on purpose: under READ COMMITTED a statement that waited for the lock sees the
 * loan row as the other transaction left it, but its subqueries would still read the snapshot taken before
 * the wait (stale instalments). The next statement takes a fresh snapshot after the other one committed.
 */
export async function lockLoanForRepayment(
  db: Executor,
  loanId: string,
  idempotencyKey: string | null,
): Promise<RepaymentContext | undefined> {
  const [locked] = await db.select({ id: loan.id }).from(loan).where(eq(loan.id, loanId)).for("update");
  if (!locked) return undefined;
  const [row] = await db
    .select({
      loan,
      fund,
      cash: accountOf("cash"),
      loansReceivable: accountOf("loans_receivable"),
      interestIncome: accountOf("interest_income"),
      version: sql<RepaymentContext["version"]>`(select json_build_object(
          'versionNo', v.version_no, 'startsOn', v.starts_on, 'reason', v.reason, 'resolutionRef', v.resolution_ref)
        from loan_version v where v.loan_id = ${loan.id} and v.version_no = ${loan.currentVersionNo})`,
      instalments: sql<InstalmentRow[] | null>`(select json_agg(json_build_object(
          'loanId', i.loan_id, 'versionNo', i.version_no, 'seq', i.seq, 'dueOn', i.due_on,
          'principalSatang', i.principal_satang, 'interestSatang', i.interest_satang,
          'paidPrincipalSatang', i.paid_principal_satang, 'paidInterestSatang', i.paid_interest_satang,
          'waivedInterestSatang', i.waived_interest_satang) order by i.seq)
        from loan_instalment i where i.loan_id = ${loan.id} and i.version_no = ${loan.currentVersionNo})`,
      earlierRepaymentId: idempotencyKey
        ? sql<string | null>`(select r.id from loan_repayment r
            where r.fund_id = ${loan.fundId} and r.idempotency_key = ${idempotencyKey})`
        : sql<string | null>`null::uuid`,
    })
    .from(loan)
    .innerJoin(fund, eq(fund.id, loan.fundId))
    .where(eq(loan.id, loanId));
  if (!row) return undefined;
  return {
    loan: row.loan,
    fund: row.fund,
    accounts: { cash: row.cash, loansReceivable: row.loansReceivable, interestIncome: row.interestIncome },
    version: row.version,
    instalments: (row.instalments ?? []).map((i) => ({
      ...i,
      // JSON carries bigint as a number; below 2^53 (all money here) it is exact.
      principalSatang: Number(i.principalSatang),
      interestSatang: Number(i.interestSatang),
      paidPrincipalSatang: Number(i.paidPrincipalSatang),
      paidInterestSatang: Number(i.paidInterestSatang),
      waivedInterestSatang: Number(i.waivedInterestSatang),
    })),
    earlierRepaymentId: row.earlierRepaymentId,
  };
}

export type RepaymentLoanPatch = Pick<
  LoanRow,
  | "outstandingPrincipalSatang"
  | "outstandingInterestSatang"
  | "nextDueOn"
  | "status"
  | "closedOn"
  | "classification"
  | "daysPastDue"
  | "classifiedOn"
  | "updatedAt"
>;

/** Stores a repayment, the instalments it paid and the loan's new balances in one statement (one round trip). */
export async function storeRepayment(
  db: Executor,
  repayment: RepaymentRow,
  versionNo: number,
  instalments: Parameters<typeof updateInstalmentsPaid>[3],
  loanPatch: RepaymentLoanPatch,
): Promise<void> {
  const values = instalments.length
    ? sql.join(
        instalments.map(
          (r) =>
            sql`(${r.seq}::smallint, ${r.paidPrincipalSatang}::bigint, ${r.paidInterestSatang}::bigint, ${r.waivedInterestSatang}::bigint)`,
        ),
        sql`, `,
      )
    : sql`(null::smallint, null::bigint, null::bigint, null::bigint)`;
  const r = repayment;
  const result = await db.execute(sql`
    WITH paid AS (
      INSERT INTO loan_repayment (id, loan_id, fund_id, receipt_no, fiscal_year, paid_on, amount_satang,
        principal_satang, interest_satang, method, bank_account_id, allocation, payer_name, note,
        journal_entry_id, reversal_entry_id, idempotency_key, recorded_by, created_at)
      VALUES (${r.id}, ${r.loanId}, ${r.fundId}, ${r.receiptNo}, ${r.fiscalYear}, ${r.paidOn}, ${r.amountSatang},
        ${r.principalSatang}, ${r.interestSatang}, ${r.method}, ${r.bankAccountId}, ${JSON.stringify(r.allocation)}::jsonb,
        ${r.payerName}, ${r.note}, ${r.journalEntryId}, ${r.reversalEntryId}, ${r.idempotencyKey}, ${r.recordedBy},
        ${r.createdAt.toISOString()}::timestamptz)
      RETURNING id),
    instalments AS (
      UPDATE loan_instalment AS i
         SET paid_principal_satang = v.pp, paid_interest_satang = v.pi, waived_interest_satang = v.wi
        FROM (VALUES ${values}) AS v(seq, pp, pi, wi)
       WHERE i.loan_id = ${r.loanId} AND i.version_no = ${versionNo} AND i.seq = v.seq
      RETURNING 1)
    UPDATE loan SET outstanding_principal_satang = ${loanPatch.outstandingPrincipalSatang},
                    outstanding_interest_satang = ${loanPatch.outstandingInterestSatang},
                    next_due_on = ${loanPatch.nextDueOn}, status = ${loanPatch.status},
                    closed_on = ${loanPatch.closedOn}, classification = ${loanPatch.classification},
                    days_past_due = ${loanPatch.daysPastDue}, classified_on = ${loanPatch.classifiedOn},
                    updated_at = ${loanPatch.updatedAt.toISOString()}::timestamptz
     WHERE id = ${r.loanId} AND EXISTS (SELECT 1 FROM paid)
    RETURNING id`);
  if ((result as unknown as { rows: unknown[] }).rows.length !== 1) throw new Error("repayment not stored");
}

// Repayments.

export async function findRepayment(db: Executor, id: string): Promise<RepaymentRow | undefined> {
  const [row] = await db.select().from(loanRepayment).where(eq(loanRepayment.id, id)).limit(1);
  return row;
}

/** The newest repayment of a loan that has not been reversed (the only one that may be reversed). */
export async function findLatestLiveRepayment(
  db: Executor,
  loanId: string,
): Promise<RepaymentRow | undefined> {
  const [row] = await db
    .select()
    .from(loanRepayment)
    .where(and(eq(loanRepayment.loanId, loanId), isNull(loanRepayment.reversalEntryId)))
    .orderBy(desc(loanRepayment.createdAt), desc(loanRepayment.id))
    .limit(1);
  return row;
}

export async function markRepaymentReversed(
  db: Executor,
  id: string,
  reversalEntryId: string,
): Promise<void> {
  await db.update(loanRepayment).set({ reversalEntryId }).where(eq(loanRepayment.id, id));
}

export interface RepaymentPageFilter {
  loanIds: string[];
  after?: { paidOn: string; id: string } | undefined;
  limit: number;
}

/** Repayments newest first (paid date, then id), keyset-paged. */
export async function selectRepaymentPage(db: Executor, f: RepaymentPageFilter): Promise<RepaymentRow[]> {
  if (f.loanIds.length === 0) return [];
  const conditions: SQL[] = [inArray(loanRepayment.loanId, f.loanIds)];
  if (f.after) {
    conditions.push(sql`(${loanRepayment.paidOn}, ${loanRepayment.id}) < (${f.after.paidOn}, ${f.after.id})`);
  }
  return db
    .select()
    .from(loanRepayment)
    .where(and(...conditions))
    .orderBy(desc(loanRepayment.paidOn), desc(loanRepayment.id))
    .limit(f.limit);
}

// Loan lists.

export interface LoanPageFilter {
  fundId?: string | undefined;
  householdId?: string | undefined;
  areaPrefix: string;
  status?: string | undefined;
  classification?: string | undefined;
  borrowerPrefix?: string | undefined;
  after?: string | undefined;
  limit: number;
}

/** Loans in id order (UUIDv7, so creation order), keyset-paged by id. */
export async function selectLoanPage(db: Executor, f: LoanPageFilter): Promise<LoanRow[]> {
  const conditions: SQL[] = [like(loan.areaCode, `${f.areaPrefix}%`)];
  if (f.fundId) conditions.push(eq(loan.fundId, f.fundId));
  if (f.householdId) conditions.push(eq(loan.householdId, f.householdId));
  if (f.status) conditions.push(eq(loan.status, f.status));
  if (f.classification) conditions.push(eq(loan.classification, f.classification));
  if (f.borrowerPrefix) conditions.push(like(loan.borrowerName, `${escapeLike(f.borrowerPrefix)}%`));
  if (f.after) conditions.push(sql`${loan.id} > ${f.after}`);
  return db
    .select()
    .from(loan)
    .where(and(...conditions))
    .orderBy(asc(loan.id))
    .limit(f.limit);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

// Document numbers.

/**
 * The next number of a document series for a fund and fiscal year. The upsert takes the row lock, so two
 * transactions never get the same number, and a rolled-back transaction gives its number back.
 */
export async function nextDocumentNo(
  db: Executor,
  fundId: string,
  series: string,
  fiscalYear: number,
): Promise<number> {
  const [row] = await db
    .insert(documentSequence)
    .values({ fundId, series, fiscalYear, lastNo: 1 })
    .onConflictDoUpdate({
      target: [documentSequence.fundId, documentSequence.series, documentSequence.fiscalYear],
      set: { lastNo: sql`${documentSequence.lastNo} + 1` },
    })
    .returning({ lastNo: documentSequence.lastNo });
  return row!.lastNo;
}

/** The borrowing household's village and head (for a loan's default borrower name). */
export async function findHouseholdHead(
  db: Executor,
  id: string,
): Promise<{ villageCode: string; headName: string } | undefined> {
  const [row] = await db
    .select({ villageCode: household.villageCode, headName: household.headName })
    .from(household)
    .where(eq(household.id, id))
    .limit(1);
  return row;
}

// Committee meetings (the resolution behind a rescheduling or write-off).

export async function findMeeting(
  db: Executor,
  id: string,
): Promise<{ id: string; fundId: string; meetingNo: string; heldOn: string } | undefined> {
  const [row] = await db
    .select({
      id: committeeMeeting.id,
      fundId: committeeMeeting.fundId,
      meetingNo: committeeMeeting.meetingNo,
      heldOn: committeeMeeting.heldOn,
    })
    .from(committeeMeeting)
    .where(eq(committeeMeeting.id, id))
    .limit(1);
  return row;
}
