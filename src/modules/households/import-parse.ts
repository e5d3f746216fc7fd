// Reads a household import file (CSV in UTF-8 or Windows-874, or XLSX) into household bodies and row errors.
import { isUtf8 } from "node:buffer";
import { CsvError, parse as parseCsv } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import iconv from "iconv-lite";
import {
  type CreateHouseholdBody,
  type ImportRowError,
  type MemberInput,
  RELATIONS,
} from "../../shared/contracts/index";
import { bangkokDate, isIsoDate, parseThaiDate } from "../../shared/thai-date";
import { isValidCitizenId, normalizeCitizenId } from "../../shared/thai-id";
import {
  IMPORT_COLUMNS,
  type ImportColumn,
  type ImportColumnKey,
  layoutKey,
  MAX_HOUSEHOLD_MEMBERS,
  RELATION_ALIASES,
  RELATION_LABELS_TH,
  type Relation,
  SEX_VALUES,
} from "./import-layout";

export interface ParsedImport {
  format: "csv" | "xlsx";
  /** "utf-8" | "utf-8-bom" | "windows-874" | "xlsx", or "unknown" when the file could not be read at all. */
  encoding: string;
  /** Data rows (persons), blank rows not counted. */
  rowCount: number;
  /** Only households none of whose rows has an error; line is the household's first line. */
  households: Array<{ line: number; body: CreateHouseholdBody }>;
  /** Sorted by line; line 0 means the file as a whole. */
  errors: ImportRowError[];
}

export interface ParseHouseholdFileOptions {
  /** The business date (YYYY-MM-DD) birth dates must not be after; defaults to today in Bangkok. */
  today?: string;
  /** Forces the CSV encoding ("utf-8", "windows-874", "tis-620", …) instead of detecting it. */
  encoding?: string;
}

/** The HTTP layer limits uploads too; this guards the CLI and keeps exceljs from unzipping a giant file. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Nobody alive was born before this; a year like 1510 is a typo for 2510 B.E., not a date to store. */
const EARLIEST_BIRTH_DATE = "1900-01-01";

type RawCell = string | number | boolean | Date | null;

interface RawRow {
  line: number;
  cells: RawCell[];
}

interface Table {
  format: "csv" | "xlsx";
  encoding: string;
  rows: RawRow[];
}

function rowError(
  line: number,
  field: ImportColumnKey | null,
  code: string,
  message: string,
  messageEn: string,
): ImportRowError {
  return { line, field, code: `import.${code}`, message, messageEn };
}

function failed(format: "csv" | "xlsx", encoding: string, error: ImportRowError, rowCount = 0): ParsedImport {
  return { format, encoding, rowCount, households: [], errors: [error] };
}

/** Quotes a user's value inside a message, shortened so one huge cell cannot flood the report. */
function shown(value: string): string {
  return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
}

// ---------------------------------------------------------------------------------------------- format

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Compound File Binary: legacy .xls and password-protected .xlsx both look like this.
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const TEXT_EXTENSIONS = new Set(["", ".csv", ".txt", ".tsv"]);

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

type Sniffed = "csv" | "xlsx" | ImportRowError;

function sniffFormat(bytes: Buffer, fileName: string): Sniffed {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, ZIP_MAGIC)) return "xlsx";
  if (startsWith(bytes, CFB_MAGIC) || ext === ".xls") {
    return rowError(
      0,
      null,
      "unsupported_format",
      "ไฟล์นี้เป็น Excel รุ่นเก่า (.xls) หรือไฟล์ที่ตั้งรหัสผ่านไว้ กรุณาบันทึกเป็น .xlsx หรือ CSV UTF-8 แล้วนำเข้าใหม่",
      "This is a legacy Excel (.xls) or password-protected file. Save it as .xlsx or CSV UTF-8 and import it again.",
    );
  }
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // A NUL byte never occurs in CSV text: the file is binary (a PDF, an image, a Word file…).
  const isBinary = !isUtf16 && bytes.subarray(0, 8192).includes(0);
  if (!TEXT_EXTENSIONS.has(ext) || isBinary) {
    return rowError(
      0,
      null,
      "unsupported_format",
      `ไฟล์ ${shown(fileName)} ไม่ใช่ไฟล์ CSV หรือ Excel (.xlsx) กรุณาใช้แบบฟอร์มนำเข้าครัวเรือน`,
      `${shown(fileName)} is not a CSV or Excel (.xlsx) file. Please use the household import template.`,
    );
  }
  return "csv";
}

// -------------------------------------------------------------------------------------------- encoding

const ENCODING_NAMES: Record<string, "utf-8" | "windows-874"> = {
  utf8: "utf-8",
  utf8bom: "utf-8",
  windows874: "windows-874",
  cp874: "windows-874",
  xwindows874: "windows-874",
  tis620: "windows-874",
  iso885911: "windows-874",
};

/** The line (1-based) of a character offset in decoded text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** The line holding the first byte sequence that is not UTF-8 (decoding marks it with U+FFFD). */
function firstBadUtf8Line(bytes: Buffer): number {
  const text = bytes.toString("utf8");
  return lineAt(text, Math.max(0, text.indexOf("\ufffd")));
}

function encodingInvalid(line: number, encoding: string): ImportRowError {
  return rowError(
    line,
    null,
    "encoding_invalid",
    `บรรทัด ${line} มีอักขระที่อ่านไม่ได้ในการเข้ารหัส ${encoding} กรุณาบันทึกไฟล์เป็น CSV UTF-8 แล้วนำเข้าใหม่`,
    `Line ${line} holds bytes that are not valid ${encoding}. Save the file as CSV UTF-8 and import it again.`,
  );
}

function hasThaiByte(bytes: Buffer): boolean {
  for (const b of bytes) if (b >= 0xa1 && b <= 0xfb) return true;
  return false;
}

type Decoded = { encoding: string; input: Buffer | string } | ImportRowError;

/**
 * Excel on Thai Windows saves "CSV UTF-8" with a BOM and plain "CSV" in Windows-874 (TIS-620 plus a few
 * punctuation marks); LibreOffice and scripts write UTF-8 without a BOM.
 */
function decodeCsv(bytes: Buffer, forcedName: string | undefined): Decoded {
  const forced = forcedName === undefined ? undefined : ENCODING_NAMES[layoutKey(forcedName)];
  if (forcedName !== undefined && forced === undefined) {
    return rowError(
      0,
      null,
      "encoding_unsupported",
      `ไม่รองรับการเข้ารหัส ${shown(forcedName)} (ใช้ได้: utf-8, windows-874, tis-620)`,
      `Unsupported encoding ${shown(forcedName)} (use utf-8, windows-874 or tis-620)`,
    );
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return rowError(
      0,
      null,
      "encoding_unknown",
      "ไฟล์นี้เข้ารหัสแบบ UTF-16 (Unicode Text) ซึ่งไม่รองรับ กรุณาบันทึกเป็น CSV UTF-8",
      "This file is UTF-16 (Unicode Text), which is not supported. Save it as CSV UTF-8.",
    );
  }
  if (forced === "windows-874") {
    const text = iconv.decode(bytes, "windows-874");
    const bad = text.indexOf("\ufffd");
    return bad >= 0
      ? encodingInvalid(lineAt(text, bad), "windows-874")
      : { encoding: "windows-874", input: text };
  }
  if (forced === "utf-8" || hasBom) {
    const body = hasBom ? bytes.subarray(3) : bytes;
    if (!isUtf8(body)) return encodingInvalid(firstBadUtf8Line(body), "utf-8");
    return { encoding: hasBom ? "utf-8-bom" : "utf-8", input: body };
  }
  if (isUtf8(bytes)) return { encoding: "utf-8", input: bytes };
  const text = iconv.decode(bytes, "windows-874");
  const bad874 = text.indexOf("\ufffd");
  if (bad874 === -1 && hasThaiByte(bytes)) return { encoding: "windows-874", input: text };
  // The encoding that reads further is the one the file was meant to be in; its first failure is the damage.
  const line = Math.max(firstBadUtf8Line(bytes), bad874 === -1 ? 0 : lineAt(text, bad874));
  return rowError(
    line,
    null,
    "encoding_unknown",
    `อ่านไฟล์ไม่ได้: บรรทัด ${line} ไม่ใช่ทั้ง UTF-8 และ TIS-620/Windows-874 (ไฟล์อาจเสียหรือรวมการเข้ารหัสหลายแบบ) กรุณาบันทึกเป็น CSV UTF-8`,
    `Cannot read the file: line ${line} is neither UTF-8 nor TIS-620/Windows-874 (the file may be damaged or mix encodings). Save it as CSV UTF-8.`,
  );
}

// ------------------------------------------------------------------------------------------------- CSV

/** The delimiter used most often on the first non-blank line, outside quotes: comma, semicolon or tab. */
function sniffDelimiter(input: Buffer | string): string {
  // latin1 keeps one character per byte; only the ASCII delimiters and quotes are looked at.
  const head =
    typeof input === "string" ? input.slice(0, 65536) : input.subarray(0, 65536).toString("latin1");
  const firstLine = head.split(/\r\n|\n|\r/).find((l) => l.trim() !== "") ?? "";
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  let best = ",";
  for (const d of [";", "\t"]) if ((counts[d] ?? 0) > (counts[best] ?? 0)) best = d;
  return best;
}

/** Line breaks inside quoted fields: they push every later record down a line. */
function embeddedLineBreaks(record: string[]): number {
  let n = 0;
  for (const field of record) {
    if (field.indexOf("\n") === -1 && field.indexOf("\r") === -1) continue;
    for (let i = 0; i < field.length; i++) {
      const c = field.charCodeAt(i);
      if (c === 10 || (c === 13 && field.charCodeAt(i + 1) !== 10)) n++;
    }
  }
  return n;
}

function isBlankRow(cells: readonly RawCell[]): boolean {
  for (const c of cells) if (c !== null && cleanText(String(c)) !== "") return false;
  return true;
}

const CSV_OPTIONS = {
  record_delimiter: ["\r\n", "\n", "\r"],
  relax_column_count: true,
  // A stray quote inside a value (บ้าน "สุขใจ") is kept as typed rather than failing the file.
  relax_quotes: true,
  skip_empty_lines: false,
};

/**
 * The line of each record. csv-parse's own counter counts a quoted CRLF twice and costs a third of the
 * parse time when asked for, so lines are counted here: one per record plus the breaks inside its quotes.
 */
function numberLines(records: string[][]): RawRow[] {
  const rows: RawRow[] = [];
  let line = 1;
  for (const record of records) {
    if (!isBlankRow(record)) rows.push({ line, cells: record });
    line += 1 + embeddedLineBreaks(record);
  }
  return rows;
}

/** Only after a failed parse: parses again, counting records, to find where the broken one starts. */
function lineOfCsvFailure(input: Buffer | string, delimiter: string): number {
  let line = 1;
  try {
    parseCsv(input, {
      ...CSV_OPTIONS,
      delimiter,
      on_record: (record: string[]) => {
        line += 1 + embeddedLineBreaks(record);
        return null;
      },
    });
  } catch {
    return line;
  }
  return line;
}

function readCsv(bytes: Buffer, forcedEncoding: string | undefined): Table | ParsedImport {
  const decoded = decodeCsv(bytes, forcedEncoding);
  if ("code" in decoded) return failed("csv", "unknown", decoded);
  const { encoding, input } = decoded;
  const delimiter = sniffDelimiter(input);
  let records: string[][];
  try {
    records = parseCsv(input, { ...CSV_OPTIONS, delimiter });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = lineOfCsvFailure(input, delimiter);
    return failed(
      "csv",
      encoding,
      rowError(
        line,
        null,
        "csv_malformed",
        `รูปแบบ CSV ผิดตั้งแต่บรรทัด ${line}: มีเครื่องหมายคำพูด (") เปิดไว้แต่ไม่ได้ปิด`,
        `Malformed CSV from line ${line}: a quote (") is opened and never closed`,
      ),
    );
  }
  return { format: "csv", encoding, rows: numberLines(records) };
}

// ------------------------------------------------------------------------------------------------ XLSX

function xlsxCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return xlsxCell(value.result ?? null);
  if ("hyperlink" in value) return xlsxCell(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return null;
}

async function readXlsx(bytes: Buffer): Promise<Table | ParsedImport> {
  const unreadable = rowError(
    0,
    null,
    "xlsx_unreadable",
    "เปิดไฟล์ Excel ไม่ได้ (ไฟล์อาจเสียหรือไม่ใช่ .xlsx) กรุณาบันทึกใหม่เป็น .xlsx หรือ CSV UTF-8",
    "Cannot open the Excel file (it may be damaged or not an .xlsx). Save it again as .xlsx or CSV UTF-8.",
  );
  // exceljs is loaded on first use: most servers never read a workbook, and it costs memory to hold.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return failed("xlsx", "xlsx", unreadable);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return failed("xlsx", "xlsx", unreadable);
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(xlsxCell(row.getCell(c).value));
    if (!isBlankRow(cells)) rows.push({ line: rowNumber, cells });
  });
  return { format: "xlsx", encoding: "xlsx", rows };
}

// ----------------------------------------------------------------------------------------- cell values

/** NBSP and zero-width spaces come with names copied from web pages and Word; they are never meant. */
function cleanText(text: string): string {
  const t = /[\u00a0\u200b\ufeff]/.test(text)
    ? text.replace(/\u00a0/g, " ").replace(/[\u200b\ufeff]/g, "")
    : text;
  return t.trim();
}

function arabicDigits(text: string): string {
  return /[๐-๙]/.test(text) ? text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)) : text;
}

/** A citizen ID typed into a number cell must come back as its digits: String() turns to exponents from 1e21, BigInt never. */
function numberText(n: number): string {
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

function isoOfDateCell(d: Date, isBirthDate: boolean): string {
  let year = d.getUTCFullYear();
  // 15/06/2510 typed into Excel becomes a date in 2510 C.E.: the year was Buddhist-era.
  if (isBirthDate && year >= 2400) year -= 543;
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  const dd = String(d.getUTCDate()).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${mm}-${dd}`;
}

function cellText(key: ImportColumnKey, cell: RawCell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cleanText(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) return isoOfDateCell(cell, key === "birth_date");
  const text = numberText(cell);
  // A phone typed into a number cell loses its leading 0 (0812345678 → 812345678); Thai numbers all start with 0.
  if (key === "phone" && /^\d{8,9}$/.test(text)) return `0${text}`;
  return text;
}

const DIGIT_KEYS: ReadonlySet<ImportColumnKey> = new Set([
  "village_code",
  "house_no",
  "citizen_id",
  "birth_date",
  "phone",
]);
/** Values without a format of their own, checked only for length. */
const FREE_TEXT_COLUMNS: readonly ImportColumn[] = IMPORT_COLUMNS.filter((c) =>
  ["house_no", "title", "first_name", "last_name"].includes(c.key),
);

const COLUMN_BY_HEADER = new Map<string, ImportColumn>();
for (const c of IMPORT_COLUMNS) {
  for (const name of [c.headerTh, c.headerEn, c.key, ...c.aliases]) COLUMN_BY_HEADER.set(layoutKey(name), c);
}

const RELATION_BY_TEXT = new Map<string, Relation>();
for (const r of RELATIONS) {
  for (const name of [r, RELATION_LABELS_TH[r], ...RELATION_ALIASES[r]])
    RELATION_BY_TEXT.set(layoutKey(name), r);
}

const SEX_BY_TEXT = new Map<string, "M" | "F">();
for (const sex of ["M", "F"] as const)
  for (const name of SEX_VALUES[sex]) SEX_BY_TEXT.set(layoutKey(name), sex);

function relationOf(text: string): Relation | undefined {
  return RELATION_BY_TEXT.get(text) ?? RELATION_BY_TEXT.get(layoutKey(text));
}

// ---------------------------------------------------------------------------------------------- header

interface HeaderMap {
  line: number;
  /** The column of each cell index, null for blank header cells. */
  keys: Array<ImportColumnKey | null>;
  /** The cell index of each column present. */
  index: Map<ImportColumnKey, number>;
  /** The columns present, in a shape the per-row loop can walk without allocating. */
  present: Array<{ key: ImportColumnKey; index: number; hasDigits: boolean }>;
}

function readHeader(row: RawRow): { header: HeaderMap; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const keys: Array<ImportColumnKey | null> = [];
  const index = new Map<ImportColumnKey, number>();
  const unknown: string[] = [];
  row.cells.forEach((cell, i) => {
    const text = cell === null ? "" : cleanText(String(cell));
    keys.push(null);
    if (text === "") return;
    const column = COLUMN_BY_HEADER.get(layoutKey(text));
    if (!column) {
      unknown.push(text);
    } else if (index.has(column.key)) {
      errors.push(
        rowError(
          row.line,
          column.key,
          "column_duplicate",
          `คอลัมน์ ${column.headerTh} (${column.headerEn}) มีซ้ำกันมากกว่าหนึ่งคอลัมน์`,
          `Column ${column.headerEn} (${column.headerTh}) appears more than once`,
        ),
      );
    } else {
      keys[i] = column.key;
      index.set(column.key, i);
    }
  });
  if (unknown.length > 0) {
    const names = unknown.map(shown).join(", ");
    errors.push(
      rowError(
        row.line,
        null,
        "columns_unknown",
        `ไม่รู้จักคอลัมน์: ${names} (ใช้ได้เฉพาะคอลัมน์ตามแบบฟอร์ม: ${IMPORT_COLUMNS.map((c) => c.headerTh).join(", ")})`,
        `Unknown columns: ${names} (only the template's columns are allowed: ${IMPORT_COLUMNS.map((c) => c.headerEn).join(", ")})`,
      ),
    );
  }
  for (const c of IMPORT_COLUMNS) {
    if (c.required && !index.has(c.key)) {
      errors.push(
        rowError(
          row.line,
          c.key,
          "column_missing",
          `ไม่มีคอลัมน์ ${c.headerTh} (${c.headerEn}) ซึ่งจำเป็นต้องมี`,
          `The required column ${c.headerEn} (${c.headerTh}) is missing`,
        ),
      );
    }
  }
  const present = [...index].map(([key, i]) => ({ key, index: i, hasDigits: DIGIT_KEYS.has(key) }));
  return { header: { line: row.line, keys, index, present }, errors };
}

// ------------------------------------------------------------------------------------------------ rows

interface RowResult {
  line: number;
  villageCode: string;
  houseNo: string;
  relation: Relation | undefined;
  phone: string | undefined;
  member: MemberInput | undefined;
}

interface RowContext {
  header: HeaderMap;
  today: string;
  errors: ImportRowError[];
  /** Where each citizen ID was first seen. */
  citizenLines: Map<string, number>;
  /** Parsed birth dates: a village's people share few distinct dates, and parsing is the costliest check. */
  dates: Map<string, string | null>;
}

type RowValues = Record<ImportColumnKey, string>;

// This runs once per person (100,000 times for a district), so it builds no closures and no throwaway arrays.
function rowValues(row: RawRow, header: HeaderMap): RowValues {
  const values: RowValues = {
    village_code: "",
    house_no: "",
    relation: "",
    title: "",
    first_name: "",
    last_name: "",
    citizen_id: "",
    birth_date: "",
    sex: "",
    phone: "",
  };
  const { present } = header;
  for (let p = 0; p < present.length; p++) {
    const { key, index, hasDigits } = present[p]!;
    const text = cellText(key, row.cells[index] ?? null);
    values[key] = hasDigits ? arabicDigits(text) : text;
  }
  // Line breaks (Alt+Enter in Excel) and doubled spaces are never meant in a name or an address, and
  // grouping compares house numbers, so "12/3" typed twice with different spacing must not split a household.
  for (const c of FREE_TEXT_COLUMNS) {
    const v = values[c.key];
    if (/\s\s|[\t\n\r]/.test(v)) values[c.key] = v.replace(/\s+/g, " ");
  }
  return values;
}

function checkExtraCells(row: RawRow, header: HeaderMap, errors: ImportRowError[]): void {
  const extra: number[] = [];
  for (let i = 0; i < row.cells.length; i++) {
    if ((header.keys[i] ?? null) !== null) continue;
    const cell = row.cells[i] ?? null;
    if (cell !== null && cleanText(String(cell)) !== "") extra.push(i + 1);
  }
  if (extra.length === 0) return;
  errors.push(
    rowError(
      row.line,
      null,
      "extra_value",
      `มีข้อมูลในคอลัมน์ที่ไม่มีหัวคอลัมน์ (คอลัมน์ที่ ${extra.join(", ")})`,
      `There are values in columns without a header (column ${extra.join(", ")})`,
    ),
  );
}

function checkCitizenId(text: string, line: number, ctx: RowContext): string | undefined {
  const id = normalizeCitizenId(text);
  if (!isValidCitizenId(id)) {
    const isScientific = /^\d(\.\d+)?e\+?\d+$/i.test(id);
    ctx.errors.push(
      isScientific
        ? rowError(
            line,
            "citizen_id",
            "citizen_id_invalid",
            "เลขประจำตัวประชาชนถูก Excel แสดงเป็นรูปแบบวิทยาศาสตร์ (เช่น 3.4E+12) ทำให้ตัวเลขหาย กรุณาจัดรูปแบบคอลัมน์เป็นข้อความแล้วพิมพ์ใหม่",
            "Excel saved the citizen ID in scientific notation (e.g. 3.4E+12) and lost digits. Format the column as text and type it again.",
          )
        : rowError(
            line,
            "citizen_id",
            "citizen_id_invalid",
            "เลขประจำตัวประชาชนไม่ถูกต้อง (ต้องมี 13 หลักและหลักสุดท้ายต้องตรงตามหลักตรวจสอบ)",
            "Invalid citizen ID (it needs 13 digits with a matching check digit)",
          ),
    );
    return undefined;
  }
  const firstLine = ctx.citizenLines.get(id);
  if (firstLine !== undefined) {
    ctx.errors.push(
      rowError(
        line,
        "citizen_id",
        "citizen_id_duplicate",
        `เลขประจำตัวประชาชนซ้ำกับบรรทัดที่ ${firstLine}`,
        `The same citizen ID is already on line ${firstLine}`,
      ),
    );
    return undefined;
  }
  ctx.citizenLines.set(id, line);
  return id;
}

function checkBirthDate(text: string, line: number, ctx: RowContext): string | undefined {
  let iso = ctx.dates.get(text);
  if (iso === undefined) {
    iso = parseThaiDate(text);
    ctx.dates.set(text, iso);
  }
  if (iso === null || iso < EARLIEST_BIRTH_DATE) {
    ctx.errors.push(
      rowError(
        line,
        "birth_date",
        "birth_date_invalid",
        `วันเกิด ${shown(text)} ไม่ถูกต้อง (ใช้ วัน/เดือน/ปี พ.ศ. เช่น 15/06/2510 หรือ 1967-06-15)`,
        `Invalid birth date ${shown(text)} (use day/month/B.E. year, e.g. 15/06/2510, or 1967-06-15)`,
      ),
    );
    return undefined;
  }
  if (iso > ctx.today) {
    ctx.errors.push(
      rowError(
        line,
        "birth_date",
        "birth_date_future",
        `วันเกิด ${shown(text)} อยู่ในอนาคต`,
        `Birth date ${shown(text)} is in the future`,
      ),
    );
    return undefined;
  }
  return iso;
}

function readRow(row: RawRow, ctx: RowContext): RowResult {
  const { header, errors } = ctx;
  const errorCountBefore = errors.length;
  const line = row.line;
  checkExtraCells(row, header, errors);
  const values = rowValues(row, header);

  for (const c of IMPORT_COLUMNS) {
    if (c.required && values[c.key] === "") {
      errors.push(
        rowError(line, c.key, "field_required", `ต้องกรอก ${c.headerTh}`, `${c.headerEn} is required`),
      );
    }
  }
  for (const c of FREE_TEXT_COLUMNS) {
    const length = values[c.key].length;
    if (length > c.maxLength) {
      errors.push(
        rowError(
          line,
          c.key,
          "too_long",
          `${c.headerTh} ยาวเกิน ${c.maxLength} ตัวอักษร (${length} ตัวอักษร)`,
          `${c.headerEn} is longer than ${c.maxLength} characters (${length})`,
        ),
      );
    }
  }

  const houseIndex = header.index.get("house_no");
  if (houseIndex !== undefined && row.cells[houseIndex] instanceof Date) {
    errors.push(
      rowError(
        line,
        "house_no",
        "house_no_is_date",
        "Excel เปลี่ยนบ้านเลขที่เป็นวันที่ (เช่น 12/3 กลายเป็น 12 มี.ค.) กรุณาจัดรูปแบบคอลัมน์บ้านเลขที่เป็นข้อความแล้วพิมพ์ใหม่",
        "Excel turned the house number into a date (e.g. 12/3 became 12 March). Format the house_no column as text and type it again.",
      ),
    );
  }

  const villageCode = values.village_code;
  if (villageCode !== "" && !/^\d{8}$/.test(villageCode)) {
    errors.push(
      rowError(
        line,
        "village_code",
        "village_code_invalid",
        `รหัสหมู่บ้าน ${shown(villageCode)} ต้องเป็นตัวเลข 8 หลัก (รหัสตำบล 6 หลัก + หมู่ที่ 2 หลัก)`,
        `Village code ${shown(villageCode)} must be 8 digits (6-digit sub-district code + 2-digit village number)`,
      ),
    );
  }

  let relation: Relation | undefined;
  if (values.relation !== "") {
    relation = relationOf(values.relation);
    if (!relation) {
      errors.push(
        rowError(
          line,
          "relation",
          "relation_unknown",
          `ไม่รู้จักความสัมพันธ์ ${shown(values.relation)} (ใช้: ${Object.values(RELATION_LABELS_TH).join(", ")})`,
          `Unknown relation ${shown(values.relation)} (use: ${RELATIONS.join(", ")})`,
        ),
      );
    }
  }

  const citizenId = values.citizen_id === "" ? undefined : checkCitizenId(values.citizen_id, line, ctx);
  const birthDate = values.birth_date === "" ? undefined : checkBirthDate(values.birth_date, line, ctx);

  let sex: "M" | "F" | undefined;
  if (values.sex !== "") {
    sex = SEX_BY_TEXT.get(values.sex) ?? SEX_BY_TEXT.get(layoutKey(values.sex));
    if (!sex) {
      errors.push(
        rowError(
          line,
          "sex",
          "sex_unknown",
          `ไม่รู้จักเพศ ${shown(values.sex)} (ใช้: ชาย/ช/M หรือ หญิง/ญ/F)`,
          `Unknown sex ${shown(values.sex)} (use M/ชาย/ช or F/หญิง/ญ)`,
        ),
      );
    }
  }

  // Only the head's phone becomes the household's; members' phones are not kept, so they are not judged.
  let phone: string | undefined;
  if (relation === "head" && values.phone !== "") {
    if (/^[0-9+\- ]{6,20}$/.test(values.phone)) {
      phone = values.phone;
    } else {
      errors.push(
        rowError(
          line,
          "phone",
          "phone_invalid",
          `หมายเลขโทรศัพท์ ${shown(values.phone)} ไม่ถูกต้อง (6–20 ตัว: ตัวเลข + - หรือเว้นวรรค)`,
          `Invalid phone number ${shown(values.phone)} (6–20 characters: digits, + - or spaces)`,
        ),
      );
    }
  }

  let member: MemberInput | undefined;
  if (errors.length === errorCountBefore && relation) {
    member = { relation, title: values.title, firstName: values.first_name, lastName: values.last_name };
    if (citizenId) member.citizenId = citizenId;
    if (birthDate) member.birthDate = birthDate;
    if (sex) member.sex = sex;
  }
  return { line, villageCode, houseNo: values.house_no, relation, phone, member };
}

// ------------------------------------------------------------------------------------------ households

interface Group {
  line: number;
  rows: RowResult[];
}

function buildHouseholds(table: Table, today: string): ParsedImport {
  const { format, encoding } = table;
  const [headerRow, ...dataRows] = table.rows;
  if (!headerRow) {
    return failed(
      format,
      encoding,
      rowError(
        0,
        null,
        "empty_file",
        "ไฟล์ว่างเปล่า: ต้องมีแถวหัวคอลัมน์และข้อมูลอย่างน้อยหนึ่งแถว",
        "The file is empty: it needs a header row and at least one data row",
      ),
    );
  }
  const { header, errors } = readHeader(headerRow);
  if (errors.length > 0) return { format, encoding, rowCount: dataRows.length, households: [], errors };
  if (dataRows.length === 0) {
    return failed(
      format,
      encoding,
      rowError(
        header.line,
        null,
        "no_rows",
        "ไฟล์มีแต่หัวคอลัมน์ ไม่มีข้อมูลสมาชิกครัวเรือน",
        "The file has a header row but no data rows",
      ),
    );
  }

  const ctx: RowContext = { header, today, errors, citizenLines: new Map(), dates: new Map() };
  const groups = new Map<string, Group>();
  for (const row of dataRows) {
    const result = readRow(row, ctx);
    if (result.villageCode === "" || result.houseNo === "") continue;
    const key = `${result.villageCode}\u0000${result.houseNo}`;
    const group = groups.get(key);
    if (group) group.rows.push(result);
    else groups.set(key, { line: result.line, rows: [result] });
  }

  const households: ParsedImport["households"] = [];
  for (const group of groups.values()) {
    const errorCountBefore = errors.length;
    const first = group.rows[0]!;
    const where = `บ้านเลขที่ ${first.houseNo} หมู่บ้าน ${first.villageCode}`;
    const whereEn = `house no. ${first.houseNo} in village ${first.villageCode}`;
    const heads = group.rows.filter((r) => r.relation === "head");
    // A row whose relation could not be read may be the head: its own error says what to fix.
    const hasUnreadRelation = group.rows.some((r) => r.relation === undefined);
    if (heads.length === 0 && !hasUnreadRelation) {
      errors.push(
        rowError(
          group.line,
          "relation",
          "household_no_head",
          `ครัวเรือน${where} ไม่มีหัวหน้าครัวเรือน`,
          `The household at ${whereEn} has no head`,
        ),
      );
    } else if (heads.length > 1) {
      errors.push(
        rowError(
          group.line,
          "relation",
          "household_many_heads",
          `ครัวเรือน${where} มีหัวหน้าครัวเรือน ${heads.length} คน (บรรทัด ${heads.map((h) => h.line).join(", ")}) ต้องมี 1 คนเท่านั้น`,
          `The household at ${whereEn} has ${heads.length} heads (lines ${heads.map((h) => h.line).join(", ")}); it needs exactly one`,
        ),
      );
    }
    if (group.rows.length > MAX_HOUSEHOLD_MEMBERS) {
      errors.push(
        rowError(
          group.line,
          null,
          "household_too_many_members",
          `ครัวเรือน${where} มีสมาชิก ${group.rows.length} คน เกิน ${MAX_HOUSEHOLD_MEMBERS} คน`,
          `The household at ${whereEn} has ${group.rows.length} members, more than ${MAX_HOUSEHOLD_MEMBERS}`,
        ),
      );
    }
    if (errors.length > errorCountBefore) continue;
    const members = group.rows.map((r) => r.member);
    if (!members.every((m): m is MemberInput => m !== undefined)) continue;
    const phone = heads[0]?.phone;
    const body: CreateHouseholdBody = {
      villageCode: first.villageCode,
      houseNo: first.houseNo,
      ...(phone ? { phone } : {}),
      members,
    };
    households.push({ line: group.line, body });
  }

  errors.sort((a, b) => a.line - b.line);
  return { format, encoding, rowCount: dataRows.length, households, errors };
}

/** A file read as rows of cells (blank rows left out), or the one problem that stopped it being read. */
export type ImportTable =
  | { format: "csv" | "xlsx"; encoding: string; rows: Array<{ line: number; cells: RawCell[] }> }
  | { format: "csv" | "xlsx"; encoding: string; error: ImportRowError };

/**
 * Reads any import file (CSV in UTF-8 with or without BOM or Windows-874, or XLSX) into its non-blank rows
 * with their file lines, using the same detection and limits as the household import; for other layouts.
 */
export async function readImportTable(
  bytes: Buffer,
  fileName: string,
  options: { encoding?: string } = {},
): Promise<ImportTable> {
  const sniffed = sniffFormat(bytes, fileName);
  const format = sniffed === "xlsx" || /^\.xls[xm]?$/.test(extensionOf(fileName)) ? "xlsx" : "csv";
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return {
      format,
      encoding: "unknown",
      error: rowError(
        0,
        null,
        "file_too_large",
        `ไฟล์ใหญ่ ${mb} MB เกินขนาดสูงสุด 20 MB กรุณาแบ่งเป็นหลายไฟล์`,
        `The file is ${mb} MB, over the 20 MB limit. Split it into several files.`,
      ),
    };
  }
  if (typeof sniffed !== "string") return { format, encoding: "unknown", error: sniffed };
  const table = sniffed === "xlsx" ? await readXlsx(bytes) : readCsv(bytes, options.encoding);
  if (!("rows" in table)) return { format, encoding: table.encoding, error: table.errors[0]! };
  return table;
}

/**
 * Parses a household import file. Never throws for bad input: every problem, from a wrong file type to
 * a bad check digit, comes back in `errors` with its line, and households with any error are left out.
 */
export async function parseHouseholdFile(
  bytes: Buffer,
  fileName: string,
  options: ParseHouseholdFileOptions = {},
): Promise<ParsedImport> {
  const today = options.today ?? bangkokDate(new Date());
  if (!isIsoDate(today)) throw new RangeError(`today must be YYYY-MM-DD: ${today}`);
  const sniffed = sniffFormat(bytes, fileName);
  const format = sniffed === "xlsx" || /^\.xls[xm]?$/.test(extensionOf(fileName)) ? "xlsx" : "csv";
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return failed(
      format,
      "unknown",
      rowError(
        0,
        null,
        "file_too_large",
        `ไฟล์ใหญ่ ${mb} MB เกินขนาดสูงสุด 20 MB กรุณาแบ่งเป็นหลายไฟล์ (เช่น ทีละตำบล)`,
        `The file is ${mb} MB, over the 20 MB limit. Split it into several files (e.g. one per sub-district).`,
      ),
    );
  }
  if (typeof sniffed !== "string") return failed(format, "unknown", sniffed);
  const table = sniffed === "xlsx" ? await readXlsx(bytes) : readCsv(bytes, options.encoding);
  if (!("rows" in table)) return table;
  return buildHouseholds(table, today);
}
