// The standard chart of accounts every fund starts with, the accounts a fund type or a module adds on demand, and the account a newly active bank account gets.
import type { FundType } from "./contracts";

export const ACCOUNT_TYPES = ["asset", "liability", "equity", "income", "expense"] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];
export type NormalSide = "debit" | "credit";

export const ACCOUNT_ROLES = [
  "cash",
  "bank",
  "loans_receivable",
  "other_assets",
  "capital",
  "grants",
  "fee_income",
  "interest_income",
  "welfare_expense",
  "operating_expense",
  "write_offs",
  // Not in the standard chart: added to a fund at its first damage recovery (damage-cases module).
  "damage_recovery",
  // Not in the standard chart: a savings group's own accounts, added when the group is founded.
  "member_shares",
  "dividend_payable",
  "patronage_refund_payable",
  "committee_payable",
  "reserve",
  "welfare_fund",
  "public_benefit_fund",
  "profit_appropriation",
] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export interface ChartAccount {
  code: string;
  nameTh: string;
  nameEn: string;
  accountType: AccountType;
  normalSide: NormalSide;
  role: AccountRole;
}

/** Assets and expenses grow on the debit side; liabilities, equity and income on the credit side. */
export function normalSideOf(type: AccountType): NormalSide {
  return type === "asset" || type === "expense" ? "debit" : "credit";
}

const account = (
  code: string,
  role: AccountRole,
  accountType: AccountType,
  nameTh: string,
  nameEn: string,
): ChartAccount => ({ code, role, accountType, nameTh, nameEn, normalSide: normalSideOf(accountType) });

/**
 * Thai numbering (1 assets, 2 liabilities, 3 equity, 4 income, 5 expenses). Grants and donations are equity:
 * money given to a village fund becomes capital that must keep revolving in the village, like the grant.
 * Bank accounts take 1111–1199, one per account, when the account becomes active.
 */
export const STANDARD_CHART: readonly ChartAccount[] = [
  account("1101", "cash", "asset", "เงินสด", "Cash on hand"),
  account("1301", "loans_receivable", "asset", "ลูกหนี้เงินยืม", "Loans receivable"),
  account("1901", "other_assets", "asset", "สินทรัพย์อื่น", "Other assets"),
  account("3101", "capital", "equity", "ทุนเดิม (เงินทุนโครงการ)", "Capital (original grant)"),
  account("3201", "grants", "equity", "เงินอุดหนุนและเงินบริจาค", "Grants and donations"),
  account("4101", "fee_income", "income", "รายได้ค่าธรรมเนียม", "Fee income"),
  account("4201", "interest_income", "income", "รายได้ดอกเบี้ย", "Interest income"),
  account("5101", "welfare_expense", "expense", "ค่าใช้จ่ายสวัสดิการ", "Welfare expense"),
  account("5201", "operating_expense", "expense", "ค่าใช้จ่ายในการดำเนินงาน", "Operating expense"),
  account("5301", "write_offs", "expense", "หนี้สูญ", "Write-offs"),
];

export const FIRST_BANK_CODE = 1111;
export const LAST_BANK_CODE = 1199;

/** The ledger account of the fund's n-th active bank account (n from 0). */
export function bankChartAccount(
  n: number,
  bank: { bankName: string; accountNo: string },
): ChartAccount | null {
  const code = FIRST_BANK_CODE + n;
  if (code > LAST_BANK_CODE) return null;
  return account(
    String(code),
    "bank",
    "asset",
    `เงินฝากธนาคาร${bank.bankName} ${bank.accountNo}`,
    `Bank deposit ${bank.bankName} ${bank.accountNo}`,
  );
}

/**
 * A savings group's accounts on top of the standard chart. Share savings (เงินสัจจะสะสม) are the members'
 * capital in the group (ทุนเรือนหุ้น, as in a cooperative), so equity; the dividend, the patronage refund and
 * the committee's remuneration are owed to people once the general meeting allocates them, so liabilities;
 * the reserve, welfare and public-benefit funds stay in the group as equity. 3901 takes the debit of the
 * year-end appropriation: the year's income and expense accounts keep their totals (every report reads a
 * fiscal year from them), and equity falls by what is paid out.
 */
export const SAVINGS_GROUP_CHART: readonly ChartAccount[] = [
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

/** Income from money recovered for a damage case; added to a fund's chart at its first recovery. */
export const DAMAGE_RECOVERY_ACCOUNT: ChartAccount = account(
  "4301",
  "damage_recovery",
  "income",
  "รายได้จากการชดใช้ความเสียหาย",
  "Damage recoveries",
);

/** The accounts a fund of each type has on top of the standard chart (none for most types). */
export const FUND_TYPE_CHARTS: Readonly<Record<FundType, readonly ChartAccount[]>> = {
  kkj: [],
  savings_group: SAVINGS_GROUP_CHART,
  village_fund: [],
  womens_fund: [],
  occupation_group: [],
  welfare_fund: [],
  other: [],
};

/** Every account a fund may hold by role, one per role (bank accounts are per bank account, so not here). */
const CHART_BY_ROLE: ReadonlyMap<AccountRole, ChartAccount> = new Map(
  [...STANDARD_CHART, ...SAVINGS_GROUP_CHART, DAMAGE_RECOVERY_ACCOUNT].map((a) => [a.role, a]),
);

/** The chart account of a role, or null for `bank` and for anything that is not a role. */
export function chartAccountOf(role: string): ChartAccount | null {
  return CHART_BY_ROLE.get(role as AccountRole) ?? null;
}
