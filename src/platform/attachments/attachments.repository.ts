// SQL of attachments: insert, metadata lists without the bytes, one file with its bytes, soft delete, sharing.
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { attachment } from "../../../db/schema/attachments";
import type { Executor } from "../database";

export type AttachmentRow = typeof attachment.$inferSelect;
export type AttachmentMetaRow = Omit<AttachmentRow, "content">;

const meta = {
  id: attachment.id,
  ownerType: attachment.ownerType,
  ownerId: attachment.ownerId,
  areaCode: attachment.areaCode,
  shared: attachment.shared,
  fileName: attachment.fileName,
  mediaType: attachment.mediaType,
  sizeBytes: attachment.sizeBytes,
  sha256: attachment.sha256,
  uploadedBy: attachment.uploadedBy,
  uploadedAt: attachment.uploadedAt,
  deletedBy: attachment.deletedBy,
  deletedAt: attachment.deletedAt,
};

export async function insertAttachment(db: Executor, row: AttachmentRow): Promise<void> {
  await db.insert(attachment).values(row);
}

export async function findAttachmentMeta(db: Executor, id: string): Promise<AttachmentMetaRow | undefined> {
  const [row] = await db.select(meta).from(attachment).where(eq(attachment.id, id)).limit(1);
  return row;
}

export async function findAttachmentContent(db: Executor, id: string): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ content: attachment.content })
    .from(attachment)
    .where(eq(attachment.id, id));
  return row?.content;
}

/** The owner's files that are not deleted, oldest first. */
export async function selectOwnerAttachments(
  db: Executor,
  ownerType: string,
  ownerId: string,
): Promise<AttachmentMetaRow[]> {
  return db
    .select(meta)
    .from(attachment)
    .where(
      and(eq(attachment.ownerType, ownerType), eq(attachment.ownerId, ownerId), isNull(attachment.deletedAt)),
    )
    .orderBy(asc(attachment.uploadedAt), asc(attachment.id));
}

export async function countOwnerAttachments(
  db: Executor,
  ownerType: string,
  ownerId: string,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(attachment)
    .where(
      and(eq(attachment.ownerType, ownerType), eq(attachment.ownerId, ownerId), isNull(attachment.deletedAt)),
    );
  return row?.n ?? 0;
}

/** Marks the file deleted once; false when it was already deleted (a concurrent delete). */
export async function markAttachmentDeleted(
  db: Executor,
  id: string,
  by: string | null,
  at: Date,
): Promise<boolean> {
  const done = await db
    .update(attachment)
    .set({ deletedBy: by, deletedAt: at })
    .where(and(eq(attachment.id, id), isNull(attachment.deletedAt)))
    .returning({ id: attachment.id });
  return done.length === 1;
}

export async function updateOwnerShared(
  db: Executor,
  ownerType: string,
  ownerId: string,
  shared: boolean,
): Promise<number> {
  const done = await db
    .update(attachment)
    .set({ shared })
    .where(and(eq(attachment.ownerType, ownerType), eq(attachment.ownerId, ownerId)))
    .returning({ id: attachment.id });
  return done.length;
}

export async function updateOwnerArea(
  db: Executor,
  ownerType: string,
  ownerId: string,
  areaCode: string,
): Promise<number> {
  const done = await db
    .update(attachment)
    .set({ areaCode })
    .where(and(eq(attachment.ownerType, ownerType), eq(attachment.ownerId, ownerId)))
    .returning({ id: attachment.id });
  return done.length;
}
