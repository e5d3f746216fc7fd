import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  bahtDecimal,
  bangkokDateTime,
  csvField,
  type ExportColumn,
  type ExportFormat,
  exportFileName,
  guardFormula,
  pagedRows,
  percentDecimal,
  writeExport,
} from "./tabular-export";

interface Row {
  name: string;
  amount: number | null;
  on: string | null;
  at: string | null;
  rate: number | null;
  count: number | null;
}

const columns: ExportColumn<Row>[] = [
  { key: "name", th: "ชื่อ", en: "Name", kind: "text", value: (r) => r.name },
  { key: "amount", th: "จำนวนเงิน (บาท)", en: "Amount (baht)", kind: "money", value: (r) => r.amount },
  { key: "on", th: "วันที่", en: "Date", kind: "date", value: (r) => r.on },
  { key: "at", th: "เวลาบันทึก", en: "Recorded at", kind: "datetime", value: (r) => r.at },
  { key: "rate", th: "อัตรา", en: "Rate", kind: "bp", value: (r) => r.rate },
  { key: "count", th: "จำนวน", en: "Count", kind: "int", value: (r) => r.count },
];

const rows: Row[] = [
  {
    name: "นายสมชาย ใจดี",
    amount: 99_999_999_999,
    on: "2024-01-31",
    at: "2024-06-15T20:30:00.000Z",
    rate: 600,
    count: 3,
  },
  { name: '=HYPERLINK("x")', amount: -5, on: null, at: null, rate: 1, count: null },
  { name: 'บ้าน "เลขที่" 1, หมู่ 2\nแถวสอง', amount: 0, on: "2023-10-01", at: null, rate: null, count: 0 },
  { name: "+66812345678", amount: null, on: null, at: null, rate: 10_000, count: -2 },
];

async function render(
  format: ExportFormat,
  data: Iterable<Row> | AsyncIterable<Row>,
  language?: "th" | "en",
) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const finished = new Promise((resolve) => out.on("end", resolve));
  await writeExport(out, format, columns, data, { sheetName: "ทดสอบ", language, title: undefined });
  if (format === "csv") out.end();
  await finished;
  return Buffer.concat(chunks);
}

describe("number and date helpers", () => {
  it("builds baht with exactly two decimals from the integer digits", () => {
    expect(bahtDecimal(99_999_999_999)).toBe("999999999.99");
    expect(bahtDecimal(-5)).toBe("-0.05");
    expect(bahtDecimal(-123_456)).toBe("-1234.56");
    expect(bahtDecimal(0)).toBe("0.00");
    expect(bahtDecimal(100)).toBe("1.00");
    expect(bahtDecimal(Number.MAX_SAFE_INTEGER)).toBe("90071992547409.91");
    expect(() => bahtDecimal(1.5)).toThrow();
  });

  it("writes basis points as a percent", () => {
    expect(percentDecimal(600)).toBe("6.00");
    expect(percentDecimal(1)).toBe("0.01");
    expect(percentDecimal(10_000)).toBe("100.00");
  });

  it("shows instants in Bangkok time, B.E. and ISO", () => {
    expect(bangkokDateTime("2024-06-15T20:30:00.000Z")).toEqual({
      be: "16/06/2567 03:30:00",
      iso: "2024-06-16T03:30:00+07:00",
    });
  });

  it("guards formulas and quotes by RFC 4180", () => {
    expect(guardFormula("=1+1")).toBe("'=1+1");
    expect(guardFormula("-2")).toBe("'-2");
    expect(guardFormula("@SUM")).toBe("'@SUM");
    expect(guardFormula("\tx")).toBe("'\tx");
    expect(guardFormula("ปกติ")).toBe("ปกติ");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("plain")).toBe("plain");
  });

  it("names files safely", () => {
    expect(exportFileName("ครัวเรือน-40", "xlsx")).toBe("ครัวเรือน-40.xlsx");
    expect(exportFileName('a/b:c*"d"', "csv")).toBe("a-b-c-d-.csv");
    expect(exportFileName("  ", "csv")).toBe("export.csv");
  });
});

describe("CSV", () => {
  it("starts with a BOM, ends lines with CRLF, writes Thai headers, B.E. + ISO dates and 2-decimal amounts", async () => {
    const bytes = await render("csv", rows);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "ชื่อ,จำนวนเงิน (บาท),วันที่ (พ.ศ.),วันที่ (ISO),เวลาบันทึก (พ.ศ.),เวลาบันทึก (ISO),อัตรา (%),จำนวน",
    );
    expect(lines[1]).toBe(
      "นายสมชาย ใจดี,999999999.99,31/01/2567,2024-01-31,16/06/2567 03:30:00,2024-06-16T03:30:00+07:00,6.00,3",
    );
    expect(lines[2]).toBe(`"'=HYPERLINK(""x"")",-0.05,,,,,0.01,`);
    // The quoted field keeps its own bare line break; the record still ends with CRLF.
    expect(lines[3]).toBe('"บ้าน ""เลขที่"" 1, หมู่ 2\nแถวสอง",0.00,01/10/2566,2023-10-01,,,,0');
    expect(lines[4]).toBe("'+66812345678,,,,,,100.00,-2");
    expect(lines).toHaveLength(6);
  });

  it("writes English headers on request", async () => {
    const text = (await render("csv", [], "en")).toString("utf8");
    expect(text).toBe(
      "\uFEFFName,Amount (baht),Date (B.E.),Date (ISO),Recorded at (B.E.),Recorded at (ISO),Rate (%),Count\r\n",
    );
  });

  it("refuses a money value that is not integer satang", async () => {
    const bad = [{ ...rows[0]!, amount: 12.5 }];
    await expect(render("csv", bad)).rejects.toThrow(/integer/);
  });
});

describe("XLSX", () => {
  it("reads back with Thai headers, numeric amounts formatted #,##0.00, text dates and a frozen header", async () => {
    const bytes = await render("xlsx", rows);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe("ทดสอบ");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = sheet.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual([
      "ชื่อ",
      "จำนวนเงิน (บาท)",
      "วันที่ (พ.ศ.)",
      "วันที่ (ISO)",
      "เวลาบันทึก (พ.ศ.)",
      "เวลาบันทึก (ISO)",
      "อัตรา (%)",
      "จำนวน",
    ]);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe("นายสมชาย ใจดี");
    expect(first.getCell(2).value).toBe(999_999_999.99);
    expect(first.getCell(2).numFmt).toBe("#,##0.00");
    expect(first.getCell(2).font?.name).toBe("TH Sarabun New");
    expect(first.getCell(3).value).toBe("31/01/2567");
    expect(first.getCell(4).value).toBe("2024-01-31");
    expect(first.getCell(5).value).toBe("16/06/2567 03:30:00");
    expect(first.getCell(7).value).toBe(6);
    expect(first.getCell(7).numFmt).toBe("0.00");
    expect(first.getCell(8).value).toBe(3);
    const second = sheet.getRow(3);
    // A string cell is never evaluated by Excel, so it keeps its text as typed.
    expect(second.getCell(1).value).toBe('=HYPERLINK("x")');
    expect(second.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(second.getCell(2).value).toBe(-0.05);
    expect(second.getCell(3).value).toBeNull();
    expect(sheet.getRow(4).getCell(2).value).toBe(0);
    expect(sheet.getRow(5).getCell(7).value).toBe(100);
    expect(sheet.rowCount).toBe(5);
  });

  it("puts a title row above the header when asked and freezes both", async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => out.on("end", resolve));
    await writeExport(out, "xlsx", columns, rows.slice(0, 1), {
      sheetName: "a/b[c]",
      language: "en",
      title: "กองทุน บ้านดอกกระเจียว",
    });
    await ended;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe("a b c");
    expect(sheet.getRow(1).getCell(1).value).toBe("กองทุน บ้านดอกกระเจียว");
    expect(sheet.getRow(2).getCell(1).value).toBe("Name");
    expect(sheet.getRow(3).getCell(2).value).toBe(999_999_999.99);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  it("streams rows from an async source", async () => {
    async function* many() {
      for (let i = 0; i < 3000; i++) yield { ...rows[0]!, name: `h${i}`, amount: i };
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await render("xlsx", many())) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(3001);
    expect(sheet.getRow(3001).getCell(1).value).toBe("h2999");
    expect(sheet.getRow(3001).getCell(2).value).toBe(29.99);
  });
});

describe("XLSX worksheets", () => {
  it("continues on a new worksheet, with the header again, after the rows-per-sheet limit", async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => out.on("end", resolve));
    const data = Array.from({ length: 5 }, (_, i) => ({ ...rows[0]!, name: `h${i}`, amount: i * 100 }));
    await writeExport(out, "xlsx", columns, data, { sheetName: "ครัวเรือน", xlsxRowsPerSheet: 2 });
    await ended;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["ครัวเรือน", "ครัวเรือน (2)", "ครัวเรือน (3)"]);
    expect(book.worksheets.map((w) => w.rowCount)).toEqual([3, 3, 2]);
    const third = book.worksheets[2]!;
    expect(third.getRow(1).getCell(1).value).toBe("ชื่อ");
    expect(third.getRow(2).getCell(1).value).toBe("h4");
    expect(third.getRow(2).getCell(2).value).toBe(4);
    expect(third.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });
});

describe("pagedRows", () => {
  it("follows the cursor until the last page", async () => {
    const seen: (string | undefined)[] = [];
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      start: { items: [1, 2], nextCursor: "a" },
      a: { items: [3, 4], nextCursor: "b" },
      b: { items: [5], nextCursor: null },
    };
    const all: number[] = [];
    for await (const n of pagedRows(async (cursor) => {
      seen.push(cursor);
      return pages[cursor ?? "start"]!;
    })) {
      all.push(n);
    }
    expect(all).toEqual([1, 2, 3, 4, 5]);
    expect(seen).toEqual([undefined, "a", "b"]);
  });
});
