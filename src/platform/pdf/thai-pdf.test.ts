import { describe, expect, it } from "vitest";
import {
  compareWithReference,
  hasText,
  MAX_DIFF_RATIO,
  pdfPageCount,
  pdfText,
} from "../../../test/support/pdf";
import { satang } from "../../shared/money";
import { ThaiPdf } from "./thai-pdf";

const createdAt = new Date("2024-01-15T03:00:00Z");

// Every Thai vowel and tone mark on a consonant with an ascender and one with a descender.
const MARKS_NAME = "ปิ่น ปั้น ปื๊ด ฐู่ ญี่ ฎุ้ ป๋ำ กั๊ก เปี๊ยะ ฟื้น ฝ๋อ ศักดิ์ ฤๅษี";
const LONG_NAME = "นางสาวปิ่นแก้วมณีรัตน์ ชื่นฉ่ำวงศ์ประเสริฐศักดิ์สิทธิ์ ณ ป้อมเพ็ชร์ศรีสุวรรณภูมิ";

async function sample(thaiDigits: boolean): Promise<Buffer> {
  const pdf = new ThaiPdf({ title: "ตัวอย่าง", createdAt, thaiDigits });
  pdf.title("เอกสารทดสอบการจัดหน้า");
  pdf.line([
    { text: "ชื่อ " },
    { fill: MARKS_NAME, minWidth: 200 },
    { text: " อายุ " },
    { fill: pdf.digits(45) },
    { text: " ปี" },
  ]);
  pdf.line([{ text: "ชื่อยาว " }, { fill: LONG_NAME, minWidth: 200 }, { text: " จบ" }]);
  pdf.line(pdf.dateRuns("2024-01-31"));
  pdf.text(`จำนวนเงิน ${pdf.money(satang(99_999_999_999))} บาท`, { align: "right" });
  pdf.table(
    [
      { header: "ลำดับ", width: 1, align: "center" },
      { header: "ชื่อ", width: 4 },
      { header: "จำนวนเงิน", width: 2, align: "right" },
    ],
    Array.from({ length: 60 }, (_, i) => [
      pdf.digits(i + 1),
      i === 3 ? LONG_NAME : MARKS_NAME,
      pdf.money(satang(99_999_999_999)),
    ]),
    { footerRows: [["", "รวม", pdf.money(satang(100_000))]] },
  );
  pdf.signatures([
    { role: "ผู้ยืม", name: LONG_NAME },
    { role: "พยาน", dateLine: true },
  ]);
  return pdf.toBuffer();
}

describe("ThaiPdf", () => {
  it("writes Thai text that extracts back word for word, across pages with the header repeated", async () => {
    const bytes = await sample(false);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain("เอกสารทดสอบการจัดหน้า");
    expect(text).toContain("999,999,999.99");
    expect(text).toContain("วันที่ 31 เดือน มกราคม พ.ศ. 2567");
    expect(hasText(text, MARKS_NAME)).toBe(true);
    expect(hasText(text, LONG_NAME)).toBe(true);
    expect(text).toContain("หน้า 1/");
    const pages = await pdfPageCount(bytes);
    expect(pages).toBeGreaterThan(1);
    expect(text.split("จำนวนเงิน ลำดับ").length + text.split("ลำดับ ชื่อ จำนวนเงิน").length).toBeGreaterThan(pages);
  });

  it("prints Thai digits when the template asks for them", async () => {
    const text = await pdfText(await sample(true));
    expect(text).toContain("๙๙๙,๙๙๙,๙๙๙.๙๙");
    expect(text).toContain("๒๕๖๗");
    expect(text).not.toMatch(/999,999/);
  });

  it("renders the same bytes for the same input", async () => {
    const [a, b] = [await sample(false), await sample(false)];
    expect(a.equals(b)).toBe(true);
  });

  it("matches the reference rendering (marks, long names, large amounts, page breaks)", async () => {
    const result = await compareWithReference(await sample(false), "platform-sample");
    expect(result.pages).toBeGreaterThan(1);
    for (const ratio of result.diffRatios) expect(ratio).toBeLessThan(MAX_DIFF_RATIO);
  });
});
