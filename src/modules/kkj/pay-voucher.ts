// The finance member pays a bank voucher out once its withdrawal is posted: the withdrawn cash goes to the borrower.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assertFundOpen } from "../funds/index";
import { auditRefusals } from "../ledger/index";
import { disburseLoan } from "../loans/index";
import type { Voucher } from "./contracts";
import { payoutDescription } from "./issue-voucher";
import {
  findContract,
  lockProposal,
  lockVoucher,
  selectWithdrawalStatuses,
  updateProposal,
  updateVoucher,
} from "./kkj.repository";
import { loadKkjFund, requireKkjSeat } from "./kkj-access";
import { kkjErrors, VOUCHER } from "./kkj-errors";
import { checkStepDate } from "./kkj-rules";
import { requireOfFund, throwIf, UUID } from "./kkj-steps";
import { toVoucher } from "./kkj-views";

export async function payVoucher(
  deps: Deps,
  fundId: string,
  voucherId: string,
  body: { paidOn?: string | undefined },
): Promise<Voucher> {
  return auditRefusals(deps, { operation: "kkj.voucher_pay", fundId, input: { voucherId, ...body } }, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const fund = await loadKkjFund(t, fundId);
      assertFundOpen(fund);
      await requireKkjSeat(t, fund, ["finance"]);
      const found = requireOfFund(
        UUID.test(voucherId) ? await lockVoucher(tx, voucherId) : undefined,
        fund,
        VOUCHER,
      );
      const contract = (await findContract(tx, found.contractId))!;
      await lockProposal(tx, contract.proposalId);
      const voucher = (await lockVoucher(tx, found.id))!;
      if (voucher.status !== "pending") throw kkjErrors.wrongStatus(VOUCHER, voucher.status, ["pending"]);
      const withdrawalStatus = voucher.bankWithdrawalId
        ? ((await selectWithdrawalStatuses(tx, [voucher.bankWithdrawalId])).get(voucher.bankWithdrawalId) ??
          null)
        : null;
      if (withdrawalStatus !== "posted") throw kkjErrors.withdrawalNotPosted(withdrawalStatus ?? "none");
      const today = deps.clock.today();
      const paidOn = body.paidOn ?? today;
      throwIf(
        checkStepDate("paidOn", paidOn, today, {
          date: contract.signedOn,
          what: { th: "ทำสัญญา", en: "contract date" },
        }),
      );
      const paid = await disburseLoan(t, {
        loanId: voucher.loanId,
        paidOn,
        from: "cash",
        description: payoutDescription(voucher.voucherNo, contract),
        sourceType: "kkj_voucher",
        sourceId: voucher.id,
      });
      const patch = { status: "paid", paidOn, journalEntryId: paid.journalEntryId };
      await updateVoucher(tx, voucher.id, patch);
      await updateProposal(tx, contract.proposalId, { status: "disbursed", updatedAt: deps.clock.now() });
      const view = toVoucher({ ...voucher, ...patch }, contract, withdrawalStatus);
      await recordAudit(t, {
        action: "kkj.voucher_paid",
        entityType: "kkj_voucher",
        entityId: voucher.id,
        areaCode: fund.areaCode,
        before: { status: voucher.status },
        after: { status: "paid", paidOn, journalEntryId: paid.journalEntryId },
      });
      return view;
    }),
  );
}
