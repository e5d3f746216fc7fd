import { describe, expect, it } from "vitest";
import {
  compareWithReference,
  hasText,
  MAX_DIFF_RATIO,
  pdfPageCount,
  pdfText,
} from "../../../../test/support/pdf";
import { bahtText } from "../../../shared/baht-text";
import { toThaiDigits } from "../../../shared/money";
import { type CertificateModel, renderCertificatePdf } from "./certificate-pdf";

// The certificate of honour rendered from a fixed model: what it says and how it looks (reference image).

const CREATED_AT = new Date("2024-06-15T03:00:00Z");
const MARKS = /[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;
const loose = (text: string, needle: string) => text.replace(MARKS, "").includes(needle.replace(MARKS, ""));

const sample: CertificateModel = {
  centreName: "ศูนย์จัดการกองทุนชุมชนบ้านดอกกระเจียว",
  headName: "นายสมชาย ใจดี",
  houseNo: "12/3",
  villageNo: 5,
  villageName: "ดอกกระเจียว",
  subdistrict: "บ้านขาม",
  district: "น้ำพอง",
  province: "ขอนแก่น",
  debtFreeOn: "2024-06-15",
  debtClearedSatang: 6_500_000,
  interestSavedSatang: 4_321_050,
  chairName: "นางบุญมี ศรีสุข",
  issuedOn: "2024-07-01",
};

describe("ใบประกาศเกียรติคุณ (certificate of honour)", () => {
  it("prints the head, the place, the B.E. date, the debt cleared in figures and words, interest saved and two signatures", async () => {
    const bytes = await renderCertificatePdf(sample, { createdAt: CREATED_AT });
    expect(await pdfPageCount(bytes)).toBe(1);
    const text = await pdfText(bytes);
    expect(loose(text, "ใบประกาศเกียรติคุณ")).toBe(true);
    expect(hasText(text, "นายสมชาย ใจดี")).toBe(true);
    expect(loose(text, "บ้านเลขที่ ๑๒/๓ หมู่ที่ ๕ บ้านดอกกระเจียว ตำบลบ้านขาม อำเภอน้ำพอง จังหวัดขอนแก่น")).toBe(true);
    expect(loose(text, "เมื่อวันที่ ๑๕ มิถุนายน พ.ศ. ๒๕๖๗")).toBe(true);
    expect(loose(text, `หนี้สินที่ปลดได้ทั้งสิ้น ${toThaiDigits("65,000.00")} บาท (${bahtText(6_500_000)})`)).toBe(
      true,
    );
    expect(loose(text, `ประหยัดดอกเบี้ยได้ ${toThaiDigits("43,210.50")} บาท`)).toBe(true);
    expect(loose(text, "ให้ไว้ ณ วันที่ ๑ กรกฎาคม พ.ศ. ๒๕๖๗")).toBe(true);
    expect(hasText(text, "(นางบุญมี ศรีสุข)")).toBe(true);
    expect(loose(text, "ประธานศูนย์จัดการกองทุนชุมชนบ้านดอกกระเจียว")).toBe(true);
    expect(loose(text, "พัฒนาการอำเภอน้ำพอง")).toBe(true);
    const result = await compareWithReference(bytes, "debt-certificate");
    expect(result.pages).toBe(1);
    for (const ratio of result.diffRatios) expect(ratio).toBeLessThan(MAX_DIFF_RATIO);
  });

  it("leaves out a negative saving, prints Western digits when asked and keeps a long name on one page", async () => {
    const long = "นางสาวประภัสสรศรีสุวรรณวิไลลักษณ์ ตระกูลเจริญรุ่งเรืองพงศ์ไพบูลย์";
    const bytes = await renderCertificatePdf(
      { ...sample, headName: long, interestSavedSatang: -100, chairName: null },
      { createdAt: CREATED_AT, thaiDigits: false },
    );
    expect(await pdfPageCount(bytes)).toBe(1);
    const text = await pdfText(bytes);
    expect(loose(text, long)).toBe(true);
    expect(loose(text, "65,000.00 บาท")).toBe(true);
    expect(loose(text, "ประหยัดดอกเบี้ย")).toBe(false);
    expect(loose(text, "15 มิถุนายน พ.ศ. 2567")).toBe(true);
  });
});
