// Deletes (softly, audited) a document of an open complaint in the officer's area; the bytes stay for the audit trail.
import { deleteAttachment, listAttachments } from "../../platform/attachments/index";
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { loadComplaint } from "./complaint-access";
import { COMPLAINT_DOCUMENT, COMPLAINT_DOCUMENT_OWNER, toComplaintDocument } from "./complaint-documents";
import { type ComplaintStatus, isOpen } from "./complaint-rules";
import { complaintErrors } from "./complaints-errors";
import type { ComplaintDocument } from "./contracts";

export async function removeComplaintDocument(
  deps: Deps,
  complaintId: string,
  fileId: string,
): Promise<ComplaintDocument> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const complaint = await loadComplaint(t, complaintId, "complaints.handle", { forUpdate: true });
    const files = await listAttachments(t, { ownerType: COMPLAINT_DOCUMENT_OWNER, ownerId: complaint.id });
    const file = files.find((f) => f.id === fileId);
    if (!file) throw outOfScope(COMPLAINT_DOCUMENT);
    if (!isOpen(complaint.status as ComplaintStatus)) throw complaintErrors.finished();
    const meta = await deleteAttachment(t, file.id, (a, event) =>
      recordAudit(a, { ...event, details: { complaintId: complaint.id } }),
    );
    return toComplaintDocument(meta);
  });
}
