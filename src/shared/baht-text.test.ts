import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bahtText } from "./baht-text";

describe("bahtText", () => {
  it.each([
    [0, "ศูนย์บาทถ้วน"],
    [1, "หนึ่งสตางค์"],
    [21, "ยี่สิบเอ็ดสตางค์"],
    [100, "หนึ่งบาทถ้วน"],
    [1_000, "สิบบาทถ้วน"],
    [1_100, "สิบเอ็ดบาทถ้วน"],
    [2_000, "ยี่สิบบาทถ้วน"],
    [2_100, "ยี่สิบเอ็ดบาทถ้วน"],
    [10_000, "หนึ่งร้อยบาทถ้วน"],
    [10_100, "หนึ่งร้อยเอ็ดบาทถ้วน"],
    [11_100, "หนึ่งร้อยสิบเอ็ดบาทถ้วน"],
    [100_000, "หนึ่งพันบาทถ้วน"],
    [2_000_000, "สองหมื่นบาทถ้วน"],
    [28_000_000, "สองแสนแปดหมื่นบาทถ้วน"],
    [100_000_000, "หนึ่งล้านบาทถ้วน"],
    [100_000_100, "หนึ่งล้านเอ็ดบาทถ้วน"],
    [1_100_000_000, "สิบเอ็ดล้านบาทถ้วน"],
    [2_100_000_000, "ยี่สิบเอ็ดล้านบาทถ้วน"],
    [123_456_789, "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์"],
    [150, "หนึ่งบาทห้าสิบสตางค์"],
    [101, "หนึ่งบาทหนึ่งสตางค์"],
    [111, "หนึ่งบาทสิบเอ็ดสตางค์"],
    [100_000_000_000_000, "หนึ่งล้านล้านบาทถ้วน"],
    // The largest amount a document must print (issue 4): 999,999,999.99 baht.
    [99_999_999_999, "เก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทเก้าสิบเก้าสตางค์"],
    [-150, "ลบหนึ่งบาทห้าสิบสตางค์"],
  ])("%i satang → %s", (amount, words) => {
    expect(bahtText(amount)).toBe(words);
  });

  it("refuses what is not integer satang", () => {
    expect(() => bahtText(1.5)).toThrow(RangeError);
    expect(() => bahtText(Number.NaN)).toThrow(RangeError);
    expect(() => bahtText(2 ** 53)).toThrow(RangeError);
  });

  it("never throws for safe satang amounts and always ends in บาทถ้วน or สตางค์", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const text = bahtText(n);
        expect(text.endsWith("บาทถ้วน") || text.endsWith("สตางค์")).toBe(true);
        expect(text).not.toMatch(/[0-9]/);
        // A units 1 after another digit is always เอ็ด: the words never end a number with "สิบหนึ่ง".
        expect(text).not.toMatch(/สิบหนึ่ง/);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads whole baht the same with or without the satang part", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 12 }), fc.integer({ min: 1, max: 99 }), (baht, st) => {
        const whole = bahtText(baht * 100);
        expect(bahtText(baht * 100 + st).startsWith(whole.replace(/ถ้วน$/, ""))).toBe(true);
      }),
    );
  });
});
