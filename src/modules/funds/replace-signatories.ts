// When a new committee set takes office, the bank's signatories must be members of it: the chair of the new set
// (or an officer recording the bank's confirmation) names them, citing the committee resolution.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import type { CommitteePosition } from "../../shared/roles";
import { recordAudit } from "../audit/index";
import type { BankAccount, ReplaceSignatoriesBody, WithdrawalRule } from "./contracts";
import { assertFundOpen, hasFundPermission, loadFund, requireSeat } from "./fund-access";
import { BANK_ACCOUNT, fundErrors } from "./fund-errors";
import { checkSignatories } from "./fund-rules";
import { toBankAccounts } from "./fund-views";
import {
  deleteSignatories,
  findBankAccountRow,
  findCurrentSet,
  insertSignatories,
  lockFund,
  selectMembersOfSets,
  updateWithdrawalRule,
} from "./funds.repository";

export async function replaceSignatories(
  deps: Deps,
  fundId: string,
  bankAccountId: string,
  body: ReplaceSignatoriesBody,
): Promise<BankAccount> {
  return inTransaction(deps.db, async (tx) => {
    const txDeps = { ...deps, db: tx };
    const fund = await loadFund(txDeps, fundId);
    if (!hasFundPermission(deps.actor, "funds.write")) await requireSeat(txDeps, fund, ["chair"]);
    assertFundOpen(fund);
    await lockFund(tx, fund.id);
    const account = await findBankAccountRow(tx, bankAccountId);
    if (!account || account.fundId !== fund.id) throw outOfScope(BANK_ACCOUNT);
    const current = await findCurrentSet(tx, fund.id, deps.clock.today());
    if (!current) throw fundErrors.noCurrentCommittee();
    const members = await selectMembersOfSets(tx, [current.id]);
    if (new Set(body.signatoryMemberIds).size !== body.signatoryMemberIds.length) {
      throw fundErrors.signatoryRepeated();
    }
    const signatories = body.signatoryMemberIds.map((id) => {
      const member = members.find((m) => m.id === id);
      if (!member) throw fundErrors.signatoryNotCurrent(id);
      return { id, position: member.position as CommitteePosition };
    });
    const rule: WithdrawalRule = body.withdrawalRule ?? (account.withdrawalRule as WithdrawalRule);
    const problem = checkSignatories(rule, signatories);
    if (problem) throw problem;
    const [before] = await toBankAccounts(tx, [account]);
    await deleteSignatories(tx, account.id);
    await insertSignatories(tx, account.id, body.signatoryMemberIds);
    const updated = {
      ...account,
      withdrawalRule: { required: rule.required, mustInclude: [...rule.mustInclude] },
    };
    await updateWithdrawalRule(tx, account.id, updated.withdrawalRule);
    const [after] = await toBankAccounts(tx, [updated]);
    await recordAudit(txDeps, {
      action: "bank_account.signatories_replaced",
      entityType: "bank_account",
      entityId: account.id,
      areaCode: fund.areaCode,
      before,
      after: { ...after, resolutionRef: body.resolutionRef },
    });
    return after!;
  });
}
