// Tests for the loan product schema, the presets, and amount parsing at the edge.
import { describe, expect, it } from "vitest";
import { parseLoanAmount } from "./loan-errors";
import {
  CENTRE_PRODUCT,
  KKJ_PRODUCT,
  LOAN_PRODUCT_PRESETS,
  loanProductSchema,
  parseLoanProduct,
  SAVINGS_GROUP_PRODUCT,
} from "./loan-product";

describe("presets", () => {
  it("are valid products", () => {
    for (const p of LOAN_PRODUCT_PRESETS) expect(loanProductSchema.safeParse(p).success).toBe(true);
  });

  it("carry the documented values", () => {
    expect(KKJ_PRODUCT).toMatchObject({
      interestMethod: "none",
      rateBp: 0,
      maxTermMonths: 36,
      maxInstalments: 6,
      graceDays: 0,
    });
    expect(CENTRE_PRODUCT).toMatchObject({
      interestMethod: "declining",
      rateBp: 600,
      dayCount: "actual/365",
    });
    expect(SAVINGS_GROUP_PRODUCT).toMatchObject({
      interestMethod: "declining",
      rateBp: 1200,
      dayCount: "30/360",
    });
  });

  it("are frozen, and a fund overrides a parameter by copying", () => {
    expect(Object.isFrozen(KKJ_PRODUCT)).toBe(true);
    expect(Object.isFrozen(KKJ_PRODUCT.scheduleTypes)).toBe(true);
    const twelve = parseLoanProduct({ ...KKJ_PRODUCT, maxInstalments: 12 });
    expect(twelve.maxInstalments).toBe(12);
    expect(KKJ_PRODUCT.maxInstalments).toBe(6);
  });
});

describe("loanProductSchema", () => {
  const bad: [string, Record<string, unknown>][] = [
    ["an interest-free product with a rate", { rateBp: 100 }],
    ["a declining product with no rate", { interestMethod: "declining", rateBp: 0 }],
    ["a rate above the ceiling", { interestMethod: "flat", rateBp: 1501 }],
    ["a fractional rate", { interestMethod: "flat", rateBp: 600.5 }],
    ["min term above max term", { minTermMonths: 40 }],
    ["min instalments above max", { minInstalments: 7 }],
    ["zero instalments", { maxInstalments: 0 }],
    ["no schedule types", { scheduleTypes: [] }],
    ["an unknown schedule type", { scheduleTypes: ["balloon"] }],
    ["a repeated schedule type", { scheduleTypes: ["lump_sum", "lump_sum"] }],
    ["an allocation order missing principal", { allocationOrder: ["penalty", "fees", "interest"] }],
    ["a repeated allocation component", { allocationOrder: ["interest", "interest", "fees", "principal"] }],
    ["negative grace", { graceDays: -1 }],
    ["an unknown day count", { dayCount: "actual/360" }],
    ["a zero maximum amount", { maxAmountSatang: 0 }],
    ["a fractional maximum amount", { maxAmountSatang: 100.5 }],
    ["an empty Thai name", { name: { th: " ", en: "x" } }],
    ["a code with spaces", { code: "kkj loan" }],
  ];
  it.each(bad)("refuses %s", (_, override) => {
    expect(loanProductSchema.safeParse({ ...KKJ_PRODUCT, ...override }).success).toBe(false);
    expect(() => parseLoanProduct({ ...KKJ_PRODUCT, ...override })).toThrow(
      expect.objectContaining({ kind: "invalid_input", code: "loan.invalid_product" }),
    );
  });

  it("accepts an allocation order with principal first", () => {
    const p = parseLoanProduct({
      ...CENTRE_PRODUCT,
      allocationOrder: ["principal", "interest", "penalty", "fees"],
    });
    expect(p.allocationOrder[0]).toBe("principal");
  });
});

describe("parseLoanAmount", () => {
  it("parses typed baht into satang by string operations", () => {
    expect(parseLoanAmount("1,234.50")).toBe(123_450);
    expect(parseLoanAmount("20000")).toBe(2_000_000);
    expect(parseLoanAmount("0.01")).toBe(1);
  });

  it.each([
    ["1,234.567", "loan.amount_too_many_decimals"],
    ["0", "loan.amount_not_positive"],
    ["0.00", "loan.amount_not_positive"],
    ["-5", "loan.amount_not_positive"],
    ["abc", "loan.amount_format"],
    ["1.2.3", "loan.amount_format"],
    ["", "loan.amount_format"],
    ["99999999999999999999", "loan.amount_too_large"],
  ])("refuses %s with %s (a 4xx, never a crash)", (text, code) => {
    expect(() => parseLoanAmount(text)).toThrow(expect.objectContaining({ kind: "invalid_input", code }));
  });
});
