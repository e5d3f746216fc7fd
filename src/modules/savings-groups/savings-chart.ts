// The savings group's own accounts (defined in the funds module's chart for the savings_group fund type) and where each year-end profit bucket goes.
import { type AccountRole, SAVINGS_GROUP_CHART } from "../funds/index";
import type { ProfitBucket } from "./group-bylaws";

/** Roles of the accounts a savings group has on top of the standard chart (added when its fund is created). */
export type SavingsAccountRole = Extract<
  AccountRole,
  | "member_shares"
  | "dividend_payable"
  | "patronage_refund_payable"
  | "committee_payable"
  | "reserve"
  | "welfare_fund"
  | "public_benefit_fund"
  | "profit_appropriation"
>;

export const SAVINGS_ACCOUNT_CODES: readonly string[] = SAVINGS_GROUP_CHART.map((a) => a.code);

/** Where each profit bucket is credited at the close. */
export const BUCKET_ACCOUNT: Record<ProfitBucket, SavingsAccountRole> = {
  dividend: "dividend_payable",
  patronageRefund: "patronage_refund_payable",
  reserve: "reserve",
  welfare: "welfare_fund",
  committee: "committee_payable",
  publicBenefit: "public_benefit_fund",
};
