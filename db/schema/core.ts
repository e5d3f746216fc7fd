import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";

/** Provinces, districts, sub-districts (reference data) and villages (created by users): one tree. */
export const area = pgTable(
  "area",
  {
    code: varchar("code", { length: 8 }).primaryKey(),
    level: varchar("level", { length: 12 }).notNull(),
    parentCode: varchar("parent_code", { length: 8 }),
    nameTh: text("name_th").notNull(),
    nameEn: text("name_en"),
    villageNo: smallint("village_no"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    isModel: boolean("is_model").notNull().default(false),
    /** Households in this area and below, kept by the household use cases so lists need not count. */
    householdCount: integer("household_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("area_parent_idx").on(t.parentCode, t.code),
    index("area_code_prefix_idx").using("btree", sql`${t.code} varchar_pattern_ops`),
    index("area_name_th_idx").using("btree", sql`${t.nameTh} text_pattern_ops`),
    index("area_name_en_idx").using("btree", sql`lower(${t.nameEn}) text_pattern_ops`),
  ],
);

export const appUser = pgTable(
  "app_user",
  {
    id: uuid("id").primaryKey(),
    username: varchar("username", { length: 64 }).notNull().unique(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: varchar("role", { length: 32 }).notNull(),
    /** The area the user may see and act in; "" is the whole country. */
    scopeCode: varchar("scope_code", { length: 8 }).notNull().default(""),
    /** For a household member: the household whose own data they may see. */
    householdId: uuid("household_id"),
    position: text("position"),
    phone: text("phone"),
    isActive: boolean("is_active").notNull().default(true),
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    failedLoginCount: integer("failed_login_count").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("app_user_scope_idx").using("btree", sql`${t.scopeCode} varchar_pattern_ops`)],
);

export const session = pgTable(
  "session",
  {
    /** SHA-256 of the session token; the token itself lives only in the user's cookie. */
    tokenHash: varchar("token_hash", { length: 64 }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => appUser.id),
    csrfToken: varchar("csrf_token", { length: 64 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

/** Append-only: a trigger refuses UPDATE and DELETE (see the migration). */
export const auditEvent = pgTable(
  "audit_event",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    actorId: uuid("actor_id"),
    actorUsername: text("actor_username"),
    actorRole: varchar("actor_role", { length: 32 }),
    action: varchar("action", { length: 64 }).notNull(),
    entityType: varchar("entity_type", { length: 32 }).notNull(),
    entityId: text("entity_id"),
    areaCode: varchar("area_code", { length: 8 }),
    before: jsonb("before"),
    after: jsonb("after"),
    details: jsonb("details"),
    requestId: text("request_id"),
  },
  (t) => [
    index("audit_event_time_idx").on(t.occurredAt, t.id),
    index("audit_event_area_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
    index("audit_event_entity_idx").on(t.entityType, t.entityId),
    index("audit_event_actor_idx").on(t.actorId, t.id),
  ],
);
