// Helpers the standard operations share: the fund's accounts by role and its active bank accounts.
import type { Deps } from "../../platform/deps";
import { type AccountRole, type BankAccount, findBankAccount } from "../funds/index";
import { type AccountRow, selectAccounts } from "./ledger.repository";
import { ledgerErrors } from "./ledger-errors";

export interface FundBooks {
  accounts: AccountRow[];
  byRole(role: Exclude<AccountRole, "bank">): AccountRow;
}

export async function fundBooks(db: Deps["db"], fundId: string): Promise<FundBooks> {
  const accounts = await selectAccounts(db, fundId);
  return {
    accounts,
    byRole: (role) => {
      const account = accounts.find((a) => a.role === role);
      // Every fund gets the standard chart when it is created, so a missing account is a broken invariant.
      if (!account) throw new Error(`fund ${fundId} has no ${role} account`);
      return account;
    },
  };
}

/** An active bank account of the fund and its ledger account; anything else is refused. */
export async function activeBankAccount(
  db: Deps["db"],
  fundId: string,
  bankAccountId: string,
): Promise<BankAccount & { ledgerAccountId: string }> {
  const bank = await findBankAccount(db, fundId, bankAccountId);
  if (!bank) throw ledgerErrors.bankAccountUnknown(bankAccountId);
  if (bank.status !== "active" || !bank.ledgerAccountId)
    throw ledgerErrors.bankAccountNotActive(bankAccountId);
  return { ...bank, ledgerAccountId: bank.ledgerAccountId };
}

export const bankLabel = (bank: Pick<BankAccount, "bankName" | "accountNo">) =>
  `${bank.bankName} ${bank.accountNo}`;
