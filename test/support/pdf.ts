// PDF checks for document tests: the text poppler extracts, and the pages rasterised and compared with committed
// reference images, so that a layout or glyph regression fails the build.
import { execFile } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

const run = promisify(execFile);
const REFERENCE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../fixtures/pdf-references",
);
/** Rendering resolution of the comparison: enough to see a misplaced mark, small enough to commit. */
const DPI = 60;

function withTempPdf<T>(bytes: Buffer, fn: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kaejon-pdf-"));
  const file = path.join(dir, "doc.pdf");
  writeFileSync(file, bytes);
  return fn(file, dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/**
 * The text of a PDF as poppler extracts it, with whitespace collapsed. Sarabun draws สระอำ as nikhahit + sara
 * aa, which extraction reports as "ํา": folded back so tests can search for the words they wrote.
 */
export async function pdfText(bytes: Buffer): Promise<string> {
  return withTempPdf(bytes, async (file) => {
    const { stdout } = await run("pdftotext", ["-enc", "UTF-8", file, "-"], { maxBuffer: 64 * 1024 * 1024 });
    return stdout
      .replace(/\u0e4d([\u0e48-\u0e4b]?)\u0e32/g, "$1\u0e33")
      .replace(/\s+/g, " ")
      .trim();
  });
}

/**
 * Text without any whitespace, for searching names: pdftotext sometimes splits a syllable after stacked marks
 * ("ปั้ น"), because the mark glyph is drawn left of its advance.
 */
export function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Whether `needle` appears in the PDF text, ignoring whitespace on both sides. */
export function hasText(pdf: string, needle: string): boolean {
  return compact(pdf).includes(compact(needle));
}

/** Number of pages, from poppler's pdfinfo. */
export async function pdfPageCount(bytes: Buffer): Promise<number> {
  return withTempPdf(bytes, async (file) => {
    const { stdout } = await run("pdfinfo", [file]);
    const m = /Pages:\s+(\d+)/.exec(stdout);
    if (!m) throw new Error(`pdfinfo gave no page count:\n${stdout}`);
    return Number(m[1]);
  });
}

/** Each page as a PNG at the comparison resolution. */
export async function rasterise(bytes: Buffer): Promise<Buffer[]> {
  return withTempPdf(bytes, async (file, dir) => {
    await run("pdftoppm", ["-r", String(DPI), "-png", file, path.join(dir, "page")]);
    return readdirSync(dir)
      .filter((f) => f.startsWith("page") && f.endsWith(".png"))
      .sort()
      .map((f) => readFileSync(path.join(dir, f)));
  });
}

export interface ReferenceComparison {
  pages: number;
  /** Per page: the share of pixels that differ from the reference (0–1). */
  diffRatios: number[];
  written: boolean;
}

/**
 * Compares every page with `test/fixtures/pdf-references/<name>-<page>.png`. With UPDATE_PDF_REFERENCES=1
 * the references are (re)written instead — look at them before committing. A missing reference fails.
 */
export async function compareWithReference(bytes: Buffer, name: string): Promise<ReferenceComparison> {
  const pages = await rasterise(bytes);
  mkdirSync(REFERENCE_DIR, { recursive: true });
  const fileOf = (i: number) => path.join(REFERENCE_DIR, `${name}-${i + 1}.png`);
  if (process.env.UPDATE_PDF_REFERENCES === "1") {
    for (const f of readdirSync(REFERENCE_DIR)) {
      if (new RegExp(`^${name}-\\d+\\.png$`).test(f)) rmSync(path.join(REFERENCE_DIR, f));
    }
    for (const [i, png] of pages.entries()) writeFileSync(fileOf(i), png);
    return { pages: pages.length, diffRatios: pages.map(() => 0), written: true };
  }
  const diffRatios = pages.map((png, i) => {
    const file = fileOf(i);
    if (!existsSync(file)) {
      throw new Error(
        `no reference image ${path.relative(process.cwd(), file)}: run with UPDATE_PDF_REFERENCES=1`,
      );
    }
    const actual = PNG.sync.read(png);
    const expected = PNG.sync.read(readFileSync(file));
    if (actual.width !== expected.width || actual.height !== expected.height) return 1;
    const differing = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, {
      threshold: 0.2,
    });
    return differing / (actual.width * actual.height);
  });
  const extra = existsSync(fileOf(pages.length)) ? 1 : 0;
  if (extra) diffRatios.push(1);
  return { pages: pages.length, diffRatios, written: false };
}

/** The tolerance every document test uses: anti-aliasing noise passes, a moved line or a lost glyph does not. */
export const MAX_DIFF_RATIO = 0.002;
