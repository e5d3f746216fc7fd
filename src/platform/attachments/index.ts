// Attachments for any module: type found from the bytes, size limits, safe names, SHA-256, bytes in the database, reads limited to the owner's area scope.
export {
  ATTACHMENT,
  type AttachmentAudit,
  type AttachmentAuditEvent,
  type AttachmentFile,
  type AttachmentMeta,
  attachmentErrors,
  type CheckedUpload,
  checkUpload,
  deleteAttachment,
  listAttachments,
  MAX_ATTACHMENTS_PER_OWNER,
  moveAttachments,
  readAttachment,
  type StoreAttachmentInput,
  setAttachmentsShared,
  storeAttachment,
} from "./attachments";
export { MAX_STEM_LENGTH, sanitiseFileName } from "./file-name";
export { detectFileType, FILE_TYPE_INFO, FILE_TYPES, type FileType, zipEntryNames } from "./file-types";
export {
  type AttachmentLimits,
  attachmentLimitsFromEnv,
  DEFAULT_ATTACHMENT_LIMITS,
  HARD_MAX_BYTES,
} from "./limits";
export {
  ATTACHMENT_OWNER_TYPES,
  ATTACHMENT_OWNERS,
  type AttachmentOwnerType,
  servedByGenericRoutes,
} from "./owner-types";
