// Posts a manual journal entry kept by the finance member (e.g. an adjustment between non-bank accounts).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { loadFund, requireSeat } from "../funds/index";
import type { JournalEntry, PostEntryBody } from "./contracts";
import { ledgerErrors } from "./ledger-errors";
import { fundBooks } from "./operation-support";
import { postInTransaction } from "./post-entry";
import { auditRefusals } from "./refusal-audit";

export async function postManualEntry(
  deps: Deps,
  fundId: string,
  body: PostEntryBody,
): Promise<JournalEntry> {
  return auditRefusals(deps, { operation: "ledger.manual_entry", fundId, input: body }, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const fund = await loadFund(t, fundId);
      await requireSeat(t, fund, ["finance"]);
      const books = await fundBooks(tx, fund.id);
      const banks = new Set(books.accounts.filter((a) => a.role === "bank").map((a) => a.id));
      body.lines.forEach((l, i) => {
        // A manual entry must not become a way round the signatories' approval of withdrawals.
        if (banks.has(l.accountId) && (l.creditSatang ?? 0) > 0)
          throw ledgerErrors.bankCreditNeedsWithdrawal(i + 1);
      });
      return postInTransaction(t, {
        fundId: fund.id,
        entryDate: body.entryDate ?? deps.clock.today(),
        kind: "manual",
        description: body.description,
        idempotencyKey: body.idempotencyKey,
        lines: body.lines,
      });
    }),
  );
}
