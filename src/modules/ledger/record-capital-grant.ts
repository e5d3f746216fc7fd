// Records the fund's original capital grant arriving in its bank account (debit bank, credit capital).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { loadFund, requireSeat } from "../funds/index";
import type { CapitalGrantBody, JournalEntry } from "./contracts";
import { activeBankAccount, bankLabel, fundBooks } from "./operation-support";
import { postInTransaction } from "./post-entry";
import { auditRefusals } from "./refusal-audit";

export async function recordCapitalGrant(
  deps: Deps,
  fundId: string,
  body: CapitalGrantBody,
): Promise<JournalEntry> {
  return auditRefusals(deps, { operation: "ledger.capital_grant", fundId, input: body }, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const fund = await loadFund(t, fundId);
      // Bank entries are the finance member's (domain §4.6, green book).
      await requireSeat(t, fund, ["finance"]);
      const bank = await activeBankAccount(tx, fund.id, body.bankAccountId);
      const books = await fundBooks(tx, fund.id);
      const amount = body.amountSatang ?? fund.originalCapitalSatang;
      return postInTransaction(t, {
        fundId: fund.id,
        entryDate: body.entryDate ?? deps.clock.today(),
        kind: "capital_grant",
        description: body.description ?? `รับเงินทุนโครงการเข้าบัญชี ${bankLabel(bank)}`,
        idempotencyKey: body.idempotencyKey,
        lines: [
          { accountId: bank.ledgerAccountId, debitSatang: amount },
          { accountId: books.byRole("capital").id, creditSatang: amount },
        ],
      });
    }),
  );
}
