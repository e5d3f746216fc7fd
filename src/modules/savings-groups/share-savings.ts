// Monthly share savings (เงินสัจจะสะสม): whole shares within the bylaw's min and max, amount = shares × share value; share-months.
import { IssueList, throwIfIssues } from "../debt-centre/index";
import type { GroupBylaws } from "./group-bylaws";

const DEPOSIT = { th: "การฝากเงินสัจจะรายเดือน", en: "The monthly share deposit" };

/** The amount of `shares` shares under the bylaws. */
export const depositFor = (bylaws: GroupBylaws, shares: number): number => shares * bylaws.shareValueSatang;

/**
 * Checks one month's deposit and returns it, or throws invalid_input `savings.invalid_deposit` naming the
 * field: `shares` must be a whole number within min–max, `amountSatang` exactly shares × share value.
 */
export function checkMonthlyDeposit(
  bylaws: GroupBylaws,
  deposit: { shares: unknown; amountSatang: unknown },
): { shares: number; amountSatang: number } {
  const v = new IssueList();
  const sharesOk = v.integer("shares", deposit.shares, bylaws.minSharesPerMonth, bylaws.maxSharesPerMonth);
  const amountOk = v.satang("amountSatang", deposit.amountSatang);
  if (sharesOk && amountOk) {
    const expected = depositFor(bylaws, deposit.shares as number);
    if (deposit.amountSatang !== expected) {
      v.add(
        "amountSatang",
        "not_shares_times_value",
        `ต้องเท่ากับ ${deposit.shares} หุ้น × ${bylaws.shareValueSatang / 100} บาท = ${expected / 100} บาท`,
        `must equal ${deposit.shares} shares × ${bylaws.shareValueSatang / 100} baht = ${expected / 100} baht`,
      );
    }
  }
  throwIfIssues("savings.invalid_deposit", DEPOSIT, v.issues);
  return { shares: deposit.shares as number, amountSatang: deposit.amountSatang as number };
}

/**
 * Share-months of a year: the sum of the 12 month-end share balances (a balance held all year counts 12
 * times, one deposited in December once). The dividend weight under `share_months`.
 */
export function shareMonths(monthEndBalancesSatang: readonly number[]): number {
  const v = new IssueList();
  if (monthEndBalancesSatang.length > 12) {
    v.add("monthEndBalancesSatang", "too_many", "มีได้ไม่เกิน 12 เดือน", "may hold at most 12 months");
  }
  monthEndBalancesSatang.forEach((b, k) => {
    v.satang(`monthEndBalancesSatang[${k}]`, b);
  });
  throwIfIssues(
    "savings.invalid_share_months",
    { th: "ยอดหุ้นสิ้นเดือน", en: "The month-end share balances" },
    v.issues,
  );
  return monthEndBalancesSatang.reduce((a, b) => a + b, 0);
}
