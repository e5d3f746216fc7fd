// The one CSV/XLSX export writer: Thai (or English) headers, money in baht with 2 decimals, B.E. + ISO date
// columns; rows are read and written in batches: CSV leaves as it is written, XLSX when exceljs finishes the zip.
import type { Page } from "../shared/contracts/index";
import { satang } from "../shared/money";
import { bangkokDate, formatThaiShort, isIsoDate } from "../shared/thai-date";

export type ExportFormat = "csv" | "xlsx";
/** money = integer satang; bp = basis points (written as a percent). */
export type ExportKind = "text" | "int" | "money" | "date" | "datetime" | "bp";

export interface ExportColumn<R> {
  key: string;
  th: string;
  en: string;
  kind: ExportKind;
  value: (row: R) => string | number | null | undefined;
}

export interface ExportOptions {
  sheetName: string;
  language?: "th" | "en";
  /** XLSX only: a title row above the header. A CSV stays one header line and data for machines. */
  title?: string;
  /** XLSX only: rows per worksheet before the next one starts (default XLSX_ROWS_PER_SHEET). */
  xlsxRowsPerSheet?: number;
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** TH Sarabun New is on every government machine (cabinet resolution 2553); Google's Sarabun is the same design. */
export const EXPORT_FONT = "TH Sarabun New";
const MONEY_FORMAT = "#,##0.00";
const PERCENT_FORMAT = "0.00";
/** Excel refuses longer cell text. */
const XLSX_MAX_TEXT = 32_767;
/** Committing this many XLSX rows between checks of the output's backpressure. */
const DRAIN_CHECK_ROWS = 200;
/**
 * A long export continues on a new worksheet every this many rows, well below Excel's limit of 1,048,576 rows
 * per sheet. (Measured: exceljs's zip output of an XLSX leaves only when the workbook is committed, so XLSX
 * memory grows with the row count, ~75 MB of RSS per 100,000 rows of 10 columns; CSV streams in flat memory.)
 */
export const XLSX_ROWS_PER_SHEET = 100_000;

/** Satang as a baht decimal string with exactly 2 decimals ("-1234.05"), from the integer digits only. */
export function bahtDecimal(amount: number): string {
  const value = satang(amount);
  const digits = Math.abs(value).toString().padStart(3, "0");
  return `${value < 0 ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Basis points as a percent decimal string with 2 decimals (600 → "6.00"). */
export function percentDecimal(bp: number): string {
  if (!Number.isSafeInteger(bp)) throw new RangeError(`basis points must be an integer: ${bp}`);
  return bahtDecimal(bp);
}

/** An instant in Bangkok time: B.E. text "15/06/2567 10:00:00" and ISO "2024-06-15T10:00:00+07:00". */
export function bangkokDateTime(instant: string | Date): { be: string; iso: string } {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
  const day = bangkokDate(date);
  // Bangkok has no daylight saving time: UTC+7 all year.
  const time = new Date(date.getTime() + 7 * 3600_000).toISOString().slice(11, 19);
  return { be: `${formatThaiShort(day)} ${time}`, iso: `${day}T${time}+07:00` };
}

/** A text cell a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe. */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

interface Cell {
  header: string;
  /** The CSV text. */
  text: string;
  /** The XLSX value. */
  value: string | number | null;
}

interface OutColumn {
  header: string;
  numFmt?: string;
  width: number;
}

const SUFFIX = {
  th: { be: " (พ.ศ.)", iso: " (ISO)", percent: " (%)" },
  en: { be: " (B.E.)", iso: " (ISO)", percent: " (%)" },
};

function isoDateOf(value: string | number): string {
  const text = String(value);
  if (!isIsoDate(text)) throw new RangeError(`not an ISO date: ${text}`);
  return text;
}

function numberOf(value: string | number): number {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) throw new RangeError(`not a number: ${String(value)}`);
  return n;
}

/** The output columns of one declared column: a date or datetime gives two. */
function outColumns<R>(column: ExportColumn<R>, language: "th" | "en"): OutColumn[] {
  const header = language === "en" ? column.en : column.th;
  const s = SUFFIX[language];
  switch (column.kind) {
    case "date":
      return [
        { header: header + s.be, width: 12 },
        { header: header + s.iso, width: 12 },
      ];
    case "datetime":
      return [
        { header: header + s.be, width: 20 },
        { header: header + s.iso, width: 26 },
      ];
    case "money":
      return [{ header, numFmt: MONEY_FORMAT, width: 16 }];
    case "bp":
      return [{ header: header + s.percent, numFmt: PERCENT_FORMAT, width: 10 }];
    case "int":
      return [{ header, width: 10 }];
    case "text":
      return [{ header, width: 24 }];
  }
}

function cellsOf<R>(column: ExportColumn<R>, row: R): Cell[] {
  const raw = column.value(row);
  const empty = raw === null || raw === undefined || raw === "";
  switch (column.kind) {
    case "date": {
      if (empty) return [blank(), blank()];
      const iso = isoDateOf(raw);
      const be = formatThaiShort(iso);
      return [textCell(be), textCell(iso)];
    }
    case "datetime": {
      if (empty) return [blank(), blank()];
      const t = bangkokDateTime(String(raw));
      return [textCell(t.be), textCell(t.iso)];
    }
    case "money": {
      if (empty) return [blank()];
      const text = bahtDecimal(numberOf(raw));
      return [{ header: "", text, value: Number(text) }];
    }
    case "bp": {
      if (empty) return [blank()];
      const text = percentDecimal(numberOf(raw));
      return [{ header: "", text, value: Number(text) }];
    }
    case "int": {
      if (empty) return [blank()];
      const n = numberOf(raw);
      if (!Number.isSafeInteger(n)) throw new RangeError(`not an integer: ${String(raw)}`);
      return [{ header: "", text: String(n), value: n }];
    }
    case "text":
      return [empty ? blank() : textCell(String(raw))];
  }
}

const blank = (): Cell => ({ header: "", text: "", value: null });
const textCell = (text: string): Cell => ({ header: "", text, value: text });

/** Waits until a stream that asked for backpressure has drained (or closed). */
async function drained(out: NodeJS.WritableStream): Promise<void> {
  const w = out as NodeJS.WritableStream & { writableNeedDrain?: boolean; destroyed?: boolean };
  if (!w.writableNeedDrain || w.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.removeListener("drain", done);
      out.removeListener("close", done);
      out.removeListener("error", done);
      resolve();
    };
    out.on("drain", done);
    out.on("close", done);
    out.on("error", done);
  });
}

function isClosed(out: NodeJS.WritableStream): boolean {
  return Boolean((out as { destroyed?: boolean }).destroyed);
}

async function writeCsv<R>(
  out: NodeJS.WritableStream,
  columns: readonly ExportColumn<R>[],
  rows: AsyncIterable<R> | Iterable<R>,
  language: "th" | "en",
): Promise<void> {
  const headers = columns.flatMap((c) => outColumns(c, language).map((o) => o.header));
  // The BOM makes Excel read the file as UTF-8 (Thai text otherwise shows as mojibake).
  out.write(`\uFEFF${csvLine(headers)}`);
  for await (const row of rows) {
    if (isClosed(out)) return;
    const fields = columns.flatMap((c) =>
      cellsOf(c, row).map((cell) => (c.kind === "text" ? guardFormula(cell.text) : cell.text)),
    );
    if (!out.write(csvLine(fields))) await drained(out);
  }
}

/** Excel's sheet names: at most 31 characters, none of [ ] : * ? / \. */
function sheetNameOf(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, " ").trim();
  return (clean || "Sheet1").slice(0, 31);
}

async function writeXlsx<R>(
  out: NodeJS.WritableStream,
  columns: readonly ExportColumn<R>[],
  rows: AsyncIterable<R> | Iterable<R>,
  options: ExportOptions,
  language: "th" | "en",
): Promise<void> {
  const font = { name: EXPORT_FONT, size: 14 };
  const outCols = columns.flatMap((c) => outColumns(c, language));
  const headerRowNo = options.title ? 2 : 1;
  // exceljs (~30 MB of memory once loaded) is loaded with the first XLSX export, not at start.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: out as unknown as import("node:stream").Writable,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Kaejon";
  const perSheet = Math.max(1, options.xlsxRowsPerSheet ?? XLSX_ROWS_PER_SHEET);
  const baseName = sheetNameOf(options.sheetName);
  const openSheet = (no: number) => {
    const suffix = no === 1 ? "" : ` (${no})`;
    const sheet = workbook.addWorksheet(baseName.slice(0, 31 - suffix.length) + suffix, {
      views: [{ state: "frozen", ySplit: headerRowNo }],
    });
    sheet.columns = outCols.map((o, i) => ({
      key: `c${i}`,
      width: Math.max(o.width, Math.min(40, [...o.header].length + 2)),
      style: { font, ...(o.numFmt ? { numFmt: o.numFmt } : {}) },
    }));
    if (options.title) {
      const title = sheet.addRow([options.title]);
      title.font = { ...font, size: 16, bold: true };
      title.commit();
    }
    const header = sheet.addRow(outCols.map((o) => o.header));
    header.font = { ...font, bold: true };
    header.commit();
    return sheet;
  };
  let sheetNo = 1;
  let sheet = openSheet(sheetNo);
  let inSheet = 0;
  let count = 0;
  for await (const row of rows) {
    if (isClosed(out)) return;
    if (inSheet === perSheet) {
      sheet.commit();
      sheet = openSheet(++sheetNo);
      inSheet = 0;
    }
    const values = columns.flatMap((c) =>
      cellsOf(c, row).map((cell) =>
        typeof cell.value === "string" && cell.value.length > XLSX_MAX_TEXT
          ? `${cell.value.slice(0, XLSX_MAX_TEXT - 1)}…`
          : cell.value,
      ),
    );
    sheet.addRow(values).commit();
    inSheet++;
    if (++count % DRAIN_CHECK_ROWS === 0) await drained(out);
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * Writes the rows to `out` as CSV (UTF-8 with BOM, CRLF, RFC 4180) or XLSX (exceljs streaming writer), one
 * row at a time. Does not end `out` for CSV (the caller does); the XLSX writer ends it with the zip.
 */
export async function writeExport<R>(
  out: NodeJS.WritableStream,
  format: ExportFormat,
  columns: readonly ExportColumn<R>[],
  rows: AsyncIterable<R> | Iterable<R>,
  options: ExportOptions,
): Promise<void> {
  const language = options.language ?? "th";
  if (format === "csv") return writeCsv(out, columns, rows, language);
  return writeXlsx(out, columns, rows, options, language);
}

/** "households-10" + format → "households-10.xlsx"; characters no file system accepts become "-". */
export function exportFileName(base: string, format: ExportFormat): string {
  const clean = base
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, "-")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120);
  return `${clean || "export"}.${format}`;
}

/**
 * Every row of a cursor-paginated list, a keyset batch at a time: `fetchPage` is the list's own use case
 * (same scope checks and filters), called with the previous page's cursor until there is none.
 */
export async function* pagedRows<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

/** Rows per keyset batch of an export: large enough to amortise a query, small enough to keep memory flat. */
export const EXPORT_BATCH = 1000;

export type ExportLanguage = "th" | "en";

/** The Thai or English word of a pair, for values a column shows as words (statuses, yes/no). */
export function inLanguage(language: ExportLanguage | undefined, words: { th: string; en: string }): string {
  return language === "en" ? words.en : words.th;
}

/** "ใช่"/"ไม่ใช่" or "yes"/"no"; empty for null. */
export function yesNo(
  language: ExportLanguage | undefined,
  value: boolean | null | undefined,
): string | null {
  if (value === null || value === undefined) return null;
  return inLanguage(language, value ? { th: "ใช่", en: "yes" } : { th: "ไม่ใช่", en: "no" });
}
