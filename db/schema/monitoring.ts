// Field monitoring visits (การลงพื้นที่ติดตามการดำเนินงาน): a visit by an officer or a team to a fund, a debt
// centre, a village or a household, the team, and the follow-up actions each with an owner and a due date.
// Photos are attachments owned by the visit (platform attachments, owner type "monitoring_visit").
import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { appUser } from "./core";

export const monVisit = pgTable(
  "mon_visit",
  {
    id: uuid("id").primaryKey(),
    /** The subject's area (the village of a fund, centre or household; the village itself): the scope. */
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    /** fund | debt_centre | village | household. */
    subjectType: varchar("subject_type", { length: 16 }).notNull(),
    /** The fund, centre or household id; null for a village (its code is `area_code`). */
    subjectId: uuid("subject_id"),
    /** The subject's name when the visit was recorded, for lists and the report. */
    subjectName: text("subject_name").notNull(),
    visitedOn: date("visited_on", { mode: "string" }).notNull(),
    purpose: text("purpose").notNull(),
    /** People met: [{ name, role }]. */
    peopleMet: jsonb("people_met").$type<{ name: string; role: string }[]>().notNull(),
    findings: text("findings").notNull(),
    recommendations: text("recommendations").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedBy: uuid("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("mon_visit_area_date_idx").using(
      "btree",
      sql`${t.areaCode} varchar_pattern_ops`,
      t.visitedOn.desc(),
      t.id.desc(),
    ),
    index("mon_visit_date_idx").on(t.visitedOn.desc(), t.id.desc()),
    index("mon_visit_subject_idx").on(t.subjectType, t.subjectId, t.visitedOn),
    check(
      "mon_visit_subject",
      sql`(${t.subjectType} IN ('fund', 'debt_centre', 'household') AND ${t.subjectId} IS NOT NULL) OR (${t.subjectType} = 'village' AND ${t.subjectId} IS NULL AND length(${t.areaCode}) = 8)`,
    ),
  ],
);

/** A member of the visiting team: a Kaejon user, or a named person from outside (user_id null). */
export const monVisitMember = pgTable(
  "mon_visit_member",
  {
    visitId: uuid("visit_id")
      .notNull()
      .references(() => monVisit.id),
    seq: smallint("seq").notNull(),
    userId: uuid("user_id").references(() => appUser.id),
    name: text("name").notNull(),
    position: text("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.seq] }), index("mon_visit_member_user_idx").on(t.userId)],
);

/** A follow-up action of a visit: open until its owner marks it done (with the date and a note). */
export const monFollowUp = pgTable(
  "mon_follow_up",
  {
    id: uuid("id").primaryKey(),
    visitId: uuid("visit_id")
      .notNull()
      .references(() => monVisit.id),
    /** The visit's area, copied so that overdue lists of an area need no join. */
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    description: text("description").notNull(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => appUser.id),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    /** open | done. */
    status: varchar("status", { length: 8 }).notNull(),
    doneOn: date("done_on", { mode: "string" }),
    doneNote: text("done_note"),
    doneBy: uuid("done_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("mon_follow_up_visit_idx").on(t.visitId, t.dueOn, t.id),
    index("mon_follow_up_owner_open_idx").on(t.ownerId, t.dueOn, t.id).where(sql`${t.status} = 'open'`),
    index("mon_follow_up_area_open_idx")
      .using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.dueOn, t.id)
      .where(sql`${t.status} = 'open'`),
    check(
      "mon_follow_up_status",
      sql`(${t.status} = 'open' AND ${t.doneOn} IS NULL) OR (${t.status} = 'done' AND ${t.doneOn} IS NOT NULL)`,
    ),
  ],
);
