// The report PDFs: titles, areas, B.E. dates, names, amounts in figures and words, totals, signature blocks,
// the empty-area document, reference images, and stress renders (every Thai mark, 80+ character names, 999,999,999.99).
import { describe, expect, it } from "vitest";
import {
  compareWithReference,
  hasText,
  MAX_DIFF_RATIO,
  pdfPageCount,
  pdfText,
} from "../../../test/support/pdf";
import {
  NOTHING_TO_REPORT,
  renderDatabaseReport,
  renderDistrictDebtReport,
  renderProblemReport,
  renderProvinceDebtReport,
  renderVillageDebtReport,
} from "./report-documents";
import {
  emptyOf,
  LONG_NAME,
  MARKS_NAME,
  sampleDatabaseReport,
  sampleDistrictReport,
  sampleProblemReport,
  sampleProvinceReport,
  sampleVillageReport,
} from "./report-samples";

const createdAt = new Date("2024-10-01T03:00:00Z");

/**
 * Whether a phrase is in the text, ignoring whitespace and the marks above and below the letters: pdftotext
 * sometimes moves a tone mark past the next letter in titles and headers ("หมูท ่ ่ี"). Names use hasText.
 */
const bare = (text: string) => text.replace(/[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, "");
const has = (text: string, phrase: string) => bare(text).includes(bare(phrase));

async function expectReference(bytes: Buffer, name: string, pages: number) {
  const result = await compareWithReference(bytes, name);
  expect(result.pages).toBe(pages);
  for (const ratio of result.diffRatios) expect(ratio).toBeLessThan(MAX_DIFF_RATIO);
}

describe("26(1) village", () => {
  it("prints the borrowers, the position with the total in words, the as-of line and both signers", async () => {
    const bytes = await renderVillageDebtReport(sampleVillageReport(), { createdAt });
    const text = await pdfText(bytes);
    expect(has(text, "แบบรายงานภาวะหนี้สินและฐานะการเงิน กข.คจ.")).toBe(true);
    expect(has(text, "บ้านดอกกระเจียว หมู่ที่ 8 ตำบลทรายมูล อำเภอน้ำพอง จังหวัดขอนแก่น")).toBe(true);
    expect(has(text, "ปีงบประมาณ พ.ศ. 2567 ข้อมูล ณ วันที่ 30 กันยายน 2567")).toBe(true);
    expect(has(text, "นายทองใบ ใจดี (ผิดนัด)")).toBe(true);
    expect(text).toContain("140,000.00 22,500.50 117,499.50");
    expect(text).toContain("280,000.00");
    expect(has(text, "(สองแสนแปดหมื่นบาทถ้วน)")).toBe(true);
    expect(has(text, "(นายบุญมี ทองคำ)")).toBe(true);
    expect(has(text, "(นางสาวมาลี บุญมา)")).toBe(true);
    expect(text).toContain("1/10/2566");
    await expectReference(bytes, "report-village", 1);
  });

  it("renders the same bytes for the same data", async () => {
    const [a, b] = [
      await renderVillageDebtReport(sampleVillageReport(), { createdAt }),
      await renderVillageDebtReport(sampleVillageReport(), { createdAt }),
    ];
    expect(a.equals(b)).toBe(true);
  });

  it("says there is nothing to report for a village without a fund", async () => {
    const bytes = await renderVillageDebtReport(emptyOf.village(), { createdAt });
    const text = await pdfText(bytes);
    expect(text).toContain(NOTHING_TO_REPORT);
    expect(has(text, "ข้อมูล ณ วันที่ 30 กันยายน 2567")).toBe(true);
    await expectReference(bytes, "report-village-empty", 1);
  });

  it("keeps every mark, 80+ character names and 999,999,999.99 intact, in Arabic and Thai digits", async () => {
    expect(LONG_NAME.length).toBeGreaterThan(80);
    const bytes = await renderVillageDebtReport(sampleVillageReport(true), { createdAt });
    const text = await pdfText(bytes);
    expect(hasText(text, MARKS_NAME)).toBe(true);
    expect(hasText(text, LONG_NAME)).toBe(true);
    // 40 borrowers × 3 amounts, their totals and the 7 amounts of the position, each on one line.
    expect(text.split("999,999,999.99").length - 1).toBe(40 * 3 + 3 + 7);
    expect(has(text, "เก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทเก้าสิบเก้าสตางค์")).toBe(true);
    expect(await pdfPageCount(bytes)).toBe(4);
    const thai = await pdfText(
      await renderVillageDebtReport(sampleVillageReport(true), { createdAt, thaiDigits: true }),
    );
    expect(thai.split("๙๙๙,๙๙๙,๙๙๙.๙๙").length - 1).toBe(40 * 3 + 3 + 7);
    expect(has(thai, "๓๐ กันยายน ๒๕๖๗")).toBe(true);
    expect(thai).not.toMatch(/999,999/);
  });
});

describe("26(1) district and 26(2) province", () => {
  it("prints one row per village and the totals", async () => {
    const bytes = await renderDistrictDebtReport(sampleDistrictReport(), { createdAt });
    const text = await pdfText(bytes);
    expect(has(text, "สรุประดับอำเภอ")).toBe(true);
    expect(has(text, "อำเภอน้ำพอง จังหวัดขอนแก่น")).toBe(true);
    expect(has(text, "บ้านศรีสุข หมู่ที่ 8")).toBe(true);
    expect(has(text, "รวม 8 หมู่บ้าน 77 1,134,000.00 935,852.00 1,203,836.00 100,312.00 2,240,000.00")).toBe(
      true,
    );
    expect(has(text, "พัฒนาการอำเภอน้ำพอง")).toBe(true);
    await expectReference(bytes, "report-district", 1);
  });

  it("keeps stress names and amounts in one line per cell", async () => {
    const bytes = await renderDistrictDebtReport(sampleDistrictReport(8, true), {
      createdAt,
      thaiDigits: true,
    });
    const text = await pdfText(bytes);
    expect(hasText(text, LONG_NAME)).toBe(true);
    expect(hasText(text, MARKS_NAME)).toBe(true);
    expect(text.split("๙๙๙,๙๙๙,๙๙๙.๙๙").length - 1).toBe(9 * 7);
    await expectReference(bytes, "report-district-stress", 2);
  });

  it("prints the province summary per district with Thai digits on request", async () => {
    const bytes = await renderProvinceDebtReport(sampleProvinceReport(), { createdAt, thaiDigits: true });
    const text = await pdfText(bytes);
    expect(has(text, "สรุประดับจังหวัด")).toBe(true);
    expect(has(text, "ปีงบประมาณ พ.ศ. ๒๕๖๗ ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗")).toBe(true);
    expect(has(text, "รวม ๗ อำเภอ")).toBe(true);
    expect(text).toContain("๑,๙๘๔,๕๐๐.๐๐");
    expect(has(text, "พัฒนาการจังหวัดขอนแก่น")).toBe(true);
    await expectReference(bytes, "report-province", 1);
    const stress = await pdfText(await renderProvinceDebtReport(sampleProvinceReport(true), { createdAt }));
    expect(hasText(stress, LONG_NAME)).toBe(true);
    expect(stress.split("999,999,999.99").length - 1).toBe(8 * 7);
  });

  it("says there is nothing to report for a district without funds", async () => {
    const text = await pdfText(await renderDistrictDebtReport(emptyOf.district(), { createdAt }));
    expect(text).toContain(NOTHING_TO_REPORT);
    expect(text).not.toContain("รวม 0");
  });
});

describe("ข้อ 27", () => {
  it("prints households/persons, money, defaults, development level and agencies per village", async () => {
    const bytes = await renderDatabaseReport(sampleDatabaseReport(), { createdAt });
    const text = await pdfText(bytes);
    expect(has(text, "แบบรายงานฐานข้อมูลหมู่บ้านและครัวเรือนเป้าหมาย")).toBe(true);
    expect(has(text, "12/45 9/33 4/15 280,000.00 7 ราย")).toBe(true);
    expect(has(text, "อบต.ทรายมูล, ธ.ก.ส.")).toBe(true);
    expect(has(text, "รวม 8 หมู่บ้าน 124/444")).toBe(true);
    await expectReference(bytes, "report-27", 2);
  });

  it("keeps stress values intact in Thai digits", async () => {
    const text = await pdfText(
      await renderDatabaseReport(sampleDatabaseReport(true), { createdAt, thaiDigits: true }),
    );
    expect(hasText(text, LONG_NAME)).toBe(true);
    expect(hasText(text, MARKS_NAME)).toBe(true);
    expect(text.split("๙๙๙,๙๙๙,๙๙๙.๙๙").length - 1).toBe(9 * 5);
  });
});

describe("fund-problem report", () => {
  it("prints each problem village's fund, missing money, cause and remedy, signed for the province", async () => {
    const bytes = await renderProblemReport(sampleProblemReport(), { createdAt });
    const text = await pdfText(bytes);
    expect(has(text, "รายงานสภาพปัญหาการบริหารเงินทุน")).toBe(true);
    expect(has(text, "หมู่บ้าน กข.คจ. ที่ตรวจสอบ 25 หมู่บ้าน มีสภาพปัญหา 3 หมู่บ้าน")).toBe(true);
    expect(has(text, "ติดตามทวงถาม ทำบันทึกรับสภาพหนี้")).toBe(true);
    expect(has(text, "ไม่มีคณะกรรมการที่อยู่ในวาระ")).toBe(true);
    expect(has(text, "พัฒนาการจังหวัดขอนแก่น")).toBe(true);
    await expectReference(bytes, "report-problems", 1);
    const stress = await pdfText(await renderProblemReport(sampleProblemReport(true), { createdAt }));
    expect(hasText(stress, LONG_NAME)).toBe(true);
    expect(stress.split("999,999,999.99").length - 1).toBe(4 * 2);
  });

  it("says there is nothing to report when no village has a problem", async () => {
    const bytes = await renderProblemReport(emptyOf.problems(), { createdAt });
    expect(await pdfText(bytes)).toContain(NOTHING_TO_REPORT);
    await expectReference(bytes, "report-problems-empty", 1);
  });
});
