// The household import: template downloads, dry run and commit of one CSV or XLSX file.
import type { ImportReport } from "../../../../src/shared/contracts/households";
import { api } from "../../lib/api";

export const templateUrl = (format: "csv" | "xlsx") => `/api/households/import/template?format=${format}`;

/** The server's upload limit (20 MB); bigger files are refused before they are sent. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const ACCEPTED_EXTENSIONS = [".csv", ".xlsx"] as const;

export function hasAcceptedExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function runImport(file: File, dryRun: boolean): Promise<ImportReport> {
  const form = new FormData();
  form.append("file", file, file.name);
  return api.post<ImportReport>("/api/households/import", form, { query: { dryRun: String(dryRun) } });
}
