// Reads of a complaint's documents for officers who handle complaints in its area: the list, and one file with its bytes.
import { type AttachmentFile, listAttachments, readAttachment } from "../../platform/attachments/index";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { loadComplaint } from "./complaint-access";
import { COMPLAINT_DOCUMENT, COMPLAINT_DOCUMENT_OWNER, toComplaintDocument } from "./complaint-documents";
import type { ComplaintDocument } from "./contracts";

export async function listComplaintDocuments(
  deps: Deps,
  complaintId: string,
): Promise<{ items: ComplaintDocument[] }> {
  const complaint = await loadComplaint(deps, complaintId, "complaints.handle");
  const items = await listAttachments(deps, { ownerType: COMPLAINT_DOCUMENT_OWNER, ownerId: complaint.id });
  return { items: items.map(toComplaintDocument) };
}

/** One document; a file of another complaint or owner, or outside the officer's area, is "not found". */
export async function readComplaintDocument(
  deps: Deps,
  complaintId: string,
  fileId: string,
): Promise<AttachmentFile> {
  const complaint = await loadComplaint(deps, complaintId, "complaints.handle");
  const file = await readAttachment(deps, fileId);
  if (file.meta.ownerType !== COMPLAINT_DOCUMENT_OWNER || file.meta.ownerId !== complaint.id) {
    throw outOfScope(COMPLAINT_DOCUMENT);
  }
  return file;
}
