// Records a ผ่อนผัน (rescheduling): the outstanding debt re-dated into a new schedule version, the old versions kept.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assertFundOpen, loadFund, requireSeat } from "../funds/index";
import { auditRefusals, type RefusalContext } from "../ledger/index";
import { requireFundMeeting } from "./committee-decision";
import { storeScheduleVersion } from "./create-loan";
import type { LoanActionResult, RescheduleBody } from "./loan-contracts";
import { loanErrors } from "./loan-errors";
import { loanStateOf, productOf } from "./loan-records";
import { loanRefusals } from "./loan-refusals";
import { toLoanView } from "./loan-views";
import { lockLoan, selectSchedule, updateLoan } from "./loans.repository";
import { canReadLoan, outOfScopeLoan } from "./read-access";
import { rescheduleLoan } from "./reschedule";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The chair records the committee's rescheduling decision (reason, resolution, optionally the meeting).
 * The engine carries the unpaid principal and interest into the new version unchanged, so nothing is
 * posted to the journal: a postponement neither creates nor forgives money.
 */
export async function recordRescheduling(
  deps: Deps,
  loanId: string,
  body: RescheduleBody,
): Promise<LoanActionResult> {
  const context: RefusalContext = { operation: "loan.reschedule", fundId: null, input: { loanId, ...body } };
  return auditRefusals(deps, context, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const loan = UUID.test(loanId) ? await lockLoan(tx, loanId) : undefined;
      if (!loan || !canReadLoan(deps.actor, loan)) throw outOfScopeLoan();
      context.fundId = loan.fundId;
      const fund = await loadFund(t, loan.fundId);
      await requireSeat(t, fund, ["chair"]);
      assertFundOpen(fund);
      if (loan.status !== "active") throw loanRefusals.notActive(loan.status);
      const meetingId = await requireFundMeeting(t, fund, body.meetingId);
      const current = await selectSchedule(tx, loan.id, loan.currentVersionNo);
      if (!current) throw loanErrors.stateInconsistent("no schedule");
      const rescheduling = rescheduleLoan({
        state: loanStateOf(loan, current.version, current.instalments),
        product: productOf(loan),
        rescheduledOn: body.rescheduledOn ?? deps.clock.today(),
        plan: body.plan,
        reason: body.reason,
        resolutionRef: body.resolutionRef,
      });
      await storeScheduleVersion(t, loan.id, rescheduling.versionNo, rescheduling.schedule, {
        plan: body.plan,
        reason: rescheduling.reason,
        resolutionRef: rescheduling.resolutionRef,
        meetingId,
      });
      const updated = await updateLoan(tx, loan.id, {
        currentVersionNo: rescheduling.versionNo,
        outstandingPrincipalSatang: rescheduling.principalSatang,
        outstandingInterestSatang: rescheduling.interestSatang,
        nextDueOn: rescheduling.schedule.instalments[0]!.dueOn,
        updatedAt: t.clock.now(),
      });
      await recordAudit(t, {
        action: "loan.rescheduled",
        entityType: "loan",
        entityId: loan.id,
        areaCode: loan.areaCode,
        before: { versionNo: loan.currentVersionNo, nextDueOn: loan.nextDueOn },
        after: {
          versionNo: rescheduling.versionNo,
          rescheduledOn: rescheduling.rescheduledOn,
          instalments: rescheduling.schedule.instalments.length,
          lastDueOn: rescheduling.schedule.instalments.at(-1)!.dueOn,
          principalSatang: rescheduling.principalSatang,
          interestSatang: rescheduling.interestSatang,
        },
        details: { reason: rescheduling.reason, resolutionRef: rescheduling.resolutionRef, meetingId },
      });
      return { loan: toLoanView(updated), journalEntryId: null };
    }),
  );
}
