// Knowledge library (คลังความรู้): categories, knowledge records with their Thai full-text search vector,
// learning centres (ศูนย์เรียนรู้) and model villages (หมู่บ้านต้นแบบ) that records link to.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { area } from "./core";

/** A tsvector written and read as its text form; the knowledge repository builds it from segmented words. */
const tsvector = customType<{ data: string; driverData: string }>({
  dataType: () => "tsvector",
});

/** The configurable list of categories (หมวดองค์ความรู้); retired ones stay for old records. */
export const knCategory = pgTable("kn_category", {
  code: varchar("code", { length: 32 }).primaryKey(),
  nameTh: text("name_th").notNull(),
  nameEn: text("name_en").notNull(),
  sortOrder: smallint("sort_order").notNull(),
  active: boolean("active").notNull(),
});

/** A learning centre (ศูนย์เรียนรู้): where the knowledge can be seen and practised. */
export const knLearningCentre = pgTable(
  "kn_learning_centre",
  {
    id: uuid("id").primaryKey(),
    areaCode: varchar("area_code", { length: 8 })
      .notNull()
      .references(() => area.code),
    name: text("name").notNull(),
    /** Topics taught, in the centre's own words. */
    topics: text("topics").array().notNull(),
    description: text("description").notNull(),
    contactName: text("contact_name").notNull(),
    contactPhone: varchar("contact_phone", { length: 32 }),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedBy: uuid("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("kn_learning_centre_area_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
    check(
      "kn_learning_centre_gps",
      sql`(${t.latitude} IS NULL) = (${t.longitude} IS NULL) AND (${t.latitude} IS NULL OR (${t.latitude} BETWEEN -90 AND 90 AND ${t.longitude} BETWEEN -180 AND 180))`,
    ),
  ],
);

/** A model village (หมู่บ้านต้นแบบ) of one kind, e.g. one of the 18 model กข.คจ. villages. */
export const knModelVillage = pgTable(
  "kn_model_village",
  {
    id: uuid("id").primaryKey(),
    areaCode: varchar("area_code", { length: 8 })
      .notNull()
      .references(() => area.code),
    kind: varchar("kind", { length: 32 }).notNull(),
    /** Christian-era year of designation (shown as B.E.). */
    yearDesignated: smallint("year_designated").notNull(),
    learningCentreId: uuid("learning_centre_id").references(() => knLearningCentre.id),
    notes: text("notes").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedBy: uuid("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("kn_model_village_uq").on(t.areaCode, t.kind),
    index("kn_model_village_area_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
    check("kn_model_village_year", sql`${t.yearDesignated} BETWEEN 1980 AND 2200`),
  ],
);

/** A knowledge record (แบบบันทึกองค์ความรู้); area "" is national knowledge. */
export const knRecord = pgTable(
  "kn_record",
  {
    id: uuid("id").primaryKey(),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    title: text("title").notNull(),
    categoryCode: varchar("category_code", { length: 32 })
      .notNull()
      .references(() => knCategory.code),
    ownerName: text("owner_name").notNull(),
    ownerPosition: text("owner_position").notNull(),
    ownerOffice: text("owner_office").notNull(),
    ownerPhone: varchar("owner_phone", { length: 32 }),
    ownerEmail: varchar("owner_email", { length: 254 }),
    background: text("background").notNull(),
    steps: text("steps").notNull(),
    results: text("results").notNull(),
    lessons: text("lessons").notNull(),
    status: varchar("status", { length: 16 }).notNull(),
    learningCentreId: uuid("learning_centre_id").references(() => knLearningCentre.id),
    modelVillageId: uuid("model_village_id").references(() => knModelVillage.id),
    /** Segmented words: title weight A, owner and category B, the body sections C; the lexeme "~c<category>". */
    search: tsvector("search").notNull(),
    /** The title's words alone: a small vector to find title matches first among many body matches. */
    titleSearch: tsvector("title_search").notNull().default(sql`''::tsvector`),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedBy: uuid("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [
    index("kn_record_search_idx").using("gin", t.search),
    index("kn_record_title_search_idx").using("gin", t.titleSearch),
    index("kn_record_area_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`),
    index("kn_record_recent_idx").on(t.status, t.updatedAt, t.id),
    /** The list without words filtered by category, newest first (the search files the category as a lexeme). */
    index("kn_record_category_recent_idx").on(t.status, t.categoryCode, t.updatedAt, t.id),
    index("kn_record_centre_idx").on(t.learningCentreId),
    index("kn_record_village_idx").on(t.modelVillageId),
    check("kn_record_status", sql`${t.status} IN ('draft', 'published')`),
    check("kn_record_area_code", sql`${t.areaCode} ~ '^([0-9]{2}){0,4}$'`),
  ],
);
