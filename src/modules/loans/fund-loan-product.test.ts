import { describe, expect, it } from "vitest";
import { isAppError } from "../../shared/errors";
import { fundLoanProduct, loanProductWithin, presetFor } from "./fund-loan-product";
import { KKJ_PRODUCT, SAVINGS_GROUP_PRODUCT } from "./loan-product";

const refusalCode = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return e.code;
    throw e;
  }
  throw new Error("expected a refusal");
};

describe("the product a fund lends under", () => {
  it("starts from the fund type's preset", () => {
    expect(presetFor("kkj")).toBe(KKJ_PRODUCT);
    expect(presetFor("savings_group")).toBe(SAVINGS_GROUP_PRODUCT);
    expect(presetFor("village_fund")).toMatchObject({ code: "community-fund", interestMethod: "declining" });
  });

  it("applies the bylaws: rate (0 = interest-free), largest loan and longest term", () => {
    const p = fundLoanProduct({
      fundType: "village_fund",
      parameters: { interestRateBp: 600, maxLoanSatang: 2_000_000, maxLoanTermMonths: 12 },
    });
    expect(p).toMatchObject({ rateBp: 600, maxAmountSatang: 2_000_000, maxTermMonths: 12 });
    expect(fundLoanProduct({ fundType: "savings_group", parameters: { interestRateBp: 0 } })).toMatchObject({
      interestMethod: "none",
      rateBp: 0,
    });
    expect(fundLoanProduct({ fundType: "savings_group", parameters: {} }).rateBp).toBe(1200);
  });

  it("lets a loan tighten the product but never loosen it", () => {
    const base = fundLoanProduct({ fundType: "savings_group", parameters: { maxLoanSatang: 1_000_000 } });
    expect(loanProductWithin(base, { rateBp: 900, maxInstalments: 12 })).toMatchObject({
      rateBp: 900,
      maxInstalments: 12,
    });
    expect(loanProductWithin(base, { rateBp: 0 }).interestMethod).toBe("none");
    expect(loanProductWithin(base, undefined)).toBe(base);
    for (const loose of [
      { rateBp: 1300 },
      { maxTermMonths: 48 },
      { maxInstalments: 40 },
      { minInstalments: 0 },
      { maxAmountSatang: 2_000_000 },
    ]) {
      expect(refusalCode(() => loanProductWithin(base, loose))).toBe("loan.product_outside_preset");
    }
    expect(refusalCode(() => loanProductWithin(base, { minInstalments: 30, maxInstalments: 12 }))).toBe(
      "loan.invalid_product",
    );
  });
});
