// The stored file of a damage case's document with its bytes, for a reader whose area covers the case.
import { type AttachmentFile, readAttachment } from "../../platform/attachments/index";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { loadCaseDocument } from "./case-access";
import { DAMAGE_DOCUMENT_FILE } from "./damage-errors";

export async function readDocumentFile(
  deps: Deps,
  caseId: string,
  documentId: string,
): Promise<AttachmentFile> {
  const { document } = await loadCaseDocument(deps, caseId, documentId, "damage.read");
  if (!document.file) throw outOfScope(DAMAGE_DOCUMENT_FILE);
  // The attachments facility checks the read permission and the file's own area again.
  return readAttachment(deps, document.file.id);
}
