// The official reports as PDF: 26(1) village (portrait), 26(1) district, 26(2) province, ข้อ 27 and the
// fund-problem report (landscape), each with its area and as-of line in B.E., totals and signature blocks.
import { type Column, type SignatureBlock, SMALL_SIZE, ThaiPdf } from "../../platform/pdf/index";
import { bahtText } from "../../shared/baht-text";
import { satang } from "../../shared/money";
import type {
  DatabaseReport,
  DistrictDebtReport,
  ProblemReport,
  ProvinceDebtReport,
  VillageDebtReport,
} from "./contracts";
import type { AreaRef, ReportHeader } from "./report-data";
import type { FundFigures } from "./report-rules";

export const NOTHING_TO_REPORT = "ไม่มีข้อมูลที่ต้องรายงาน";

export interface DocumentOptions {
  thaiDigits?: boolean;
  /** The document's creation time (fixed, so that the same data gives the same bytes). */
  createdAt: Date;
}

const isBangkok = (path: readonly AreaRef[]) => path[0]?.code === "10";

/** "บ้านดอกกระเจียว หมู่ที่ 8 ตำบลทรายมูล อำเภอน้ำพอง จังหวัดขอนแก่น" (Bangkok: แขวง / เขต, no จังหวัด). */
export function areaLine(path: readonly AreaRef[], digits: (s: string) => string = (s) => s): string {
  const bkk = isBangkok(path);
  return path
    .slice()
    .reverse()
    .map((a) => {
      switch (a.level) {
        case "village":
          return `${a.nameTh} หมู่ที่ ${digits(String(Number(a.code.slice(6))))}`;
        case "subdistrict":
          return `${bkk ? "แขวง" : "ตำบล"}${a.nameTh}`;
        case "district":
          return `${bkk ? "เขต" : "อำเภอ"}${a.nameTh}`;
        default:
          return bkk ? a.nameTh : `จังหวัด${a.nameTh}`;
      }
    })
    .join(" ");
}

function districtOfficer(path: readonly AreaRef[]): string {
  const district = path.find((a) => a.level === "district");
  return district ? `พัฒนาการอำเภอ${district.nameTh}` : "พัฒนาการอำเภอ";
}

function provinceOfficer(path: readonly AreaRef[]): string {
  const province = path[0];
  if (!province) return "พัฒนาการจังหวัด";
  return isBangkok(path) ? `พัฒนาการ${province.nameTh}` : `พัฒนาการจังหวัด${province.nameTh}`;
}

function open(header: ReportHeader, options: DocumentOptions, landscape: boolean): ThaiPdf {
  return new ThaiPdf({
    title: header.titleTh,
    subject: `${header.titleTh} ${header.area.nameTh}`,
    thaiDigits: options.thaiDigits ?? false,
    createdAt: options.createdAt,
    landscape,
    ...(landscape ? { margins: { left: 15, right: 15, top: 15, bottom: 15 } } : {}),
    footer: `ระบบแก้จน · ${header.area.code}`,
  });
}

/** The title lines, the area and "ปีงบประมาณ พ.ศ. … ข้อมูล ณ วันที่ …". */
function heading(pdf: ThaiPdf, header: ReportHeader, titleLines: string[]): void {
  pdf.title(titleLines.join("\n"));
  pdf.text(
    areaLine(header.areaPath, (s) => pdf.digits(s)),
    { align: "center" },
  );
  pdf.text(`ปีงบประมาณ พ.ศ. ${pdf.digits(header.fiscalYear)}  ข้อมูล ณ วันที่ ${pdf.longDate(header.asOf)}`, {
    align: "center",
    after: 6,
  });
}

const m = (pdf: ThaiPdf, amount: number) => pdf.money(satang(amount));

/** The largest amount a report prints: its width sizes every amount column. */
const WIDEST_AMOUNT = 99_999_999_999;

/**
 * A column is a fixed width in points, an amount column ("money": a bold 999,999,999.99 at the table's size
 * plus padding, so an amount never wraps), or a share of what is left (names and free text).
 */
type Col = Omit<Column, "width"> & { width: number | "money" | { flex: number } };

function layout(pdf: ThaiPdf, size: number, cols: Col[]): Column[] {
  pdf.doc.font("bold").fontSize(size);
  const money = Math.ceil(pdf.doc.widthOfString(pdf.money(satang(WIDEST_AMOUNT)))) + 8;
  const fixedOf = (c: Col) => (typeof c.width === "number" ? c.width : c.width === "money" ? money : 0);
  const fixed = cols.reduce((n, c) => n + fixedOf(c), 0);
  const flex = cols.reduce((n, c) => n + (typeof c.width === "object" ? c.width.flex : 0), 0);
  const free = Math.max(pdf.width - fixed, 40);
  return cols.map((c) => ({
    ...c,
    width: typeof c.width === "object" ? (free * c.width.flex) / flex : fixedOf(c),
  }));
}

/** Thai digits are about a fifth wider than Arabic ones: their tables are set a point smaller. */
const tableSize = (pdf: ThaiPdf, size: number) => (pdf.thaiDigits ? size - 1 : size);

const TITLE_26 = "แบบรายงานภาวะหนี้สินและฐานะการเงิน กข.คจ.";

export async function renderVillageDebtReport(
  r: VillageDebtReport,
  options: DocumentOptions,
): Promise<Buffer> {
  const pdf = open(r, options, false);
  pdf.text("แบบ 26(1)", { align: "right", size: SMALL_SIZE });
  heading(pdf, r, [TITLE_26, "ระดับหมู่บ้าน"]);
  if (!r.fund || !r.figures) {
    pdf.nothingToReport(NOTHING_TO_REPORT);
    return pdf.toBuffer();
  }
  const f = r.figures;
  pdf.text(r.fund.fundName, { bold: true, after: 2 });
  pdf.text("1. รายชื่อผู้ยืมเงินทุน", { bold: true });
  // Widths in points of the 468-point writing area: each amount column holds "999,999,999.99" on one line.
  const size = tableSize(pdf, 10);
  const columns = layout(pdf, size, [
    { header: "ที่", width: 20, align: "center" },
    { header: "ชื่อ - สกุลผู้ยืม", width: { flex: 1 } },
    { header: "วันที่ได้รับเงินยืม", width: pdf.thaiDigits ? 66 : 60, align: "center" },
    { header: "ครั้งที่", width: 28, align: "center" },
    { header: "จำนวนเงินยืม (บาท)", width: "money", align: "right" },
    { header: "ชำระคืนแล้ว (บาท)", width: "money", align: "right" },
    { header: "คงค้าง (บาท)", width: "money", align: "right" },
  ]);
  pdf.table(
    columns,
    r.lines.map((l, i) => [
      pdf.count(i + 1),
      l.isDefaulting ? `${l.borrowerName} (ผิดนัด)` : l.borrowerName,
      pdf.shortDate(l.receivedOn),
      pdf.count(l.borrowRound),
      m(pdf, l.lentSatang),
      m(pdf, l.repaidSatang),
      m(pdf, l.outstandingSatang),
    ]),
    {
      size,
      emptyText: "ไม่มีผู้ยืมในปีงบประมาณนี้",
      footerRows:
        r.lines.length > 0
          ? [["", "รวม", "", "", m(pdf, f.lentSatang), m(pdf, f.repaidSatang), m(pdf, f.outstandingSatang)]]
          : [],
    },
  );
  pdf.space(8);
  pdf.ensureSpace(220);
  pdf.text("2. ฐานะการเงิน", { bold: true });
  pdf.table(
    [
      { header: "รายการ", width: 5 },
      { header: "จำนวน", width: 2, align: "right" },
      { header: "หน่วย", width: 0.8, align: "center" },
    ],
    [
      ["จำนวนผู้ยืม", pdf.count(f.borrowers), "ราย"],
      ["จำนวนเงินยืม", m(pdf, f.lentSatang), "บาท"],
      ["เงินฝากธนาคาร", m(pdf, f.bankSatang), "บาท"],
      ["เงินสด/อื่น ๆ", m(pdf, f.cashOtherSatang), "บาท"],
      ["ลูกหนี้เงินยืมคงค้าง", m(pdf, f.outstandingSatang), "บาท"],
      // Shown only when the loans and loans receivable in the journal disagree, so the sum still adds up.
      ...(f.unreconciledSatang === 0
        ? []
        : [["ผลต่างลูกหนี้ตามบัญชีกับยอดรายสัญญา", m(pdf, f.unreconciledSatang), "บาท"]]),
      ["รวมเงินทุนทั้งสิ้น", m(pdf, f.totalFundSatang), "บาท"],
      ["จำนวนเงินที่ได้รับคืนในปีงบประมาณนี้", m(pdf, f.receivedInYearSatang), "บาท"],
      ["เงินทุนที่ขาดหายไป", m(pdf, f.missingSatang), "บาท"],
    ],
    { size: SMALL_SIZE },
  );
  pdf.space(2);
  pdf.text(`รวมเงินทุนทั้งสิ้น (ตัวอักษร) (${bahtText(f.totalFundSatang)})`, { size: SMALL_SIZE, after: 2 });
  const signers: SignatureBlock[] = [
    {
      role: "ประธานกรรมการ",
      ...(r.chairName ? { name: r.chairName } : {}),
      position: "ประธานคณะกรรมการ กข.คจ. หมู่บ้าน",
      dateLine: true,
    },
    {
      role: "พัฒนากร",
      ...(r.workerName ? { name: r.workerName } : {}),
      ...(r.workerPosition ? { position: r.workerPosition } : {}),
      dateLine: true,
    },
  ];
  pdf.signatures(signers);
  return pdf.toBuffer();
}

const SUMMARY_COLUMNS: Col[] = [
  { header: "จำนวนผู้ยืม (ราย)", width: 50, align: "right" },
  { header: "จำนวนเงินยืม (บาท)", width: "money", align: "right" },
  { header: "ลูกหนี้คงค้าง (บาท)", width: "money", align: "right" },
  { header: "เงินฝากธนาคาร (บาท)", width: "money", align: "right" },
  { header: "เงินสด/อื่น ๆ (บาท)", width: "money", align: "right" },
  { header: "รวมเงินทุน (บาท)", width: "money", align: "right" },
  { header: "ได้รับคืนปีนี้ (บาท)", width: "money", align: "right" },
  { header: "เงินทุนที่ขาดหายไป (บาท)", width: "money", align: "right" },
];

function summaryCells(pdf: ThaiPdf, f: FundFigures): string[] {
  return [
    pdf.count(f.borrowers),
    m(pdf, f.lentSatang),
    m(pdf, f.outstandingSatang),
    m(pdf, f.bankSatang),
    m(pdf, f.cashOtherSatang),
    m(pdf, f.totalFundSatang),
    m(pdf, f.receivedInYearSatang),
    m(pdf, f.missingSatang),
  ];
}

export async function renderDistrictDebtReport(
  r: DistrictDebtReport,
  options: DocumentOptions,
): Promise<Buffer> {
  const pdf = open(r, options, true);
  pdf.text("แบบ 26(1)", { align: "right", size: SMALL_SIZE });
  heading(pdf, r, [`${TITLE_26} สรุประดับอำเภอ`]);
  if (r.rows.length === 0) {
    pdf.nothingToReport(NOTHING_TO_REPORT);
    return pdf.toBuffer();
  }
  const size = tableSize(pdf, 10);
  pdf.table(
    layout(pdf, size, [
      { header: "ที่", width: 20, align: "center" },
      { header: "หมู่บ้าน", width: { flex: 1 } },
      ...SUMMARY_COLUMNS,
    ]),
    r.rows.map((row, i) => [
      pdf.count(i + 1),
      `${row.villageName} หมู่ที่ ${pdf.count(Number(row.villageCode.slice(6)))} ต.${row.subdistrictName}`,
      ...summaryCells(pdf, row.figures),
    ]),
    { size, footerRows: [["", `รวม ${pdf.count(r.rows.length)} หมู่บ้าน`, ...summaryCells(pdf, r.totals)]] },
  );
  pdf.signatures([{ role: "ผู้รายงาน", position: districtOfficer(r.areaPath), dateLine: true }], { perRow: 1 });
  return pdf.toBuffer();
}

export async function renderProvinceDebtReport(
  r: ProvinceDebtReport,
  options: DocumentOptions,
): Promise<Buffer> {
  const pdf = open(r, options, true);
  pdf.text("แบบ 26(2)", { align: "right", size: SMALL_SIZE });
  heading(pdf, r, [`${TITLE_26} สรุประดับจังหวัด`]);
  if (r.rows.length === 0) {
    pdf.nothingToReport(NOTHING_TO_REPORT);
    return pdf.toBuffer();
  }
  const bkk = isBangkok(r.areaPath);
  const size = tableSize(pdf, 10);
  pdf.table(
    layout(pdf, size, [
      { header: "ที่", width: 20, align: "center" },
      { header: bkk ? "เขต" : "อำเภอ", width: { flex: 1 } },
      { header: "จำนวนหมู่บ้าน", width: 48, align: "right" },
      ...SUMMARY_COLUMNS,
    ]),
    r.rows.map((row, i) => [
      pdf.count(i + 1),
      row.districtName,
      pdf.count(row.funds),
      ...summaryCells(pdf, row.figures),
    ]),
    {
      size,
      footerRows: [
        [
          "",
          `รวม ${pdf.count(r.rows.length)} ${bkk ? "เขต" : "อำเภอ"}`,
          pdf.count(r.funds),
          ...summaryCells(pdf, r.totals),
        ],
      ],
    },
  );
  pdf.signatures([{ role: "ผู้รายงาน", position: provinceOfficer(r.areaPath), dateLine: true }], { perRow: 1 });
  return pdf.toBuffer();
}

const pair = (pdf: ThaiPdf, households: number, persons: number) =>
  `${pdf.count(households)}/${pdf.count(persons)}`;

export async function renderDatabaseReport(r: DatabaseReport, options: DocumentOptions): Promise<Buffer> {
  const pdf = open(r, options, true);
  pdf.text("ข้อ 27", { align: "right", size: SMALL_SIZE });
  heading(pdf, r, ["แบบรายงานฐานข้อมูลหมู่บ้านและครัวเรือนเป้าหมาย โครงการแก้ไขปัญหาความยากจน (กข.คจ.)"]);
  if (r.rows.length === 0) {
    pdf.nothingToReport(NOTHING_TO_REPORT);
    return pdf.toBuffer();
  }
  const t = r.targetTotals;
  // Counts and amounts of borrowers share a cell ("7 ราย" over the amount) so that fourteen figures fit a page.
  const withCount = (n: number, unit: string, amount: number) => `${pdf.count(n)} ${unit}\n${m(pdf, amount)}`;
  const size = tableSize(pdf, 9);
  pdf.table(
    layout(pdf, size, [
      { header: "ที่", width: 18, align: "center" },
      { header: "หมู่บ้าน", width: { flex: 3 } },
      { header: "ครัวเรือนเป้าหมาย (ครัวเรือน/คน)", width: 46, align: "center" },
      { header: "ได้รับการยืม (ครัวเรือน/คน)", width: 46, align: "center" },
      { header: "ผ่านเกณฑ์รายได้ จปฐ. (ครัวเรือน/คน)", width: 46, align: "center" },
      { header: "เงินทุนทั้งหมด (บาท)", width: "money", align: "right" },
      { header: "ผู้ยืมที่ไม่ผิดนัด (ราย / บาท)", width: "money", align: "right" },
      { header: "เงินฝากธนาคาร (บาท)", width: "money", align: "right" },
      { header: "เงินทุนที่ขาดหายไป (บาท)", width: "money", align: "right" },
      { header: "ผิดนัดไม่อยู่ในเกณฑ์ผ่อนผัน (ครัวเรือน / บาท)", width: "money", align: "right" },
      { header: "ระดับการพัฒนา", width: 30, align: "center" },
      { header: "หน่วยงานอื่นที่สนับสนุน", width: { flex: 4 } },
    ]),
    r.rows.map((row, i) => [
      pdf.count(i + 1),
      `${row.villageName} หมู่ที่ ${pdf.count(Number(row.villageCode.slice(6)))} ต.${row.subdistrictName}`,
      pair(pdf, row.targets.targetHouseholds, row.targets.targetPersons),
      pair(pdf, row.targets.borrowedHouseholds, row.targets.borrowedPersons),
      pair(pdf, row.targets.passingHouseholds, row.targets.passingPersons),
      m(pdf, row.figures.totalFundSatang),
      withCount(row.figures.nonDefaultingBorrowers, "ราย", row.figures.nonDefaultingSatang),
      m(pdf, row.figures.bankSatang),
      m(pdf, row.figures.missingSatang),
      withCount(row.figures.defaultingHouseholds, "ครัวเรือน", row.figures.defaultingSatang),
      row.developmentLevel === null ? "-" : pdf.count(row.developmentLevel),
      row.supportingAgencies ?? "-",
    ]),
    {
      size,
      footerRows: [
        [
          "",
          `รวม ${pdf.count(r.rows.length)} หมู่บ้าน`,
          pair(pdf, t.targetHouseholds, t.targetPersons),
          pair(pdf, t.borrowedHouseholds, t.borrowedPersons),
          pair(pdf, t.passingHouseholds, t.passingPersons),
          m(pdf, r.totals.totalFundSatang),
          withCount(r.totals.nonDefaultingBorrowers, "ราย", r.totals.nonDefaultingSatang),
          m(pdf, r.totals.bankSatang),
          m(pdf, r.totals.missingSatang),
          withCount(r.totals.defaultingHouseholds, "ครัวเรือน", r.totals.defaultingSatang),
          "",
          "",
        ],
      ],
    },
  );
  pdf.signatures([{ role: "ผู้รายงาน", position: districtOfficer(r.areaPath), dateLine: true }], { perRow: 1 });
  return pdf.toBuffer();
}

export async function renderProblemReport(r: ProblemReport, options: DocumentOptions): Promise<Buffer> {
  const pdf = open(r, options, true);
  heading(pdf, r, ["รายงานสภาพปัญหาการบริหารเงินทุน โครงการแก้ไขปัญหาความยากจน (กข.คจ.)"]);
  if (r.rows.length === 0) {
    pdf.nothingToReport(NOTHING_TO_REPORT);
  } else {
    pdf.text(
      `หมู่บ้าน กข.คจ. ที่ตรวจสอบ ${pdf.count(r.funds)} หมู่บ้าน มีสภาพปัญหา ${pdf.count(r.rows.length)} หมู่บ้าน`,
      { after: 4 },
    );
    const size = tableSize(pdf, 10);
    pdf.table(
      layout(pdf, size, [
        { header: "ที่", width: 20, align: "center" },
        { header: "หมู่บ้าน", width: { flex: 2 } },
        { header: "เงินทุนปัจจุบัน (บาท)", width: "money", align: "right" },
        { header: "เงินทุนที่ขาดหายไป (บาท)", width: "money", align: "right" },
        { header: "สภาพปัญหา / สาเหตุ", width: { flex: 3 } },
        { header: "แนวทางแก้ไข", width: { flex: 3 } },
      ]),
      r.rows.map((row, i) => [
        pdf.count(i + 1),
        `${row.villageName} หมู่ที่ ${pdf.count(Number(row.villageCode.slice(6)))} (${pdf.digits(row.villageCode)})`,
        m(pdf, row.figures.totalFundSatang),
        m(pdf, row.figures.missingSatang),
        [row.reasons.map((x) => x.nameTh).join(", "), row.problemCause ?? ""]
          .filter((s) => s !== "")
          .join(": "),
        row.problemRemedy ?? "-",
      ]),
      {
        size,
        footerRows: [
          [
            "",
            `รวม ${pdf.count(r.rows.length)} หมู่บ้าน`,
            m(pdf, r.totals.totalFundSatang),
            m(pdf, r.totals.missingSatang),
            "",
            "",
          ],
        ],
      },
    );
  }
  pdf.signatures([{ role: "ผู้รายงาน", position: provinceOfficer(r.areaPath), dateLine: true }], { perRow: 1 });
  return pdf.toBuffer();
}
