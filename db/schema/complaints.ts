// Complaints (ข้อร้องเรียน) with their complainants, routing, status history and replies; damage cases
// (ความเสียหาย) against a fund with the people responsible, procedure steps, documents, repayment plan and
// the recoveries posted to the fund's journal.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { appUser } from "./core";
import { committeeMember, fund, journalEntry } from "./funds";
import { household } from "./households";

/**
 * A complaint. Read by other modules (risk score, governance assessment). Holds nothing about who
 * complained: the complainant of a named complaint is in `cmp_complainant`, an anonymous one has no row.
 */
export const cmpComplaint = pgTable(
  "cmp_complaint",
  {
    id: uuid("id").primaryKey(),
    /** "KJ-" + 10 random Crockford base32 characters + 1 check character: unguessable, non-sequential. */
    referenceNo: varchar("reference_no", { length: 16 }).notNull().unique(),
    fundId: uuid("fund_id").references(() => fund.id),
    /** The area concerned (village or higher). */
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    /** The responsible office: a province (2 digits) or district (4 digits) prefix of `area_code`. */
    officeCode: varchar("office_code", { length: 8 }).notNull(),
    category: varchar("category", { length: 32 }).notNull(),
    subject: text("subject").notNull(),
    details: text("details").notNull(),
    /** A person concerned, by name, optionally linked to a committee seat or a household. */
    concernedName: text("concerned_name"),
    concernedCommitteeMemberId: uuid("concerned_committee_member_id").references(() => committeeMember.id),
    concernedHouseholdId: uuid("concerned_household_id").references(() => household.id),
    /** "staff" (entered by an officer or committee member) or "household" (filed by a signed-in household). */
    channel: varchar("channel", { length: 16 }).notNull(),
    status: varchar("status", { length: 16 }).notNull(),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    closedOn: date("closed_on", { mode: "string" }),
    outcome: varchar("outcome", { length: 24 }),
    outcomeNote: text("outcome_note"),
    anonymous: boolean("anonymous").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("cmp_complaint_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
    index("cmp_complaint_fund_idx").on(t.fundId, t.receivedOn),
    index("cmp_complaint_open_due_idx")
      .on(t.dueOn, t.id)
      .where(sql`${t.status} NOT IN ('closed', 'rejected')`),
    check(
      "cmp_complaint_status",
      sql`${t.status} IN ('received', 'in_progress', 'replied', 'closed', 'rejected')`,
    ),
    check("cmp_complaint_due_order", sql`${t.dueOn} >= ${t.receivedOn}`),
    check(
      "cmp_complaint_closed",
      sql`(${t.status} IN ('closed', 'rejected')) = (${t.closedOn} IS NOT NULL AND ${t.outcome} IS NOT NULL)`,
    ),
  ],
);

/** Who filed a named complaint; never written for an anonymous one (a trigger refuses it). */
export const cmpComplainant = pgTable("cmp_complainant", {
  complaintId: uuid("complaint_id")
    .primaryKey()
    .references(() => cmpComplaint.id),
  name: text("name").notNull(),
  phone: varchar("phone", { length: 32 }).notNull(),
  address: text("address"),
  /** The household account that filed it, when filed by a household member. */
  userId: uuid("user_id").references(() => appUser.id),
  householdId: uuid("household_id").references(() => household.id),
});

/** The configurable category list: overrides and additions to the built-in defaults (by code). */
export const cmpCategory = pgTable(
  "cmp_category",
  {
    code: varchar("code", { length: 32 }).primaryKey(),
    nameTh: text("name_th").notNull(),
    nameEn: text("name_en").notNull(),
    slaDays: smallint("sla_days").notNull(),
    isActive: boolean("is_active").notNull(),
    sortOrder: smallint("sort_order").notNull(),
    updatedBy: uuid("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [check("cmp_category_sla", sql`${t.slaDays} BETWEEN 1 AND 365`)],
);

/** A status change or a re-routing of a complaint (kind "status" or "route"). */
export const cmpEvent = pgTable(
  "cmp_event",
  {
    id: uuid("id").primaryKey(),
    complaintId: uuid("complaint_id")
      .notNull()
      .references(() => cmpComplaint.id),
    kind: varchar("kind", { length: 16 }).notNull(),
    fromValue: varchar("from_value", { length: 24 }),
    toValue: varchar("to_value", { length: 24 }).notNull(),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    note: text("note"),
    /** Null for the intake of an anonymous complaint. */
    actorId: uuid("actor_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("cmp_event_complaint_idx").on(t.complaintId, t.createdAt)],
);

/** A reply: "public" ones are shown to the complainant when tracking, "internal" notes never are. */
export const cmpReply = pgTable(
  "cmp_reply",
  {
    id: uuid("id").primaryKey(),
    complaintId: uuid("complaint_id")
      .notNull()
      .references(() => cmpComplaint.id),
    visibility: varchar("visibility", { length: 16 }).notNull(),
    body: text("body").notNull(),
    repliedOn: date("replied_on", { mode: "string" }).notNull(),
    /** Null when the system (seed, CLI) wrote it. */
    authorId: uuid("author_id"),
    authorName: text("author_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("cmp_reply_complaint_idx").on(t.complaintId, t.createdAt),
    check("cmp_reply_visibility", sql`${t.visibility} IN ('public', 'internal')`),
  ],
);

/** A damage case against a fund; `stage` is the current procedure step, amounts are satang. */
export const dmgCase = pgTable(
  "dmg_case",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    /** The fund's village. */
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    caseType: varchar("case_type", { length: 24 }).notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    amountSatang: bigint("amount_satang", { mode: "number" }).notNull(),
    recoveredSatang: bigint("recovered_satang", { mode: "number" }).notNull().default(0),
    discoveredOn: date("discovered_on", { mode: "string" }).notNull(),
    stage: varchar("stage", { length: 24 }).notNull(),
    status: varchar("status", { length: 16 }).notNull(),
    closure: varchar("closure", { length: 24 }),
    closedOn: date("closed_on", { mode: "string" }),
    closingNote: text("closing_note"),
    writeOffApprovedBy: uuid("write_off_approved_by"),
    writeOffApprovalRef: text("write_off_approval_ref"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("dmg_case_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
    index("dmg_case_fund_idx").on(t.fundId, t.discoveredOn),
    check(
      "dmg_case_amounts",
      sql`${t.amountSatang} >= 0 AND ${t.recoveredSatang} BETWEEN 0 AND ${t.amountSatang}`,
    ),
    check("dmg_case_status", sql`${t.status} IN ('open', 'closed')`),
    check(
      "dmg_case_closed",
      sql`(${t.status} = 'closed') = (${t.closedOn} IS NOT NULL AND ${t.closure} IS NOT NULL)`,
    ),
  ],
);

/** A person responsible for the damage (optional), possibly a committee member of the fund. */
export const dmgPerson = pgTable(
  "dmg_person",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => dmgCase.id),
    name: text("name").notNull(),
    /** "committee_member", "borrower", "other". */
    relation: varchar("relation", { length: 24 }).notNull(),
    committeeMemberId: uuid("committee_member_id").references(() => committeeMember.id),
    householdId: uuid("household_id").references(() => household.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("dmg_person_case_idx").on(t.caseId)],
);

/** A dated procedure step the case went through (the first is "discovered", the case's opening). */
export const dmgStep = pgTable(
  "dmg_step",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => dmgCase.id),
    stage: varchar("stage", { length: 24 }).notNull(),
    stepOn: date("step_on", { mode: "string" }).notNull(),
    note: text("note"),
    actorId: uuid("actor_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("dmg_step_case_idx").on(t.caseId, t.createdAt)],
);

/** A document of a step: its number, date and title; the file itself, if any, is an attachment. */
export const dmgDocument = pgTable(
  "dmg_document",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => dmgCase.id),
    stepId: uuid("step_id").references(() => dmgStep.id),
    docNo: varchar("doc_no", { length: 64 }).notNull(),
    docDate: date("doc_date", { mode: "string" }).notNull(),
    title: text("title").notNull(),
    attachmentId: uuid("attachment_id"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("dmg_document_case_idx").on(t.caseId, t.docDate)],
);

/** One instalment of the repayment plan agreed in a debt acknowledgement (หนังสือรับสภาพหนี้). */
export const dmgInstalment = pgTable(
  "dmg_instalment",
  {
    caseId: uuid("case_id")
      .notNull()
      .references(() => dmgCase.id),
    seq: smallint("seq").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    amountSatang: bigint("amount_satang", { mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("dmg_instalment_case_seq_uq").on(t.caseId, t.seq),
    check("dmg_instalment_amount", sql`${t.amountSatang} > 0`),
  ],
);

/** Money recovered for a case; each is one journal entry in the fund's books. */
export const dmgRecovery = pgTable(
  "dmg_recovery",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => dmgCase.id),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    amountSatang: bigint("amount_satang", { mode: "number" }).notNull(),
    payer: text("payer").notNull(),
    /** "cash" or "bank". */
    method: varchar("method", { length: 8 }).notNull(),
    bankAccountId: uuid("bank_account_id"),
    journalEntryId: uuid("journal_entry_id")
      .notNull()
      .references(() => journalEntry.id),
    note: text("note"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("dmg_recovery_case_idx").on(t.caseId, t.receivedOn),
    uniqueIndex("dmg_recovery_entry_uq").on(t.journalEntryId),
    check("dmg_recovery_amount", sql`${t.amountSatang} > 0`),
  ],
);
