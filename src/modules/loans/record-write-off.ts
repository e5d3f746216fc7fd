// Writes a loan off as bad debt on a committee resolution: Dr write-offs, Cr loans receivable for the unpaid principal.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assertFundOpen, loadFund, requireSeat } from "../funds/index";
import { auditRefusals, fundBooks, postEntry, type RefusalContext } from "../ledger/index";
import { requireFundMeeting } from "./committee-decision";
import type { LoanActionResult, WriteOffBody } from "./loan-contracts";
import { loanErrors } from "./loan-errors";
import { loanStateOf, productOf } from "./loan-records";
import { loanRefusals } from "./loan-refusals";
import { toLoanView } from "./loan-views";
import { lockLoan, selectSchedule, updateInstalmentsPaid, updateLoan } from "./loans.repository";
import { canReadLoan, outOfScopeLoan } from "./read-access";
import { writeOffLoan } from "./reschedule";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The chair records the committee's write-off. Only the unpaid principal is on the books (interest is
 * income when it is received), so the entry moves exactly that from loans receivable to the write-off
 * expense; the earned but unpaid interest written off is kept in the audit event, and the unearned interest
 * is cancelled on the instalments. The loan then carries nothing outstanding: its receivable is gone.
 */
export async function recordWriteOff(
  deps: Deps,
  loanId: string,
  body: WriteOffBody,
): Promise<LoanActionResult> {
  const context: RefusalContext = { operation: "loan.write_off", fundId: null, input: { loanId, ...body } };
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
      const state = loanStateOf(loan, current.version, current.instalments);
      const writtenOffOn = body.writtenOffOn ?? deps.clock.today();
      const writeOff = writeOffLoan({
        state,
        product: productOf(loan),
        writtenOffOn,
        reason: body.reason,
        resolutionRef: body.resolutionRef,
      });
      let entryId: string | null = null;
      if (writeOff.principalSatang > 0) {
        const books = await fundBooks(tx, fund.id);
        const entry = await postEntry(t, {
          fundId: fund.id,
          entryDate: writtenOffOn,
          kind: "loan_write_off",
          description: `ตัดหนี้สูญ สัญญา ${loan.loanNo} ${loan.borrowerName} (${writeOff.resolutionRef})`.slice(
            0,
            500,
          ),
          sourceType: "loan",
          sourceId: loan.id,
          lines: [
            { accountId: books.byRole("write_offs").id, debitSatang: writeOff.principalSatang },
            { accountId: books.byRole("loans_receivable").id, creditSatang: writeOff.principalSatang },
          ],
        });
        entryId = entry.id;
      }
      await updateInstalmentsPaid(
        tx,
        loan.id,
        state.versionNo,
        writeOff.state.instalments.filter(
          (i, k) => i.waivedInterestSatang !== state.instalments[k]!.waivedInterestSatang,
        ),
      );
      const updated = await updateLoan(tx, loan.id, {
        status: "written_off",
        writtenOffOn,
        writeOffSatang: writeOff.principalSatang,
        writeOffReason: writeOff.reason,
        writeOffResolutionRef: writeOff.resolutionRef,
        writeOffEntryId: entryId,
        outstandingPrincipalSatang: 0,
        outstandingInterestSatang: 0,
        nextDueOn: null,
        updatedAt: t.clock.now(),
      });
      await recordAudit(t, {
        action: "loan.written_off",
        entityType: "loan",
        entityId: loan.id,
        areaCode: loan.areaCode,
        before: {
          status: loan.status,
          outstandingPrincipalSatang: loan.outstandingPrincipalSatang,
          outstandingInterestSatang: loan.outstandingInterestSatang,
        },
        after: {
          status: "written_off",
          writtenOffOn,
          principalSatang: writeOff.principalSatang,
          earnedInterestSatang: writeOff.interestSatang,
          cancelledInterestSatang: writeOff.cancelledInterestSatang,
          journalEntryId: entryId,
        },
        details: { reason: writeOff.reason, resolutionRef: writeOff.resolutionRef, meetingId },
      });
      return { loan: toLoanView(updated), journalEntryId: entryId };
    }),
  );
}
