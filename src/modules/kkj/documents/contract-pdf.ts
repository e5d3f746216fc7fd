// สัญญายืมเงินทุน (domain §4.10): one A4 page per copy, three copies (lender, borrower, district office) in one
// PDF or a single copy; parties, clauses 1–6 with the instalment table 3.1–3.6, and the five signatures.
import type { Run, ThaiPdf } from "../../../platform/pdf/index";
import type { Satang } from "../../../shared/money";
import {
  addressRuns,
  amountRuns,
  newForm,
  RELATION_NAMES,
  type RenderOptions,
  villageName,
} from "./document-kit";
import type { ContractModel } from "./document-models";

export const CONTRACT_TITLE = "แบบสัญญายืมเงินทุนของครัวเรือนเป้าหมาย";
export const CONTRACT_COPIES = {
  1: "ฉบับที่ 1 (ผู้ให้ยืม)",
  2: "ฉบับที่ 2 (ผู้ยืม)",
  3: "ฉบับที่ 3 (สำนักงานพัฒนาชุมชนอำเภอ)",
} as const;
export type ContractCopy = keyof typeof CONTRACT_COPIES;
/** The official form has six instalment rows; a shorter plan leaves the rest blank. */
const FORM_ROWS = 6;
const SIZE = 12;
const SMALL = 11;

export async function renderContractPdf(
  m: ContractModel,
  options: RenderOptions & { copies?: readonly ContractCopy[] },
): Promise<Buffer> {
  // Page numbers would run across the copies, which are separate documents printed together.
  const pdf = newForm("contract", CONTRACT_TITLE, options, false);
  const copies = options.copies ?? ([1, 2, 3] as const);
  // A copy that runs onto a second page (very long names) says on that page which copy it continues.
  let continuing: string | null = null;
  pdf.doc.on("pageAdded", () => {
    if (continuing) markContinuation(pdf, continuing);
  });
  copies.forEach((copy, i) => {
    continuing = null;
    if (i > 0) pdf.newPage();
    continuing = `${pdf.digits(CONTRACT_COPIES[copy])} (ต่อ)`;
    contractCopy(pdf, m, copy);
  });
  return pdf.toBuffer();
}

function markContinuation(pdf: ThaiPdf, label: string): void {
  const doc = pdf.doc.font("bold").fontSize(SMALL);
  doc.text(label, pdf.right - doc.widthOfString(label), doc.page.margins.top - 24, { lineBreak: false });
}

function contractCopy(pdf: ThaiPdf, m: ContractModel, copy: ContractCopy): void {
  const village = villageName(m.place.villageName);
  const s = { size: SIZE };
  pdf.text(pdf.digits(CONTRACT_COPIES[copy]), { align: "right", bold: true, size: SMALL });
  pdf.corners(
    [{ text: "เล่มที่ " }, { fill: m.volumeNo ? pdf.digits(m.volumeNo) : "", minWidth: 50, align: "center" }],
    [{ text: "สัญญาเลขที่ " }, { fill: pdf.digits(m.contractNo), minWidth: 70, align: "center" }],
    SIZE,
  );
  pdf.title(`${CONTRACT_TITLE}\nตามโครงการแก้ไขปัญหาความยากจน (กข.คจ.)`, { size: 14, after: 2 });
  const x = pdf.left + pdf.width * 0.42;
  pdf.line([{ text: "เขียนที่ " }, { fill: m.writtenAt, minWidth: 150 }], { x, ...s });
  pdf.line(pdf.dateRuns(m.signedOn), { x, ...s, after: 2 });

  pdf.line(
    [
      { text: "ข้าพเจ้า " },
      { fill: m.borrowerName, minWidth: 170 },
      { text: " เลขประจำตัวประชาชน " },
      { fill: "", minWidth: 110 },
      { text: " อยู่" },
      ...addressRuns(pdf, m.address),
      { text: " ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้ยืม” ได้ทำสัญญานี้ไว้กับคณะกรรมการ กข.คจ. " },
      { fill: village, minWidth: 100 },
      { text: " ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้ให้ยืม” ดังมีข้อความต่อไปนี้" },
    ],
    { indent: 28, ...s },
  );
  const clause = (runs: Run[]) => pdf.line(runs, { indent: 28, ...s });
  clause([
    { text: "ข้อ 1 ผู้ยืมได้ยืมเงินทุนโครงการแก้ไขปัญหาความยากจน (กข.คจ.) จำนวน ".replace("1", pdf.digits(1)) },
    ...amountRuns(pdf, m.amountSatang),
    { text: " เพื่อนำไปประกอบอาชีพตามโครงการ " },
    { fill: m.projectName, minWidth: 150 },
    { text: " ซึ่งคณะกรรมการ กข.คจ. ได้อนุมัติแล้ว (ยืมครั้งที่ " },
    { fill: pdf.digits(m.borrowRound), minWidth: 24, align: "center" },
    { text: ")" },
  ]);
  clause([
    {
      text: `ข้อ ${pdf.digits(2)} ผู้ยืมจะปฏิบัติตามระเบียบกระทรวงมหาดไทยว่าด้วยการบริหารและการใช้จ่ายเงินโครงการแก้ไขปัญหาความยากจน พ.ศ. ${pdf.digits(2553)} ทุกประการ`,
    },
  ]);
  clause([
    { text: `ข้อ ${pdf.digits(3)} ผู้ยืมจะชำระเงินยืมคืนให้แก่ผู้ให้ยืมรวม ` },
    { fill: pdf.digits(m.instalments.length), minWidth: 24, align: "center" },
    { text: " งวด ดังนี้" },
  ]);
  instalmentRows(pdf, m);
  clause([
    {
      text: `ข้อ ${pdf.digits(4)} หากผู้ยืมผิดสัญญาข้อหนึ่งข้อใด ผู้ยืมยินยอมให้ผู้ให้ยืมดำเนินการตามกฎหมายได้ทันที`,
    },
  ]);
  clause([
    {
      text: `ข้อ ${pdf.digits(5)} สัญญานี้ทำขึ้นสามฉบับ มีข้อความถูกต้องตรงกัน ผู้ให้ยืมเก็บรักษาไว้หนึ่งฉบับ ผู้ยืมเก็บรักษาไว้หนึ่งฉบับ และสำนักงานพัฒนาชุมชนอำเภอ${m.place.district}เก็บรักษาไว้หนึ่งฉบับ`,
    },
  ]);
  clause([
    {
      text: `ข้อ ${pdf.digits(6)} คู่สัญญาได้อ่านและเข้าใจข้อความในสัญญานี้โดยตลอดแล้ว จึงได้ลงลายมือชื่อไว้เป็นสำคัญต่อหน้าพยาน`,
    },
  ]);
  const consent = m.consentRelation ? RELATION_NAMES[m.consentRelation] : "สามี/ภรรยา/ทายาท";
  const sign = { size: SMALL, gap: 0 };
  pdf.signatures(
    [
      { role: "ผู้ยืม", name: m.borrowerName, dateLine: true },
      { role: "ผู้ให้คำยินยอม", name: m.consentName ?? "", position: consent, dateLine: true },
    ],
    sign,
  );
  pdf.signatures(
    [
      {
        role: "ผู้ให้ยืม",
        name: m.lenderName,
        position: `ประธานคณะกรรมการ กข.คจ. ${village}`,
        dateLine: true,
      },
    ],
    { ...sign, perRow: 1 },
  );
  pdf.signatures(
    [
      { role: "พยาน", name: m.witness1Name, dateLine: true },
      { role: "พยาน", name: m.witness2Name, dateLine: true },
    ],
    sign,
  );
}

/** 3.1 … 3.6: งวดที่ n ภายในวันที่ … จำนวนเงิน … บาท, one line each; rows beyond the plan stay blank to fill in. */
function instalmentRows(pdf: ThaiPdf, m: ContractModel): void {
  const rows = Math.max(FORM_ROWS, m.instalments.length);
  for (let index = 0; index < rows; index++) {
    const i = m.instalments[index];
    pdf.line(
      [
        { text: `${pdf.digits(`3.${index + 1}`)} งวดที่ ` },
        { fill: i ? pdf.digits(i.seq) : "", minWidth: 24, align: "center" },
        { text: " ภายในวันที่ " },
        { fill: i ? pdf.longDate(i.dueOn) : "", minWidth: 106, align: "center" },
        { text: " จำนวนเงิน " },
        { fill: i ? pdf.money(i.amountSatang as Satang) : "", minWidth: 80, align: "center" },
        { text: " บาท" },
      ],
      { indent: 28, size: SIZE },
    );
  }
}
