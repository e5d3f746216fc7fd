// Records an operating or welfare expense paid from cash on hand (debit expense, credit cash).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { loadFund, requireSeat } from "../funds/index";
import type { ExpenseBody, JournalEntry } from "./contracts";
import { fundBooks } from "./operation-support";
import { postInTransaction } from "./post-entry";
import { auditRefusals } from "./refusal-audit";

/**
 * Expenses are paid from cash: money leaves a bank account only through a withdrawal that its signatories
 * approve, so a bank-paid expense is a withdrawal to cash followed by this.
 */
export async function recordExpense(deps: Deps, fundId: string, body: ExpenseBody): Promise<JournalEntry> {
  return auditRefusals(deps, { operation: "ledger.expense", fundId, input: body }, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const fund = await loadFund(t, fundId);
      await requireSeat(t, fund, ["secretary", "finance"]);
      const books = await fundBooks(tx, fund.id);
      const expense = books.byRole(body.category === "welfare" ? "welfare_expense" : "operating_expense");
      return postInTransaction(t, {
        fundId: fund.id,
        entryDate: body.entryDate ?? deps.clock.today(),
        kind: body.category === "welfare" ? "welfare_expense" : "operating_expense",
        description: body.description,
        idempotencyKey: body.idempotencyKey,
        lines: [
          { accountId: expense.id, debitSatang: body.amountSatang },
          { accountId: books.byRole("cash").id, creditSatang: body.amountSatang },
        ],
      });
    }),
  );
}
