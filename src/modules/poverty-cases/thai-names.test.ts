// Tests for Thai name, house-number and digit normalisation.
import { describe, expect, it } from "vitest";
import { addressKey, cleanText, houseNoKey, nameKey, stripTitle, toArabicDigits } from "./thai-names";

describe("names", () => {
  it.each([
    ["นายสมชาย", "สมชาย"],
    ["นาย สมชาย", "สมชาย"],
    ["นางสาวสมศรี", "สมศรี"],
    ["นางสมศรี", "สมศรี"],
    ["น.ส. สมศรี", "สมศรี"],
    ["ด.ช.ก้อง", "ก้อง"],
    ["ด.ญ. แก้ว", "แก้ว"],
    ["เด็กหญิงแก้ว", "แก้ว"],
    ["Mr. John", "John"],
    ["นาย", "นาย"],
    ["สมชาย", "สมชาย"],
  ])("stripTitle(%s) = %s", (input, expected) => {
    expect(stripTitle(input)).toBe(expected);
  });

  it("reads นางสาว as one title, not นาง + สาว…", () => {
    expect(nameKey("นางสาวสาวิตรี", "ดีงาม")).toBe("สาวิตรี ดีงาม");
  });

  it("ignores titles, spaces, zero-width characters and the two spellings of sara am", () => {
    const key = nameKey("สมชาย", "ใจดี");
    expect(nameKey("นาย  สม\u200Bชาย", " ใจ ดี ")).toBe(key);
    expect(nameKey("\uFEFFสมชาย", "ใจดี\u00AD")).toBe(key);
    expect(nameKey("นางคำแก้ว", "ศรีสุข")).toBe(nameKey("ค\u0E4D\u0E32แก้ว", "ศรีสุข"));
    expect(nameKey("สมชาย", "ใจร้าย")).not.toBe(key);
  });

  it("splits a full name typed into the first-name cell", () => {
    expect(nameKey("นายสมชาย ใจดี")).toBe(nameKey("สมชาย", "ใจดี"));
    expect(nameKey("สมชาย")).toBe("สมชาย");
    expect(nameKey("", "ใจดี")).toBe("");
  });

  it("a first name that begins like a title still equals itself on both sides", () => {
    expect(nameKey("นางนวล", "ทองดี")).toBe(nameKey("นางนวล", "ทองดี"));
  });
});

describe("remembered keys", () => {
  it("keeps first and last names apart whatever they hold, on the first call and on later ones", () => {
    for (let round = 0; round < 2; round++) {
      expect(nameKey("สม", "ชายใจดี")).toBe("สม ชายใจดี");
      expect(nameKey("สมชาย", "ใจดี")).toBe("สมชาย ใจดี");
      expect(nameKey("12:ab", "cd")).toBe("12:ab cd");
      expect(nameKey("1", "2:abcd")).toBe("1 2:abcd");
      expect(nameKey("นาย สม ชาย")).toBe("สม ชาย");
    }
  });

  it("cleans the same Thai text the same way when it repeats, and plain ASCII without a memo", () => {
    const typed = "ค\u0E4D\u0E32แก้ว\u200B ";
    expect(cleanText(typed)).toBe("คำแก้ว");
    expect(cleanText(typed)).toBe("คำแก้ว");
    expect(cleanText(" 1234 ")).toBe("1234");
    expect(toArabicDigits("12/3")).toBe("12/3");
  });
});

describe("digits and houses", () => {
  it("turns Thai digits into Arabic ones", () => {
    expect(toArabicDigits("๑๒/๓ หมู่ ๐๕")).toBe("12/3 หมู่ 05");
  });

  it("compares house numbers without spaces, in Arabic digits", () => {
    expect(houseNoKey(" 12 / 3 ")).toBe("12/3");
    expect(houseNoKey("๑๒/๓")).toBe("12/3");
    expect(addressKey("40010108", "๑๒/๓")).toBe(addressKey("40010108", "12/3"));
    expect(addressKey("40010108", "12/3")).not.toBe(addressKey("40010108", "12/4"));
  });

  it("cleanText removes invisible characters and trims", () => {
    expect(cleanText("\u200B ab\u200Dc \u2060")).toBe("abc");
  });
});
