// Removes the file of a damage case's document (a soft delete: the bytes stay for the audit trail), audited with the case; the document reference stays.
import { deleteAttachment } from "../../platform/attachments/index";
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { loadCaseDocument } from "./case-access";
import type { CaseDetail } from "./contracts";
import { setDocumentAttachment } from "./damage-cases.repository";
import { DAMAGE_DOCUMENT_FILE } from "./damage-errors";
import { getCase } from "./read-cases";

export async function removeDocumentFile(
  deps: Deps,
  caseId: string,
  documentId: string,
): Promise<CaseDetail> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { row, document } = await loadCaseDocument(t, caseId, documentId, "damage.write");
    if (!document.file) throw outOfScope(DAMAGE_DOCUMENT_FILE);
    await deleteAttachment(t, document.file.id, (a, event) =>
      recordAudit(a, { ...event, details: { caseId: row.id, documentId: document.id } }),
    );
    await setDocumentAttachment(tx, document.id, null);
    await recordAudit(t, {
      action: "damage_case.document_file_removed",
      entityType: "damage_case",
      entityId: row.id,
      areaCode: row.areaCode,
      before: {
        documentId: document.id,
        docNo: document.docNo,
        attachmentId: document.file.id,
        fileName: document.file.fileName,
      },
    });
    return getCase(t, row.id);
  });
}
