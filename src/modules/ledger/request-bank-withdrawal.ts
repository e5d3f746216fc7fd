// The finance member records money to leave a bank account (to cash, or to another account of the fund).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assertFundOpen, loadFund, requireSeat } from "../funds/index";
import type { Withdrawal, WithdrawalBody } from "./contracts";
import { checkLines, type Line } from "./entry-rules";
import { insertWithdrawal, type WithdrawalRow } from "./ledger.repository";
import { ledgerErrors } from "./ledger-errors";
import { activeBankAccount, fundBooks } from "./operation-support";
import { checkFundsSuffice } from "./post-entry";
import { auditRefusals } from "./refusal-audit";
import { toWithdrawals } from "./withdrawal-views";

/** The lines a withdrawal posts once approved: debit cash or the target bank, credit the source bank. */
export function withdrawalLines(
  sourceLedgerId: string,
  targetLedgerId: string,
  amountSatang: number,
): Line[] {
  const checked = checkLines([
    { accountId: targetLedgerId, debitSatang: amountSatang },
    { accountId: sourceLedgerId, creditSatang: amountSatang },
  ]);
  if ("error" in checked) throw checked.error;
  return checked.lines;
}

/** What a withdrawal pays for when another module asks for it (e.g. a กข.คจ. payment voucher). */
export interface WithdrawalPurpose {
  type: string;
  id: string;
}

export async function requestBankWithdrawal(
  deps: Deps,
  fundId: string,
  body: WithdrawalBody,
  purpose?: WithdrawalPurpose,
): Promise<Withdrawal> {
  return auditRefusals(deps, { operation: "ledger.bank_withdrawal_request", fundId, input: body }, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const fund = await loadFund(t, fundId);
      await requireSeat(t, fund, ["finance"]);
      assertFundOpen(fund);
      const source = await activeBankAccount(tx, fund.id, body.bankAccountId);
      const books = await fundBooks(tx, fund.id);
      let targetLedgerId = books.byRole("cash").id;
      if (body.to.kind === "bank") {
        if (body.to.bankAccountId === body.bankAccountId) throw ledgerErrors.sameBankAccount();
        targetLedgerId = (await activeBankAccount(tx, fund.id, body.to.bankAccountId)).ledgerAccountId;
      }
      // Checked now for early feedback, and again when the last approval posts it.
      const accounts = new Map(books.accounts.map((a) => [a.id, a]));
      await checkFundsSuffice(
        tx,
        withdrawalLines(source.ledgerAccountId, targetLedgerId, body.amountSatang),
        accounts,
        body.entryDate ?? deps.clock.today(),
      );
      const row: WithdrawalRow = {
        id: deps.ids.uuid(),
        fundId: fund.id,
        bankAccountId: source.id,
        toKind: body.to.kind,
        toBankAccountId: body.to.kind === "bank" ? body.to.bankAccountId : null,
        purposeType: purpose?.type ?? null,
        purposeId: purpose?.id ?? null,
        amountSatang: body.amountSatang,
        entryDate: body.entryDate ?? null,
        description: body.description,
        status: "pending",
        requestedBy: deps.actor.userId,
        createdAt: deps.clock.now(),
        journalEntryId: null,
        closedAt: null,
      };
      await insertWithdrawal(tx, row);
      const [view] = await toWithdrawals(tx, [row]);
      await recordAudit(t, {
        action: "bank_withdrawal.requested",
        entityType: "bank_withdrawal",
        entityId: row.id,
        areaCode: fund.areaCode,
        after: view,
      });
      return view!;
    }),
  );
}
