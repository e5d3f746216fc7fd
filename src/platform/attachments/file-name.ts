// A safe file name for a stored attachment: no path, no control or reserved characters, a bounded length, and the extension of the type found in its bytes.

/** Code points kept of the name's stem (file systems and headers cope; people can still read it). */
export const MAX_STEM_LENGTH = 100;

/** Windows device names are refused as stems by Windows file systems, whatever the extension. */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * `given` as sent by the client ("../../etc/passwd", "C:\\fakepath\\รูป.JPG", "a\u0000b.pdf.exe") → a plain name
 * ending in `extension`: the last path segment, NFC, without control, bidi-override or reserved characters,
 * without leading dots, its own extension replaced, and "file" when nothing is left.
 */
export function sanitiseFileName(given: string, extension: string): string {
  const lastSegment = given.split(/[/\\]/).pop() ?? "";
  let stem = lastSegment
    .normalize("NFC")
    // C0/C1 controls, bidirectional overrides and isolates (which can disguise "exe.pdf" as "pdf.exe").
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, "")
    .replace(/[<>:"|?*%;]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const dot = stem.lastIndexOf(".");
  if (dot > 0) stem = stem.slice(0, dot);
  stem = [...stem]
    .slice(0, MAX_STEM_LENGTH)
    .join("")
    .replace(/[. ]+$/, "");
  if (stem === "" || WINDOWS_DEVICES.test(stem)) stem = stem === "" ? "file" : `file-${stem}`;
  return `${stem}.${extension}`;
}
