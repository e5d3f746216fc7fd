// Requests a bank account for a fund: it stays pending until the chair and the finance member approve it.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import type { CommitteePosition } from "../../shared/roles";
import { recordAudit } from "../audit/index";
import type { BankAccount, OpenBankAccountBody } from "./contracts";
import { assertFundOpen, hasFundPermission, loadFund, requireSeat } from "./fund-access";
import { fundErrors } from "./fund-errors";
import { checkSignatories, FUND_DEFAULTS } from "./fund-rules";
import { toBankAccounts } from "./fund-views";
import {
  findBankAccountByNumber,
  findCurrentSet,
  insertBankAccount,
  insertSignatories,
  lockFund,
  selectMembersOfSets,
} from "./funds.repository";

export async function openBankAccount(
  deps: Deps,
  fundId: string,
  body: OpenBankAccountBody,
): Promise<BankAccount> {
  return inTransaction(deps.db, async (tx) => {
    const txDeps = { ...deps, db: tx };
    const fund = await loadFund(txDeps, fundId);
    // Officers help villages set up their books; otherwise a committee officer of the current set asks.
    if (!hasFundPermission(deps.actor, "funds.write")) {
      await requireSeat(txDeps, fund, ["chair", "secretary", "finance"]);
    }
    assertFundOpen(fund);
    await lockFund(tx, fund.id);
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
    const rule = body.withdrawalRule ?? FUND_DEFAULTS.withdrawalRule;
    const problem = checkSignatories(rule, signatories);
    if (problem) throw problem;
    if (await findBankAccountByNumber(tx, fund.id, body.bankName, body.accountNo)) {
      throw fundErrors.bankAccountExists();
    }
    const row = {
      id: deps.ids.uuid(),
      fundId: fund.id,
      bankName: body.bankName,
      branch: body.branch,
      accountNo: body.accountNo,
      accountName: body.accountName,
      status: "pending",
      withdrawalRule: { required: rule.required, mustInclude: [...rule.mustInclude] },
      requestedBy: deps.actor.userId,
      createdAt: deps.clock.now(),
      activatedAt: null,
    };
    await insertBankAccount(tx, row);
    await insertSignatories(tx, row.id, body.signatoryMemberIds);
    const [view] = await toBankAccounts(tx, [row]);
    await recordAudit(txDeps, {
      action: "bank_account.requested",
      entityType: "bank_account",
      entityId: row.id,
      areaCode: fund.areaCode,
      after: view,
    });
    return view!;
  });
}
