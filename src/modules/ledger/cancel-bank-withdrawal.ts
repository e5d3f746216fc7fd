// The chair or the finance member cancels a withdrawal that is still waiting for approvals.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { loadFund, requireSeat } from "../funds/index";
import type { Withdrawal } from "./contracts";
import { findWithdrawal, lockFundForPosting, updateWithdrawal } from "./ledger.repository";
import { ledgerErrors } from "./ledger-errors";
import { toWithdrawals } from "./withdrawal-views";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function cancelBankWithdrawal(
  deps: Deps,
  fundId: string,
  withdrawalId: string,
): Promise<Withdrawal> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadFund(t, fundId);
    await requireSeat(t, fund, ["chair", "finance"]);
    await lockFundForPosting(tx, fund.id);
    const withdrawal = UUID.test(withdrawalId) ? await findWithdrawal(tx, withdrawalId) : undefined;
    if (!withdrawal || withdrawal.fundId !== fund.id) throw ledgerErrors.withdrawalNotFound();
    if (withdrawal.status !== "pending") throw ledgerErrors.withdrawalNotPending(withdrawal.status);
    const now = deps.clock.now();
    await updateWithdrawal(tx, withdrawal.id, { status: "cancelled", closedAt: now });
    const [view] = await toWithdrawals(tx, [{ ...withdrawal, status: "cancelled", closedAt: now }]);
    await recordAudit(t, {
      action: "bank_withdrawal.cancelled",
      entityType: "bank_withdrawal",
      entityId: withdrawal.id,
      areaCode: fund.areaCode,
      before: { status: "pending" },
      after: { status: "cancelled" },
    });
    return view!;
  });
}
