// Pays a contracted loan out (Dr loans receivable, Cr cash or bank) and makes it active; runs inside the caller's transaction.
import type { Deps } from "../../platform/deps";
import type { IsoDate } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { fundBooks, postEntry } from "../ledger/index";
import { daysBetween, requireIsoDate } from "./loan-dates";
import { type MoneyPlace, moneyAccountId } from "./loan-records";
import { loanRefusals } from "./loan-refusals";
import { type LoanRow, lockLoan, selectInstalments, updateLoan } from "./loans.repository";
import { outOfScopeLoan } from "./read-access";

export interface DisburseLoanInput {
  loanId: string;
  /** The business date the money was paid out (the journal entry's date). */
  paidOn: IsoDate;
  from: MoneyPlace;
  description: string;
  /** The journal entry's source (the record that caused it, e.g. "kkj_contract" + its id, or "loan" + the loan). */
  sourceType: string;
  sourceId: string;
}

/**
 * Posts the disbursement through the ledger (balance, date window, closed year and sufficient funds are
 * checked there) and sets the loan active with its whole principal and scheduled interest outstanding.
 * Committee rights are the caller's to check; refusals are AppErrors and the caller's transaction rolls back.
 */
export async function disburseLoan(
  t: Deps,
  input: DisburseLoanInput,
): Promise<{ loan: LoanRow; journalEntryId: string }> {
  const paidOn = requireIsoDate("paidOn", input.paidOn);
  const loan = await lockLoan(t.db, input.loanId);
  if (!loan) throw outOfScopeLoan();
  if (loan.status !== "pending_disbursement") throw loanRefusals.notPending(loan.status);
  if (daysBetween(loan.contractedOn, paidOn) < 0) {
    throw loanRefusals.disbursedBeforeContract(paidOn, loan.contractedOn);
  }
  const books = await fundBooks(t.db, loan.fundId);
  const creditAccountId =
    input.from === "cash" ? books.byRole("cash").id : await moneyAccountId(t, loan.fundId, input.from);
  const entry = await postEntry(t, {
    fundId: loan.fundId,
    entryDate: paidOn,
    kind: "loan_disbursement",
    description: input.description,
    sourceType: input.sourceType,
    sourceId: input.sourceId,
    lines: [
      { accountId: books.byRole("loans_receivable").id, debitSatang: loan.principalSatang },
      { accountId: creditAccountId, creditSatang: loan.principalSatang },
    ],
  });
  const instalments = await selectInstalments(t.db, loan.id, loan.currentVersionNo);
  const updated = await updateLoan(t.db, loan.id, {
    status: "active",
    disbursedOn: paidOn,
    disbursementEntryId: entry.id,
    outstandingPrincipalSatang: loan.principalSatang,
    outstandingInterestSatang: instalments.reduce((sum, i) => sum + i.interestSatang, 0),
    nextDueOn: instalments[0]?.dueOn ?? null,
    updatedAt: t.clock.now(),
  });
  await recordAudit(t, {
    action: "loan.disbursed",
    entityType: "loan",
    entityId: loan.id,
    areaCode: loan.areaCode,
    before: { status: loan.status },
    after: {
      status: "active",
      disbursedOn: paidOn,
      journalEntryId: entry.id,
      principalSatang: loan.principalSatang,
      from: input.from,
    },
  });
  return { loan: updated, journalEntryId: entry.id };
}
