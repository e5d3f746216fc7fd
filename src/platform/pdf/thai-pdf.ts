// The document builder every official form and report uses: A4 pages in Sarabun (full TTF, so Thai marks are
// positioned by the font's own shaping tables), our own Thai line breaking, dotted fill-in lines, tables that
// repeat their header across pages, signature blocks, Buddhist-era dates and optional Thai digits.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type PDFKitDocument from "pdfkit";
import { formatBaht, type Satang, toThaiDigits } from "../../shared/money";
import { type IsoDate, officialDateParts } from "../../shared/thai-date";
import { breakLines, breakUnits } from "./line-break";

const require = createRequire(import.meta.url);

let pdfkit: typeof PDFKitDocument | null = null;
/** pdfkit and fontkit (~30 MB of memory once loaded) load with the first document, not when the server starts. */
function loadPdfKit(): typeof PDFKitDocument {
  pdfkit ??= require("pdfkit") as typeof PDFKitDocument;
  return pdfkit;
}

export type FontStyle = "regular" | "bold";

interface EmbeddedFontInternals {
  unicode: number[][];
  font: { getGlyph(id: number): { codePoints: number[]; name: string } };
  subset: { includeGlyph(id: number): number };
}

/**
 * pdfkit records the characters behind a glyph the first time it draws it, for copy and search in PDF viewers.
 * Sarabun draws สระอำ as two glyphs (nikhahit + sara aa) and pdfkit gives the whole "ำ" to the first and
 * nothing to the second, so every later "า" would vanish from the extracted text. Glyphs named after their
 * characters ("uni0E32", "uni0E4D0E4B.narrow") are given those characters instead, so "ำ" extracts as "ํา",
 * which looks the same; other glyphs keep what fontkit says they were drawn for.
 */
function mapGlyphsToOwnCharacters(embedded: unknown): void {
  const f = embedded as Partial<EmbeddedFontInternals> | null;
  if (!f?.subset || !f.font || !Array.isArray(f.unicode) || typeof f.subset.includeGlyph !== "function") {
    throw new Error("pdfkit's embedded font changed shape: check the glyph-to-character mapping");
  }
  const { subset, font, unicode } = f as EmbeddedFontInternals;
  const include = subset.includeGlyph.bind(subset);
  subset.includeGlyph = (id: number) => {
    const gid = include(id);
    if (unicode[gid] == null) {
      const glyph = font.getGlyph(id);
      const named = /^uni((?:[0-9A-F]{4})+)(?:\..*)?$/.exec(glyph.name);
      const own = named ? named[1]!.match(/.{4}/g)!.map((hex) => Number.parseInt(hex, 16)) : glyph.codePoints;
      if (own.length > 0) unicode[gid] = own;
    }
    return gid;
  };
}

let fontCache: Record<FontStyle, Buffer> | null = null;
function fonts(): Record<FontStyle, Buffer> {
  // Read once per process: the TTFs are ~90 KB each and every document embeds a subset of them.
  fontCache ??= {
    regular: readFileSync(require.resolve("@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf")),
    bold: readFileSync(require.resolve("@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf")),
  };
  return fontCache;
}

/** Google's Sarabun at 13 pt reads like TH Sarabun PSK 16 pt, the size official letters use (domain §10.3). */
export const BODY_SIZE = 13;
export const TITLE_SIZE = 15;
export const SMALL_SIZE = 11;
const LINE_GAP = 1.45;
const MM = 72 / 25.4;

export interface PdfOptions {
  title: string;
  subject?: string;
  author?: string;
  /** Print every number in Thai digits (a per-template option: government letters customarily do). */
  thaiDigits?: boolean;
  /** Fixed in tests so that two renders of the same data give the same bytes. */
  createdAt?: Date;
  landscape?: boolean;
  /** Page margins in millimetres (defaults: 25 left, 20 right, 20 top, 18 bottom). */
  margins?: { top?: number; right?: number; bottom?: number; left?: number };
  /** "หน้า 1/3" at the foot of every page when the document has more than one page. */
  pageNumbers?: boolean;
  /** Printed at the foot of every page at the left, e.g. the system name and print date. */
  footer?: string;
}

export type Align = "left" | "center" | "right" | "justify";

export interface TextOptions {
  size?: number;
  bold?: boolean;
  align?: Align;
  /** Extra indent of the first line, in points (Thai paragraphs indent their first line). */
  indent?: number;
  x?: number;
  width?: number;
  /** Space after the paragraph in points. */
  after?: number;
}

/** A piece of an inline line: plain text, or a value written over a dotted fill-in line. */
export type Run =
  | { text: string; bold?: boolean }
  | { fill: string; bold?: boolean; minWidth?: number; align?: "left" | "center" };

export interface Column {
  header: string;
  /** Relative width (weights share the table width). */
  width: number;
  align?: "left" | "center" | "right";
}

export interface TableOptions {
  size?: number;
  headerBold?: boolean;
  /** Rows printed in bold after the body, e.g. totals. */
  footerRows?: string[][];
  /** Padding inside cells in points. */
  padding?: number;
  /** Printed instead of the body when there are no rows. */
  emptyText?: string;
}

export interface SignatureBlock {
  /** The role after the dotted line, e.g. "ผู้ยืม" or "ประธานคณะกรรมการ กข.คจ. (ผู้ให้ยืม)". */
  role: string;
  /** The printed name in parentheses; empty gives a dotted line to fill by hand. */
  name?: string;
  /** A line below the name, e.g. "ตำแหน่ง พัฒนากร". */
  position?: string;
  /** Adds "วันที่ ....../....../......" (or the given date). */
  dateLine?: boolean | IsoDate;
}

interface Token {
  text: string;
  bold: boolean;
  width: number;
  /** Index of the fill run the token belongs to, or -1 for plain text. */
  fill: number;
  space: boolean;
}

export class ThaiPdf {
  readonly doc: PDFKit.PDFDocument;
  readonly thaiDigits: boolean;
  private readonly options: PdfOptions;
  private size = BODY_SIZE;
  private bold = false;

  constructor(options: PdfOptions) {
    this.options = options;
    this.thaiDigits = options.thaiDigits ?? false;
    const m = { top: 20, right: 20, bottom: 18, left: 25, ...options.margins };
    const createdAt = options.createdAt ?? new Date();
    const PDFDocument = loadPdfKit();
    this.doc = new PDFDocument({
      size: "A4",
      layout: options.landscape ? "landscape" : "portrait",
      margins: { top: m.top * MM, right: m.right * MM, bottom: m.bottom * MM, left: m.left * MM },
      bufferPages: true,
      autoFirstPage: true,
      info: {
        Title: options.title,
        Subject: options.subject ?? options.title,
        Author: options.author ?? "Kaejon",
        Creator: "Kaejon",
        Producer: "Kaejon",
        CreationDate: createdAt,
        ModDate: createdAt,
      },
      lang: "th-TH",
      displayTitle: true,
    });
    const f = fonts();
    this.doc.registerFont("regular", f.regular);
    this.doc.registerFont("bold", f.bold);
    for (const style of ["bold", "regular"] as const) {
      this.doc.font(style);
      mapGlyphsToOwnCharacters((this.doc as unknown as { _font: unknown })._font);
    }
    this.setFont(false, BODY_SIZE);
  }

  /** Left edge of the writing area. */
  get left(): number {
    return this.doc.page.margins.left;
  }
  get right(): number {
    return this.doc.page.width - this.doc.page.margins.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get y(): number {
    return this.doc.y;
  }
  set y(value: number) {
    this.doc.y = value;
  }

  /** Digits as the template asks: Western, or Thai when `thaiDigits` is on. */
  digits(text: string | number): string {
    const s = String(text);
    return this.thaiDigits ? toThaiDigits(s) : s;
  }
  /** "1,234.50" (or "๑,๒๓๔.๕๐"). */
  money(amount: Satang): string {
    return formatBaht(amount, { thaiDigits: this.thaiDigits });
  }
  /** A whole count with thousands separators. */
  count(n: number): string {
    return this.digits(n.toLocaleString("en-US"));
  }
  /** "31 มกราคม 2567". */
  longDate(iso: IsoDate): string {
    const p = officialDateParts(iso);
    return this.digits(`${p.day} ${p.monthName} ${p.beYear}`);
  }
  /** "31/01/2567". */
  shortDate(iso: IsoDate): string {
    const p = officialDateParts(iso);
    return this.digits(`${p.day}/${iso.slice(5, 7)}/${p.beYear}`);
  }
  /** The runs of "วันที่ 31 เดือน มกราคม พ.ศ. 2567" with the values on dotted lines (blank lines without a date). */
  dateRuns(iso: IsoDate | null): Run[] {
    const p = iso ? officialDateParts(iso) : null;
    return [
      { text: "วันที่ " },
      { fill: p ? this.digits(p.day) : "", minWidth: 36, align: "center" },
      { text: " เดือน " },
      { fill: p ? p.monthName : "", minWidth: 90, align: "center" },
      { text: " พ.ศ. " },
      { fill: p ? this.digits(p.beYear) : "", minWidth: 48, align: "center" },
    ];
  }

  private setFont(bold: boolean, size: number): void {
    this.bold = bold;
    this.size = size;
    this.doc.font(bold ? "bold" : "regular").fontSize(size);
  }

  private lineHeight(size = this.size): number {
    return size * LINE_GAP;
  }

  private measure(text: string, bold: boolean, size: number): number {
    if (text === "") return 0;
    this.setFont(bold, size);
    return this.doc.widthOfString(text);
  }

  /** Starts a new page when fewer than `height` points are left. */
  ensureSpace(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
  }

  space(points: number): void {
    this.y += points;
  }

  /** A paragraph wrapped at Thai word boundaries. */
  text(text: string, options: TextOptions = {}): void {
    const size = options.size ?? BODY_SIZE;
    const bold = options.bold ?? false;
    const x = options.x ?? this.left;
    const width = options.width ?? this.right - x;
    const indent = options.indent ?? 0;
    const measure = (s: string) => this.measure(s, bold, size);
    const lines = breakLines(text, width, measure, { firstLineWidth: width - indent });
    const height = this.lineHeight(size);
    lines.forEach((line, i) => {
      this.ensureSpace(height);
      const lineX = x + (i === 0 ? indent : 0);
      const lineWidth = width - (i === 0 ? indent : 0);
      const isLast = i === lines.length - 1;
      this.drawLine(line, lineX, lineWidth, options.align ?? "left", isLast, bold, size);
      this.y += height;
    });
    this.y += options.after ?? 0;
  }

  private drawLine(
    line: string,
    x: number,
    width: number,
    align: Align,
    isLast: boolean,
    bold: boolean,
    size: number,
  ): void {
    const lineWidth = this.measure(line, bold, size);
    if (align === "justify" && !isLast) {
      // Thai justification stretches the spaces between phrases; words written together stay together, and a
      // line without spaces stays left-aligned rather than pulling its words apart.
      const parts = line.split(/(\s+)/);
      const words = parts.filter((_, i) => i % 2 === 0);
      const gaps = words.length - 1;
      const widths = words.map((w) => this.measure(w, bold, size));
      const extra = gaps > 0 ? (width - widths.reduce((a, b) => a + b, 0)) / gaps : 0;
      if (gaps > 0 && extra >= 0 && extra < size * 3) {
        let cursor = x;
        words.forEach((word, i) => {
          this.put(word, cursor, bold, size);
          cursor += widths[i]! + extra;
        });
        return;
      }
    }
    const offset = align === "center" ? (width - lineWidth) / 2 : align === "right" ? width - lineWidth : 0;
    this.put(line, x + Math.max(0, offset), bold, size);
  }

  private put(text: string, x: number, bold: boolean, size: number, y = this.y): void {
    if (text === "") return;
    this.setFont(bold, size);
    this.doc.text(text, x, y, { lineBreak: false });
  }

  /** A centred title line (or lines). */
  title(text: string, options: { size?: number; after?: number } = {}): void {
    this.text(text, {
      bold: true,
      size: options.size ?? TITLE_SIZE,
      align: "center",
      after: options.after ?? 2,
    });
  }

  /**
   * A line of label text and values on dotted fill-in lines ("ชื่อ ....นายสมชาย.... อายุ ....45.... ปี"),
   * wrapped at word boundaries; a value too long for a line continues on the next one, still underlined.
   */
  line(
    runs: Run[],
    options: { size?: number; indent?: number; x?: number; width?: number; after?: number } = {},
  ): void {
    const size = options.size ?? BODY_SIZE;
    const x0 = options.x ?? this.left;
    const width = options.width ?? this.right - x0;
    const tokens: Token[] = [];
    const fillMin: number[] = [];
    runs.forEach((run, index) => {
      const isFill = "fill" in run;
      const bold = run.bold ?? false;
      const text = isFill ? run.fill : run.text;
      for (const unit of breakUnits(text)) {
        tokens.push({
          text: unit,
          bold,
          width: this.measure(unit, bold, size),
          fill: isFill ? index : -1,
          space: /^\s+$/.test(unit),
        });
      }
      if (isFill) {
        const textWidth = this.measure(text, bold, size);
        const min = Math.min(run.minWidth ?? 60, width);
        // A fill line is at least its minimum width and a little wider than its value.
        const pad = Math.max(min - textWidth, 12);
        fillMin[index] = pad;
        tokens.push({ text: "", bold, width: pad, fill: index, space: false });
      }
    });

    const height = this.lineHeight(size);
    let lineTokens: Token[] = [];
    let used = options.indent ?? 0;
    const flush = () => {
      while (lineTokens.length > 0 && lineTokens[lineTokens.length - 1]!.space) lineTokens.pop();
      this.ensureSpace(height);
      this.drawRuns(lineTokens, x0 + (options.indent ?? 0) * (this.isFirstLine ? 1 : 0), runs, size);
      this.isFirstLine = false;
      this.y += height;
      lineTokens = [];
      used = 0;
    };
    this.isFirstLine = true;
    for (const token of tokens) {
      if (used + token.width > width && lineTokens.length > 0) {
        if (token.space) continue;
        const isPad = token.text === "" && lineTokens[lineTokens.length - 1]!.fill === token.fill;
        if (isPad) {
          // The dotted tail of a value that just fits ends at the margin instead of starting a new line.
          token.width = Math.max(width - used, 0);
          lineTokens.push(token);
          used = width;
          continue;
        }
        flush();
      }
      if (token.space && lineTokens.length === 0) continue;
      if (token.width > width && token.text !== "") {
        // A single word wider than the line: let it overflow into the margin rather than lose it.
        token.width = width;
      }
      lineTokens.push(token);
      used += token.width;
    }
    if (lineTokens.length > 0 || tokens.length === 0) flush();
    this.y += options.after ?? 0;
  }

  private isFirstLine = true;

  private drawRuns(tokens: Token[], x: number, runs: Run[], size: number): void {
    let cursor = x;
    // Group consecutive tokens of the same fill run so each run's value sits over one dotted line.
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i]!;
      if (token.fill < 0) {
        this.put(token.text, cursor, token.bold, size);
        cursor += token.width;
        i++;
        continue;
      }
      const runIndex = token.fill;
      const group: Token[] = [];
      while (i < tokens.length && tokens[i]!.fill === runIndex) group.push(tokens[i++]!);
      const total = group.reduce((a, t) => a + t.width, 0);
      const textWidth = group.filter((t) => t.text !== "").reduce((a, t) => a + t.width, 0);
      const run = runs[runIndex];
      const centred = run !== undefined && "fill" in run && run.align === "center";
      let textX = cursor + (centred ? (total - textWidth) / 2 : 4);
      for (const t of group) {
        if (t.text === "") continue;
        this.put(t.text, textX, t.bold, size);
        textX += t.width;
      }
      this.dottedLine(cursor, cursor + total, this.y + size * 1.32);
      cursor += total;
    }
  }

  private dottedLine(x1: number, x2: number, y: number): void {
    this.doc
      .save()
      .lineWidth(0.6)
      .dash(0.8, { space: 1.8 })
      .moveTo(x1, y)
      .lineTo(x2, y)
      .stroke()
      .undash()
      .restore();
  }

  /** A thin horizontal rule across the writing area. */
  rule(after = 4): void {
    this.doc.save().lineWidth(0.5).moveTo(this.left, this.y).lineTo(this.right, this.y).stroke().restore();
    this.y += after;
  }

  /** Text at the top right and top left of the same line, e.g. "เล่มที่ …" and "สัญญาเลขที่ …". */
  corners(leftRuns: Run[], rightRuns: Run[], size = BODY_SIZE): void {
    const top = this.y;
    const half = this.width / 2;
    this.line(leftRuns, { size, width: half - 6 });
    const afterLeft = this.y;
    this.y = top;
    const rightWidth = this.runsWidth(rightRuns, size);
    const x = Math.max(this.left + half, this.right - rightWidth);
    this.line(rightRuns, { size, x, width: this.right - x });
    this.y = Math.max(afterLeft, this.y);
  }

  private runsWidth(runs: Run[], size: number): number {
    return runs.reduce((sum, run) => {
      if ("fill" in run) {
        const textWidth = this.measure(run.fill, run.bold ?? false, size);
        return sum + textWidth + Math.max((run.minWidth ?? 60) - textWidth, 12);
      }
      return sum + this.measure(run.text, run.bold ?? false, size);
    }, 0);
  }

  /** A ruled table; rows split across pages with the header repeated; cells wrap at Thai word boundaries. */
  table(columns: Column[], rows: string[][], options: TableOptions = {}): void {
    const size = options.size ?? BODY_SIZE - 1;
    const pad = options.padding ?? 3;
    const totalWeight = columns.reduce((a, c) => a + c.width, 0);
    const widths = columns.map((c) => (c.width / totalWeight) * this.width);
    const lineH = this.lineHeight(size);
    const layout = (cells: string[], bold: boolean) =>
      cells.map((cell, i) =>
        breakLines(cell, Math.max(widths[i]! - pad * 2, 4), (s) => this.measure(s, bold, size)),
      );
    const drawRow = (cells: string[], bold: boolean, shade: boolean) => {
      const lines = layout(cells, bold);
      const height = Math.max(...lines.map((l) => l.length)) * lineH + pad * 2;
      return { lines, height, bold, shade };
    };
    const paint = (row: ReturnType<typeof drawRow>) => {
      let x = this.left;
      const top = this.y;
      if (row.shade) {
        this.doc.save().rect(this.left, top, this.width, row.height).fill("#eeeeee").restore();
        this.doc.fillColor("black");
      }
      row.lines.forEach((cellLines, i) => {
        const w = widths[i]!;
        const align = row.shade ? "center" : (columns[i]!.align ?? "left");
        cellLines.forEach((text, li) => {
          const textWidth = this.measure(text, row.bold, size);
          const offset =
            align === "center" ? (w - textWidth) / 2 : align === "right" ? w - pad - textWidth : pad;
          this.put(text, x + Math.max(pad, offset), row.bold, size, top + pad + li * lineH);
        });
        this.doc.save().lineWidth(0.5).rect(x, top, w, row.height).stroke().restore();
        x += w;
      });
      this.y = top + row.height;
    };
    const header = drawRow(
      columns.map((c) => c.header),
      options.headerBold ?? true,
      true,
    );
    this.ensureSpace(header.height + lineH + pad * 2);
    paint(header);
    const body = rows.length === 0 && options.emptyText ? [[options.emptyText]] : rows;
    for (const cells of body) {
      const isEmptyNote = rows.length === 0;
      const row = isEmptyNote
        ? { lines: [[cells[0]!]], height: lineH + pad * 2, bold: false, shade: false }
        : drawRow(cells, false, false);
      if (this.y + row.height > this.bottom) {
        this.newPage();
        paint(header);
      }
      if (isEmptyNote) {
        const top = this.y;
        this.doc.save().lineWidth(0.5).rect(this.left, top, this.width, row.height).stroke().restore();
        const textWidth = this.measure(cells[0]!, false, size);
        this.put(cells[0]!, this.left + (this.width - textWidth) / 2, false, size, top + pad);
        this.y = top + row.height;
      } else {
        paint(row);
      }
    }
    for (const cells of options.footerRows ?? []) {
      const row = drawRow(cells, true, false);
      if (this.y + row.height > this.bottom) {
        this.newPage();
        paint(header);
      }
      paint(row);
    }
    this.setFont(false, BODY_SIZE);
  }

  /** Signature blocks side by side (`perRow` of them), kept together on one page. */
  signatures(blocks: SignatureBlock[], options: { perRow?: number; size?: number; gap?: number } = {}): void {
    const perRow = options.perRow ?? 2;
    const size = options.size ?? BODY_SIZE;
    const lineH = this.lineHeight(size);
    const cellWidth = this.width / perRow;
    for (let start = 0; start < blocks.length; start += perRow) {
      const row = blocks.slice(start, start + perRow);
      const linesPerBlock = Math.max(...row.map((b) => 2 + (b.position ? 1 : 0) + (b.dateLine ? 1 : 0)));
      const needed = linesPerBlock * lineH + (options.gap ?? 10);
      this.ensureSpace(needed + 16);
      this.y += 16;
      const top = this.y;
      let bottom = top;
      row.forEach((block, i) => {
        const x = this.left + i * cellWidth + (perRow === 1 ? this.width / 4 : 0);
        const w = perRow === 1 ? this.width / 2 : cellWidth;
        this.y = top;
        const labelWidth = this.measure("ลงชื่อ ", false, size) + this.measure(` ${block.role}`, false, size);
        const signWidth = Math.max(w - 16 - labelWidth, 60);
        this.line([{ text: "ลงชื่อ " }, { fill: "", minWidth: signWidth }, { text: ` ${block.role}` }], {
          x: x + 4,
          width: w - 8,
          size,
        });
        const name = block.name && block.name.trim() !== "" ? `(${block.name})` : null;
        if (name) this.text(name, { x, width: w, align: "center", size });
        else {
          const blank = Math.min(w * 0.6, 150);
          const bracket = this.measure("()", false, size);
          this.line([{ text: "(" }, { fill: "", minWidth: blank }, { text: ")" }], {
            x: x + (w - blank - bracket) / 2,
            width: blank + bracket + 2,
            size,
          });
        }
        if (block.position) this.text(block.position, { x, width: w, align: "center", size });
        if (block.dateLine) {
          const date = typeof block.dateLine === "string" ? block.dateLine : null;
          if (date) this.text(`วันที่ ${this.shortDate(date)}`, { x, width: w, align: "center", size });
          else
            this.line(
              [
                { text: "วันที่ " },
                { fill: "", minWidth: 24 },
                { text: "/" },
                { fill: "", minWidth: 24 },
                { text: "/" },
                { fill: "", minWidth: 36 },
              ],
              { x: x + w * 0.2, width: w * 0.8, size },
            );
        }
        bottom = Math.max(bottom, this.y);
      });
      this.y = bottom + (options.gap ?? 10);
    }
  }

  /** The boxed note a report prints when its area has nothing to report. */
  nothingToReport(text: string): void {
    const height = this.lineHeight() * 2;
    this.ensureSpace(height + 8);
    const top = this.y + 4;
    this.doc.save().lineWidth(0.6).rect(this.left, top, this.width, height).stroke().restore();
    this.y = top + height / 4;
    this.text(text, { align: "center" });
    this.y = top + height + 8;
  }

  /** Finishes the document (page numbers, footer) and returns its bytes. */
  async toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
    });
    const range = this.doc.bufferedPageRange();
    const total = range.count;
    for (let i = range.start; i < range.start + total; i++) {
      this.doc.switchToPage(i);
      const page = this.doc.page;
      const savedBottom = page.margins.bottom;
      // Writing below the bottom margin would make pdfkit open a new page.
      page.margins.bottom = 0;
      const y = page.height - savedBottom + 10;
      this.setFont(false, SMALL_SIZE - 1);
      this.doc.fillColor("#555555");
      if (this.options.footer) this.doc.text(this.options.footer, page.margins.left, y, { lineBreak: false });
      if ((this.options.pageNumbers ?? true) && total > 1) {
        const label = this.digits(`หน้า ${i - range.start + 1}/${total}`);
        const w = this.doc.widthOfString(label);
        this.doc.text(label, page.width - page.margins.right - w, y, { lineBreak: false });
      }
      this.doc.fillColor("black");
      page.margins.bottom = savedBottom;
    }
    this.doc.end();
    return done;
  }
}

/** Loads pdfkit and the fonts ahead of the first document (for benchmarks that time warm renders). */
export function warmUpPdf(): void {
  loadPdfKit();
  fonts();
}
