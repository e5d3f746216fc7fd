// SQL the กข.คจ. documents need beyond the workflow's own reads: single handovers, confirmations and receipts,
// a voucher's bank withdrawal, and the principal repaid up to a receipt.
import { and, asc, eq, sql } from "drizzle-orm";
import {
  bankAccount,
  bankWithdrawal,
  kkjDebtConfirmation,
  kkjHandover,
  loanInstalment,
  loanRepayment,
} from "../../../../db/schema/index";
import { type Executor, rows } from "../../../platform/database";

const one = async <T>(q: Promise<T[]>): Promise<T | undefined> => (await q)[0];

export type RepaymentRow = typeof loanRepayment.$inferSelect;

export async function findHandoverRow(db: Executor, id: string) {
  return one(db.select().from(kkjHandover).where(eq(kkjHandover.id, id)).limit(1));
}

export async function findConfirmationRow(db: Executor, id: string) {
  return one(db.select().from(kkjDebtConfirmation).where(eq(kkjDebtConfirmation.id, id)).limit(1));
}

export async function findRepaymentOfLoan(
  db: Executor,
  loanId: string,
  repaymentId: string,
): Promise<RepaymentRow | undefined> {
  return one(
    db
      .select()
      .from(loanRepayment)
      .where(and(eq(loanRepayment.id, repaymentId), eq(loanRepayment.loanId, loanId)))
      .limit(1),
  );
}

/**
 * Principal of the loan's receipts up to and including this one, in receipt order: live receipts only, and
 * this one even when it was cancelled later, so that its own print shows what it left owing.
 */
export async function principalRepaidThrough(db: Executor, r: RepaymentRow): Promise<number> {
  const [row] = await rows<{ total: number }>(
    db,
    sql`select coalesce(sum(p.principal_satang), 0)::int8 as total
          from loan_repayment p
         where p.loan_id = ${r.loanId}
           and (p.reversal_entry_id is null or p.id = ${r.id})
           and (p.paid_on, p.created_at, p.id) <= (${r.paidOn}::date, ${r.createdAt.toISOString()}::timestamptz, ${r.id}::uuid)`,
  );
  return row?.total ?? 0;
}

export async function findBankAccountLabel(db: Executor, id: string) {
  return one(
    db
      .select({
        bankName: bankAccount.bankName,
        branch: bankAccount.branch,
        accountNo: bankAccount.accountNo,
      })
      .from(bankAccount)
      .where(eq(bankAccount.id, id))
      .limit(1),
  );
}

export async function findWithdrawal(db: Executor, id: string) {
  return one(
    db
      .select({
        id: bankWithdrawal.id,
        status: bankWithdrawal.status,
        entryDate: bankWithdrawal.entryDate,
        bankName: bankAccount.bankName,
        branch: bankAccount.branch,
        accountNo: bankAccount.accountNo,
      })
      .from(bankWithdrawal)
      .innerJoin(bankAccount, eq(bankAccount.id, bankWithdrawal.bankAccountId))
      .where(eq(bankWithdrawal.id, id))
      .limit(1),
  );
}

/** The instalments of one schedule version (a contract prints version 1, the schedule it was signed with). */
export async function selectVersionInstalments(db: Executor, loanId: string, versionNo: number) {
  return db
    .select({
      seq: loanInstalment.seq,
      dueOn: loanInstalment.dueOn,
      principalSatang: loanInstalment.principalSatang,
      interestSatang: loanInstalment.interestSatang,
    })
    .from(loanInstalment)
    .where(and(eq(loanInstalment.loanId, loanId), eq(loanInstalment.versionNo, versionNo)))
    .orderBy(asc(loanInstalment.seq));
}
