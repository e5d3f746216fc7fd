// แบบรับคืนเงินยืมจากครัวเรือนเป้าหมาย (domain §4.5.6): the receipt the loans module numbered, the payer, the
// amount in figures and words, the instalments it covers, what is still owed after it, and the receiver.
// Loans of other fund types get the same layout under a plain receipt title.
import type { Satang } from "../../../shared/money";
import { addressRuns, amountRuns, choice, newForm, type RenderOptions } from "./document-kit";
import type { ReceiptModel } from "./document-models";

export const RECEIPT_TITLE = "แบบรับคืนเงินยืมจากครัวเรือนเป้าหมาย";
export const PLAIN_RECEIPT_TITLE = "ใบรับเงินชำระคืนเงินกู้";

export async function renderReceiptPdf(m: ReceiptModel, options: RenderOptions): Promise<Buffer> {
  const title = m.kkj ? RECEIPT_TITLE : PLAIN_RECEIPT_TITLE;
  const pdf = newForm("receipt", title, options);
  pdf.corners(
    [{ text: m.place.fundName }],
    [{ text: "เลขที่ใบรับ " }, { fill: pdf.digits(m.receiptNo), minWidth: 70, align: "center" }],
  );
  pdf.space(4);
  pdf.title(m.kkj ? `${title}\nโครงการแก้ไขปัญหาความยากจน (กข.คจ.)` : title, { after: 6 });
  if (m.cancelled) {
    pdf.text("ใบรับนี้ถูกยกเลิกแล้ว (กลับรายการรับชำระ)", { align: "center", bold: true, after: 4 });
  }
  pdf.line(pdf.dateRuns(m.paidOn), { x: pdf.left + pdf.width * 0.42, after: 6 });
  pdf.line(
    [
      { text: "ได้รับเงินจาก " },
      { fill: m.payerName, minWidth: 200 },
      ...(m.address ? [{ text: " อยู่" }, ...addressRuns(pdf, m.address)] : []),
    ],
    { indent: 28 },
  );
  pdf.line(
    [
      { text: m.kkj ? "เพื่อชำระคืนเงินยืมตามสัญญายืมเงินทุนเลขที่ " : "เพื่อชำระคืนเงินกู้ตามสัญญาเลขที่ " },
      { fill: pdf.digits(m.loanNo), minWidth: 60, align: "center" },
      { text: " เงินยืมจำนวน " },
      { fill: pdf.money(m.loanPrincipalSatang as Satang), minWidth: 80, align: "center" },
      { text: " บาท ดังนี้" },
    ],
    { indent: 28, after: 4 },
  );
  const withInterest = !m.kkj || m.interestSatang > 0;
  const money = (n: number) => pdf.money(n as Satang);
  const rows = m.lines.map((l) => {
    const label = `งวดที่ ${pdf.digits(l.seq)}${l.dueOn ? ` (ครบกำหนด ${pdf.shortDate(l.dueOn)})` : ""}`;
    return withInterest
      ? [
          label,
          money(l.principalSatang),
          money(l.interestSatang),
          money(l.principalSatang + l.interestSatang),
        ]
      : [label, money(l.principalSatang)];
  });
  pdf.table(
    withInterest
      ? [
          { header: "รายการ", width: 4 },
          { header: "เงินต้น (บาท)", width: 2, align: "right" },
          { header: "ดอกเบี้ย (บาท)", width: 2, align: "right" },
          { header: "รวม (บาท)", width: 2, align: "right" },
        ]
      : [
          { header: "รายการ", width: 5 },
          { header: "จำนวนเงิน (บาท)", width: 2, align: "right" },
        ],
    rows,
    {
      emptyText: "รับชำระล่วงหน้า (ยังไม่ถึงกำหนดงวดใด)",
      footerRows: [
        withInterest
          ? ["รวมเป็นเงิน", money(m.principalSatang), money(m.interestSatang), money(m.amountSatang)]
          : ["รวมเป็นเงิน", money(m.amountSatang)],
      ],
    },
  );
  pdf.space(4);
  pdf.line([{ text: "จำนวนเงิน " }, ...amountRuns(pdf, m.amountSatang)]);
  pdf.line([
    { text: m.kkj ? "คงเหลือเงินยืมที่ต้องชำระอีก " : "คงเหลือเงินต้นที่ต้องชำระอีก " },
    ...amountRuns(pdf, m.outstandingAfterSatang),
  ]);
  pdf.line([
    { text: "รับเป็น  " },
    ...choice(m.method === "cash", "เงินสด"),
    { text: "    " },
    ...choice(m.method === "bank", "ฝากเข้าบัญชีเงินฝากของกองทุน"),
  ]);
  if (m.bankAccount)
    pdf.line([{ text: "บัญชี " }, { fill: pdf.digits(m.bankAccount), minWidth: 160 }], { indent: 56 });
  pdf.space(4);
  pdf.signatures(
    [
      { role: "ผู้ชำระเงิน", name: m.payerName, dateLine: true },
      { role: "ผู้รับเงิน", name: m.receiverName ?? "", position: "กรรมการ กข.คจ.", dateLine: true },
    ],
    { perRow: 2 },
  );
  return pdf.toBuffer();
}
