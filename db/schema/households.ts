import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { area } from "./core";

export const household = pgTable(
  "household",
  {
    id: uuid("id").primaryKey(),
    villageCode: varchar("village_code", { length: 8 })
      .notNull()
      .references(() => area.code),
    houseNo: varchar("house_no", { length: 32 }).notNull(),
    phone: varchar("phone", { length: 32 }),
    /** Denormalised for lists: the head's name and the member count, kept by the use cases. */
    headName: text("head_name").notNull().default(""),
    memberCount: smallint("member_count").notNull().default(0),
    status: varchar("status", { length: 16 }).notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("household_village_house_uq").on(t.villageCode, t.houseNo),
    index("household_village_prefix_idx").using("btree", sql`${t.villageCode} varchar_pattern_ops`, t.id),
    index("household_head_name_idx").using("btree", sql`${t.headName} text_pattern_ops`),
  ],
);

export const householdMember = pgTable(
  "household_member",
  {
    id: uuid("id").primaryKey(),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    seq: smallint("seq").notNull(),
    relation: varchar("relation", { length: 16 }).notNull(),
    title: varchar("title", { length: 32 }).notNull().default(""),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull().default(""),
    /** AES-256-GCM ciphertext of the 13-digit citizen ID (base64: iv.tag.data). */
    citizenIdEnc: text("citizen_id_enc"),
    /** HMAC-SHA-256 of the citizen ID under the lookup key: exact search without decrypting. */
    citizenIdHash: varchar("citizen_id_hash", { length: 64 }),
    /** Already masked ("1-1017-xxxxx-xx-3") for roles that may not see the full number. */
    citizenIdMasked: varchar("citizen_id_masked", { length: 20 }),
    birthDate: date("birth_date", { mode: "string" }),
    sex: varchar("sex", { length: 1 }),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("household_member_household_idx").on(t.householdId, t.seq),
    uniqueIndex("household_member_citizen_uq")
      .on(t.citizenIdHash)
      .where(sql`${t.citizenIdHash} IS NOT NULL AND ${t.isActive}`),
  ],
);

/** One จปฐ. (basic minimum needs) survey record per household per survey year (B.E.). */
export const bmnRecord = pgTable(
  "bmn_record",
  {
    id: uuid("id").primaryKey(),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    surveyYear: smallint("survey_year").notNull(),
    membersCount: smallint("members_count").notNull(),
    incomeMainSatang: bigint("income_main_satang", { mode: "number" }).notNull().default(0),
    incomeSecondarySatang: bigint("income_secondary_satang", { mode: "number" }).notNull().default(0),
    incomeOtherSatang: bigint("income_other_satang", { mode: "number" }).notNull().default(0),
    incomeOwnProductionSatang: bigint("income_own_production_satang", { mode: "number" })
      .notNull()
      .default(0),
    incomeTotalSatang: bigint("income_total_satang", { mode: "number" }).notNull(),
    incomePerPersonSatang: bigint("income_per_person_satang", { mode: "number" }).notNull(),
    criterionSatang: bigint("criterion_satang", { mode: "number" }).notNull(),
    passesIncomeCriterion: boolean("passes_income_criterion").notNull(),
    /** Indicator number ("1".."31") → true (passes) / false (fails); missing = not surveyed. */
    indicators: jsonb("indicators").$type<Record<string, boolean>>().notNull(),
    failedIndicatorCount: smallint("failed_indicator_count").notNull().default(0),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("bmn_record_household_year_uq").on(t.householdId, t.surveyYear),
    index("bmn_record_year_idx").on(t.surveyYear, t.incomePerPersonSatang),
  ],
);

/** The จปฐ. income criterion (baht per person per year) as a dated parameter, by survey year (B.E.). */
export const bmnIncomeCriterion = pgTable("bmn_income_criterion", {
  id: uuid("id").primaryKey(),
  fromYear: smallint("from_year").notNull(),
  toYear: smallint("to_year"),
  amountSatang: bigint("amount_satang", { mode: "number" }).notNull(),
  isVerified: boolean("is_verified").notNull().default(false),
  source: text("source"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
