// Photos of a mentor's visit: upload (JPEG, PNG or WebP judged from the bytes, size limit), download and delete, each audited and scoped like the visit.
import {
  type AttachmentFile,
  deleteAttachment,
  listAttachments,
  readAttachment,
  storeAttachment,
} from "../../platform/attachments/index";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import type { CaseFileView } from "./case-contracts";
import { PHOTO, toCaseFile, VISIT_PHOTO_LIMITS, VISIT_PHOTO_OWNER } from "./case-files";
import { loadVisit } from "./visit-access";

/** Adds a photo to a visit the actor may change (a mentor: its own visits only). */
export async function addVisitPhoto(
  deps: Deps,
  visitId: string,
  file: { fileName: string; bytes: Uint8Array },
): Promise<CaseFileView> {
  const visit = await loadVisit(deps, visitId, "write");
  const meta = await storeAttachment(
    deps,
    {
      ownerType: VISIT_PHOTO_OWNER,
      ownerId: visit.id,
      areaCode: visit.areaCode,
      fileName: file.fileName,
      bytes: file.bytes,
      limits: VISIT_PHOTO_LIMITS,
    },
    (t, event) =>
      recordAudit(t, { ...event, details: { visitId: visit.id, householdId: visit.householdId } }),
  );
  return toCaseFile(meta);
}

/** One photo with its bytes; a photo of another visit is "not found", like a visit the actor may not read. */
export async function readVisitPhoto(deps: Deps, visitId: string, photoId: string): Promise<AttachmentFile> {
  const visit = await loadVisit(deps, visitId, "read");
  const file = await readAttachment(deps, photoId);
  if (file.meta.ownerType !== VISIT_PHOTO_OWNER || file.meta.ownerId !== visit.id) throw outOfScope(PHOTO);
  return file;
}

/** Removes a photo from a visit (soft: the bytes stay for the audit trail, nobody can download it). */
export async function deleteVisitPhoto(deps: Deps, visitId: string, photoId: string): Promise<CaseFileView> {
  const visit = await loadVisit(deps, visitId, "write");
  const photos = await listAttachments(deps, { ownerType: VISIT_PHOTO_OWNER, ownerId: visit.id });
  if (!photos.some((p) => p.id === photoId)) throw outOfScope(PHOTO);
  const meta = await deleteAttachment(deps, photoId, (t, event) =>
    recordAudit(t, { ...event, details: { visitId: visit.id, householdId: visit.householdId } }),
  );
  return toCaseFile(meta);
}
