// Records cash on hand paid into a bank account of the fund (debit bank, credit cash).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { loadFund, requireSeat } from "../funds/index";
import type { BankDepositBody, JournalEntry } from "./contracts";
import { activeBankAccount, bankLabel, fundBooks } from "./operation-support";
import { postInTransaction } from "./post-entry";
import { auditRefusals } from "./refusal-audit";

export async function recordBankDeposit(
  deps: Deps,
  fundId: string,
  body: BankDepositBody,
): Promise<JournalEntry> {
  return auditRefusals(deps, { operation: "ledger.bank_deposit", fundId, input: body }, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const fund = await loadFund(t, fundId);
      await requireSeat(t, fund, ["finance"]);
      const bank = await activeBankAccount(tx, fund.id, body.bankAccountId);
      const books = await fundBooks(tx, fund.id);
      return postInTransaction(t, {
        fundId: fund.id,
        entryDate: body.entryDate ?? deps.clock.today(),
        kind: "bank_deposit",
        description: body.description ?? `นำเงินสดฝากบัญชี ${bankLabel(bank)}`,
        idempotencyKey: body.idempotencyKey,
        lines: [
          { accountId: bank.ledgerAccountId, debitSatang: body.amountSatang },
          { accountId: books.byRole("cash").id, creditSatang: body.amountSatang },
        ],
      });
    }),
  );
}
