// Files of plan evidence through the platform attachments (photos, PDF, Office documents checked from their bytes).
import {
  ATTACHMENT_OWNER_TYPES,
  type AttachmentFile,
  type AttachmentOwnerType,
  listAttachments,
  readAttachment,
  storeAttachment,
} from "../../platform/attachments/index";
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import type { Evidence } from "./contracts";
import { PLAN } from "./livelihood-errors";
import { isUuid } from "./livelihood-inputs";
import { findEvidence } from "./livelihoods.repository";

/** The attachment owner type of evidence files (registered in the platform's closed list of owners). */
export const EVIDENCE_OWNER = "livelihood_evidence" as AttachmentOwnerType;
const EVIDENCE = { th: "หลักฐานการดำเนินงาน", en: "Evidence" };

/** Until the platform lists the owner type, evidence has no files (and an upload is refused by the platform). */
export function evidenceFilesEnabled(): boolean {
  return (ATTACHMENT_OWNER_TYPES as readonly string[]).includes(EVIDENCE_OWNER);
}

export async function evidenceFiles(deps: Deps, evidenceId: string): Promise<Evidence["files"]> {
  if (!evidenceFilesEnabled()) return [];
  return (await listAttachments(deps, { ownerType: EVIDENCE_OWNER, ownerId: evidenceId })).map((m) => ({
    id: m.id,
    fileName: m.fileName,
    mediaType: m.mediaType,
    sizeBytes: m.sizeBytes,
  }));
}

async function loadEvidence(
  deps: Deps,
  evidenceId: string,
  permission: "livelihoods.read" | "livelihoods.write",
) {
  requirePermission(deps.actor, permission);
  const row = isUuid(evidenceId) ? await findEvidence(deps.db, evidenceId) : undefined;
  if (!row) throw outOfScope(EVIDENCE);
  assertInScope(deps.actor, row.areaCode, PLAN);
  return row;
}

/** Adds a file to an evidence entry of a plan in the actor's area. */
export async function addEvidenceFile(
  deps: Deps,
  evidenceId: string,
  file: { fileName: string; bytes: Uint8Array },
): Promise<Evidence["files"][number]> {
  const evidence = await loadEvidence(deps, evidenceId, "livelihoods.write");
  const meta = await storeAttachment(
    deps,
    {
      ownerType: EVIDENCE_OWNER,
      ownerId: evidence.id,
      areaCode: evidence.areaCode,
      fileName: file.fileName,
      bytes: file.bytes,
    },
    (t, event) => recordAudit(t, { ...event, details: { planId: evidence.planId, evidenceId: evidence.id } }),
  );
  return { id: meta.id, fileName: meta.fileName, mediaType: meta.mediaType, sizeBytes: meta.sizeBytes };
}

/** One evidence file with its bytes; another entry's file, or one outside the actor's area, is "not found". */
export async function readEvidenceFile(
  deps: Deps,
  evidenceId: string,
  fileId: string,
): Promise<AttachmentFile> {
  const evidence = await loadEvidence(deps, evidenceId, "livelihoods.read");
  const file = await readAttachment(deps, fileId);
  if (file.meta.ownerType !== EVIDENCE_OWNER || file.meta.ownerId !== evidence.id) throw outOfScope(EVIDENCE);
  return file;
}
