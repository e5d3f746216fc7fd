// Photos of a visit through the platform attachments: JPEG, PNG or WebP only, checked from the bytes, read in scope.
import {
  ATTACHMENT_OWNER_TYPES,
  type AttachmentFile,
  type AttachmentLimits,
  type AttachmentMeta,
  type AttachmentOwnerType,
  DEFAULT_ATTACHMENT_LIMITS,
  listAttachments,
  readAttachment,
  storeAttachment,
} from "../../platform/attachments/index";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import type { Photo } from "./contracts";
import type { VisitRow } from "./monitoring.repository";
import { loadVisit } from "./monitoring-access";

/** The attachment owner type of visit photos (registered in the platform's closed list of owners). */
export const VISIT_PHOTO_OWNER = "monitoring_visit" as AttachmentOwnerType;

/** Photos only: the report embeds JPEG and PNG; WebP is kept and listed but not printed. */
export const PHOTO_LIMITS: AttachmentLimits = {
  maxBytes: DEFAULT_ATTACHMENT_LIMITS.maxBytes,
  allowedTypes: ["jpeg", "png", "webp"],
};

const PHOTO = { th: "รูปถ่าย", en: "Photo" };

export function toPhoto(meta: AttachmentMeta): Photo {
  return {
    id: meta.id,
    fileName: meta.fileName,
    mediaType: meta.mediaType,
    sizeBytes: meta.sizeBytes,
    uploadedAt: meta.uploadedAt,
  };
}

/**
 * Whether the platform's closed list of attachment owners holds visit photos. Until it does, a visit simply has
 * no photos (and an upload is refused by the platform with "attachment.owner_type_unknown").
 */
export function visitPhotosEnabled(): boolean {
  return (ATTACHMENT_OWNER_TYPES as readonly string[]).includes(VISIT_PHOTO_OWNER);
}

export async function visitPhotos(deps: Deps, visit: Pick<VisitRow, "id">): Promise<Photo[]> {
  if (!visitPhotosEnabled()) return [];
  return (await listAttachments(deps, { ownerType: VISIT_PHOTO_OWNER, ownerId: visit.id })).map(toPhoto);
}

/** Adds a photo to a visit the actor may write in; type and size are checked from the bytes. */
export async function addVisitPhoto(
  deps: Deps,
  visitId: string,
  file: { fileName: string; bytes: Uint8Array },
): Promise<Photo> {
  const visit = await loadVisit(deps, visitId, "monitoring.write");
  const meta = await storeAttachment(
    deps,
    {
      ownerType: VISIT_PHOTO_OWNER,
      ownerId: visit.id,
      areaCode: visit.areaCode,
      fileName: file.fileName,
      bytes: file.bytes,
      limits: PHOTO_LIMITS,
    },
    (t, event) => recordAudit(t, { ...event, details: { visitId: visit.id } }),
  );
  return toPhoto(meta);
}

/** One photo of a visit with its bytes; a photo of another visit, or outside the actor's area, is "not found". */
export async function readVisitPhoto(deps: Deps, visitId: string, photoId: string): Promise<AttachmentFile> {
  const visit = await loadVisit(deps, visitId, "monitoring.read");
  const file = await readAttachment(deps, photoId);
  if (file.meta.ownerType !== VISIT_PHOTO_OWNER || file.meta.ownerId !== visit.id) throw outOfScope(PHOTO);
  return file;
}
