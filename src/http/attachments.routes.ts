// HTTP routes of attachments: download (inline only for images and PDF, always sandboxed and never sniffed) and soft delete; and the multipart reader every upload route uses.
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { recordAudit } from "../modules/audit/index";
import {
  ATTACHMENT,
  type AttachmentLimits,
  attachmentErrors,
  deleteAttachment,
  readAttachment,
  servedByGenericRoutes,
} from "../platform/attachments/index";
import { errorBodySchema } from "../shared/contracts/index";
import { notFound } from "../shared/errors";
import type { App } from "./context";

const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

export const attachmentMetaSchema = z.object({
  id: z.string(),
  ownerType: z.string(),
  ownerId: z.string(),
  areaCode: z.string(),
  shared: z.boolean(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

export interface ReceivedFile {
  fileName: string;
  bytes: Buffer;
}

/**
 * The one file of a multipart/form-data upload (field "file"), read into memory up to `limits.maxBytes`: a
 * larger file is refused as soon as the limit is passed, before the rest is buffered. The client's content
 * type is ignored; the caller checks the bytes.
 */
export async function receiveUpload(
  request: FastifyRequest,
  limits: AttachmentLimits,
): Promise<ReceivedFile> {
  if (!request.isMultipart()) throw attachmentErrors.missing();
  const file = await request.file({ limits: { fileSize: limits.maxBytes, files: 1 } });
  if (!file) throw attachmentErrors.missing();
  try {
    const bytes = await file.toBuffer();
    return { fileName: file.filename ?? "", bytes };
  } catch (err) {
    if ((err as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE")
      throw attachmentErrors.tooLarge(limits.maxBytes);
    throw err;
  }
}

/** `inline|attachment; filename="<ASCII fallback>"; filename*=UTF-8''<the stored name>` (RFC 6266 / 5987). */
export function attachmentDisposition(fileName: string, inline: boolean): string {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ext = dot > 0 ? fileName.slice(dot).replace(/[^a-z0-9.]/gi, "") : "";
  const ascii = stem
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\%;]/g, "")
    .trim()
    .replace(/\s+/g, "-");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*!]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${inline ? "inline" : "attachment"}; filename="${ascii || "file"}${ext}"; filename*=UTF-8''${encoded}`;
}

/** Headers that keep a stored file inert in the browser whatever its bytes hold. */
export function sendAttachment(
  reply: FastifyReply,
  file: {
    meta: { fileName: string; mediaType: string; sizeBytes: number; sha256: string };
    content: Buffer;
    inline: boolean;
  },
): FastifyReply {
  return reply
    .header("content-type", file.meta.mediaType)
    .header("content-length", String(file.meta.sizeBytes))
    .header("content-disposition", attachmentDisposition(file.meta.fileName, file.inline))
    .header("x-content-type-options", "nosniff")
    .header(
      "content-security-policy",
      "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
    )
    .header("cross-origin-resource-policy", "same-origin")
    .header("cache-control", "private, no-store")
    .header("etag", `"${file.meta.sha256}"`)
    .send(file.content);
}

const params = z.object({ id: z.string().uuid() });

export function registerAttachmentRoutes(app: App) {
  app.get(
    "/api/attachments/:id",
    {
      schema: {
        tags: ["attachments"],
        summary:
          "Download a file (404 outside the caller's area unless shared); inline only for images and PDF",
        params,
        querystring: z.object({ download: z.enum(["1"]).optional().describe("1: always as a download") }),
        response: errors,
      },
    },
    async (request, reply) => {
      const file = await readAttachment(request.deps, request.params.id);
      if (!servedByGenericRoutes(file.meta.ownerType)) throw notFound(ATTACHMENT);
      return sendAttachment(reply, { ...file, inline: file.inline && request.query.download !== "1" });
    },
  );

  app.delete(
    "/api/attachments/:id",
    {
      schema: {
        tags: ["attachments"],
        summary: "Delete a file (soft: kept for the audit trail, no longer downloadable)",
        params,
        response: { 200: attachmentMetaSchema, ...errors },
      },
    },
    async (request) => {
      // A file whose module narrows access is deleted only through that module's routes.
      const file = await readAttachment(request.deps, request.params.id);
      if (!servedByGenericRoutes(file.meta.ownerType)) throw notFound(ATTACHMENT);
      return deleteAttachment(request.deps, request.params.id, recordAudit);
    },
  );
}
