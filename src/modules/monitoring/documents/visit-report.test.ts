// The visit report PDF from a fixed model: what it says (subject, place, B.E. dates, team, follow-ups, overdue mark),
// how it looks (reference images), embedded JPEG and PNG photos, and a damaged image that prints a note instead.
import { describe, expect, it } from "vitest";
import { compareWithReference, MAX_DIFF_RATIO, pdfPageCount, pdfText } from "../../../../test/support/pdf";
import { SAMPLE_JPEG, SAMPLE_PNG } from "../sample-photos";
import { renderVisitReportPdf, type VisitReportModel } from "./visit-report-pdf";

const createdAt = new Date("2024-06-15T03:00:00Z");
/** Whitespace and Thai marks ignored: pdftotext may order a mark before its letter ("ผูร้ บ ั ผิดชอบ"). */
const MARKS = /[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;
const has = (text: string, needle: string) => text.replace(MARKS, "").includes(needle.replace(MARKS, ""));

const sample: VisitReportModel = {
  subjectTypeName: "กองทุน",
  subjectName: "กองทุน กข.คจ. บ้านดอกกระเจียว",
  placeLine: "หมู่ที่ 8 บ้านดอกกระเจียว ตำบลทรายมูล อำเภอน้ำพอง จังหวัดขอนแก่น",
  visitedOn: "2024-03-23",
  purpose: "สนับสนุนทางวิชาการและติดตามการดำเนินงานโครงการ กข.คจ. ต้นแบบ",
  team: [
    { name: "นางสมร เพชรพรรณ", position: "นักวิชาการพัฒนาชุมชนชำนาญการ" },
    { name: "นางสาวจิตตวดี นกพะเนาว์", position: "สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น" },
  ],
  peopleMet: [{ name: "นายประจักษ์ อุ่นใจ", role: "ประธานกรรมการโครงการ กข.คจ." }],
  findings:
    "มีเงินกองทุนมากกว่า 400,000 บาท ให้ครัวเรือนเป้าหมายยืมไปประกอบอาชีพเสริม\nจุดแข็งคือการแลกเปลี่ยนเรียนรู้แบบชาวบ้านสอนชาวบ้าน",
  recommendations: "ประชาสัมพันธ์ผ่านสื่อสังคมออนไลน์",
  followUps: [
    {
      description: "จัดทำเพจประชาสัมพันธ์",
      ownerName: "นางสาวมาลี บุญมา",
      dueOn: "2024-04-22",
      status: "done",
      doneOn: "2024-04-18",
      doneNote: "เปิดเพจแล้ว",
      isOverdue: false,
    },
    {
      description: "ประสานเครือข่ายกองทุนดีเด่น",
      ownerName: "นางสาวมาลี บุญมา",
      dueOn: "2024-05-22",
      status: "open",
      doneOn: null,
      doneNote: null,
      isOverdue: true,
    },
  ],
  photos: [
    { caption: "ประชุมคณะกรรมการ.jpg", kind: "jpeg", bytes: SAMPLE_JPEG },
    { caption: "กระดานสรุป.png", kind: "png", bytes: SAMPLE_PNG },
  ],
  photosNotPrinted: 1,
  printedOn: "2024-06-15",
};

describe("visit report PDF", () => {
  it("prints the subject, place, B.E. dates, team, people met, follow-ups and photos", async () => {
    const bytes = await renderVisitReportPdf(sample, { createdAt });
    const text = await pdfText(bytes);
    expect(has(text, "รายงานการลงพื้นที่ติดตามการดำเนินงาน")).toBe(true);
    expect(has(text, "กองทุน กข.คจ. บ้านดอกกระเจียว")).toBe(true);
    expect(has(text, "ตำบลทรายมูล อำเภอน้ำพอง จังหวัดขอนแก่น")).toBe(true);
    expect(text).toContain("23 มีนาคม 2567");
    expect(has(text, "นางสมร เพชรพรรณ")).toBe(true);
    expect(has(text, "นายประจักษ์ อุ่นใจ")).toBe(true);
    expect(text).toContain("400,000");
    expect(text).toContain("22/04/2567");
    expect(has(text, "เสร็จแล้ว 18/04/2567 เปิดเพจแล้ว")).toBe(true);
    expect(has(text, "ยังไม่เสร็จ (เกินกำหนด)")).toBe(true);
    expect(has(text, "ภาพที่ 1 ประชุมคณะกรรมการ.jpg")).toBe(true);
    expect(has(text, "ภาพที่ 2 กระดานสรุป.png")).toBe(true);
    expect(has(text, "มีรูปอีก 1 รูป")).toBe(true);
    expect(has(text, "(นางสมร เพชรพรรณ)")).toBe(true);
    // Both photos embedded as image XObjects: the JPEG as DCT, the PNG as Flate plus its alpha channel's soft mask.
    const raw = bytes.toString("latin1");
    expect(raw.match(/\/Subtype \/Image/g)?.length).toBe(3);
    expect(raw).toContain("/SMask");
    expect(raw).toContain("/DCTDecode");
    const result = await compareWithReference(bytes, "monitoring-visit-report");
    for (const ratio of result.diffRatios) expect(ratio).toBeLessThan(MAX_DIFF_RATIO);
  });

  it("prints Thai digits on request and the same bytes twice", async () => {
    const a = await renderVisitReportPdf(sample, { createdAt, thaiDigits: true });
    const b = await renderVisitReportPdf(sample, { createdAt, thaiDigits: true });
    expect(a.equals(b)).toBe(true);
    const text = await pdfText(a);
    expect(text).toContain("๒๓ มีนาคม ๒๕๖๗");
  });

  it("prints a note for a damaged image and no photo section without photos", async () => {
    const damaged = await renderVisitReportPdf(
      {
        ...sample,
        photos: [{ caption: "เสีย.jpg", kind: "jpeg", bytes: Buffer.from("ffd8ffe0garbage", "latin1") }],
      },
      { createdAt },
    );
    expect(has(await pdfText(damaged), "(แสดงรูปนี้ไม่ได้)")).toBe(true);
    const none = await renderVisitReportPdf(
      { ...sample, photos: [], photosNotPrinted: 0, followUps: [], peopleMet: [] },
      { createdAt },
    );
    const text = await pdfText(none);
    expect(text).not.toContain("ภาพประกอบ");
    expect(has(text, "ไม่มีงานที่ต้องติดตาม")).toBe(true);
    expect(has(text, "ไม่ได้บันทึก")).toBe(true);
  });

  it("flows long findings and many photos onto further pages", async () => {
    const long = "ครัวเรือนเป้าหมายยืมเงินไปประกอบอาชีพเสริม เพิ่มรายได้ให้แก่ครัวเรือน ".repeat(60);
    const bytes = await renderVisitReportPdf(
      {
        ...sample,
        findings: long,
        photos: Array.from({ length: 6 }, (_, i) => ({
          caption: `รูป ${i + 1}`,
          kind: "png" as const,
          bytes: SAMPLE_PNG,
        })),
      },
      { createdAt },
    );
    expect(await pdfPageCount(bytes)).toBeGreaterThanOrEqual(3);
    const text = await pdfText(bytes);
    expect(has(text, "ภาพที่ 6 รูป 6")).toBe(true);
    expect(text).toMatch(/หน้า 1\/\d/);
  });
});
