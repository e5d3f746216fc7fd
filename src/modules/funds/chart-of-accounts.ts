// The standard chart of accounts every fund starts with, and the account a newly active bank account gets.

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
