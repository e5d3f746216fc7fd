// How large and of which types attachments may be: defaults, overridable from the environment.
import { FILE_TYPES, type FileType } from "./file-types";

export interface AttachmentLimits {
  maxBytes: number;
  allowedTypes: readonly FileType[];
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxBytes: 10 * 1024 * 1024,
  allowedTypes: FILE_TYPES,
};

/** The app's multipart parser stops every upload at 20 MB, so a larger limit could never be reached. */
export const HARD_MAX_BYTES = 20 * 1024 * 1024;

/**
 * KAEJON_ATTACHMENT_MAX_MB (1–20, default 10) and KAEJON_ATTACHMENT_TYPES (comma-separated among jpeg, png,
 * webp, pdf, xlsx, docx; default all). A bad value stops the server at start rather than being ignored.
 */
export function attachmentLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): AttachmentLimits {
  const mb = env.KAEJON_ATTACHMENT_MAX_MB;
  const maxBytes =
    mb === undefined || mb === "" ? DEFAULT_ATTACHMENT_LIMITS.maxBytes : Number(mb) * 1024 * 1024;
  if (!Number.isFinite(maxBytes) || maxBytes < 1024 || maxBytes > HARD_MAX_BYTES) {
    throw new Error(`KAEJON_ATTACHMENT_MAX_MB must be a number of megabytes from 0.001 to 20: ${mb}`);
  }
  const typesText = env.KAEJON_ATTACHMENT_TYPES;
  let allowedTypes = DEFAULT_ATTACHMENT_LIMITS.allowedTypes;
  if (typesText !== undefined && typesText.trim() !== "") {
    const names = typesText.split(",").map((t) => t.trim().toLowerCase());
    const unknown = names.filter((n) => !(FILE_TYPES as readonly string[]).includes(n));
    if (unknown.length > 0 || names.length === 0) {
      throw new Error(
        `KAEJON_ATTACHMENT_TYPES has unknown types: ${unknown.join(", ")} (known: ${FILE_TYPES.join(", ")})`,
      );
    }
    allowedTypes = names as FileType[];
  }
  return { maxBytes: Math.floor(maxBytes), allowedTypes };
}
