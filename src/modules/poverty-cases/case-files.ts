// Files of poverty cases through the platform attachments: mentors' visit photos and delivery evidence, their limits and their listed shape.
import {
  type AttachmentLimits,
  type AttachmentMeta,
  type AttachmentOwnerType,
  DEFAULT_ATTACHMENT_LIMITS,
  listAttachments,
} from "../../platform/attachments/index";
import type { Deps } from "../../platform/deps";
import type { CaseFileView } from "./case-contracts";

export const VISIT_PHOTO_OWNER: AttachmentOwnerType = "poverty_visit";
export const DELIVERY_FILE_OWNER: AttachmentOwnerType = "poverty_delivery";

/** A phone camera's photo: JPEG, PNG or WebP, judged from the bytes. */
export const VISIT_PHOTO_LIMITS: AttachmentLimits = {
  maxBytes: DEFAULT_ATTACHMENT_LIMITS.maxBytes,
  allowedTypes: ["jpeg", "png", "webp"],
};

/** Evidence of a delivery: a photo, or a scanned receipt or signed form as PDF. */
export const DELIVERY_FILE_LIMITS: AttachmentLimits = {
  maxBytes: DEFAULT_ATTACHMENT_LIMITS.maxBytes,
  allowedTypes: ["jpeg", "png", "webp", "pdf"],
};

export const PHOTO = { th: "รูปถ่าย", en: "Photo" };
export const EVIDENCE_FILE = { th: "ไฟล์หลักฐาน", en: "Evidence file" };
export const VISIT = { th: "บันทึกการเยี่ยมบ้าน", en: "Visit" };
export const DELIVERY = { th: "การส่งมอบความช่วยเหลือ", en: "Delivery" };

export function toCaseFile(meta: AttachmentMeta): CaseFileView {
  return {
    id: meta.id,
    fileName: meta.fileName,
    mediaType: meta.mediaType,
    sizeBytes: meta.sizeBytes,
    uploadedAt: meta.uploadedAt,
  };
}

/** The files of one owner the actor may read, oldest first. */
export async function filesOf(
  deps: Deps,
  ownerType: AttachmentOwnerType,
  ownerId: string,
): Promise<CaseFileView[]> {
  return (await listAttachments(deps, { ownerType, ownerId })).map(toCaseFile);
}
