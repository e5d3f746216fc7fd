// The chair or the finance member approves a pending bank account; with both approvals it becomes active.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { bankChartAccount } from "./chart-of-accounts";
import type { BankAccount } from "./contracts";
import { assertFundOpen, loadFund, requireSeat } from "./fund-access";
import { BANK_ACCOUNT, fundErrors } from "./fund-errors";
import { toBankAccounts } from "./fund-views";
import {
  activateBankAccountRow,
  countBankLedgerAccounts,
  findBankAccountRow,
  insertBankApproval,
  insertLedgerAccounts,
  lockFund,
  selectBankApprovals,
} from "./funds.repository";

/** Both approving positions; they are held by two different people (one seat per person per set). */
const APPROVERS = ["chair", "finance"] as const;

export async function approveBankAccount(
  deps: Deps,
  fundId: string,
  bankAccountId: string,
): Promise<BankAccount> {
  return inTransaction(deps.db, async (tx) => {
    const txDeps = { ...deps, db: tx };
    const fund = await loadFund(txDeps, fundId);
    const seat = await requireSeat(txDeps, fund, APPROVERS);
    // An approval is a named person's signature: the system actor cannot give one.
    if (!seat || !deps.actor.userId) throw fundErrors.positionRequired(APPROVERS, []);
    assertFundOpen(fund);
    await lockFund(tx, fund.id);
    const account = await findBankAccountRow(tx, bankAccountId);
    if (!account || account.fundId !== fund.id) throw outOfScope(BANK_ACCOUNT);
    if (account.status !== "pending") throw fundErrors.bankAccountNotPending();
    const approvals = await selectBankApprovals(tx, [account.id]);
    if (approvals.some((a) => a.position === seat.position || a.userId === deps.actor.userId)) {
      throw fundErrors.alreadyApproved();
    }
    const now = deps.clock.now();
    await insertBankApproval(tx, {
      bankAccountId: account.id,
      position: seat.position,
      userId: deps.actor.userId,
      committeeMemberId: seat.memberId,
      approvedAt: now,
    });
    const positions = new Set([...approvals.map((a) => a.position), seat.position]);
    const users = new Set([...approvals.map((a) => a.userId), deps.actor.userId]);
    const complete = APPROVERS.every((p) => positions.has(p)) && users.size >= APPROVERS.length;
    let activated = account;
    if (complete) {
      const chart = bankChartAccount(await countBankLedgerAccounts(tx, fund.id), account);
      if (!chart) throw fundErrors.tooManyBankAccounts();
      await activateBankAccountRow(tx, account.id, now);
      await insertLedgerAccounts(tx, [
        { ...chart, id: deps.ids.uuid(), fundId: fund.id, bankAccountId: account.id, createdAt: now },
      ]);
      activated = { ...account, status: "active", activatedAt: now };
    }
    const [view] = await toBankAccounts(tx, [activated]);
    await recordAudit(
      txDeps,
      {
        action: "bank_account.approved",
        entityType: "bank_account",
        entityId: account.id,
        areaCode: fund.areaCode,
        details: { position: seat.position, memberId: seat.memberId },
      },
      ...(complete
        ? [
            {
              action: "bank_account.activated",
              entityType: "bank_account",
              entityId: account.id,
              areaCode: fund.areaCode,
              after: view,
            },
          ]
        : []),
    );
    return view!;
  });
}
