// What every กข.คจ. form shares: the page set-up, place phrases, choice marks, the amount-with-words phrase and
// the headers a PDF answer is sent with.
import { type Run, ThaiPdf } from "../../../platform/pdf/index";
import { bahtText } from "../../../shared/baht-text";
import type { Satang } from "../../../shared/money";
import type { DecisionModel, FundPlace, HouseAddress, WorkerOpinionModel } from "./document-models";

export interface RenderOptions {
  /** Thai digits instead of Western ones; each template has its own default (DIGIT_DEFAULTS). */
  thaiDigits?: boolean | undefined;
  /** Fixed per record (its creation time), so that the same data always gives the same bytes. */
  createdAt: Date;
}

export type DocumentKind =
  | "proposal"
  | "loanRequest"
  | "contract"
  | "voucher"
  | "receipt"
  | "debtConfirmation"
  | "handover";

/**
 * Forms print Western digits, as the precedent system's forms do; the debt confirmation is a letter, and
 * government letters customarily use Thai digits (domain §10.2). `?thaiDigits=0|1` overrides either way.
 */
export const DIGIT_DEFAULTS: Record<DocumentKind, boolean> = {
  proposal: false,
  loanRequest: false,
  contract: false,
  voucher: false,
  receipt: false,
  debtConfirmation: true,
  handover: false,
};

export function newForm(
  kind: DocumentKind,
  title: string,
  options: RenderOptions,
  pageNumbers = true,
): ThaiPdf {
  return new ThaiPdf({
    title,
    subject: title,
    pageNumbers,
    thaiDigits: options.thaiDigits ?? DIGIT_DEFAULTS[kind],
    createdAt: options.createdAt,
  });
}

/** "( / )" before the chosen option and "(   )" before the others, as the paper forms are ticked. */
export function choice(selected: boolean, label: string): Run[] {
  return [
    { text: selected ? "( / ) " : "(    ) ", bold: selected },
    { text: label, bold: selected },
  ];
}

/** "บ้านดอกกระเจียว" whether or not the village name already starts with บ้าน. */
export function villageName(name: string): string {
  return name.startsWith("บ้าน") ? name : `บ้าน${name}`;
}

/** The runs of an address: บ้านเลขที่ … หมู่ที่ … บ้าน … ตำบล … อำเภอ … จังหวัด … */
export function addressRuns(pdf: ThaiPdf, a: HouseAddress | null): Run[] {
  return [
    { text: "บ้านเลขที่ " },
    { fill: a ? pdf.digits(a.houseNo) : "", minWidth: 40, align: "center" },
    { text: " หมู่ที่ " },
    { fill: a ? pdf.digits(a.villageNo) : "", minWidth: 24, align: "center" },
    { text: " บ้าน " },
    { fill: a ? a.villageName.replace(/^บ้าน/, "") : "", minWidth: 70 },
    { text: " ตำบล " },
    { fill: a?.subdistrict ?? "", minWidth: 60 },
    { text: " อำเภอ " },
    { fill: a?.district ?? "", minWidth: 60 },
    { text: " จังหวัด " },
    { fill: a?.province ?? "", minWidth: 60 },
  ];
}

/** The fund's own place as an address (no house number). */
export function placeAddress(place: FundPlace): HouseAddress {
  return {
    houseNo: "",
    villageNo: place.villageNo,
    villageName: place.villageName,
    subdistrict: place.subdistrict,
    district: place.district,
    province: place.province,
  };
}

/** "บ้านดอกกระเจียว หมู่ที่ 8 ตำบลทรายมูล อำเภอน้ำพอง จังหวัดขอนแก่น". */
export function placeLine(pdf: ThaiPdf, place: FundPlace): string {
  return pdf.digits(
    `${villageName(place.villageName)} หมู่ที่ ${place.villageNo} ตำบล${place.subdistrict} อำเภอ${place.district} จังหวัด${place.province}`,
  );
}

/** The amount in figures on a dotted line, then "บาท (…บาทถ้วน)". */
export function amountRuns(pdf: ThaiPdf, amountSatang: number | null, minWidth = 90): Run[] {
  return [
    { fill: amountSatang === null ? "" : pdf.money(amountSatang as Satang), minWidth, align: "center" },
    { text: " บาท (" },
    { fill: amountSatang === null ? "" : bahtText(amountSatang), minWidth: 150, align: "center" },
    { text: ")" },
  ];
}

/** The right-hand block of a form's head: เขียนที่ … and the date line. */
export function writtenAtAndDate(pdf: ThaiPdf, writtenAt: string, date: string | null): void {
  const x = pdf.left + pdf.width * 0.42;
  pdf.line([{ text: "เขียนที่ " }, { fill: writtenAt, minWidth: 150 }], { x });
  pdf.line(pdf.dateRuns(date), { x });
}

/** A section heading in bold with a little space above. */
export function heading(pdf: ThaiPdf, text: string): void {
  pdf.space(2);
  pdf.ensureSpace(60);
  pdf.text(text, { bold: true });
}

export const RELATION_NAMES: Record<"spouse" | "heir", string> = {
  spouse: "คู่สมรส (สามีหรือภรรยา)",
  heir: "ทายาท",
};

/** Masks everything outside printable ASCII for the plain `filename=` fallback. */
function asciiName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const stem = fileName.slice(0, dot);
  const ascii = stem
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\%;/]/g, "")
    .replace(/\s+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return `${ascii || "document"}${fileName.slice(dot)}`;
}

export interface PdfDocument {
  bytes: Buffer;
  /** Thai file name with ".pdf", e.g. "สัญญายืมเงิน-1-2567.pdf". */
  fileName: string;
  /** The ASCII fallback, e.g. "kkj-contract-1-2567.pdf". */
  asciiFileName: string;
}

export function pdfDocument(bytes: Buffer, thaiStem: string, asciiStem: string): PdfDocument {
  const clean = (s: string) => s.replace(/[/\\]/g, "-").replace(/\s+/g, "-");
  return {
    bytes,
    fileName: `${clean(thaiStem)}.pdf`,
    asciiFileName: asciiName(`${clean(asciiStem)}.pdf`),
  };
}

/** RFC 5987 percent-encoding for `filename*`. */
function rfc5987(text: string): string {
  return encodeURIComponent(text).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The headers a PDF answer carries: shown inline, named in Thai with an ASCII fallback, never cached. */
export function pdfHeaders(doc: PdfDocument): Record<string, string> {
  return {
    "content-type": "application/pdf",
    "content-disposition": `inline; filename="${doc.asciiFileName}"; filename*=UTF-8''${rfc5987(doc.fileName)}`,
    "cache-control": "no-store",
  };
}

/** The wording of the opinion and decision sections, which the proposal and the loan request word differently. */
export interface ReviewLabels {
  opinionHeading: string;
  positive: string;
  negative: string;
  /** Space after the worker's signature. */
  opinionGap: number;
  decisionHeading: string;
  approved: string;
  /** Between the approval box and the amount: " เป็นเงิน " or " จำนวน ". */
  amountLead: string;
}

/** The worker's opinion (box, reason, signature) and the committee's decision (boxes, amount, reason, meeting, chair). */
export function reviewSections(
  pdf: ThaiPdf,
  opinion: WorkerOpinionModel | null,
  d: DecisionModel | null,
  labels: ReviewLabels,
): void {
  heading(pdf, labels.opinionHeading);
  pdf.line(
    [
      ...choice(opinion?.positive === true, labels.positive),
      { text: "      " },
      ...choice(opinion?.positive === false, labels.negative),
      { text: "  เพราะ " },
      { fill: opinion?.reason ?? "", minWidth: 200 },
    ],
    { indent: 28 },
  );
  pdf.signatures([{ role: "พัฒนากร", name: opinion?.name ?? "", dateLine: opinion?.on ?? true }], {
    perRow: 1,
    gap: labels.opinionGap,
  });

  heading(pdf, labels.decisionHeading);
  pdf.line(
    [
      ...choice(d?.approved === true, labels.approved),
      { text: labels.amountLead },
      ...amountRuns(pdf, d?.approved ? d.amountSatang : null),
    ],
    { indent: 28 },
  );
  pdf.line(
    [
      ...choice(d?.approved === false, "ไม่อนุมัติ"),
      { text: "  เหตุผล " },
      { fill: d?.reason ?? "", minWidth: 220 },
    ],
    { indent: 28 },
  );
  pdf.line(
    [
      { text: "ตามมติที่ประชุมคณะกรรมการ กข.คจ. ครั้งที่ " },
      { fill: d?.meetingNo ? pdf.digits(d.meetingNo) : "", minWidth: 60, align: "center" },
    ],
    { indent: 28 },
  );
  pdf.signatures(
    [
      {
        role: "ประธานกรรมการ",
        name: d?.chairName ?? "",
        position: "ประธานคณะกรรมการ กข.คจ.",
        dateLine: d?.decidedOn ?? true,
      },
    ],
    { perRow: 1 },
  );
}
