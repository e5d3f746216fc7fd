// Corrects a repayment recorded in error: a reversing journal entry, the instalments restored, the receipt cancelled.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { loadFund, requireSeat } from "../funds/index";
import { auditRefusals, type RefusalContext, reverseEntry } from "../ledger/index";
import type { AllocationRecord, RepaymentResult } from "./loan-contracts";
import { loanErrors } from "./loan-errors";
import { instalmentStates, nextDueOf } from "./loan-records";
import { loanRefusals, REPAYMENT } from "./loan-refusals";
import { toLoanView, toRepaymentView } from "./loan-views";
import {
  findLatestLiveRepayment,
  findRepayment,
  lockLoan,
  markRepaymentReversed,
  selectSchedule,
  updateInstalmentsPaid,
  updateLoan,
} from "./loans.repository";
import { canReadLoan, outOfScopeLoan } from "./read-access";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The chair reverses a repayment, with a reason. Only the loan's latest repayment that is still standing
 * may be reversed (then the one before it, and so on): restoring an older one would have to re-allocate
 * every later payment, which is a new decision, not a correction. A repayment made under an earlier
 * schedule version (before a ผ่อนผัน) or on a written-off loan cannot be reversed. The reversing entry is
 * dated today, like every ledger correction; the receipt number stays used and the receipt is cancelled.
 */
export async function reverseRepayment(
  deps: Deps,
  loanId: string,
  repaymentId: string,
  reason: string,
): Promise<RepaymentResult> {
  const context: RefusalContext = {
    operation: "loan.repayment_reversal",
    fundId: null,
    input: { loanId, repaymentId, reason },
  };
  return auditRefusals(deps, context, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const loan = UUID.test(loanId) ? await lockLoan(tx, loanId) : undefined;
      if (!loan || !canReadLoan(deps.actor, loan)) throw outOfScopeLoan();
      context.fundId = loan.fundId;
      const fund = await loadFund(t, loan.fundId);
      await requireSeat(t, fund, ["chair"]);
      const why = reason.trim();
      if (why === "" || why.length > 500) throw loanErrors.textRequired("reason", "loan.reason_required");
      const repayment = UUID.test(repaymentId) ? await findRepayment(tx, repaymentId) : undefined;
      if (!repayment || repayment.loanId !== loan.id) throw outOfScope(REPAYMENT);
      if (repayment.reversalEntryId) throw loanRefusals.alreadyReversed(repayment.receiptNo);
      if (loan.status === "written_off") throw loanRefusals.notActive(loan.status);
      const latest = await findLatestLiveRepayment(tx, loan.id);
      if (latest?.id !== repayment.id) throw loanRefusals.onlyLatestRepayment(latest?.receiptNo ?? null);
      const records = repayment.allocation as AllocationRecord[];
      if (records.some((r) => r.versionNo !== loan.currentVersionNo)) {
        throw loanRefusals.versionChangedSinceRepayment();
      }

      const reversal = await reverseEntry(
        t,
        repayment.journalEntryId,
        `ยกเลิกใบรับเงิน ${repayment.receiptNo}: ${why}`,
        { bySourceModule: true, fundId: fund.id },
      );
      const schedule = await selectSchedule(tx, loan.id, loan.currentVersionNo);
      if (!schedule) throw loanErrors.stateInconsistent("no schedule");
      const bySeq = new Map(records.map((r) => [r.seq, r]));
      const restored = schedule.instalments.map((i) => {
        const r = bySeq.get(i.seq);
        return r
          ? {
              ...i,
              paidPrincipalSatang: i.paidPrincipalSatang - r.principalSatang,
              paidInterestSatang: i.paidInterestSatang - r.interestSatang,
              waivedInterestSatang: i.waivedInterestSatang - r.waivedInterestSatang,
            }
          : i;
      });
      await updateInstalmentsPaid(
        tx,
        loan.id,
        loan.currentVersionNo,
        restored.filter((i) => bySeq.has(i.seq)),
      );
      await markRepaymentReversed(tx, repayment.id, reversal.id);
      const waived = records.reduce((sum, r) => sum + r.waivedInterestSatang, 0);
      const updated = await updateLoan(tx, loan.id, {
        outstandingPrincipalSatang: loan.outstandingPrincipalSatang + repayment.principalSatang,
        outstandingInterestSatang: loan.outstandingInterestSatang + repayment.interestSatang + waived,
        nextDueOn: nextDueOf({ instalments: instalmentStates(restored) }),
        status: "active",
        closedOn: null,
        updatedAt: t.clock.now(),
      });
      await recordAudit(t, {
        action: "loan.repayment_reversed",
        entityType: "loan_repayment",
        entityId: repayment.id,
        areaCode: loan.areaCode,
        before: { status: loan.status, outstandingPrincipalSatang: loan.outstandingPrincipalSatang },
        details: {
          loanId: loan.id,
          receiptNo: repayment.receiptNo,
          reason: why,
          journalEntryId: repayment.journalEntryId,
          reversalEntryId: reversal.id,
        },
      });
      return {
        repayment: toRepaymentView({ ...repayment, reversalEntryId: reversal.id }),
        loan: toLoanView(updated),
      };
    }),
  );
}
