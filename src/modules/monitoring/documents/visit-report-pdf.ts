// รายงานการลงพื้นที่ติดตามการดำเนินงาน: the visit report — subject and place, team, people met, findings,
// recommendations, follow-up actions with owners and due dates, the JPEG and PNG photos, the reporter's signature.
import { ThaiPdf } from "../../../platform/pdf/index";
import { formatThaiShort, type IsoDate } from "../../../shared/thai-date";

export const VISIT_REPORT_TITLE = "รายงานการลงพื้นที่ติดตามการดำเนินงาน";

export interface VisitReportPhoto {
  caption: string;
  kind: "jpeg" | "png";
  bytes: Buffer;
}

export interface VisitReportModel {
  subjectTypeName: string;
  subjectName: string;
  /** "หมู่ที่ 8 บ้านดอกกระเจียว ตำบลทรายมูล อำเภอน้ำพอง จังหวัดขอนแก่น". */
  placeLine: string;
  visitedOn: IsoDate;
  purpose: string;
  team: { name: string; position: string }[];
  peopleMet: { name: string; role: string }[];
  findings: string;
  recommendations: string;
  followUps: {
    description: string;
    ownerName: string;
    dueOn: IsoDate;
    status: "open" | "done";
    doneOn: IsoDate | null;
    doneNote: string | null;
    isOverdue: boolean;
  }[];
  photos: VisitReportPhoto[];
  /** Photos kept in a format the report cannot print (WebP). */
  photosNotPrinted: number;
  /** The business date the report is printed on (follow-up status as of that day). */
  printedOn: IsoDate;
}

export interface VisitReportOptions {
  thaiDigits?: boolean | undefined;
  createdAt: Date;
}

function heading(pdf: ThaiPdf, text: string): void {
  pdf.space(4);
  pdf.ensureSpace(48);
  pdf.text(text, { bold: true, after: 1 });
}

function paragraphs(pdf: ThaiPdf, text: string, empty: string): void {
  const parts = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) {
    pdf.text(empty, { indent: 28 });
    return;
  }
  for (const p of parts) pdf.text(p, { indent: 28, align: "justify", after: 1 });
}

/** Two photos a row, each fitted into its cell with the caption below; a damaged image prints a note instead. */
function photoGrid(pdf: ThaiPdf, photos: VisitReportPhoto[]): void {
  const gap = 12;
  const cellWidth = (pdf.width - gap) / 2;
  const imageHeight = cellWidth * 0.56;
  const captionHeight = 34;
  for (let i = 0; i < photos.length; i += 2) {
    pdf.ensureSpace(imageHeight + captionHeight);
    const top = pdf.y;
    let bottom = top;
    photos.slice(i, i + 2).forEach((photo, k) => {
      const x = pdf.left + k * (cellWidth + gap);
      pdf.doc.save().lineWidth(0.5).rect(x, top, cellWidth, imageHeight).stroke().restore();
      try {
        pdf.doc.image(photo.bytes, x + 2, top + 2, {
          fit: [cellWidth - 4, imageHeight - 4],
          align: "center",
          valign: "center",
        });
      } catch {
        pdf.y = top + imageHeight / 2 - 8;
        pdf.text("(แสดงรูปนี้ไม่ได้)", { x, width: cellWidth, align: "center", size: 11 });
      }
      pdf.y = top + imageHeight + 2;
      pdf.text(`ภาพที่ ${pdf.digits(i + k + 1)} ${photo.caption}`, {
        x,
        width: cellWidth,
        align: "center",
        size: 11,
      });
      bottom = Math.max(bottom, pdf.y);
    });
    pdf.y = bottom + 6;
  }
}

export async function renderVisitReportPdf(
  m: VisitReportModel,
  options: VisitReportOptions,
): Promise<Buffer> {
  const pdf = new ThaiPdf({
    title: VISIT_REPORT_TITLE,
    subject: `${VISIT_REPORT_TITLE} ${m.subjectName}`,
    thaiDigits: options.thaiDigits ?? false,
    createdAt: options.createdAt,
    pageNumbers: true,
    footer: `แก้จน (Kaejon) พิมพ์เมื่อ ${formatThaiShort(m.printedOn)}`,
  });
  pdf.title(VISIT_REPORT_TITLE);
  // "กองทุน กข.คจ. …" already says what it is; "หมู่บ้าน" before a village name does not.
  const subject = m.subjectName.startsWith(m.subjectTypeName)
    ? m.subjectName
    : `${m.subjectTypeName} ${m.subjectName}`;
  pdf.text(subject, { align: "center", bold: true });
  pdf.text(pdf.digits(m.placeLine), { align: "center", after: 4 });
  pdf.line([{ text: "วันที่ลงพื้นที่ " }, { fill: pdf.longDate(m.visitedOn), minWidth: 160, align: "center" }], {
    x: pdf.left + pdf.width * 0.45,
    after: 4,
  });

  heading(pdf, "1. วัตถุประสงค์");
  paragraphs(pdf, m.purpose, "-");

  heading(pdf, "2. คณะผู้ลงพื้นที่");
  pdf.table(
    [
      { header: "ที่", width: 0.6, align: "center" },
      { header: "ชื่อ-สกุล", width: 4 },
      { header: "ตำแหน่ง", width: 5 },
    ],
    m.team.map((t, i) => [pdf.digits(i + 1), t.name, t.position || "-"]),
    { size: 11, padding: 2, emptyText: "-" },
  );

  heading(pdf, "3. ผู้ที่ได้พบและให้ข้อมูล");
  pdf.table(
    [
      { header: "ที่", width: 0.6, align: "center" },
      { header: "ชื่อ-สกุล", width: 4 },
      { header: "ตำแหน่ง/บทบาท", width: 5 },
    ],
    m.peopleMet.map((p, i) => [pdf.digits(i + 1), p.name, p.role || "-"]),
    { size: 11, padding: 2, emptyText: "ไม่ได้บันทึก" },
  );

  heading(pdf, "4. ผลการติดตาม");
  paragraphs(pdf, m.findings, "-");

  heading(pdf, "5. ข้อเสนอแนะ");
  paragraphs(pdf, m.recommendations, "ไม่มี");

  heading(pdf, "6. งานที่ต้องติดตาม");
  pdf.table(
    [
      { header: "ที่", width: 0.6, align: "center" },
      { header: "รายการ", width: 4.4 },
      { header: "ผู้รับผิดชอบ", width: 2.4 },
      { header: "กำหนดเสร็จ", width: 1.6, align: "center" },
      { header: "สถานะ", width: 2.6 },
    ],
    m.followUps.map((f, i) => [
      pdf.digits(i + 1),
      f.description,
      f.ownerName,
      pdf.shortDate(f.dueOn),
      f.status === "done"
        ? `เสร็จแล้ว ${f.doneOn ? pdf.shortDate(f.doneOn) : ""}${f.doneNote ? ` ${f.doneNote}` : ""}`
        : f.isOverdue
          ? "ยังไม่เสร็จ (เกินกำหนด)"
          : "ยังไม่เสร็จ",
    ]),
    { size: 11, padding: 2, emptyText: "ไม่มีงานที่ต้องติดตาม" },
  );

  if (m.photos.length > 0 || m.photosNotPrinted > 0) {
    heading(pdf, "7. ภาพประกอบ");
    photoGrid(pdf, m.photos);
    if (m.photosNotPrinted > 0) {
      pdf.text(`(มีรูปอีก ${pdf.digits(m.photosNotPrinted)} รูปในระบบที่เป็นชนิดไฟล์ซึ่งพิมพ์ในรายงานไม่ได้)`, { size: 11 });
    }
  }

  const reporter = m.team[0];
  pdf.signatures(
    [{ role: "ผู้รายงาน", name: reporter?.name ?? "", position: reporter?.position ?? "", dateLine: true }],
    {
      perRow: 1,
    },
  );
  return pdf.toBuffer();
}
