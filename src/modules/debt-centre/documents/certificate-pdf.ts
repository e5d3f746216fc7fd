// ใบประกาศเกียรติคุณ: the certificate of honour a debt centre gives a household made debt-free (A4 landscape, one
// page): the head's name, the place, the debt-free date, the debt cleared and the interest saved, and two signatures.
import { ThaiPdf } from "../../../platform/pdf/index";
import { bahtText } from "../../../shared/baht-text";
import type { Satang } from "../../../shared/money";
import { officialDateParts } from "../../../shared/thai-date";

export const CERTIFICATE_TITLE = "ใบประกาศเกียรติคุณ";

export interface CertificateModel {
  centreName: string;
  headName: string;
  houseNo: string;
  villageNo: number;
  /** With or without the leading "บ้าน". */
  villageName: string;
  subdistrict: string;
  district: string;
  province: string;
  debtFreeOn: string;
  /** Every debt of the plan's survey, now repaid: the refinanced ones through the funds, the kept ones directly. */
  debtClearedSatang: number;
  /** The planner's interest before minus after; not printed when the new term cost more. */
  interestSavedSatang: number;
  chairName: string | null;
  /** The day it is issued (printed after "ให้ไว้ ณ วันที่"). */
  issuedOn: string;
}

export interface CertificateOptions {
  thaiDigits?: boolean | undefined;
  createdAt: Date;
}

const village = (name: string) => (name.startsWith("บ้าน") ? name : `บ้าน${name}`);

export async function renderCertificatePdf(
  m: CertificateModel,
  options: CertificateOptions,
): Promise<Buffer> {
  const pdf = new ThaiPdf({
    title: `${CERTIFICATE_TITLE} ${m.headName}`,
    subject: `${CERTIFICATE_TITLE} ครัวเรือนปลดหนี้ ${m.centreName}`,
    landscape: true,
    // A certificate is a letter of honour: Thai digits, as government letters print them.
    thaiDigits: options.thaiDigits ?? true,
    createdAt: options.createdAt,
    margins: { top: 22, right: 25, bottom: 16, left: 25 },
  });
  const doc = pdf.doc;
  const { width, height } = doc.page;
  // A double frame, the customary border of a Thai certificate.
  doc
    .save()
    .lineWidth(2.4)
    .strokeColor("#8a6d1d")
    .rect(22, 22, width - 44, height - 44)
    .stroke();
  doc
    .lineWidth(0.8)
    .rect(30, 30, width - 60, height - 60)
    .stroke()
    .restore();

  const date = (iso: string) => {
    const p = officialDateParts(iso);
    return pdf.digits(`${p.day} ${p.monthName} พ.ศ. ${p.beYear}`);
  };
  const place = pdf.digits(
    `บ้านเลขที่ ${m.houseNo} หมู่ที่ ${m.villageNo} ${village(m.villageName)} ตำบล${m.subdistrict} อำเภอ${m.district} จังหวัด${m.province}`,
  );
  pdf.space(26);
  pdf.text(m.centreName, { size: 17, bold: true, align: "center", after: 6 });
  pdf.text(CERTIFICATE_TITLE, { size: 36, bold: true, align: "center", after: 10 });
  pdf.text("ขอมอบให้ไว้เพื่อแสดงว่า", { size: 16, align: "center", after: 6 });
  pdf.text(m.headName, { size: m.headName.length > 40 ? 20 : 26, bold: true, align: "center", after: 6 });
  pdf.text(`และครัวเรือน ${place}`, { size: 15, align: "center", after: 8 });
  pdf.text("ได้ร่วมบริหารจัดการหนี้กับศูนย์จัดการกองทุนชุมชนด้วยความมุ่งมั่นและมีวินัย ชำระหนี้สินครบถ้วน", {
    size: 15,
    align: "center",
  });
  pdf.text(`เป็นครัวเรือนปลดหนี้ เมื่อวันที่ ${date(m.debtFreeOn)}`, {
    size: 15,
    bold: true,
    align: "center",
    after: 2,
  });
  const saved =
    m.interestSavedSatang > 0 ? ` และประหยัดดอกเบี้ยได้ ${pdf.money(m.interestSavedSatang as Satang)} บาท` : "";
  pdf.text(
    `หนี้สินที่ปลดได้ทั้งสิ้น ${pdf.money(m.debtClearedSatang as Satang)} บาท (${bahtText(m.debtClearedSatang)})${saved}`,
    { size: 15, align: "center", after: 8 },
  );
  pdf.text("ขอให้รักษาวินัยทางการเงินตามหลักปรัชญาของเศรษฐกิจพอเพียง และเป็นแบบอย่างที่ดีแก่ชุมชนสืบไป", {
    size: 15,
    align: "center",
    after: 6,
  });
  pdf.text(`ให้ไว้ ณ วันที่ ${date(m.issuedOn)}`, { size: 15, align: "center", after: 22 });
  pdf.signatures(
    [
      { role: "", name: m.chairName ?? "", position: `ประธาน${m.centreName}` },
      { role: "", name: "", position: `พัฒนาการอำเภอ${m.district}` },
    ],
    { perRow: 2, size: 14, gap: 0 },
  );
  return pdf.toBuffer();
}
