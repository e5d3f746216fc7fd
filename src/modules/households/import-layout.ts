// The household import file layout (one row per person) and the CSV / XLSX templates built from it.
import type { RELATIONS } from "../../shared/contracts/index";
import { citizenIdCheckDigit, formatCitizenId } from "../../shared/thai-id";

export type Relation = (typeof RELATIONS)[number];

export type ImportColumnKey =
  | "village_code"
  | "house_no"
  | "relation"
  | "title"
  | "first_name"
  | "last_name"
  | "citizen_id"
  | "birth_date"
  | "sex"
  | "phone";

export interface ImportColumn {
  key: ImportColumnKey;
  /** The header the templates write; the parser also accepts headerEn and the aliases. */
  headerTh: string;
  headerEn: string;
  /** Other spellings seen in real village spreadsheets. */
  aliases: readonly string[];
  /** A required column must be in the header and have a value on every row. */
  required: boolean;
  /** Longest value accepted, in characters (the database column widths). */
  maxLength: number;
  descriptionTh: string;
  descriptionEn: string;
}

export const MAX_HOUSEHOLD_MEMBERS = 40;

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: "village_code",
    headerTh: "รหัสหมู่บ้าน",
    headerEn: "village_code",
    aliases: [],
    required: true,
    maxLength: 8,
    descriptionTh: "รหัสหมู่บ้าน 8 หลัก = รหัสตำบล 6 หลัก + หมู่ที่ 2 หลัก เช่น 34190105 คือ ตำบล 341901 หมู่ที่ 5",
    descriptionEn:
      "8-digit village code = 6-digit sub-district code + 2-digit village number (หมู่ที่), e.g. 34190105 is sub-district 341901, village no. 5",
  },
  {
    key: "house_no",
    headerTh: "บ้านเลขที่",
    headerEn: "house_no",
    aliases: [],
    required: true,
    maxLength: 32,
    descriptionTh: "บ้านเลขที่ เช่น 12 หรือ 12/3 แถวที่มีรหัสหมู่บ้านและบ้านเลขที่เดียวกันคือสมาชิกของครัวเรือนเดียวกัน",
    descriptionEn:
      "House number, e.g. 12 or 12/3. Rows with the same village code and house number are the members of one household.",
  },
  {
    key: "relation",
    headerTh: "ความสัมพันธ์",
    headerEn: "relation",
    aliases: ["ความสัมพันธ์กับหัวหน้าครัวเรือน"],
    required: true,
    maxLength: 40,
    descriptionTh:
      "ความสัมพันธ์กับหัวหน้าครัวเรือน: หัวหน้าครัวเรือน, คู่สมรส, บุตร, บิดามารดา (หรือ บิดา, มารดา), หลาน, ญาติ, อื่นๆ แต่ละครัวเรือนต้องมีหัวหน้าครัวเรือน 1 คนพอดี",
    descriptionEn:
      "Relation to the head of household: head, spouse, child, parent, grandchild, relative, other (or the Thai words). Every household needs exactly one head.",
  },
  {
    key: "title",
    headerTh: "คำนำหน้า",
    headerEn: "title",
    aliases: ["คำนำหน้าชื่อ"],
    required: true,
    maxLength: 32,
    descriptionTh: "คำนำหน้าชื่อ เช่น นาย นาง นางสาว ด.ช. ด.ญ.",
    descriptionEn: "Title, e.g. นาย (Mr), นาง (Mrs), นางสาว (Miss), ด.ช. (boy), ด.ญ. (girl)",
  },
  {
    key: "first_name",
    headerTh: "ชื่อ",
    headerEn: "first_name",
    aliases: [],
    required: true,
    maxLength: 100,
    descriptionTh: "ชื่อ (ไม่เกิน 100 ตัวอักษร)",
    descriptionEn: "First name (at most 100 characters)",
  },
  {
    key: "last_name",
    headerTh: "นามสกุล",
    headerEn: "last_name",
    aliases: [],
    required: true,
    maxLength: 100,
    descriptionTh: "นามสกุล (ไม่เกิน 100 ตัวอักษร)",
    descriptionEn: "Last name (at most 100 characters)",
  },
  {
    key: "citizen_id",
    headerTh: "เลขประจำตัวประชาชน",
    headerEn: "citizen_id",
    aliases: ["เลขบัตรประชาชน"],
    required: false,
    maxLength: 17,
    descriptionTh:
      "ไม่บังคับ เลขประจำตัวประชาชน 13 หลัก มีขีดหรือเว้นวรรคได้ ต้องถูกต้องตามหลักตรวจสอบ (หลักที่ 13) และห้ามซ้ำกันในไฟล์",
    descriptionEn:
      "Optional. 13-digit citizen ID; dashes and spaces are allowed. The check digit must be right and an ID may appear only once in the file.",
  },
  {
    key: "birth_date",
    headerTh: "วันเกิด",
    headerEn: "birth_date",
    aliases: ["วันเดือนปีเกิด"],
    required: false,
    maxLength: 10,
    descriptionTh: "ไม่บังคับ วัน/เดือน/ปี พ.ศ. เช่น 15/06/2510 หรือแบบสากล ค.ศ. 1967-06-15 ต้องไม่เป็นวันในอนาคต",
    descriptionEn:
      "Optional. Day/month/Buddhist-era year, e.g. 15/06/2510, or ISO 1967-06-15. Must not be in the future.",
  },
  {
    key: "sex",
    headerTh: "เพศ",
    headerEn: "sex",
    aliases: [],
    required: false,
    maxLength: 10,
    descriptionTh: "ไม่บังคับ ชาย (ช, M) หรือ หญิง (ญ, F)",
    descriptionEn: "Optional. M (ชาย, ช) or F (หญิง, ญ)",
  },
  {
    key: "phone",
    headerTh: "โทรศัพท์",
    headerEn: "phone",
    aliases: ["เบอร์โทรศัพท์", "เบอร์โทร"],
    required: false,
    maxLength: 20,
    descriptionTh:
      "ไม่บังคับ หมายเลขโทรศัพท์ของครัวเรือน ใช้ค่าจากแถวของหัวหน้าครัวเรือนเท่านั้น 6–20 ตัว (ตัวเลข + - และเว้นวรรค)",
    descriptionEn:
      "Optional. The household's phone number, taken from the head's row only; 6–20 characters (digits, + - and spaces).",
  },
];

/** The Thai word the templates write for each relation. */
export const RELATION_LABELS_TH: Record<Relation, string> = {
  head: "หัวหน้าครัวเรือน",
  spouse: "คู่สมรส",
  child: "บุตร",
  parent: "บิดามารดา",
  grandchild: "หลาน",
  relative: "ญาติ",
  other: "อื่นๆ",
};

/** Every accepted spelling of a relation, besides the English value itself and RELATION_LABELS_TH. */
export const RELATION_ALIASES: Record<Relation, readonly string[]> = {
  head: ["หัวหน้า"],
  spouse: ["สามี", "ภรรยา", "ภริยา"],
  child: ["ลูก"],
  parent: ["บิดา", "มารดา", "พ่อ", "แม่"],
  grandchild: [],
  relative: [],
  other: ["อื่น", "ผู้อาศัย"],
};

export const SEX_VALUES: Record<"M" | "F", readonly string[]> = {
  M: ["M", "male", "ช", "ชาย"],
  F: ["F", "female", "ญ", "หญิง"],
};

/**
 * The form in which headers and coded values are compared: case, spaces, underscores, dashes and dots
 * do not matter, and Thai "ํา" (typed as two characters on some keyboards) equals "ำ".
 */
export function layoutKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u0e4d\u0e32/g, "\u0e33")
    .replace(/[\s_\-.\u200b\ufeff]/g, "");
}

const EXAMPLE_VILLAGE = "34190105";

function exampleCitizenId(first12: string): string {
  return formatCitizenId(`${first12}${citizenIdCheckDigit(first12)}`);
}

/** The two example rows of the templates: one household, a head and a spouse. */
export function templateExampleRows(): string[][] {
  const rows: Array<Record<ImportColumnKey, string>> = [
    {
      village_code: EXAMPLE_VILLAGE,
      house_no: "12/3",
      relation: RELATION_LABELS_TH.head,
      title: "นาย",
      first_name: "สมชาย",
      last_name: "ใจดี",
      citizen_id: exampleCitizenId("341900012345"),
      birth_date: "15/06/2510",
      sex: "ชาย",
      phone: "081-234-5678",
    },
    {
      village_code: EXAMPLE_VILLAGE,
      house_no: "12/3",
      relation: RELATION_LABELS_TH.spouse,
      title: "นาง",
      first_name: "สมหญิง",
      last_name: "ใจดี",
      citizen_id: exampleCitizenId("341900012346"),
      birth_date: "02/11/2513",
      sex: "หญิง",
      phone: "",
    },
  ];
  return rows.map((row) => IMPORT_COLUMNS.map((c) => row[c.key]));
}

function csvCell(value: string): string {
  return /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** UTF-8 with a BOM: without the BOM, Excel on Thai Windows opens the file as Windows-874 and garbles it. */
export function householdTemplateCsv(): Buffer {
  const lines = [IMPORT_COLUMNS.map((c) => c.headerTh), ...templateExampleRows()].map((cells) =>
    cells.map(csvCell).join(","),
  );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
}

export const TEMPLATE_SHEET_NAME = "ครัวเรือน";
export const TEMPLATE_HELP_SHEET_NAME = "คำอธิบาย";

/** The same content as the CSV template, plus a sheet explaining every column in Thai and English. */
export async function householdTemplateXlsx(): Promise<Buffer> {
  // exceljs is loaded on first use: most servers never write a workbook, and it costs memory to hold.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  workbook.creator = "Kaejon";
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.headerTh,
    key: c.key,
    width: Math.max(12, c.headerTh.length + 4, c.key === "citizen_id" ? 20 : 0),
    // Text format stops Excel from turning IDs into 3.4E+12, "12/3" into a date and dropping the 0 of phones.
    style: { numFmt: "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of templateExampleRows()) sheet.addRow(row);

  const help = workbook.addWorksheet(TEMPLATE_HELP_SHEET_NAME);
  help.columns = [
    { header: "คอลัมน์", key: "th", width: 22 },
    { header: "Column", key: "en", width: 16 },
    { header: "จำเป็น / Required", key: "required", width: 18 },
    { header: "คำอธิบาย", key: "descriptionTh", width: 70 },
    { header: "Description", key: "descriptionEn", width: 70 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of IMPORT_COLUMNS) {
    help.addRow({
      th: c.headerTh,
      en: c.headerEn,
      required: c.required ? "จำเป็น / required" : "ไม่บังคับ / optional",
      descriptionTh: c.descriptionTh,
      descriptionEn: c.descriptionEn,
    });
  }
  help.addRow([]);
  help.addRow([
    "หมายเหตุ",
    "Notes",
    "",
    "หนึ่งแถวต่อหนึ่งคน แถวแรกต้องเป็นหัวคอลัมน์ (ภาษาไทยหรืออังกฤษก็ได้ เรียงลำดับใดก็ได้) ระบบอ่านเฉพาะแผ่นงานแรก ครัวเรือนหนึ่งมีสมาชิกได้ไม่เกิน 40 คน",
    "One row per person. The first row must be the header (Thai or English names, in any order). Only the first worksheet is read. A household has at most 40 members.",
  ]);
  for (const row of help.getRows(2, IMPORT_COLUMNS.length + 2) ?? [])
    row.alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
