// Funds: community funds of a village, their committee sets, bank accounts and chart of accounts.
export { addCommitteeMember } from "./add-committee-member";
export { approveBankAccount } from "./approve-bank-account";
export {
  ACCOUNT_ROLES,
  ACCOUNT_TYPES,
  type AccountRole,
  type AccountType,
  bankChartAccount,
  type ChartAccount,
  chartAccountOf,
  DAMAGE_RECOVERY_ACCOUNT,
  FUND_TYPE_CHARTS,
  type NormalSide,
  SAVINGS_GROUP_CHART,
  STANDARD_CHART,
} from "./chart-of-accounts";
export type {
  BankAccount,
  CommitteeSet,
  CreateFundBody,
  Fund,
  FundDetail,
  FundParameters,
  FundStatus,
  FundType,
  WithdrawalRule,
} from "./contracts";
export { createCommitteeSet } from "./create-committee-set";
export { createFund } from "./create-fund";
export {
  type EnsuredAccount,
  type EnsureFundAccountsInput,
  ensureFundAccounts,
} from "./ensure-fund-accounts";
export {
  type ActingSeat,
  assertFundOpen,
  currentPositions,
  type FundPermission,
  hasFundPermission,
  loadFund,
  requireFundPermission,
  requireSeat,
} from "./fund-access";
export { FUND, POSITION_NAMES } from "./fund-errors";
export {
  effectiveParameters,
  evaluateWithdrawalRule,
  FUND_DEFAULTS,
  type RuleEvaluation,
  termEndFor,
} from "./fund-rules";
export type { FundRow } from "./funds.repository";
export { openBankAccount } from "./open-bank-account";
export { findBankAccount, getFund, listBankAccounts, listCommitteeSets, listFunds } from "./read-funds";
export { replaceSignatories } from "./replace-signatories";
export { updateFund } from "./update-fund";
