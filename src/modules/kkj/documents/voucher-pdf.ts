// ใบสำคัญจ่ายเงินยืม (domain §4.5.5): number, date, payee, amount in figures and words, purpose, where the money
// came from (cash on hand, or the bank withdrawal the signatories approved) and the payer's, approver's and
// receiver's signatures.
import type { Satang } from "../../../shared/money";
import { addressRuns, amountRuns, choice, newForm, type RenderOptions, villageName } from "./document-kit";
import type { VoucherModel } from "./document-models";

export const VOUCHER_TITLE = "ใบสำคัญจ่ายเงินยืม";

const WITHDRAWAL_STATUS: Record<string, string> = {
  pending: "รอผู้มีอำนาจลงนามอนุมัติ",
  posted: "ผู้มีอำนาจลงนามอนุมัติและถอนแล้ว",
  cancelled: "ยกเลิก",
};

export async function renderVoucherPdf(m: VoucherModel, options: RenderOptions): Promise<Buffer> {
  const pdf = newForm("voucher", VOUCHER_TITLE, options);
  const village = villageName(m.place.villageName);
  pdf.corners(
    [{ text: m.place.fundName }],
    [{ text: "เลขที่ " }, { fill: pdf.digits(m.voucherNo), minWidth: 70, align: "center" }],
  );
  pdf.space(4);
  pdf.title(`${VOUCHER_TITLE}\nโครงการแก้ไขปัญหาความยากจน (กข.คจ.) ${village}`, { after: 6 });
  if (m.status !== "paid") {
    pdf.text(
      m.status === "cancelled" ? "ใบสำคัญนี้ถูกยกเลิกแล้ว ไม่มีการจ่ายเงิน" : "ยังไม่ได้จ่ายเงิน: รอการถอนเงินจากบัญชีธนาคาร",
      { align: "center", bold: true, after: 4 },
    );
  }
  pdf.line(pdf.dateRuns(m.paidOn), { x: pdf.left + pdf.width * 0.42, after: 6 });
  pdf.line(
    [
      { text: "จ่ายให้ " },
      { fill: m.payeeName, minWidth: 200 },
      { text: " อยู่" },
      ...addressRuns(pdf, m.address),
    ],
    { indent: 28 },
  );
  pdf.line(
    [
      { text: "ตามสัญญายืมเงินทุนเลขที่ " },
      { fill: pdf.digits(m.contractNo), minWidth: 60, align: "center" },
      { text: " ลงวันที่ " },
      { fill: pdf.longDate(m.contractSignedOn), minWidth: 110, align: "center" },
      { text: " เพื่อประกอบอาชีพตามโครงการ " },
      { fill: m.projectName, minWidth: 150 },
    ],
    { indent: 28, after: 6 },
  );
  pdf.table(
    [
      { header: "รายการ", width: 5 },
      { header: "จำนวนเงิน (บาท)", width: 2, align: "right" },
    ],
    [
      [
        `จ่ายเงินยืมตามสัญญาเลขที่ ${pdf.digits(m.contractNo)} โครงการ ${m.projectName}`,
        pdf.money(m.amountSatang as Satang),
      ],
    ],
    { footerRows: [["รวมเป็นเงิน", pdf.money(m.amountSatang as Satang)]] },
  );
  pdf.space(4);
  pdf.line([{ text: "จำนวนเงิน " }, ...amountRuns(pdf, m.amountSatang)], { after: 4 });
  pdf.text("จ่ายจาก", { bold: true });
  pdf.line(choice(m.source === "cash", "เงินสดในมือของกองทุน"), { indent: 28 });
  const w = m.withdrawal;
  pdf.line(choice(m.source === "bank", "ถอนจากบัญชีเงินฝากของกองทุน"), { indent: 28 });
  pdf.line(
    [
      { text: "ธนาคาร " },
      { fill: w ? `${w.bankName.replace(/^ธนาคาร/, "")} สาขา${w.branch}` : "", minWidth: 150 },
      { text: " เลขที่บัญชี " },
      { fill: w ? pdf.digits(w.accountNo) : "", minWidth: 100, align: "center" },
    ],
    { indent: 56 },
  );
  pdf.line(
    [
      { text: "รายการถอนเงินอ้างอิง " },
      { fill: w?.reference ?? "", minWidth: 80, align: "center" },
      { text: " ลงวันที่ " },
      { fill: w?.entryDate ? pdf.longDate(w.entryDate) : "", minWidth: 110, align: "center" },
    ],
    { indent: 56 },
  );
  if (w)
    pdf.line([{ text: "สถานะการถอน " }, { fill: WITHDRAWAL_STATUS[w.status] ?? w.status, minWidth: 150 }], {
      indent: 56,
    });
  pdf.signatures(
    [
      { role: "ผู้จ่ายเงิน", name: m.payerName ?? "", position: "กรรมการฝ่ายการเงิน", dateLine: true },
      { role: "ผู้อนุมัติ", name: m.approverName ?? "", position: "ประธานคณะกรรมการ กข.คจ.", dateLine: true },
    ],
    { perRow: 2 },
  );
  pdf.signatures([{ role: "ผู้รับเงิน", name: m.payeeName, position: "ผู้ยืม", dateLine: true }], {
    perRow: 1,
  });
  return pdf.toBuffer();
}
