// Poverty target lists (TPMAP target poor, district surveys, agency lists) with each row's match to the register,
// and the deprivation table (dimensions, จปฐ. indicators and thresholds) versioned by data year.
import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { household } from "./households";

/** One imported list; `area_code` is the scope it covers (every row's village lies inside it). */
export const povTargetList = pgTable(
  "pov_target_list",
  {
    id: uuid("id").primaryKey(),
    name: text("name").notNull(),
    /** 'tpmap' | 'district_survey' | 'agency'. */
    sourceKind: varchar("source_kind", { length: 16 }).notNull(),
    agencyName: text("agency_name"),
    /** The B.E. fiscal year of the programme the list serves, e.g. 2569. */
    programmeYear: integer("programme_year").notNull(),
    /** No foreign key: "" (the nation) is a valid scope and is not a row of `area`. */
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    /** The จปฐ. data year (B.E.) of the failing indicators the list carries, if any. */
    dataYear: integer("data_year"),
    rowCount: integer("row_count").notNull(),
    exactIdCount: integer("exact_id_count").notNull().default(0),
    addressNameCount: integer("address_name_count").notNull().default(0),
    noneCount: integer("none_count").notNull().default(0),
    /** 'committed': lists exist only once their whole file has been imported. */
    status: varchar("status", { length: 16 }).notNull().default("committed"),
    fileName: text("file_name"),
    fileFormat: varchar("file_format", { length: 8 }),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("pov_target_list_area_prefix_idx").using(
      "btree",
      sql`${t.areaCode} varchar_pattern_ops`,
      t.createdAt,
      t.id,
    ),
    index("pov_target_list_created_idx").on(t.createdAt, t.id),
  ],
);

/**
 * One row of a list as imported, with its match. `area_code` is the row's village (from the list, else the
 * matched household's, else the list's own area when neither is known). Citizen IDs are kept only as the
 * households module's keyed hash and pre-masked.
 */
export const povTargetListRow = pgTable(
  "pov_target_list_row",
  {
    id: uuid("id").primaryKey(),
    listId: uuid("list_id")
      .notNull()
      .references(() => povTargetList.id),
    lineNo: integer("line_no").notNull(),
    householdId: uuid("household_id").references(() => household.id),
    /** 'exact_id' | 'address_name' | 'none'. */
    matchKind: varchar("match_kind", { length: 16 }).notNull(),
    matchExplanation: text("match_explanation").notNull(),
    matchExplanationEn: text("match_explanation_en").notNull(),
    /** What the row says differently from the matched household: village_code, house_no, name, citizen_id. */
    matchDifferences: text("match_differences").array().notNull().default(sql`'{}'::text[]`),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    /** The village code and house number as the list gives them (null when the row has none). */
    villageCode: varchar("village_code", { length: 8 }),
    houseNo: text("house_no"),
    /** houseNoKey(house_no): compared between lists. */
    houseNoKey: text("house_no_key"),
    title: text("title").notNull().default(""),
    firstName: text("first_name").notNull().default(""),
    lastName: text("last_name").notNull().default(""),
    /** title + first + last as the list writes it. */
    headName: text("head_name").notNull(),
    /** nameKey(first, last): "" without a first name. */
    nameKey: text("name_key").notNull(),
    /** village|house|name key, the second join of reconciliation. */
    addressNameKey: text("address_name_key"),
    citizenIdHash: varchar("citizen_id_hash", { length: 64 }),
    citizenIdMasked: varchar("citizen_id_masked", { length: 20 }),
    /** Dimension keys the list marks as failing, in the table's order; null when the list does not say. */
    failingDimensions: text("failing_dimensions").array(),
    /** จปฐ. indicator numbers ("8", "22") the list marks as failing, ascending; null when the list does not say. */
    failingIndicators: text("failing_indicators").array(),
    note: text("note"),
  },
  (t) => [
    uniqueIndex("pov_target_list_row_line_uq").on(t.listId, t.lineNo),
    index("pov_target_list_row_kind_idx").on(t.listId, t.matchKind, t.lineNo),
    index("pov_target_list_row_area_idx").using(
      "btree",
      t.listId,
      sql`${t.areaCode} varchar_pattern_ops`,
      t.lineNo,
    ),
    index("pov_target_list_row_hash_idx").on(t.listId, t.citizenIdHash),
    index("pov_target_list_row_address_idx").on(t.listId, t.addressNameKey),
    index("pov_target_list_row_household_idx").on(t.householdId),
  ],
);

/** A version of the deprivation table, applying to จปฐ. data years from_data_year..to_data_year (null = open). */
export const povDeprivationVersion = pgTable(
  "pov_deprivation_version",
  {
    id: uuid("id").primaryKey(),
    version: varchar("version", { length: 64 }).notNull(),
    fromDataYear: smallint("from_data_year").notNull(),
    toDataYear: smallint("to_data_year"),
    source: text("source").notNull(),
    /** Dimension → how many failing indicators make it fail. */
    dimensionFailsAt: jsonb("dimension_fails_at").$type<Record<string, number>>().notNull(),
    /** Order of the versions as the administrator saved them. */
    seq: smallint("seq").notNull(),
    updatedBy: uuid("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("pov_deprivation_version_uq").on(t.version)],
);

/** An indicator of a version: its จปฐ. number, dimension, wording, threshold and rule. */
export const povDeprivationIndicator = pgTable(
  "pov_deprivation_indicator",
  {
    versionId: uuid("version_id")
      .notNull()
      .references(() => povDeprivationVersion.id, { onDelete: "cascade" }),
    bmn: smallint("bmn").notNull(),
    dimension: varchar("dimension", { length: 16 }).notNull(),
    nameTh: text("name_th").notNull(),
    nameEn: text("name_en").notNull(),
    thresholdTh: text("threshold_th").notNull(),
    thresholdEn: text("threshold_en").notNull(),
    /** 'bmn_pass' | 'income_per_person'. */
    ruleKind: varchar("rule_kind", { length: 24 }).notNull(),
    minSatang: bigint("min_satang", { mode: "number" }),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.bmn] })],
);
