// Sends a CSV/XLSX export as a streamed download: headers for the file name, no caching, rows as they come.
import { PassThrough } from "node:stream";
import type { FastifyReply } from "fastify";
import { z } from "zod";
import {
  EXPORT_CONTENT_TYPES,
  type ExportColumn,
  type ExportFormat,
  type ExportOptions,
  exportFileName,
  writeExport,
} from "../platform/tabular-export";

/** The query of every `…/export` endpoint: `format` is required, `lang` picks the header language. */
export const exportQuerySchema = z.object({
  format: z.enum(["csv", "xlsx"]).describe("csv (UTF-8 with BOM) or xlsx"),
  lang: z.enum(["th", "en"]).optional().describe("header language, Thai by default"),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** Drops an export's own parameters from its query, leaving the list's filters. */
export function listFilters<Q extends ExportQuery>(query: Q): Omit<Q, "format" | "lang"> {
  const { format: _format, lang: _lang, ...filters } = query;
  return filters;
}

/** "ครัวเรือน-40-2024-06-15" (or the English word with `lang=en`): the word, then the non-empty parts. */
export function exportBaseName(
  language: "th" | "en" | undefined,
  words: { th: string; en: string },
  ...parts: (string | number | null | undefined)[]
): string {
  const head = language === "en" ? words.en : words.th;
  return [head, ...parts.filter((p) => p !== null && p !== undefined && p !== "")].join("-");
}

export interface ExportReply<R> {
  /** Without extension; Thai is fine (sent as RFC 5987 `filename*` with an ASCII fallback). */
  fileName: string;
  format: ExportFormat;
  columns: readonly ExportColumn<R>[];
  rows: AsyncIterable<R> | Iterable<R>;
  options: ExportOptions;
}

/** RFC 5987 percent-encoding: everything outside attr-char is escaped. */
function rfc5987(text: string): string {
  return encodeURIComponent(text).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `attachment; filename="…"; filename*=UTF-8''…` with a plain ASCII fallback for old clients. */
export function contentDisposition(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ext = dot > 0 ? fileName.slice(dot) : "";
  const asciiStem = stem
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\%;]/g, "")
    .replace(/\s+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
  const fallback = `${asciiStem || "export"}${ext}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/**
 * Streams the export. The first row is read before any header is sent, so the list's own checks (area scope,
 * permission, filters) still answer with an ordinary JSON error; a failure after that aborts the download.
 */
export async function sendExport<R>(reply: FastifyReply, spec: ExportReply<R>): Promise<FastifyReply> {
  const iterator =
    Symbol.asyncIterator in spec.rows
      ? (spec.rows as AsyncIterable<R>)[Symbol.asyncIterator]()
      : (spec.rows as Iterable<R>)[Symbol.iterator]();
  const first = await iterator.next();
  async function* rest(): AsyncGenerator<R> {
    try {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      // A client that went away ends the loop early: let the source close its cursor or generator.
      await iterator.return?.();
    }
  }
  const body = new PassThrough();
  const fileName = exportFileName(spec.fileName, spec.format);
  reply
    .header("content-type", EXPORT_CONTENT_TYPES[spec.format])
    .header("content-disposition", contentDisposition(fileName))
    .header("cache-control", "no-store");
  writeExport(body, spec.format, spec.columns, rest(), spec.options).then(
    () => {
      if (spec.format === "csv") body.end();
    },
    (err: unknown) => {
      reply.log.error({ err }, "export failed while streaming");
      body.destroy(err instanceof Error ? err : new Error(String(err)));
    },
  );
  return reply.send(body);
}
