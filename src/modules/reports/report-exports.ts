// CSV/XLSX columns of each report: the report's rows, then one totals row ("รวม") when there are rows.
import type { ExportColumn, ExportLanguage } from "../../platform/tabular-export";
import type {
  DatabaseReport,
  DistrictDebtReport,
  ProblemReport,
  ProvinceDebtReport,
  TargetFigures,
  VillageDebtReport,
} from "./contracts";
import type { BorrowerLine, FundFigures } from "./report-rules";

const TOTAL = { th: "รวม", en: "Total" };
const word = (language: ExportLanguage | undefined, w: { th: string; en: string }) =>
  language === "en" ? w.en : w.th;

type FigureRow = { figures: FundFigures };

function figureColumns<R extends FigureRow>(): ExportColumn<R>[] {
  const money = (key: keyof FundFigures, th: string, en: string): ExportColumn<R> => ({
    key,
    th: `${th} (บาท)`,
    en: `${en} (baht)`,
    kind: "money",
    value: (r) => r.figures[key],
  });
  const count = (key: keyof FundFigures, th: string, en: string): ExportColumn<R> => ({
    key,
    th,
    en,
    kind: "int",
    value: (r) => r.figures[key],
  });
  return [
    count("borrowers", "จำนวนผู้ยืม (ราย)", "Borrowers"),
    count("loans", "จำนวนสัญญา", "Loans"),
    money("lentSatang", "จำนวนเงินยืม", "Lent"),
    money("repaidSatang", "ชำระคืนแล้ว", "Repaid"),
    money("outstandingSatang", "ลูกหนี้คงค้าง", "Outstanding"),
    money("bankSatang", "เงินฝากธนาคาร", "Bank"),
    money("cashOtherSatang", "เงินสด/อื่น ๆ", "Cash and other"),
    money("totalFundSatang", "รวมเงินทุน", "Total fund"),
    money("receivedInYearSatang", "ได้รับคืนในปีงบประมาณ", "Received this fiscal year"),
    count("nonDefaultingBorrowers", "ผู้ยืมไม่ผิดนัด (ราย)", "Borrowers not in default"),
    money("nonDefaultingSatang", "เงินยืมไม่ผิดนัด", "Outstanding not in default"),
    count("defaultingHouseholds", "ครัวเรือนผิดนัด", "Households in default"),
    money("defaultingSatang", "เงินยืมผิดนัด", "Outstanding in default"),
    money("missingSatang", "เงินทุนที่ขาดหายไป", "Missing fund"),
    money("originalCapitalSatang", "เงินทุนเดิม", "Original capital"),
  ];
}

interface FundExportRow extends FigureRow {
  villageCode: string;
  name: string;
}

function villageHead<R extends { villageCode: string; name: string }>(): ExportColumn<R>[] {
  return [
    { key: "areaCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (r) => r.villageCode },
    { key: "name", th: "หมู่บ้าน", en: "Village", kind: "text", value: (r) => r.name },
  ];
}

export function districtExport(r: DistrictDebtReport, language?: ExportLanguage) {
  const rows: FundExportRow[] = r.rows.map((x) => ({
    villageCode: x.villageCode,
    name: `${x.villageName} หมู่ที่ ${Number(x.villageCode.slice(6))} ต.${x.subdistrictName}`,
    figures: x.figures,
  }));
  if (rows.length > 0) rows.push({ villageCode: "", name: word(language, TOTAL), figures: r.totals });
  return { columns: [...villageHead<FundExportRow>(), ...figureColumns<FundExportRow>()], rows };
}

interface DistrictExportRow extends FigureRow {
  code: string;
  name: string;
  funds: number;
}

export function provinceExport(r: ProvinceDebtReport, language?: ExportLanguage) {
  const columns: ExportColumn<DistrictExportRow>[] = [
    { key: "areaCode", th: "รหัสอำเภอ", en: "District code", kind: "text", value: (x) => x.code },
    { key: "name", th: "อำเภอ", en: "District", kind: "text", value: (x) => x.name },
    { key: "funds", th: "จำนวนหมู่บ้าน", en: "Villages", kind: "int", value: (x) => x.funds },
    ...figureColumns<DistrictExportRow>(),
  ];
  const rows: DistrictExportRow[] = r.rows.map((x) => ({
    code: x.districtCode,
    name: x.districtName,
    funds: x.funds,
    figures: x.figures,
  }));
  if (rows.length > 0)
    rows.push({ code: "", name: word(language, TOTAL), funds: r.funds, figures: r.totals });
  return { columns, rows };
}

interface BorrowerExportRow {
  seq: number | null;
  line: Omit<BorrowerLine, "loanId" | "householdId" | "isDefaulting" | "borrowRound" | "receivedOn"> & {
    borrowRound: number | null;
    receivedOn: string | null;
    isDefaulting: boolean | null;
  };
}

export function villageExport(r: VillageDebtReport, language?: ExportLanguage) {
  const yes = word(language, { th: "ผิดนัด", en: "in default" });
  const columns: ExportColumn<BorrowerExportRow>[] = [
    { key: "seq", th: "ที่", en: "No.", kind: "int", value: (x) => x.seq },
    { key: "borrower", th: "ชื่อ - สกุลผู้ยืม", en: "Borrower", kind: "text", value: (x) => x.line.borrowerName },
    { key: "loanNo", th: "เลขที่สัญญา", en: "Contract no.", kind: "text", value: (x) => x.line.loanNo },
    {
      key: "receivedOn",
      th: "วันที่ได้รับเงินยืม",
      en: "Received on",
      kind: "date",
      value: (x) => x.line.receivedOn,
    },
    { key: "round", th: "ยืมครั้งที่", en: "Borrow round", kind: "int", value: (x) => x.line.borrowRound },
    {
      key: "lent",
      th: "จำนวนเงินยืม (บาท)",
      en: "Lent (baht)",
      kind: "money",
      value: (x) => x.line.lentSatang,
    },
    {
      key: "repaid",
      th: "ชำระคืนแล้ว (บาท)",
      en: "Repaid (baht)",
      kind: "money",
      value: (x) => x.line.repaidSatang,
    },
    {
      key: "outstanding",
      th: "คงค้าง (บาท)",
      en: "Outstanding (baht)",
      kind: "money",
      value: (x) => x.line.outstandingSatang,
    },
    {
      key: "defaulting",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (x) => (x.line.isDefaulting ? yes : null),
    },
  ];
  const rows: BorrowerExportRow[] = r.lines.map((l, i) => ({ seq: i + 1, line: l }));
  if (rows.length > 0 && r.figures) {
    rows.push({
      seq: null,
      line: {
        borrowerName: word(language, TOTAL),
        loanNo: "",
        borrowRound: null,
        receivedOn: null,
        lentSatang: r.figures.lentSatang,
        repaidSatang: r.figures.repaidSatang,
        outstandingSatang: r.figures.outstandingSatang,
        isDefaulting: null,
      },
    });
  }
  return { columns, rows };
}

interface DatabaseExportRow extends FundExportRow {
  targets: TargetFigures;
  developmentLevel: number | null;
  supportingAgencies: string | null;
}

export function databaseExport(r: DatabaseReport, language?: ExportLanguage) {
  const target = (key: keyof TargetFigures, th: string, en: string): ExportColumn<DatabaseExportRow> => ({
    key,
    th,
    en,
    kind: "int",
    value: (x) => x.targets[key],
  });
  const columns: ExportColumn<DatabaseExportRow>[] = [
    ...villageHead<DatabaseExportRow>(),
    target("targetHouseholds", "ครัวเรือนเป้าหมาย", "Target households"),
    target("targetPersons", "คนในครัวเรือนเป้าหมาย", "Target persons"),
    target("borrowedHouseholds", "ครัวเรือนที่ได้รับการยืม", "Households that borrowed"),
    target("borrowedPersons", "คนในครัวเรือนที่ได้รับการยืม", "Persons in households that borrowed"),
    target("passingHouseholds", "ครัวเรือนผ่านเกณฑ์รายได้ จปฐ.", "Households passing the income criterion"),
    target("passingPersons", "คนผ่านเกณฑ์รายได้ จปฐ.", "Persons passing the income criterion"),
    ...figureColumns<DatabaseExportRow>(),
    {
      key: "developmentLevel",
      th: "ระดับการพัฒนา",
      en: "Development level",
      kind: "int",
      value: (x) => x.developmentLevel,
    },
    {
      key: "supportingAgencies",
      th: "หน่วยงานอื่นที่สนับสนุน",
      en: "Other supporting agencies",
      kind: "text",
      value: (x) => x.supportingAgencies,
    },
  ];
  const rows: DatabaseExportRow[] = r.rows.map((x) => ({
    villageCode: x.villageCode,
    name: `${x.villageName} หมู่ที่ ${Number(x.villageCode.slice(6))}`,
    figures: x.figures,
    targets: x.targets,
    developmentLevel: x.developmentLevel,
    supportingAgencies: x.supportingAgencies,
  }));
  if (rows.length > 0) {
    rows.push({
      villageCode: "",
      name: word(language, TOTAL),
      figures: r.totals,
      targets: r.targetTotals,
      developmentLevel: null,
      supportingAgencies: null,
    });
  }
  return { columns, rows };
}

interface ProblemExportRow extends FundExportRow {
  reasons: string;
  cause: string | null;
  remedy: string | null;
}

export function problemExport(r: ProblemReport, language?: ExportLanguage) {
  const columns: ExportColumn<ProblemExportRow>[] = [
    ...villageHead<ProblemExportRow>(),
    {
      key: "totalFund",
      th: "เงินทุนปัจจุบัน (บาท)",
      en: "Current fund (baht)",
      kind: "money",
      value: (x) => x.figures.totalFundSatang,
    },
    {
      key: "missing",
      th: "เงินทุนที่ขาดหายไป (บาท)",
      en: "Missing fund (baht)",
      kind: "money",
      value: (x) => x.figures.missingSatang,
    },
    {
      key: "defaulting",
      th: "เงินยืมผิดนัด (บาท)",
      en: "Outstanding in default (baht)",
      kind: "money",
      value: (x) => x.figures.defaultingSatang,
    },
    { key: "reasons", th: "สภาพปัญหา", en: "Problems", kind: "text", value: (x) => x.reasons },
    { key: "cause", th: "สาเหตุ", en: "Cause", kind: "text", value: (x) => x.cause },
    { key: "remedy", th: "แนวทางแก้ไข", en: "Remedy", kind: "text", value: (x) => x.remedy },
  ];
  const rows: ProblemExportRow[] = r.rows.map((x) => ({
    villageCode: x.villageCode,
    name: `${x.villageName} หมู่ที่ ${Number(x.villageCode.slice(6))} ต.${x.subdistrictName}`,
    figures: x.figures,
    reasons: x.reasons.map((reason) => (language === "en" ? reason.nameEn : reason.nameTh)).join(", "),
    cause: x.problemCause,
    remedy: x.problemRemedy,
  }));
  if (rows.length > 0) {
    rows.push({
      villageCode: "",
      name: word(language, TOTAL),
      figures: r.totals,
      reasons: "",
      cause: null,
      remedy: null,
    });
  }
  return { columns, rows };
}
