// Attaches the scanned file of a document of a damage case (type checked from its bytes, size limited), one file per document; audited with the case.
import {
  type AttachmentLimits,
  DEFAULT_ATTACHMENT_LIMITS,
  storeAttachment,
} from "../../platform/attachments/index";
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { loadCaseDocument } from "./case-access";
import type { CaseDetail } from "./contracts";
import { setDocumentAttachment } from "./damage-cases.repository";
import { damageErrors } from "./damage-errors";
import { getCase } from "./read-cases";

/** The attachment owner type of a damage case's documents (write damage.write, read damage.read). */
export const DOCUMENT_OWNER = "damage_document";

export interface DocumentFileInput {
  fileName: string;
  bytes: Uint8Array;
  limits?: AttachmentLimits;
}

/** Allowed after closing too, like adding the document itself: a judgment's copy may come later. */
export async function attachDocumentFile(
  deps: Deps,
  caseId: string,
  documentId: string,
  file: DocumentFileInput,
): Promise<CaseDetail> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { row, document } = await loadCaseDocument(t, caseId, documentId, "damage.write");
    if (document.file) throw damageErrors.documentHasFile(document.file.fileName);
    const meta = await storeAttachment(
      t,
      {
        ownerType: DOCUMENT_OWNER,
        ownerId: document.id,
        areaCode: row.areaCode,
        fileName: file.fileName,
        bytes: file.bytes,
        limits: file.limits ?? DEFAULT_ATTACHMENT_LIMITS,
      },
      (a, event) => recordAudit(a, { ...event, details: { caseId: row.id, documentId: document.id } }),
    );
    await setDocumentAttachment(tx, document.id, meta.id);
    await recordAudit(t, {
      action: "damage_case.document_file_attached",
      entityType: "damage_case",
      entityId: row.id,
      areaCode: row.areaCode,
      after: {
        documentId: document.id,
        docNo: document.docNo,
        attachmentId: meta.id,
        fileName: meta.fileName,
        mediaType: meta.mediaType,
        sizeBytes: meta.sizeBytes,
        sha256: meta.sha256,
      },
    });
    return getCase(t, row.id);
  });
}
