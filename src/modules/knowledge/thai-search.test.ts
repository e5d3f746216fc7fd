import { describe, expect, it } from "vitest";
import { highlight, indexText, parseQuery, SNIPPET_CHARS, searchWords, snippet } from "./thai-search";

describe("Thai word segmentation for search", () => {
  it("cuts Thai text without spaces into words, lower-cases Latin and keeps digits", () => {
    expect(searchWords("เลี้ยงไก่ไข่")).toEqual(["เลี้ยง", "ไก่", "ไข่"]);
    expect(searchWords("การทำปุ๋ยหมักชีวภาพ")).toEqual(["ทำ", "ปุ๋ย", "หมัก", "ชีวภาพ"]);
    expect(searchWords("OTOP Kaejon ปี 2567")).toEqual(["otop", "kaejon", "ปี", "2567"]);
  });

  it("treats Thai digits as ASCII digits and splits abbreviations at their dots", () => {
    expect(searchWords("ปี ๒๕๖๗")).toEqual(["ปี", "2567"]);
    expect(searchWords("กองทุน กข.คจ.")).toEqual(["กองทุน", "กข", "คจ"]);
  });

  it("drops stop words such as การ and ความ so that nominalised queries find plain verbs", () => {
    expect(parseQuery("การเลี้ยงไก่")).toEqual({ words: ["เลี้ยง", "ไก่"], tsquery: "เลี้ยง & ไก่:*" });
    expect(parseQuery("การ และ ของ")).toBeNull();
    expect(parseQuery("  …!!  ")).toBeNull();
  });

  it("builds queries that contain no tsquery operators whatever the user types", () => {
    const q = parseQuery("ไก่ & | ! ( ) : * ' \\ ไข่");
    expect(q).toEqual({ words: ["ไก่", "ไข่"], tsquery: "ไก่ & ไข่:*" });
    expect(parseQuery("ไก่ ไก่ ไก่")?.tsquery).toBe("ไก่:*");
  });

  it("joins the words of several fields with spaces for to_tsvector('simple', …)", () => {
    expect(indexText("เลี้ยงไก่ไข่", null, "", "ขายไข่")).toBe("เลี้ยง ไก่ ไข่ ขาย ไข่");
  });
});

describe("highlighted snippets", () => {
  it("marks the query's words in the text, the last as a prefix", () => {
    const q = parseQuery("เลี้ยงไก่");
    expect(highlight("ชาวบ้านเลี้ยงไก่ไข่ขาย", q)).toEqual([
      { text: "ชาวบ้าน", hit: false },
      { text: "เลี้ยงไก่", hit: true },
      { text: "ไข่ขาย", hit: false },
    ]);
    expect(highlight("เลี้ยงไก่", null)).toEqual([{ text: "เลี้ยงไก่", hit: false }]);
  });

  it("cuts a long text around the first hit at word boundaries", () => {
    const long = `${"ชาวบ้านรวมกลุ่มกันทำงาน".repeat(20)}ปุ๋ยหมัก${"และแบ่งปันความรู้ให้เพื่อนบ้าน".repeat(20)}`;
    const parts = snippet(["", long], parseQuery("ปุ๋ย"));
    const text = parts.map((p) => p.text).join("");
    expect(text.startsWith("…กลุ่ม")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["ปุ๋ย"]);
    expect(text.length).toBeLessThanOrEqual(SNIPPET_CHARS + 2);
    expect(long.includes(text.slice(1, -1))).toBe(true);
  });

  it("segments a long text only around its first hit, with the same excerpt as segmenting it whole", () => {
    const before = "ชาวบ้านรวมกลุ่มกันทำงาน".repeat(300);
    const long = `${before}ปุ๋ยหมัก${"และแบ่งปันความรู้ให้เพื่อนบ้าน".repeat(300)}`;
    const text = snippet([long], parseQuery("หมัก"))
      .map((p) => p.text)
      .join("");
    expect(text.startsWith("…")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(text).toContain("ปุ๋ยหมัก");
    expect(long.includes(text.slice(1, -1))).toBe(true);
    expect(text.length).toBeLessThanOrEqual(SNIPPET_CHARS + 2);
  });

  it("skips letters of a query word found inside another word and marks the real word", () => {
    // "ดิน" is inside "เดิน" (to walk) twice before the word ดิน (soil) itself.
    const parts = snippet(["เดินทางไปไร่แล้วเดินกลับบ้าน ตรวจดินก่อนปลูก"], parseQuery("ดิน"));
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["ดิน"]);
    expect(parts.map((p) => p.text).join("")).toBe("เดินทางไปไร่แล้วเดินกลับบ้าน ตรวจดินก่อนปลูก");
    expect(snippet(["เดินทางไกล"], parseQuery("ดิน"))).toEqual([{ text: "เดินทางไกล", hit: false }]);
  });

  it("finds Thai digits and capital letters in a text for a query typed in ASCII and lower case", () => {
    const parts = snippet([`${"ประชุมกลุ่ม".repeat(40)}แผนปี ๒๕๖๗ ของ OTOP`], parseQuery("2567 otop"));
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["๒๕๖๗", "OTOP"]);
  });

  it("prefers the first field with a hit", () => {
    const parts = snippet(["ความเป็นมาของกลุ่ม", "ขั้นตอนการทำปุ๋ยหมัก"], parseQuery("ปุ๋ย"));
    expect(parts.map((p) => p.text).join("")).toBe("ขั้นตอนการทำปุ๋ยหมัก");
  });
});
