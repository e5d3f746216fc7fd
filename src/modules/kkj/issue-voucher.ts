// The finance member issues the payment voucher (ใบสำคัญจ่ายเงินยืม) of a contract: from cash now, or via the bank.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { invalidInput } from "../../shared/errors";
import { fiscalYearOf } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { assertFundOpen } from "../funds/index";
import { auditRefusals, fundPosition, requestBankWithdrawal } from "../ledger/index";
import { disburseLoan } from "../loans/index";
import type { Voucher, VoucherBody } from "./contracts";
import {
  findContract,
  findLiveVoucherOfContract,
  findLoanRow,
  insertVoucher,
  lockProposal,
  nextDocumentNo,
  updateProposal,
  type VoucherRow,
} from "./kkj.repository";
import { loadKkjFund, requireKkjSeat } from "./kkj-access";
import { CONTRACT, kkjErrors } from "./kkj-errors";
import { checkStepDate, documentNo } from "./kkj-rules";
import { requireOfFund, throwIf, UUID } from "./kkj-steps";
import { toVoucher } from "./kkj-views";

export const payoutDescription = (
  voucherNo: string,
  contract: { contractNo: string; borrowerName: string },
) =>
  `จ่ายเงินยืม กข.คจ. ตามใบสำคัญจ่ายเลขที่ ${voucherNo} สัญญาเลขที่ ${contract.contractNo} (${contract.borrowerName})`;

/**
 * Cash: the loan is paid out of cash on hand in this transaction (refused when the cash is short). Bank:
 * money leaves a bank account only through a withdrawal the signatories approve (any 2, the chair always
 * one), so the voucher asks for a withdrawal to cash, named by its purpose; once posted, the finance member
 * pays the borrower from that cash (payVoucher). See docs/kkj-workflow.md.
 */
export async function issueVoucher(deps: Deps, fundId: string, body: VoucherBody): Promise<Voucher> {
  return auditRefusals(deps, { operation: "kkj.voucher_issue", fundId, input: body }, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const fund = await loadKkjFund(t, fundId);
      assertFundOpen(fund);
      await requireKkjSeat(t, fund, ["finance"]);
      const contract = requireOfFund(
        UUID.test(body.contractId) ? await findContract(tx, body.contractId) : undefined,
        fund,
        CONTRACT,
      );
      await lockProposal(tx, contract.proposalId);
      const live = await findLiveVoucherOfContract(tx, contract.id);
      if (live) throw kkjErrors.voucherExists(live.voucherNo);
      const loan = (await findLoanRow(tx, contract.loanId))!;
      if (loan.status !== "pending_disbursement") throw kkjErrors.loanNotPending(loan.status);
      const today = deps.clock.today();
      const paidOn = body.paidOn ?? today;
      throwIf(
        checkStepDate("paidOn", paidOn, today, {
          date: contract.signedOn,
          what: { th: "ทำสัญญา", en: "contract date" },
        }),
      );
      const fiscalYear = fiscalYearOf(paidOn);
      const voucherNo = documentNo(await nextDocumentNo(tx, fund.id, "voucher", fiscalYear), fiscalYear);
      const row: VoucherRow = {
        id: deps.ids.uuid(),
        fundId: fund.id,
        contractId: contract.id,
        loanId: loan.id,
        voucherNo,
        amountSatang: loan.principalSatang,
        source: body.source,
        bankWithdrawalId: null,
        status: "pending",
        paidOn: null,
        journalEntryId: null,
        recordedBy: deps.actor.userId,
        createdAt: deps.clock.now(),
      };
      let withdrawalStatus: string | null = null;
      if (body.source === "cash") {
        if (body.bankAccountId) {
          throw invalidInput("kkj.bank_account_not_for_cash", {
            th: "การจ่ายจากเงินสดต้องไม่ระบุบัญชีธนาคาร",
            en: "A cash payment takes no bank account",
          });
        }
        const { cashSatang } = await fundPosition(tx, fund.id);
        if (cashSatang < row.amountSatang) throw kkjErrors.cashShort(row.amountSatang, cashSatang);
        const paid = await disburseLoan(t, {
          loanId: loan.id,
          paidOn,
          from: "cash",
          description: payoutDescription(voucherNo, contract),
          sourceType: "kkj_voucher",
          sourceId: row.id,
        });
        Object.assign(row, { status: "paid", paidOn, journalEntryId: paid.journalEntryId });
        await updateProposal(tx, contract.proposalId, { status: "disbursed", updatedAt: deps.clock.now() });
      } else {
        if (!body.bankAccountId) throw kkjErrors.bankAccountRequired();
        const withdrawal = await requestBankWithdrawal(
          t,
          fund.id,
          {
            bankAccountId: body.bankAccountId,
            to: { kind: "cash" },
            amountSatang: row.amountSatang,
            ...(body.paidOn ? { entryDate: body.paidOn } : {}),
            description: `ถอนเงินเพื่อ${payoutDescription(voucherNo, contract)}`,
          },
          { type: "kkj_voucher", id: row.id },
        );
        row.bankWithdrawalId = withdrawal.id;
        withdrawalStatus = withdrawal.status;
      }
      await insertVoucher(tx, row);
      const view = toVoucher(row, contract, withdrawalStatus);
      await recordAudit(t, {
        action: "kkj.voucher_issued",
        entityType: "kkj_voucher",
        entityId: row.id,
        areaCode: fund.areaCode,
        after: view,
      });
      return view;
    }),
  );
}
