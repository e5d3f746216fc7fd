// Maps bank withdrawals with their approvals to the API shape, with what the withdrawal rule still needs.
import type { Executor } from "../../platform/database";
import type { CommitteePosition } from "../../shared/roles";
import { evaluateWithdrawalRule, findBankAccount, type WithdrawalRule } from "../funds/index";
import type { Withdrawal } from "./contracts";
import { selectWithdrawalApprovals, type WithdrawalRow } from "./ledger.repository";

export async function toWithdrawals(db: Executor, rows: readonly WithdrawalRow[]): Promise<Withdrawal[]> {
  const approvals = await selectWithdrawalApprovals(
    db,
    rows.map((r) => r.id),
  );
  const rules = new Map<string, WithdrawalRule>();
  for (const r of rows) {
    if (!rules.has(r.bankAccountId)) {
      const bank = await findBankAccount(db, r.fundId, r.bankAccountId);
      rules.set(r.bankAccountId, bank?.withdrawalRule ?? { required: 2, mustInclude: ["chair"] });
    }
  }
  return rows.map((r) => {
    const mine = approvals
      .filter((a) => a.withdrawalId === r.id)
      .map((a) => ({
        userId: a.userId,
        position: a.position as CommitteePosition,
        approvedAt: a.approvedAt.toISOString(),
      }));
    const rule = rules.get(r.bankAccountId)!;
    const evaluation = evaluateWithdrawalRule(rule, mine);
    return {
      id: r.id,
      fundId: r.fundId,
      bankAccountId: r.bankAccountId,
      to: { kind: r.toKind as "cash" | "bank", bankAccountId: r.toBankAccountId },
      purpose: r.purposeType && r.purposeId ? { type: r.purposeType, id: r.purposeId } : null,
      amountSatang: r.amountSatang,
      entryDate: r.entryDate,
      description: r.description,
      status: r.status as Withdrawal["status"],
      requestedBy: r.requestedBy,
      createdAt: r.createdAt.toISOString(),
      journalEntryId: r.journalEntryId,
      approvals: mine,
      rule,
      missing: { count: evaluation.missingCount, positions: evaluation.missingPositions },
    };
  });
}
