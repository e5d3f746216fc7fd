// A signatory approves a pending withdrawal; the approval that satisfies the rule posts it to the journal.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import type { CommitteePosition } from "../../shared/roles";
import { COMMITTEE_POSITIONS } from "../../shared/roles";
import { recordAudit } from "../audit/index";
import { evaluateWithdrawalRule, loadFund, requireSeat } from "../funds/index";
import type { Withdrawal } from "./contracts";
import {
  findWithdrawal,
  insertWithdrawalApproval,
  lockFundForPosting,
  selectWithdrawalApprovals,
  updateWithdrawal,
} from "./ledger.repository";
import { ledgerErrors } from "./ledger-errors";
import { activeBankAccount, bankLabel, fundBooks } from "./operation-support";
import { postInTransaction } from "./post-entry";
import { auditRefusals } from "./refusal-audit";
import { withdrawalLines } from "./request-bank-withdrawal";
import { toWithdrawals } from "./withdrawal-views";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function approveBankWithdrawal(
  deps: Deps,
  fundId: string,
  withdrawalId: string,
): Promise<Withdrawal> {
  return auditRefusals(
    deps,
    { operation: "ledger.bank_withdrawal_approve", fundId, input: { withdrawalId } },
    () =>
      inTransaction(deps.db, async (tx) => {
        const t = { ...deps, db: tx };
        const fund = await loadFund(t, fundId);
        const seat = await requireSeat(t, fund, COMMITTEE_POSITIONS);
        // An approval is a named signatory's signature: the system actor cannot give one.
        if (!seat || !deps.actor.userId) throw ledgerErrors.notSignatory();
        await lockFundForPosting(tx, fund.id);
        const withdrawal = UUID.test(withdrawalId) ? await findWithdrawal(tx, withdrawalId) : undefined;
        if (!withdrawal || withdrawal.fundId !== fund.id) throw ledgerErrors.withdrawalNotFound();
        if (withdrawal.status !== "pending") throw ledgerErrors.withdrawalNotPending(withdrawal.status);
        const source = await activeBankAccount(tx, fund.id, withdrawal.bankAccountId);
        // Signatories are seats of a committee set: after a new set takes office, old signatures count no more.
        if (!source.signatories.some((s) => s.memberId === seat.memberId)) throw ledgerErrors.notSignatory();
        const approvals = await selectWithdrawalApprovals(tx, [withdrawal.id]);
        if (approvals.some((a) => a.userId === deps.actor.userId))
          throw ledgerErrors.withdrawalAlreadyApproved();
        const now = deps.clock.now();
        await insertWithdrawalApproval(tx, {
          withdrawalId: withdrawal.id,
          userId: deps.actor.userId,
          committeeMemberId: seat.memberId,
          position: seat.position,
          approvedAt: now,
        });
        const evaluation = evaluateWithdrawalRule(source.withdrawalRule, [
          ...approvals.map((a) => ({ userId: a.userId, position: a.position as CommitteePosition })),
          { userId: deps.actor.userId, position: seat.position },
        ]);
        let posted = withdrawal;
        if (evaluation.satisfied) {
          const books = await fundBooks(tx, fund.id);
          let target = books.byRole("cash").id;
          let what = `ถอนเงินจากบัญชี ${bankLabel(source)} เป็นเงินสด`;
          if (withdrawal.toKind === "bank" && withdrawal.toBankAccountId) {
            const to = await activeBankAccount(tx, fund.id, withdrawal.toBankAccountId);
            target = to.ledgerAccountId;
            what = `โอนเงินจากบัญชี ${bankLabel(source)} ไปบัญชี ${bankLabel(to)}`;
          }
          const entry = await postInTransaction(t, {
            fundId: fund.id,
            entryDate: withdrawal.entryDate ?? deps.clock.today(),
            kind: withdrawal.toKind === "bank" ? "bank_transfer" : "bank_withdrawal",
            description: `${what}: ${withdrawal.description}`.slice(0, 500),
            sourceType: "bank_withdrawal",
            sourceId: withdrawal.id,
            // One posting per withdrawal, even if two last approvals raced.
            idempotencyKey: `bank_withdrawal:${withdrawal.id}`,
            lines: withdrawalLines(source.ledgerAccountId, target, withdrawal.amountSatang),
          });
          posted = { ...withdrawal, status: "posted", journalEntryId: entry.id, closedAt: now };
          await updateWithdrawal(tx, withdrawal.id, {
            status: "posted",
            journalEntryId: entry.id,
            closedAt: now,
          });
        }
        const [view] = await toWithdrawals(tx, [posted]);
        await recordAudit(t, {
          action: evaluation.satisfied ? "bank_withdrawal.posted" : "bank_withdrawal.approved",
          entityType: "bank_withdrawal",
          entityId: withdrawal.id,
          areaCode: fund.areaCode,
          details: {
            position: seat.position,
            memberId: seat.memberId,
            journalEntryId: posted.journalEntryId,
          },
        });
        return view!;
      }),
  );
}
