// แบบขอยืมเงินทุนของครัวเรือนเป้าหมาย (domain §4.5.2): register sequence, the amount in figures and words, the
// repayment plan, the undertaking to follow the regulation, the spouse's or heir's consent, the พัฒนากร's
// opinion and the committee's decision and amount, with their signatures.
import type { Satang } from "../../../shared/money";
import {
  addressRuns,
  amountRuns,
  heading,
  newForm,
  RELATION_NAMES,
  type RenderOptions,
  reviewSections,
  villageName,
  writtenAtAndDate,
} from "./document-kit";
import type { LoanRequestModel } from "./document-models";

export const LOAN_REQUEST_TITLE = "แบบขอยืมเงินทุนของครัวเรือนเป้าหมาย";

export async function renderLoanRequestPdf(m: LoanRequestModel, options: RenderOptions): Promise<Buffer> {
  const pdf = newForm("loanRequest", LOAN_REQUEST_TITLE, options);
  const village = villageName(m.place.villageName);
  pdf.corners(
    [{ text: "ลำดับที่ทะเบียน " }, { fill: pdf.digits(m.registerSeq), minWidth: 40, align: "center" }],
    [{ text: "เลขที่ " }, { fill: pdf.digits(m.docNo), minWidth: 70, align: "center" }],
  );
  pdf.space(4);
  pdf.title(`${LOAN_REQUEST_TITLE}\nโครงการแก้ไขปัญหาความยากจน (กข.คจ.)`, { after: 6 });
  writtenAtAndDate(pdf, `ที่ทำการกองทุน กข.คจ. ${village}`, m.requestedOn);
  pdf.space(4);
  pdf.line([{ text: "เรียน  ประธานคณะกรรมการ กข.คจ. " }, { fill: village, minWidth: 120 }], { after: 4 });

  pdf.line(
    [
      { text: "ข้าพเจ้า " },
      { fill: m.applicantName, minWidth: 180 },
      { text: " อายุ " },
      { fill: m.applicantAge === null ? "" : pdf.digits(m.applicantAge), minWidth: 30, align: "center" },
      { text: " ปี อาชีพ " },
      { fill: m.occupation, minWidth: 90 },
      { text: " อยู่" },
      ...addressRuns(pdf, m.address),
      { text: " เป็นครัวเรือนเป้าหมายลำดับที่ " },
      { fill: pdf.digits(m.registerSeq), minWidth: 30, align: "center" },
      { text: " ในบัญชีทะเบียนครัวเรือนเป้าหมาย ซึ่งคณะกรรมการ กข.คจ. ได้อนุมัติโครงการ " },
      { fill: m.projectName, minWidth: 160 },
      { text: " ตามแบบเสนอโครงการเลขที่ " },
      { fill: pdf.digits(m.proposalDocNo), minWidth: 50, align: "center" },
      { text: " แล้ว มีความประสงค์ขอยืมเงินทุน กข.คจ. จำนวน " },
      ...amountRuns(pdf, m.amountSatang),
      { text: " เพื่อใช้ในโครงการดังกล่าว และจะชำระคืนดังนี้" },
    ],
    { indent: 28, after: 2 },
  );
  pdf.table(
    [
      { header: "งวดที่", width: 1, align: "center" },
      { header: "กำหนดชำระภายในวันที่", width: 3, align: "center" },
      { header: "จำนวนเงิน (บาท)", width: 2, align: "right" },
    ],
    m.instalments.map((i) => [pdf.digits(i.seq), pdf.longDate(i.dueOn), pdf.money(i.amountSatang as Satang)]),
    { emptyText: "ตามที่คณะกรรมการกำหนด" },
  );
  pdf.space(4);
  pdf.text(
    "ข้าพเจ้าขอรับรองว่าจะนำเงินยืมไปใช้ตามโครงการที่ได้รับอนุมัติเท่านั้น และจะปฏิบัติตามระเบียบกระทรวงมหาดไทยว่าด้วยการบริหารและการใช้จ่ายเงินโครงการแก้ไขปัญหาความยากจน พ.ศ. 2553 ทุกประการ".replace(
      "2553",
      pdf.digits(2553),
    ),
    { indent: 28, align: "justify" },
  );
  pdf.signatures([{ role: "ผู้ขอยืม", name: m.applicantName }], { perRow: 1, gap: 4 });

  heading(pdf, "คำยินยอมของคู่สมรสหรือทายาท");
  pdf.line(
    [
      { text: "ข้าพเจ้า " },
      { fill: m.consentName ?? "", minWidth: 180 },
      { text: " ในฐานะ " },
      { fill: m.consentRelation ? RELATION_NAMES[m.consentRelation] : "", minWidth: 90, align: "center" },
      { text: " ของผู้ขอยืม ยินยอมให้ผู้ขอยืมยืมเงินทุนตามคำขอนี้" },
    ],
    { indent: 28 },
  );
  pdf.signatures([{ role: "ผู้ให้คำยินยอม", name: m.consentName ?? "" }], { perRow: 1, gap: 4 });

  reviewSections(pdf, m.workerOpinion, m.decision, {
    opinionHeading: "ความเห็นของพัฒนากร",
    positive: "เห็นด้วย",
    negative: "ไม่เห็นด้วย",
    opinionGap: 4,
    decisionHeading: "มติคณะกรรมการ กข.คจ.",
    approved: "อนุมัติให้ยืม",
    amountLead: " จำนวน ",
  });
  return pdf.toBuffer();
}
