// Attaches a document to an open complaint in the officer's area; an anonymous complaint's file gets a generic name.
import { storeAttachment } from "../../platform/attachments/index";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { loadComplaint } from "./complaint-access";
import {
  COMPLAINT_DOCUMENT_LIMITS,
  COMPLAINT_DOCUMENT_OWNER,
  storedDocumentName,
  toComplaintDocument,
} from "./complaint-documents";
import { type ComplaintStatus, isOpen } from "./complaint-rules";
import { complaintErrors } from "./complaints-errors";
import type { ComplaintDocument } from "./contracts";

export async function addComplaintDocument(
  deps: Deps,
  complaintId: string,
  file: { fileName: string; bytes: Uint8Array },
): Promise<ComplaintDocument> {
  const complaint = await loadComplaint(deps, complaintId, "complaints.handle");
  if (!isOpen(complaint.status as ComplaintStatus)) throw complaintErrors.finished();
  const meta = await storeAttachment(
    deps,
    {
      ownerType: COMPLAINT_DOCUMENT_OWNER,
      ownerId: complaint.id,
      areaCode: complaint.areaCode,
      fileName: storedDocumentName(complaint.anonymous, file.fileName),
      bytes: file.bytes,
      limits: COMPLAINT_DOCUMENT_LIMITS,
    },
    (t, event) => recordAudit(t, { ...event, details: { complaintId: complaint.id } }),
  );
  return toComplaintDocument(meta);
}
