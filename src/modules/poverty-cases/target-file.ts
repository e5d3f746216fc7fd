// Reads a target-list file (CSV UTF-8 / BOM / Windows-874, or XLSX) through the household import's reader into the header and rows that parseTargetList takes.
import type { ImportRowError } from "../../shared/contracts/index";
import { readImportTable } from "../households/index";
import type { Cell } from "./target-list";

export type TargetFile =
  | {
      format: "csv" | "xlsx";
      encoding: string;
      header: Cell[];
      /** Row k of the file's data is line k + 2 + lineOffset (gaps are blank lines, kept as empty rows). */
      rows: Cell[][];
      /** Lines above the header (0 when the header is on line 1). */
      lineOffset: number;
    }
  | { format: "csv" | "xlsx"; encoding: string; error: ImportRowError };

type RawCell = string | number | boolean | Date | null;

/** Cells as parseTargetList reads them: a citizen ID typed into a number cell keeps all its digits. */
export function toCell(raw: RawCell): Cell {
  if (raw === null) return null;
  if (typeof raw === "string") return raw;
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return Number.isInteger(raw) ? BigInt(raw).toString() : String(raw);
}

const EMPTY_FILE: Omit<ImportRowError, "line"> = {
  field: null,
  code: "empty_file",
  message: "ไฟล์ว่างเปล่า: ต้องมีแถวหัวคอลัมน์และข้อมูลอย่างน้อยหนึ่งแถว",
  messageEn: "The file is empty: it needs a header row and at least one data row",
};

export async function readTargetFile(
  bytes: Buffer,
  fileName: string,
  encoding?: string,
): Promise<TargetFile> {
  const table = await readImportTable(bytes, fileName, encoding ? { encoding } : {});
  if ("error" in table) return table;
  const [head, ...data] = table.rows;
  if (!head || data.length === 0) {
    return {
      format: table.format,
      encoding: table.encoding,
      error: { line: head ? head.line : 0, ...EMPTY_FILE },
    };
  }
  // The reader leaves blank lines out; they come back as empty rows so that every row keeps its line.
  const first = head.line + 1;
  const rows: Cell[][] = [];
  for (const r of data) {
    while (first + rows.length < r.line) rows.push([]);
    // Converted in place: the reader's arrays become the rows, so a large file's cells are held once.
    const cells = r.cells as unknown as Cell[];
    for (let i = 0; i < cells.length; i++) {
      const raw = r.cells[i]!;
      if (typeof raw !== "string") cells[i] = toCell(raw);
    }
    rows.push(cells);
  }
  return {
    format: table.format,
    encoding: table.encoding,
    header: head.cells.map(toCell),
    rows,
    lineOffset: head.line - 1,
  };
}
