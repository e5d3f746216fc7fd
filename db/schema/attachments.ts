// Attachments: files owned by a record of some module (entity type + id), kept in the database (bytea) so
// that backups of PGlite and PostgreSQL include them; only type-checked, size-limited bytes are stored.
import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";

/** Raw bytes: node-postgres gives a Buffer, PGlite a Uint8Array; both become a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export const attachment = pgTable(
  "attachment",
  {
    id: uuid("id").primaryKey(),
    ownerType: varchar("owner_type", { length: 40 }).notNull(),
    ownerId: uuid("owner_id").notNull(),
    /** The owner's area ("" national): downloads need a scope covering it, unless `shared`. */
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    /** Readable by every signed-in staff member (e.g. the files of published knowledge). */
    shared: boolean("shared").notNull(),
    fileName: text("file_name").notNull(),
    /** The type found in the bytes (never the client's claim). */
    mediaType: varchar("media_type", { length: 100 }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: char("sha256", { length: 64 }).notNull(),
    content: bytea("content").notNull(),
    uploadedBy: uuid("uploaded_by"),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull(),
    deletedBy: uuid("deleted_by"),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    index("attachment_owner_idx").on(t.ownerType, t.ownerId, t.uploadedAt),
    index("attachment_area_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`),
    check("attachment_size", sql`${t.sizeBytes} > 0 AND ${t.sizeBytes} = octet_length(${t.content})`),
    check("attachment_sha256", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);
