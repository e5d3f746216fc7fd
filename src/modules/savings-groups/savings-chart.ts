// The accounts a savings group adds to the standard chart: members' share savings, the year-end appropriation and where it goes.
import type { AccountType, NormalSide } from "../funds/index";
import type { ProfitBucket } from "./group-bylaws";

export const SAVINGS_ACCOUNT_ROLES = [
  "member_shares",
  "dividend_payable",
  "patronage_refund_payable",
  "committee_payable",
  "reserve",
  "welfare_fund",
  "public_benefit_fund",
  "profit_appropriation",
] as const;
export type SavingsAccountRole = (typeof SAVINGS_ACCOUNT_ROLES)[number];

export interface SavingsAccount {
  code: string;
  role: SavingsAccountRole;
  accountType: AccountType;
  normalSide: NormalSide;
  nameTh: string;
  nameEn: string;
}

const account = (
  code: string,
  role: SavingsAccountRole,
  accountType: AccountType,
  nameTh: string,
  nameEn: string,
): SavingsAccount => ({ code, role, accountType, normalSide: "credit", nameTh, nameEn });

/**
 * Share savings (เงินสัจจะสะสม) are the members' capital in the group (ทุนเรือนหุ้น, as in a cooperative), so
 * equity; the dividend, the patronage refund and the committee's remuneration are owed to people once the
 * general meeting allocates them, so liabilities; the reserve, welfare and public-benefit funds stay in the
 * group as equity. 3901 takes the debit of the appropriation: the year's income and expense accounts keep
 * their totals (every report reads a fiscal year from them), and equity falls by what is paid out.
 */
export const SAVINGS_CHART: readonly SavingsAccount[] = [
  account("2101", "dividend_payable", "liability", "เงินปันผลค้างจ่าย", "Dividends payable"),
  account("2102", "patronage_refund_payable", "liability", "เงินเฉลี่ยคืนค้างจ่าย", "Patronage refunds payable"),
  account(
    "2103",
    "committee_payable",
    "liability",
    "ค่าตอบแทนกรรมการค้างจ่าย",
    "Committee remuneration payable",
  ),
  account("3301", "member_shares", "equity", "เงินสัจจะสะสม (ทุนเรือนหุ้น)", "Members' share savings"),
  account("3401", "reserve", "equity", "ทุนสำรอง", "Reserve"),
  account("3402", "welfare_fund", "equity", "ทุนสวัสดิการสมาชิก", "Member welfare fund"),
  account("3403", "public_benefit_fund", "equity", "ทุนสาธารณประโยชน์", "Public benefit fund"),
  account("3901", "profit_appropriation", "equity", "จัดสรรกำไรสุทธิประจำปี", "Appropriation of net profit"),
];

/** Where each profit bucket is credited at the close. */
export const BUCKET_ACCOUNT: Record<ProfitBucket, SavingsAccountRole> = {
  dividend: "dividend_payable",
  patronageRefund: "patronage_refund_payable",
  reserve: "reserve",
  welfare: "welfare_fund",
  committee: "committee_payable",
  publicBenefit: "public_benefit_fund",
};
