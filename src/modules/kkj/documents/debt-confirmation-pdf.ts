// หนังสือยืนยันยอดหนี้ (domain §4.5.6): a letter from the borrower to the committee confirming, or disputing with
// the amount it claims, the balance of its loan as of a date; Thai digits by default, as letters are written.
import { bahtText } from "../../../shared/baht-text";
import type { Satang } from "../../../shared/money";
import { amountRuns, choice, newForm, placeLine, type RenderOptions, villageName } from "./document-kit";
import type { DebtConfirmationModel } from "./document-models";

export const DEBT_CONFIRMATION_TITLE = "หนังสือยืนยันยอดหนี้";

export async function renderDebtConfirmationPdf(
  m: DebtConfirmationModel,
  options: RenderOptions,
): Promise<Buffer> {
  const pdf = newForm("debtConfirmation", DEBT_CONFIRMATION_TITLE, options);
  const village = villageName(m.place.villageName);
  pdf.title(DEBT_CONFIRMATION_TITLE, { after: 8 });
  const x = pdf.left + pdf.width * 0.5;
  const a = m.address;
  const addressLines = a
    ? [
        `บ้านเลขที่ ${a.houseNo} หมู่ที่ ${a.villageNo} ${villageName(a.villageName)}`,
        `ตำบล${a.subdistrict} อำเภอ${a.district}`,
        `จังหวัด${a.province}`,
      ]
    : [placeLine(pdf, m.place)];
  for (const [i, line] of addressLines.entries()) {
    pdf.text(pdf.digits(line), { x, after: i === addressLines.length - 1 ? 6 : 0 });
  }
  pdf.text(pdf.longDate(m.confirmedOn), { x, after: 8 });
  pdf.text(`เรื่อง  ยืนยันยอดหนี้เงินยืม กข.คจ. ประจำปีงบประมาณ พ.ศ. ${pdf.digits(m.fiscalYear)}`, {
    after: 6,
  });
  pdf.text(`เรียน  ประธานคณะกรรมการ กข.คจ. ${village}`, { after: 6 });
  pdf.text(
    `อ้างถึง  สัญญายืมเงินทุนเลขที่ ${pdf.digits(m.contractNo)}${m.contractSignedOn ? ` ลงวันที่ ${pdf.longDate(m.contractSignedOn)}` : ""}`,
    { after: 8 },
  );
  pdf.text(
    `ตามที่ข้าพเจ้า ${m.borrowerName} ได้ยืมเงินทุนโครงการแก้ไขปัญหาความยากจน (กข.คจ.) ${village} ตามสัญญาที่อ้างถึง จำนวน ${pdf.money(m.principalSatang as Satang)} บาท (${bahtText(m.principalSatang)}) นั้น คณะกรรมการ กข.คจ. แจ้งว่า ณ วันที่ ${pdf.longDate(m.asOf)} ข้าพเจ้ามียอดหนี้เงินยืมคงเหลือ จำนวน ${pdf.money(m.outstandingSatang as Satang)} บาท (${bahtText(m.outstandingSatang)})`,
    { indent: 56, after: 6 },
  );
  pdf.text("ข้าพเจ้าได้ตรวจสอบแล้ว", { indent: 56 });
  pdf.line(choice(m.agrees, "ขอยืนยันว่ายอดหนี้ดังกล่าวถูกต้อง"), { indent: 56 });
  pdf.line(
    [
      ...choice(!m.agrees, "ไม่เห็นด้วยกับยอดหนี้ดังกล่าว ยอดหนี้ที่ถูกต้องตามความเห็นของข้าพเจ้า จำนวน "),
      ...amountRuns(pdf, m.agrees ? null : m.claimedSatang),
      { text: " เนื่องจาก " },
      { fill: m.agrees ? "" : (m.note ?? ""), minWidth: 200 },
    ],
    { indent: 56, after: 8 },
  );
  pdf.text("จึงเรียนมาเพื่อโปรดทราบ", { indent: 56, after: 8 });
  pdf.text("ขอแสดงความนับถือ", { x, width: pdf.right - x - 40, align: "center" });
  pdf.signatures([{ role: "ผู้ยืม", name: m.borrowerName }], { perRow: 1 });
  pdf.space(8);
  pdf.text("ได้รับหนังสือยืนยันยอดหนี้ฉบับนี้แล้ว", { indent: 56 });
  pdf.signatures(
    [{ role: "ประธานกรรมการ", name: m.chairName ?? "", position: "ประธานคณะกรรมการ กข.คจ.", dateLine: true }],
    { perRow: 1 },
  );
  return pdf.toBuffer();
}
