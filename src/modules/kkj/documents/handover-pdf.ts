// บันทึกสถานะหมู่บ้านและการส่งมอบ-รับมอบ (brown book parts 2 and 3, domain §4.6): who handed over to whom and
// when, the village status frozen at that moment (households, where the money is, the four books, defaults),
// and the signatures of the officer handing over, the one receiving and a witness.
import type { Satang } from "../../../shared/money";
import { newForm, placeLine, type RenderOptions, villageName } from "./document-kit";
import type { BookCheckModel, HandoverModel } from "./document-models";

export const HANDOVER_TITLE = "บันทึกการส่งมอบ-รับมอบงานและสถานะหมู่บ้าน";

const BOOKS = [
  ["purple", "สมุดบัญชีทะเบียนครัวเรือนเป้าหมาย (เล่มสีม่วง)"],
  ["brown", "สมุดบันทึกสถานะหมู่บ้าน (เล่มสีน้ำตาล)"],
  ["green", "บัญชีคุมเงินฝากธนาคาร (เล่มสีเขียว)"],
  ["yellow", "บัญชีคุมลูกหนี้ (เล่มสีเหลือง)"],
] as const;

export async function renderHandoverPdf(m: HandoverModel, options: RenderOptions): Promise<Buffer> {
  const pdf = newForm("handover", HANDOVER_TITLE, options);
  const village = villageName(m.place.villageName);
  const s = m.status;
  const money = (n: number) => pdf.money(n as Satang);
  pdf.title(`${HANDOVER_TITLE}\nกองทุนโครงการแก้ไขปัญหาความยากจน (กข.คจ.) ${village}`, { after: 2 });
  pdf.text(placeLine(pdf, m.place), { align: "center", after: 6 });
  pdf.line(pdf.dateRuns(m.handedOn), { x: pdf.left + pdf.width * 0.42, after: 6 });
  pdf.text("ส่วนที่ 2 การส่งมอบ-รับมอบ", { bold: true });
  pdf.line(
    [
      { text: "ข้าพเจ้า " },
      { fill: m.fromName, minWidth: 180 },
      { text: " ตำแหน่ง " },
      { fill: m.fromPosition, minWidth: 150 },
      { text: " (ผู้ส่งมอบ) ได้ส่งมอบงานกองทุน กข.คจ. " },
      { fill: village, minWidth: 100 },
      { text: " พร้อมสมุดบัญชีและเอกสาร ให้แก่ " },
      { fill: m.toName, minWidth: 180 },
      { text: " ตำแหน่ง " },
      { fill: m.toPosition, minWidth: 150 },
      { text: " (ผู้รับมอบ) โดยมีสถานะหมู่บ้าน ณ วันส่งมอบ ดังนี้" },
    ],
    { indent: 28, after: 4 },
  );
  pdf.text("ส่วนที่ 3 สถานะหมู่บ้าน", { bold: true });
  const count = (n: number, unit: string) => `${pdf.count(n)} ${unit}`;
  pdf.table(
    [
      { header: "ข้อ", width: 0.8, align: "center" },
      { header: "รายการ", width: 5.2 },
      { header: "จำนวน", width: 2.4, align: "right" },
    ],
    [
      ["1", "ครัวเรือนเป้าหมายทั้งหมด", count(s.targetHouseholds, "ครัวเรือน")],
      ["2", "ครัวเรือนที่ได้รับการยืมเงิน", count(s.borrowerHouseholds, "ครัวเรือน")],
      ["3", "ครัวเรือนที่อยู่ระหว่างชำระคืน", count(s.repayingHouseholds, "ครัวเรือน")],
      ["4", "เงินทุนอยู่กับครัวเรือน (ลูกหนี้เงินยืม)", `${money(s.withHouseholdsSatang)} บาท`],
      ["5", "เงินทุนอยู่ในบัญชีเงินฝากธนาคาร", `${money(s.bankSatang)} บาท`],
      ...s.bankAccounts.map((a) => ["", `    ${a.nameTh}`, `${money(a.balanceSatang)} บาท`]),
      ["6", "เงินทุนอยู่ที่อื่น (เงินสดและทรัพย์สินอื่น)", `${money(s.elsewhereSatang)} บาท`],
      ["7", "รวมเงินทุนทั้งสิ้น", `${money(s.totalFundSatang)} บาท`],
      ["8", "เงินทุนเดิมที่ได้รับ", `${money(s.originalCapitalSatang)} บาท`],
      ["9", "เงินทุนที่ขาดหายไป", `${money(s.missingSatang)} บาท`],
      ["10", "ครัวเรือนที่ผิดนัดชำระ", count(s.defaultingHouseholds, "ครัวเรือน")],
      ["11", "จำนวนเงินที่ผิดนัดชำระ", `${money(s.defaultedSatang)} บาท`],
    ].map(([no, label, value]) => [pdf.digits(no!), label!, value!]),
    { size: 11, padding: 2 },
  );
  pdf.space(6);
  pdf.table(
    [
      { header: "สมุดบัญชี", width: 5 },
      { header: "มี/ไม่มี", width: 1.1, align: "center" },
      { header: "ถูกต้อง", width: 1.4, align: "center" },
      { header: "หมายเหตุ", width: 2.6 },
    ],
    BOOKS.map(([key, name]) => {
      const b: BookCheckModel = s.books[key];
      // The note states the check's criterion (Thai / English): it explains a book found wanting.
      const note = b.exists && b.correct ? "" : `เกณฑ์: ${b.note.split(" / ")[0] ?? ""}`;
      return [name, b.exists ? "มี" : "ไม่มี", b.exists ? (b.correct ? "ถูกต้อง" : "ไม่ถูกต้อง") : "-", note];
    }),
    { size: 11, padding: 2 },
  );
  pdf.space(4);
  pdf.line([{ text: "หมายเหตุ " }, { fill: m.notes ?? "", minWidth: 300 }]);
  pdf.text(`(สถานะ ณ วันที่ ${pdf.longDate(s.asOf)} คำนวณจากบัญชีของกองทุนในระบบ)`, { size: 11 });
  pdf.signatures(
    [
      { role: "ผู้ส่งมอบ", name: m.fromName, position: m.fromPosition },
      { role: "ผู้รับมอบ", name: m.toName, position: m.toPosition },
      { role: "พยาน", name: "", position: "ผู้กำกับดูแล" },
    ],
    { perRow: 3, size: 11 },
  );
  return pdf.toBuffer();
}
