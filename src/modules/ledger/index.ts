// Ledger: each fund's append-only double-entry journal, its balances and the standard money operations.
export { approveBankWithdrawal } from "./approve-bank-withdrawal";
export { cancelBankWithdrawal } from "./cancel-bank-withdrawal";
export { closeFiscalYear } from "./close-fiscal-year";
export type { AccountBalance, FundPosition, JournalEntry, Withdrawal } from "./contracts";
export { type Line, type LineInput, mirrorLines } from "./entry-rules";
export { type FundBooks, fundBooks } from "./operation-support";
export { type PostEntryInput, postEntry } from "./post-entry";
export { postManualEntry } from "./post-manual-entry";
export {
  accountBalances,
  fundPosition,
  getAccountBalances,
  getEntry,
  getFundPosition,
  listEntries,
  listFiscalYearCloses,
  listWithdrawals,
} from "./read-ledger";
export { recordBankDeposit } from "./record-bank-deposit";
export { recordCapitalGrant } from "./record-capital-grant";
export { recordDonation } from "./record-donation";
export { recordExpense } from "./record-expense";
export { auditRefusals, type RefusalContext } from "./refusal-audit";
export { requestBankWithdrawal, type WithdrawalPurpose } from "./request-bank-withdrawal";
export { type ReverseOptions, reverseEntry } from "./reverse-entry";
