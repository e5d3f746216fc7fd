// Tests for monthly share deposits and share-months.
import { describe, expect, it } from "vitest";
import type { AppError } from "../../shared/errors";
import type { FieldIssue } from "../debt-centre/index";
import { parseGroupBylaws } from "./group-bylaws";
import { checkMonthlyDeposit, depositFor, shareMonths } from "./share-savings";

const bylaws = parseGroupBylaws();

function pathOf(fn: () => unknown): [string, string, string] {
  try {
    fn();
  } catch (e) {
    const err = e as AppError;
    return [err.code, (err.details as { issues: FieldIssue[] }).issues[0]!.path, err.messageTh];
  }
  throw new Error("expected a refusal");
}

describe("checkMonthlyDeposit", () => {
  it("accepts whole shares within 1–20 paid at 50 baht each", () => {
    expect(checkMonthlyDeposit(bylaws, { shares: 1, amountSatang: 5_000 })).toEqual({
      shares: 1,
      amountSatang: 5_000,
    });
    expect(checkMonthlyDeposit(bylaws, { shares: 20, amountSatang: 100_000 })).toEqual({
      shares: 20,
      amountSatang: 100_000,
    });
    expect(depositFor(bylaws, 7)).toBe(35_000);
  });

  it.each([
    [{ shares: 0, amountSatang: 0 }, "shares", "ตั้งแต่ 1 ถึง 20"],
    [{ shares: 21, amountSatang: 105_000 }, "shares", "ตั้งแต่ 1 ถึง 20"],
    [{ shares: 1.5, amountSatang: 7_500 }, "shares", "จำนวนเต็ม"],
    [{ shares: "3", amountSatang: 15_000 }, "shares", "จำนวนเต็ม"],
    [{ shares: 3, amountSatang: 14_999 }, "amountSatang", "3 หุ้น × 50 บาท = 150 บาท"],
    [{ shares: 3, amountSatang: -15_000 }, "amountSatang", "ติดลบ"],
  ])("refuses %o naming %s", (deposit, path, th) => {
    const [code, p, message] = pathOf(() => checkMonthlyDeposit(bylaws, deposit));
    expect(code).toBe("savings.invalid_deposit");
    expect(p).toBe(path);
    expect(message).toContain(th);
  });

  it("follows a group's own share value and limits", () => {
    const own = parseGroupBylaws({ shareValueSatang: 10_000, minSharesPerMonth: 2, maxSharesPerMonth: 5 });
    expect(checkMonthlyDeposit(own, { shares: 2, amountSatang: 20_000 }).amountSatang).toBe(20_000);
    expect(pathOf(() => checkMonthlyDeposit(own, { shares: 1, amountSatang: 10_000 }))[1]).toBe("shares");
  });
});

describe("shareMonths", () => {
  it("sums the month-end balances: 100 baht all year and 50 more from July = 1,200 + 300 baht-months", () => {
    const balances = [...Array(6).fill(10_000), ...Array(6).fill(15_000)];
    expect(shareMonths(balances)).toBe(150_000);
  });

  it("refuses a negative balance by month and more than 12 months", () => {
    expect(pathOf(() => shareMonths([1, -1]))[1]).toBe("monthEndBalancesSatang[1]");
    expect(pathOf(() => shareMonths(Array(13).fill(0)))[1]).toBe("monthEndBalancesSatang");
  });
});
