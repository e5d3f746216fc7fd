import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocate,
  divRoundHalfUp,
  formatBaht,
  fromBaht,
  MoneyError,
  parseBaht,
  type Satang,
  satang,
  toThaiDigits,
} from "./money";

describe("parseBaht", () => {
  it.each([
    ["0", 0],
    ["1", 100],
    ["1.5", 150],
    ["1.50", 150],
    ["1,234.50", 123450],
    ["280,000", 28000000],
    ["280000.00", 28000000],
    ["-5.05", -505],
    [" 12 ", 1200],
    ["999,999,999.99", 99999999999],
  ])("%s → %i satang", (text, expected) => {
    expect(parseBaht(text)).toBe(expected);
  });

  it.each(["", ".5", "abc", "1.234", "1,23.00", "1..2", "12,34", "1e5", "NaN", "1.2.3", "--1"])(
    "refuses %j",
    (text) => {
      expect(() => parseBaht(text)).toThrow(MoneyError);
    },
  );

  it("refuses more than two decimals with its own code", () => {
    expect(() => parseBaht("10.005")).toThrow(expect.objectContaining({ code: "money.too_many_decimals" }));
  });

  it("refuses amounts beyond the safe integer range", () => {
    expect(() => parseBaht("90071992547409.93")).toThrow(expect.objectContaining({ code: "money.unsafe" }));
  });

  it("round-trips every safe amount through formatBaht", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), (n) => {
        expect(parseBaht(formatBaht(satang(n)))).toBe(n);
      }),
    );
  });
});

describe("formatBaht", () => {
  it("formats with separators and two decimals", () => {
    expect(formatBaht(satang(123450))).toBe("1,234.50");
    expect(formatBaht(satang(-5))).toBe("-0.05");
    expect(formatBaht(fromBaht(280000))).toBe("280,000.00");
    expect(formatBaht(fromBaht(280000), { thaiDigits: true })).toBe("๒๘๐,๐๐๐.๐๐");
  });
  it("converts digits only", () => {
    expect(toThaiDigits("พ.ศ. 2567")).toBe("พ.ศ. ๒๕๖๗");
  });
});

describe("satang", () => {
  it("refuses fractions and unsafe numbers", () => {
    expect(() => satang(1.5)).toThrow(MoneyError);
    expect(() => satang(2 ** 53)).toThrow(MoneyError);
  });
});

describe("divRoundHalfUp", () => {
  it.each([
    [5, 2, 3],
    [4, 3, 1],
    [-5, 2, -3],
    [7, 7, 1],
    [1, 3, 0],
    [2, 3, 1],
  ])("%i / %i → %i", (a, b, q) => expect(divRoundHalfUp(a, b)).toBe(q));
});

describe("allocate", () => {
  it("splits exactly with the largest remainder", () => {
    expect(allocate(satang(100), [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(satang(-100), [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(satang(0), [5, 5])).toEqual([0, 0]);
  });

  it("always sums to the total and stays proportional within one satang", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc
          .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 30 })
          .filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = allocate(total as Satang, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThan(1.000001);
          });
        },
      ),
    );
  });

  it("refuses bad weights", () => {
    expect(() => allocate(satang(1), [])).toThrow(MoneyError);
    expect(() => allocate(satang(1), [0, 0])).toThrow(MoneyError);
    expect(() => allocate(satang(1), [-1, 2])).toThrow(MoneyError);
  });
});
