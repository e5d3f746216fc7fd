// Poverty eradication cases (issue 6 items 3–7): agencies and the responsible agency per dimension per province,
// agency accounts, the assistance menu, cases with their stage history, plan items and delivered items, mentoring
// schemes, mentors, pairings and visits, and each province's stage rules.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { appUser } from "./core";
import { household } from "./households";

/** An agency of a province (สาธารณสุขจังหวัด, พมจ., พช.…): owns menu items and delivers help. */
export const povAgency = pgTable(
  "pov_agency",
  {
    id: uuid("id").primaryKey(),
    /** The province (2 digits). */
    areaCode: varchar("area_code", { length: 2 }).notNull(),
    /** Stable key within the province, e.g. "public_health" (the pure rules' agency code). */
    code: varchar("code", { length: 40 }).notNull(),
    nameTh: text("name_th").notNull(),
    nameEn: text("name_en"),
    /** government | local_government | civil_society | private */
    kind: varchar("kind", { length: 24 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("pov_agency_code_uq").on(t.areaCode, t.code)],
);

/** The responsible agencies of one dimension in one province (a working group, คณะทำงานฯ มิติ…). */
export const povResponsibility = pgTable(
  "pov_responsibility",
  {
    id: uuid("id").primaryKey(),
    areaCode: varchar("area_code", { length: 2 }).notNull(),
    dimension: varchar("dimension", { length: 16 }).notNull(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => povAgency.id),
    /** 1 = the lead agency of the working group. */
    rank: smallint("rank").notNull(),
    updatedBy: uuid("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("pov_responsibility_uq").on(t.areaCode, t.dimension, t.agencyId)],
);

/** An account of an agency officer: the agency whose households and items the user sees. */
export const povAgencyUser = pgTable("pov_agency_user", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => appUser.id),
  agencyId: uuid("agency_id")
    .notNull()
    .references(() => povAgency.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

/** One item of a province's assistance menu, owned by an agency. */
export const povMenuItem = pgTable(
  "pov_menu_item",
  {
    id: uuid("id").primaryKey(),
    areaCode: varchar("area_code", { length: 2 }).notNull(),
    code: varchar("code", { length: 32 }).notNull(),
    nameTh: text("name_th").notNull(),
    nameEn: text("name_en"),
    dimension: varchar("dimension", { length: 16 }).notNull(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => povAgency.id),
    unitValueSatang: bigint("unit_value_satang", { mode: "number" }).notNull(),
    unit: varchar("unit", { length: 32 }).notNull(),
    stages: jsonb("stages").$type<string[]>().notNull(),
    eligibilityNotes: text("eligibility_notes"),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("pov_menu_item_code_uq").on(t.areaCode, t.code),
    check("pov_menu_item_value", sql`${t.unitValueSatang} >= 0`),
  ],
);

/** A province's stage rules (case-stages.ts StageRules); a province without a row uses the defaults. */
export const povStageRules = pgTable("pov_stage_rules", {
  areaCode: varchar("area_code", { length: 2 }).primaryKey(),
  rules: jsonb("rules").$type<Record<string, unknown>>().notNull(),
  updatedBy: uuid("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

/** One case per target household per programme year (fiscal year B.E.). */
export const povCase = pgTable(
  "pov_case",
  {
    id: uuid("id").primaryKey(),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    /** The household's village, copied so area-scoped lists and rollups need no join. */
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    programmeYear: smallint("programme_year").notNull(),
    /** survive | sufficient | sustainable: the step the household is working on. */
    stage: varchar("stage", { length: 16 }).notNull(),
    /** open | closed */
    status: varchar("status", { length: 8 }).notNull(),
    openedOn: date("opened_on", { mode: "string" }).notNull(),
    /** manual | target_list */
    source: varchar("source", { length: 16 }).notNull(),
    targetListRowId: uuid("target_list_row_id"),
    /** The deprivation profile when opened: data year and failing dimensions. */
    dataYear: smallint("data_year"),
    failingDimensions: jsonb("failing_dimensions").$type<string[]>().notNull(),
    closedOn: date("closed_on", { mode: "string" }),
    closingReason: varchar("closing_reason", { length: 16 }),
    closingNote: text("closing_note"),
    mergedIntoCaseId: uuid("merged_into_case_id"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("pov_case_household_year_uq").on(t.householdId, t.programmeYear),
    index("pov_case_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
    index("pov_case_year_area_idx").on(t.programmeYear, t.areaCode),
    check("pov_case_closed", sql`(${t.status} = 'closed') = (${t.closedOn} IS NOT NULL)`),
  ],
);

/** The stage history of a case: opened, then each confirmed move forward or back. */
export const povStageChange = pgTable(
  "pov_stage_change",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => povCase.id),
    seq: smallint("seq").notNull(),
    stage: varchar("stage", { length: 16 }).notNull(),
    on: date("changed_on", { mode: "string" }).notNull(),
    /** opened | forward | relapse */
    kind: varchar("kind", { length: 8 }).notNull(),
    confirmedBy: uuid("confirmed_by"),
    confirmedByName: text("confirmed_by_name").notNull(),
    reason: text("reason"),
    evaluatedDataYear: smallint("evaluated_data_year"),
    /** The criteria as evaluated when the move was confirmed. */
    evaluation: jsonb("evaluation"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("pov_stage_change_seq_uq").on(t.caseId, t.seq)],
);

/** An item of a case's plan, from the menu, with the agency doing it and the value fixed when planned. */
export const povPlanItem = pgTable(
  "pov_plan_item",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => povCase.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    menuItemId: uuid("menu_item_id")
      .notNull()
      .references(() => povMenuItem.id),
    dimension: varchar("dimension", { length: 16 }).notNull(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => povAgency.id),
    quantity: integer("quantity").notNull(),
    plannedValueSatang: bigint("planned_value_satang", { mode: "number" }).notNull(),
    note: text("note"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("pov_plan_item_case_idx").on(t.caseId, t.createdAt),
    index("pov_plan_item_agency_idx").using("btree", t.agencyId, sql`${t.areaCode} varchar_pattern_ops`),
    check("pov_plan_item_values", sql`${t.quantity} > 0 AND ${t.plannedValueSatang} >= 0`),
  ],
);

/** A delivered item: date, delivering agency, quantity, value and evidence. */
export const povDelivery = pgTable(
  "pov_delivery",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => povCase.id),
    planItemId: uuid("plan_item_id")
      .notNull()
      .references(() => povPlanItem.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    dimension: varchar("dimension", { length: 16 }).notNull(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => povAgency.id),
    deliveredOn: date("delivered_on", { mode: "string" }).notNull(),
    quantity: integer("quantity").notNull(),
    valueSatang: bigint("value_satang", { mode: "number" }).notNull(),
    evidence: jsonb("evidence").$type<{ kind: string; ref: string }[]>().notNull(),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("pov_delivery_case_idx").on(t.caseId, t.deliveredOn),
    index("pov_delivery_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
    index("pov_delivery_agency_idx").using("btree", t.agencyId, sql`${t.areaCode} varchar_pattern_ops`),
    check("pov_delivery_values", sql`${t.quantity} > 0 AND ${t.valueSatang} >= 0`),
  ],
);

/** A mentoring scheme (คู่เสี่ยว, คู่บุญ) with its maximum households per mentor and visit interval. */
export const povScheme = pgTable("pov_scheme", {
  id: uuid("id").primaryKey(),
  code: varchar("code", { length: 32 }).notNull().unique(),
  nameTh: text("name_th").notNull(),
  nameEn: text("name_en").notNull(),
  /** Where the scheme runs ("" = anywhere); pairings outside it are refused. */
  areaCode: varchar("area_code", { length: 8 }).notNull(),
  maxHouseholdsPerMentor: smallint("max_households_per_mentor").notNull(),
  visitIntervalDays: smallint("visit_interval_days").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

/** A mentor: an official, a volunteer leader or a model household, with or without an account. */
export const povMentor = pgTable(
  "pov_mentor",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id").references(() => appUser.id),
    name: text("name").notNull(),
    /** official | volunteer_leader | model_household */
    kind: varchar("kind", { length: 24 }).notNull(),
    phone: varchar("phone", { length: 32 }),
    /** The area the mentor works in; paired households must lie inside it. */
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("pov_mentor_user_uq").on(t.userId).where(sql`${t.userId} IS NOT NULL`),
    index("pov_mentor_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
  ],
);

/** A mentor looking after a household under a scheme, from start until end (null while it lasts). */
export const povPairing = pgTable(
  "pov_pairing",
  {
    id: uuid("id").primaryKey(),
    schemeId: uuid("scheme_id")
      .notNull()
      .references(() => povScheme.id),
    mentorId: uuid("mentor_id")
      .notNull()
      .references(() => povMentor.id),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    /** The household's village. */
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    startOn: date("start_on", { mode: "string" }).notNull(),
    endOn: date("end_on", { mode: "string" }),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("pov_pairing_mentor_idx").on(t.mentorId, t.startOn),
    index("pov_pairing_household_idx").on(t.householdId, t.schemeId),
    index("pov_pairing_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
    uniqueIndex("pov_pairing_open_uq").on(t.schemeId, t.householdId).where(sql`${t.endOn} IS NULL`),
    check("pov_pairing_dates", sql`${t.endOn} IS NULL OR ${t.endOn} >= ${t.startOn}`),
  ],
);

/** A mentor's visit: findings per dimension, advice, next step, optional GPS. */
export const povVisit = pgTable(
  "pov_visit",
  {
    id: uuid("id").primaryKey(),
    pairingId: uuid("pairing_id")
      .notNull()
      .references(() => povPairing.id),
    mentorId: uuid("mentor_id")
      .notNull()
      .references(() => povMentor.id),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    visitedOn: date("visited_on", { mode: "string" }).notNull(),
    findings: jsonb("findings").$type<Record<string, string>>().notNull(),
    advice: text("advice"),
    nextStep: text("next_step"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("pov_visit_pairing_idx").on(t.pairingId, t.visitedOn),
    index("pov_visit_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.visitedOn),
    check("pov_visit_gps", sql`(${t.latitude} IS NULL) = (${t.longitude} IS NULL)`),
  ],
);
