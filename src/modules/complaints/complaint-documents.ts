// Documents of a complaint (letters, photos, PDFs) through the platform attachments: staff only, never public.
import {
  type AttachmentMeta,
  type AttachmentOwnerType,
  DEFAULT_ATTACHMENT_LIMITS,
} from "../../platform/attachments/index";
import type { ComplaintDocument } from "./contracts";

/** The attachment owner type of complaint documents (write and read `complaints.handle`). */
export const COMPLAINT_DOCUMENT_OWNER: AttachmentOwnerType = "complaint";

export const COMPLAINT_DOCUMENT = { th: "เอกสารเรื่องร้องเรียน", en: "Complaint document" };

/** Images, PDF, xlsx and docx, checked from the bytes; 10 MB at most. */
export const COMPLAINT_DOCUMENT_LIMITS = DEFAULT_ATTACHMENT_LIMITS;

/**
 * The name stored for a file of an anonymous complaint: the client's name ("จดหมายนายสมชาย.pdf") could name the
 * complainant, so it is never kept; the platform adds the extension of the type found in the bytes.
 */
export const ANONYMOUS_DOCUMENT_STEM = "complaint-document";

export function storedDocumentName(anonymous: boolean, givenName: string): string {
  return anonymous ? ANONYMOUS_DOCUMENT_STEM : givenName;
}

export function toComplaintDocument(meta: AttachmentMeta): ComplaintDocument {
  return {
    id: meta.id,
    fileName: meta.fileName,
    mediaType: meta.mediaType,
    sizeBytes: meta.sizeBytes,
    uploadedAt: meta.uploadedAt,
  };
}
