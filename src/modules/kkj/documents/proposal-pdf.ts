// แบบเสนอโครงการของครัวเรือนเป้าหมาย (domain §4.5.1): the applicant, the project, its budget lines 2.1, 2.2, …
// and total in figures and words, the พัฒนากร's opinion and the committee's decision, with their signatures.
import type { Satang } from "../../../shared/money";
import {
  addressRuns,
  amountRuns,
  heading,
  newForm,
  type RenderOptions,
  reviewSections,
  villageName,
  writtenAtAndDate,
} from "./document-kit";
import type { ProposalModel } from "./document-models";

export const PROPOSAL_TITLE = "แบบเสนอโครงการของครัวเรือนเป้าหมาย";

export async function renderProposalPdf(m: ProposalModel, options: RenderOptions): Promise<Buffer> {
  const pdf = newForm("proposal", PROPOSAL_TITLE, options);
  const village = villageName(m.place.villageName);
  pdf.corners(
    [
      { text: "ลำดับที่ทะเบียน " },
      { fill: m.registerSeq === null ? "" : pdf.digits(m.registerSeq), minWidth: 40, align: "center" },
    ],
    [{ text: "เลขที่ " }, { fill: pdf.digits(m.docNo), minWidth: 70, align: "center" }],
  );
  pdf.space(4);
  pdf.title(`${PROPOSAL_TITLE}\nโครงการแก้ไขปัญหาความยากจน (กข.คจ.)`, { after: 4 });
  writtenAtAndDate(pdf, `ที่ทำการกองทุน กข.คจ. ${village}`, m.submittedOn);
  pdf.space(4);
  pdf.line([{ text: "เรียน  ประธานคณะกรรมการ กข.คจ. " }, { fill: village, minWidth: 120 }], { after: 4 });

  heading(pdf, "1. ข้อมูลผู้เสนอโครงการ");
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
      { text: " เป็นครัวเรือนเป้าหมาย ขอเสนอโครงการ " },
      { fill: m.projectName, minWidth: 160 },
      { text: " (ยืมครั้งที่ " },
      { fill: pdf.digits(m.borrowRound), minWidth: 24, align: "center" },
      { text: ")" },
    ],
    { indent: 28 },
  );

  heading(pdf, "2. งบประมาณที่ใช้ในโครงการ");
  pdf.table(
    [
      { header: "ข้อ", width: 1, align: "center" },
      { header: "รายการ", width: 6 },
      { header: "จำนวนเงิน (บาท)", width: 2.4, align: "right" },
    ],
    m.items.map((item) => [pdf.digits(item.no), item.description, pdf.money(item.amountSatang as Satang)]),
    { footerRows: [["", "รวมทั้งสิ้น", pdf.money(m.totalSatang as Satang)]] },
  );
  pdf.space(4);
  pdf.line([{ text: "รวมเป็นเงินทั้งสิ้น " }, ...amountRuns(pdf, m.totalSatang)]);
  pdf.signatures([{ role: "ผู้เสนอโครงการ", name: m.applicantName }], { perRow: 1, gap: 2 });

  reviewSections(pdf, m.workerOpinion, m.decision, {
    opinionHeading: "3. ความเห็นของพัฒนากร",
    positive: "เป็นไปได้",
    negative: "เป็นไปไม่ได้",
    opinionGap: 2,
    decisionHeading: "4. มติคณะกรรมการ กข.คจ.",
    approved: "อนุมัติ",
    amountLead: " เป็นเงิน ",
  });
  return pdf.toBuffer();
}
