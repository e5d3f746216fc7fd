// Stores, lists, reads and soft-deletes attachments with the size, type and area-scope rules; the caller's audit function records every write in the same transaction.
import { createHash } from "node:crypto";
import { hasPermission, inScope, requirePermission } from "../../shared/authorization";
import { AppError, invalidInput, notFound } from "../../shared/errors";
import { inTransaction } from "../database";
import type { Deps } from "../deps";
import {
  type AttachmentMetaRow,
  countOwnerAttachments,
  findAttachmentContent,
  findAttachmentMeta,
  insertAttachment,
  markAttachmentDeleted,
  selectOwnerAttachments,
  updateOwnerArea,
  updateOwnerShared,
} from "./attachments.repository";
import { sanitiseFileName } from "./file-name";
import { detectFileType, FILE_TYPE_INFO, type FileType } from "./file-types";
import { type AttachmentLimits, DEFAULT_ATTACHMENT_LIMITS } from "./limits";
import { type AttachmentOwnerType, ownerRule } from "./owner-types";

/** Files one record may hold at once (deleted ones do not count). */
export const MAX_ATTACHMENTS_PER_OWNER = 20;

export const ATTACHMENT = { th: "ไฟล์แนบ", en: "Attachment" };

/** What the caller's audit log receives (the shape of the audit module's AuditInput). */
export interface AttachmentAuditEvent {
  action: "attachment.uploaded" | "attachment.deleted";
  entityType: "attachment";
  entityId: string;
  areaCode: string;
  before?: unknown;
  after?: unknown;
  details?: unknown;
}
export type AttachmentAudit = (deps: Deps, event: AttachmentAuditEvent) => Promise<void>;

export interface AttachmentMeta {
  id: string;
  ownerType: string;
  ownerId: string;
  areaCode: string;
  shared: boolean;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

export function toAttachmentMeta(row: AttachmentMetaRow): AttachmentMeta {
  return {
    id: row.id,
    ownerType: row.ownerType,
    ownerId: row.ownerId,
    areaCode: row.areaCode,
    shared: row.shared,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

const megabytes = (bytes: number): string =>
  (bytes / (1024 * 1024)).toLocaleString("en-US", { maximumFractionDigits: 1 });

export const attachmentErrors = {
  missing: (): AppError =>
    invalidInput("attachment.file_missing", {
      th: "กรุณาแนบไฟล์ (multipart/form-data ช่อง file)",
      en: "Attach a file (multipart/form-data, field 'file')",
    }),
  empty: (): AppError =>
    invalidInput("attachment.empty", { th: "ไฟล์ว่างเปล่า (0 ไบต์)", en: "The file is empty (0 bytes)" }),
  tooLarge: (maxBytes: number): AppError =>
    invalidInput(
      "attachment.too_large",
      {
        th: `ไฟล์ใหญ่เกินกำหนด (ไม่เกิน ${megabytes(maxBytes)} MB)`,
        en: `The file is too large (at most ${megabytes(maxBytes)} MB)`,
      },
      { maxBytes },
    ),
  typeNotAllowed: (allowed: readonly FileType[]): AppError =>
    invalidInput(
      "attachment.type_not_allowed",
      {
        th: `ชนิดไฟล์ไม่อนุญาต: ตรวจจากเนื้อไฟล์แล้วไม่ใช่ ${allowed.map((t) => FILE_TYPE_INFO[t].names.th).join(", ")} (ไม่ดูจากนามสกุลไฟล์)`,
        en: `File type not allowed: by its content it is not ${allowed.map((t) => FILE_TYPE_INFO[t].names.en).join(", ")} (the name's extension is not trusted)`,
      },
      { allowed },
    ),
  macro: (): AppError =>
    invalidInput("attachment.macro_refused", {
      th: "ไม่รับไฟล์ Office ที่มีมาโครหรือ ActiveX",
      en: "Office files with macros or ActiveX are refused",
    }),
  tooMany: (): AppError =>
    new AppError("rule_violation", "attachment.too_many", {
      th: `แนบไฟล์ได้ไม่เกิน ${MAX_ATTACHMENTS_PER_OWNER} ไฟล์ต่อรายการ`,
      en: `At most ${MAX_ATTACHMENTS_PER_OWNER} files per record`,
    }),
  ownerTypeUnknown: (type: string): AppError =>
    invalidInput("attachment.owner_type_unknown", {
      th: `ไม่รู้จักประเภทเจ้าของไฟล์ ${type}`,
      en: `Unknown attachment owner type ${type}`,
    }),
};

export interface CheckedUpload {
  type: FileType;
  mediaType: string;
  fileName: string;
  sha256: string;
}

/** The type, safe name and SHA-256 of uploaded bytes, or the reason they are refused (no I/O). */
export function checkUpload(
  bytes: Uint8Array,
  givenName: string,
  limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS,
): CheckedUpload {
  if (bytes.length === 0) throw attachmentErrors.empty();
  if (bytes.length > limits.maxBytes) throw attachmentErrors.tooLarge(limits.maxBytes);
  const detected = detectFileType(bytes);
  if (!detected.ok) {
    throw detected.reason === "macro"
      ? attachmentErrors.macro()
      : attachmentErrors.typeNotAllowed(limits.allowedTypes);
  }
  if (!limits.allowedTypes.includes(detected.type))
    throw attachmentErrors.typeNotAllowed(limits.allowedTypes);
  const info = FILE_TYPE_INFO[detected.type];
  return {
    type: detected.type,
    mediaType: info.mediaType,
    fileName: sanitiseFileName(givenName, info.extension),
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

function ruleOf(ownerType: string) {
  const rule = ownerRule(ownerType);
  if (!rule) throw attachmentErrors.ownerTypeUnknown(ownerType);
  return rule;
}

/** A signed-in user (or the system) — the anonymous actor of public routes can never read a file. */
const signedIn = (deps: Deps): boolean => deps.actor.kind === "system" || deps.actor.userId !== null;

function mayRead(deps: Deps, row: Pick<AttachmentMetaRow, "ownerType" | "areaCode" | "shared">): boolean {
  const rule = ownerRule(row.ownerType);
  if (!rule || !signedIn(deps)) return false;
  if (row.shared) return true;
  if (rule.read && !hasPermission(deps.actor, rule.read)) return false;
  return inScope(deps.actor, row.areaCode);
}

function assertMayWrite(deps: Deps, ownerType: string, areaCode: string): void {
  requirePermission(deps.actor, ruleOf(ownerType).write);
  if (!inScope(deps.actor, areaCode)) throw notFound(ATTACHMENT);
}

export interface StoreAttachmentInput {
  ownerType: AttachmentOwnerType;
  ownerId: string;
  /** The owner's area; the actor's scope must cover it. */
  areaCode: string;
  /** Readable by every signed-in user (the owner is public to staff, e.g. published knowledge). */
  shared?: boolean;
  /** The client's name: only its stem is kept, cleaned; the extension comes from the bytes. */
  fileName: string;
  bytes: Uint8Array;
  limits?: AttachmentLimits;
}

/**
 * Stores one file for an owner the caller has already loaded with its own access rules. Refuses empty,
 * oversized, unknown or disallowed types (found from the bytes), and more than 20 files per owner.
 */
export async function storeAttachment(
  deps: Deps,
  input: StoreAttachmentInput,
  audit: AttachmentAudit,
): Promise<AttachmentMeta> {
  assertMayWrite(deps, input.ownerType, input.areaCode);
  const checked = checkUpload(input.bytes, input.fileName, input.limits);
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    if ((await countOwnerAttachments(tx, input.ownerType, input.ownerId)) >= MAX_ATTACHMENTS_PER_OWNER) {
      throw attachmentErrors.tooMany();
    }
    const row = {
      id: deps.ids.uuid(),
      ownerType: input.ownerType,
      ownerId: input.ownerId,
      areaCode: input.areaCode,
      shared: input.shared ?? false,
      fileName: checked.fileName,
      mediaType: checked.mediaType,
      sizeBytes: input.bytes.length,
      sha256: checked.sha256,
      content: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength),
      uploadedBy: deps.actor.userId,
      uploadedAt: deps.clock.now(),
      deletedBy: null,
      deletedAt: null,
    };
    await insertAttachment(tx, row);
    const { content: _content, ...metaRow } = row;
    const meta = toAttachmentMeta(metaRow);
    await audit(t, {
      action: "attachment.uploaded",
      entityType: "attachment",
      entityId: row.id,
      areaCode: row.areaCode,
      after: meta,
    });
    return meta;
  });
}

/** The owner's files the actor may read (metadata only), oldest first. */
export async function listAttachments(
  deps: Deps,
  owner: { ownerType: AttachmentOwnerType; ownerId: string },
): Promise<AttachmentMeta[]> {
  ruleOf(owner.ownerType);
  const rows = await selectOwnerAttachments(deps.db, owner.ownerType, owner.ownerId);
  return rows.filter((r) => mayRead(deps, r)).map(toAttachmentMeta);
}

export interface AttachmentFile {
  meta: AttachmentMeta;
  content: Buffer;
  /** Images and PDF may be shown in the browser; everything else is a download. */
  inline: boolean;
}

/** One file with its bytes; "not found" when it does not exist, was deleted, or lies outside the actor's scope. */
export async function readAttachment(deps: Deps, id: string): Promise<AttachmentFile> {
  const row = UUID.test(id) ? await findAttachmentMeta(deps.db, id) : undefined;
  if (!row || row.deletedAt || !mayRead(deps, row)) throw notFound(ATTACHMENT);
  const content = await findAttachmentContent(deps.db, id);
  if (!content) throw notFound(ATTACHMENT);
  const type = Object.values(FILE_TYPE_INFO).find((i) => i.mediaType === row.mediaType);
  return { meta: toAttachmentMeta(row), content, inline: type?.inline ?? false };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Soft-deletes a file (the bytes stay for the audit trail; nobody can download it any more). */
export async function deleteAttachment(
  deps: Deps,
  id: string,
  audit: AttachmentAudit,
): Promise<AttachmentMeta> {
  return inTransaction(deps.db, async (tx) => {
    const row = UUID.test(id) ? await findAttachmentMeta(tx, id) : undefined;
    if (!row || row.deletedAt || !mayRead(deps, row)) throw notFound(ATTACHMENT);
    assertMayWrite(deps, row.ownerType, row.areaCode);
    if (!(await markAttachmentDeleted(tx, id, deps.actor.userId, deps.clock.now())))
      throw notFound(ATTACHMENT);
    const meta = toAttachmentMeta(row);
    await audit(
      { ...deps, db: tx },
      {
        action: "attachment.deleted",
        entityType: "attachment",
        entityId: id,
        areaCode: row.areaCode,
        before: meta,
      },
    );
    return meta;
  });
}

/** Shares or unshares every file of an owner (e.g. when a knowledge record is published or withdrawn). */
export async function setAttachmentsShared(
  deps: Deps,
  owner: { ownerType: AttachmentOwnerType; ownerId: string },
  shared: boolean,
): Promise<number> {
  ruleOf(owner.ownerType);
  return updateOwnerShared(deps.db, owner.ownerType, owner.ownerId, shared);
}

/** Moves every file of an owner to its new area (when the owner itself moves), so scope checks follow it. */
export async function moveAttachments(
  deps: Deps,
  owner: { ownerType: AttachmentOwnerType; ownerId: string },
  areaCode: string,
): Promise<number> {
  ruleOf(owner.ownerType);
  return updateOwnerArea(deps.db, owner.ownerType, owner.ownerId, areaCode);
}
