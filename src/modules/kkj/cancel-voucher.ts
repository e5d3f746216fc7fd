// The chair or the finance member cancels a voucher not yet paid out (and its withdrawal, if still pending).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assertFundOpen } from "../funds/index";
import { cancelBankWithdrawal } from "../ledger/index";
import type { Voucher } from "./contracts";
import {
  findContract,
  lockProposal,
  lockVoucher,
  selectWithdrawalStatuses,
  updateVoucher,
} from "./kkj.repository";
import { loadKkjFund, requireKkjSeat } from "./kkj-access";
import { kkjErrors, VOUCHER } from "./kkj-errors";
import { requireOfFund, UUID } from "./kkj-steps";
import { toVoucher } from "./kkj-views";

/**
 * A paid voucher cannot be cancelled (the loan is out; corrections belong to the loan). When the withdrawal
 * has already posted, its money stays in cash: a new voucher may pay from that cash, or the finance member
 * deposits it back to the bank.
 */
export async function cancelVoucher(
  deps: Deps,
  fundId: string,
  voucherId: string,
  body: { reason: string },
): Promise<Voucher> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadKkjFund(t, fundId);
    assertFundOpen(fund);
    await requireKkjSeat(t, fund, ["chair", "finance"]);
    const found = requireOfFund(
      UUID.test(voucherId) ? await lockVoucher(tx, voucherId) : undefined,
      fund,
      VOUCHER,
    );
    const contract = (await findContract(tx, found.contractId))!;
    await lockProposal(tx, contract.proposalId);
    const voucher = (await lockVoucher(tx, found.id))!;
    if (voucher.status !== "pending") throw kkjErrors.wrongStatus(VOUCHER, voucher.status, ["pending"]);
    let withdrawalStatus: string | null = null;
    if (voucher.bankWithdrawalId) {
      withdrawalStatus =
        (await selectWithdrawalStatuses(tx, [voucher.bankWithdrawalId])).get(voucher.bankWithdrawalId) ??
        null;
      if (withdrawalStatus === "pending") {
        withdrawalStatus = (await cancelBankWithdrawal(t, fund.id, voucher.bankWithdrawalId)).status;
      }
    }
    await updateVoucher(tx, voucher.id, { status: "cancelled" });
    await recordAudit(t, {
      action: "kkj.voucher_cancelled",
      entityType: "kkj_voucher",
      entityId: voucher.id,
      areaCode: fund.areaCode,
      before: { status: voucher.status },
      after: { status: "cancelled", reason: body.reason, withdrawalStatus },
    });
    return toVoucher({ ...voucher, status: "cancelled" }, contract, withdrawalStatus);
  });
}
