// The poverty-progress rollups (issue 6): per programme year and area down to the sub-district (the nation "",
// province, district, sub-district; villages are aggregated live) the cases' counts and deliveries, per agency,
// and the mentoring figures as of the refresh; rebuilt set-based by the daily job so that dashboards are lookups.
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  integer,
  pgTable,
  primaryKey,
  smallint,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";

/**
 * One area (area_code of `level` digits: 0 the nation '', 2, 4 or 6) in one programme year: cases, open cases
 * per stage, graduated, households helped (any delivery) and helped per dimension, deliveries and their value.
 */
export const povProgressArea = pgTable(
  "pov_progress_area",
  {
    programmeYear: smallint("programme_year").notNull(),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    level: smallint("level").notNull(),
    targeted: integer("targeted").notNull(),
    open: integer("open").notNull(),
    survive: integer("survive").notNull(),
    sufficient: integer("sufficient").notNull(),
    sustainable: integer("sustainable").notNull(),
    graduated: integer("graduated").notNull(),
    helped: integer("helped").notNull(),
    helpedHealth: integer("helped_health").notNull(),
    helpedLiving: integer("helped_living").notNull(),
    helpedEducation: integer("helped_education").notNull(),
    helpedIncome: integer("helped_income").notNull(),
    helpedPublicAccess: integer("helped_public_access").notNull(),
    deliveries: integer("deliveries").notNull(),
    deliveredSatang: bigint("delivered_satang", { mode: "number" }).notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeYear, t.areaCode] }),
    check("pov_progress_area_level_chk", sql`${t.level} = length(${t.areaCode})`),
  ],
);

/**
 * One area's mentoring as of the refresh's business date (pairings are not per programme year): mentors and
 * households with a pairing in force, households visited in the last 30 days, the last visit.
 */
export const povProgressMentoring = pgTable(
  "pov_progress_mentoring",
  {
    areaCode: varchar("area_code", { length: 8 }).primaryKey(),
    level: smallint("level").notNull(),
    mentors: integer("mentors").notNull(),
    pairedHouseholds: integer("paired_households").notNull(),
    visitedRecently: integer("visited_recently").notNull(),
    lastVisitOn: date("last_visit_on", { mode: "string" }),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  (t) => [check("pov_progress_mentoring_level_chk", sql`${t.level} = length(${t.areaCode})`)],
);

/** One agency's work in one area and programme year: households with its items, items planned and delivered. */
export const povProgressAgency = pgTable(
  "pov_progress_agency",
  {
    programmeYear: smallint("programme_year").notNull(),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    agencyId: uuid("agency_id").notNull(),
    households: integer("households").notNull(),
    planItems: integer("plan_items").notNull(),
    plannedSatang: bigint("planned_satang", { mode: "number" }).notNull(),
    deliveries: integer("deliveries").notNull(),
    deliveredSatang: bigint("delivered_satang", { mode: "number" }).notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeYear, t.areaCode, t.agencyId] })],
);

/** The last refresh (one row): its business date, when it ran, how long it took and how many rows it wrote. */
export const povProgressRefresh = pgTable(
  "pov_progress_refresh",
  {
    id: smallint("id").primaryKey(),
    asOf: date("as_of", { mode: "string" }).notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
    durationMs: integer("duration_ms").notNull(),
    rowsWritten: integer("rows_written").notNull(),
  },
  (t) => [check("pov_progress_refresh_single_chk", sql`${t.id} = 1`)],
);
