// Records a grant or donation received in cash or into a bank account (debit cash/bank, credit grants).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { loadFund, requireSeat } from "../funds/index";
import type { DonationBody, JournalEntry } from "./contracts";
import { activeBankAccount, bankLabel, fundBooks } from "./operation-support";
import { postInTransaction } from "./post-entry";
import { auditRefusals } from "./refusal-audit";

export async function recordDonation(deps: Deps, fundId: string, body: DonationBody): Promise<JournalEntry> {
  return auditRefusals(deps, { operation: "ledger.donation", fundId, input: body }, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const fund = await loadFund(t, fundId);
      // The secretary records cash; anything touching a bank account is the finance member's.
      await requireSeat(t, fund, body.into.kind === "bank" ? ["finance"] : ["secretary", "finance"]);
      const books = await fundBooks(tx, fund.id);
      let debitAccountId = books.byRole("cash").id;
      let where = "เงินสด";
      if (body.into.kind === "bank") {
        const bank = await activeBankAccount(tx, fund.id, body.into.bankAccountId);
        debitAccountId = bank.ledgerAccountId;
        where = `บัญชี ${bankLabel(bank)}`;
      }
      return postInTransaction(t, {
        fundId: fund.id,
        entryDate: body.entryDate ?? deps.clock.today(),
        kind: "donation",
        description: body.description ?? `รับเงินบริจาค${body.donor ? `จาก ${body.donor}` : ""} (${where})`,
        idempotencyKey: body.idempotencyKey,
        lines: [
          { accountId: debitAccountId, debitSatang: body.amountSatang, memo: body.donor ?? null },
          { accountId: books.byRole("grants").id, creditSatang: body.amountSatang },
        ],
      });
    }),
  );
}
