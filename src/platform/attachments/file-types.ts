// What a file really is, read from its bytes (magic numbers and, for Office files, the ZIP directory): never from its name or the client's content type.

export const FILE_TYPES = ["jpeg", "png", "webp", "pdf", "xlsx", "docx"] as const;
export type FileType = (typeof FILE_TYPES)[number];

export interface FileTypeInfo {
  mediaType: string;
  extension: string;
  /** Shown in the browser (images, PDF) rather than downloaded; always under a sandboxing CSP. */
  inline: boolean;
  names: { th: string; en: string };
}

export const FILE_TYPE_INFO: Record<FileType, FileTypeInfo> = {
  jpeg: {
    mediaType: "image/jpeg",
    extension: "jpg",
    inline: true,
    names: { th: "รูป JPEG", en: "JPEG image" },
  },
  png: { mediaType: "image/png", extension: "png", inline: true, names: { th: "รูป PNG", en: "PNG image" } },
  webp: {
    mediaType: "image/webp",
    extension: "webp",
    inline: true,
    names: { th: "รูป WebP", en: "WebP image" },
  },
  pdf: { mediaType: "application/pdf", extension: "pdf", inline: true, names: { th: "PDF", en: "PDF" } },
  xlsx: {
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
    inline: false,
    names: { th: "Excel (xlsx)", en: "Excel (xlsx)" },
  },
  docx: {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    inline: false,
    names: { th: "Word (docx)", en: "Word (docx)" },
  },
};

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The names of the entries in a ZIP file's central directory, or null when it is not a well-formed ZIP. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is the last 22 bytes plus a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset + size > eocd || count === 0) return null;
  const names: string[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > eocd) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

export type Detection = { ok: true; type: FileType } | { ok: false; reason: "unknown" | "macro" };

/** Office Open XML: a ZIP with [Content_Types].xml and the part of a workbook or a document; macros refused. */
function detectOffice(bytes: Uint8Array): Detection {
  const names = zipEntryNames(bytes);
  if (!names?.includes("[Content_Types].xml")) return { ok: false, reason: "unknown" };
  const lower = names.map((n) => n.toLowerCase());
  if (lower.some((n) => n.endsWith("vbaproject.bin") || n.includes("activex"))) {
    return { ok: false, reason: "macro" };
  }
  if (lower.includes("xl/workbook.xml")) return { ok: true, type: "xlsx" };
  if (lower.includes("word/document.xml")) return { ok: true, type: "docx" };
  return { ok: false, reason: "unknown" };
}

/** The type of the bytes among the allowed kinds, or why they are not one. */
export function detectFileType(bytes: Uint8Array): Detection {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, type: "jpeg" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, type: "png" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8))
    return { ok: true, type: "webp" };
  if (startsWith(bytes, ascii("%PDF-"))) return { ok: true, type: "pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return detectOffice(bytes);
  return { ok: false, reason: "unknown" };
}
