import { describe, expect, it } from "vitest";
import { breakLines, breakUnits, graphemes } from "./line-break";

// One unit of width per character: enough to check where lines break.
const byLength = (text: string) => text.length;

describe("breakUnits", () => {
  it("splits Thai text into words without losing a character", () => {
    const text = "ผู้ยืมตกลงยืมเงินทุนเพื่อประกอบอาชีพ";
    const units = breakUnits(text);
    expect(units.join("")).toBe(text);
    expect(units.length).toBeGreaterThan(4);
    expect(units).toContain("อาชีพ");
  });

  it("keeps closing punctuation with the word before it and an opening bracket with the word after", () => {
    const units = breakUnits("เป็นเงิน (สองหมื่นบาทถ้วน) ครับ.");
    expect(units.some((u) => u.startsWith("(") && u.length > 1)).toBe(true);
    expect(units.every((u) => !/^[).]/.test(u))).toBe(true);
  });
});

describe("graphemes", () => {
  it("never separates a consonant from its vowel and tone marks", () => {
    expect(graphemes("นั้น")).toEqual(["นั้", "น"]);
    expect(graphemes("กิ๊ก")).toEqual(["กิ๊", "ก"]);
  });
});

describe("breakLines", () => {
  it("breaks between Thai words, never inside one", () => {
    const text = "ผู้ยืมตกลงยืมเงินทุนโครงการแก้ไขปัญหาความยากจนเพื่อนำไปใช้ประกอบอาชีพ";
    const lines = breakLines(text, 12, byLength);
    expect(lines.join("")).toBe(text);
    const words = new Set(breakUnits(text));
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(12);
      expect(breakUnits(line).every((u) => words.has(u))).toBe(true);
    }
  });

  it("drops spaces at line edges and honours explicit new lines", () => {
    expect(breakLines("aaa bbb ccc", 7, byLength)).toEqual(["aaa bbb", "ccc"]);
    expect(breakLines("aaa\nbbb", 20, byLength)).toEqual(["aaa", "bbb"]);
  });

  it("cuts a word longer than the line between grapheme clusters", () => {
    const lines = breakLines("ก้ก้ก้ก้ก้", 4, byLength);
    expect(lines.join("")).toBe("ก้ก้ก้ก้ก้");
    expect(lines.every((l) => !l.startsWith("\u0e49"))).toBe(true);
  });

  it("uses a narrower first line", () => {
    expect(breakLines("aa bb cc dd", 8, byLength, { firstLineWidth: 2 })).toEqual(["aa", "bb cc dd"]);
  });

  it("gives one empty line for empty text", () => {
    expect(breakLines("", 10, byLength)).toEqual([""]);
  });
});
