// Fiscal-year rollups behind the dashboards (per fund, then per area at every level) and the officers' notes
// that the official reports print but the ledger cannot know (development level, problem cause and remedy).
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { appUser } from "./core";
import { fund } from "./funds";

/**
 * One fund in one fiscal year (named by its B.E. year, FY2569 = 1 Oct 2568 – 30 Sep 2569): balances as of
 * `as_of` (the fiscal year's last day for a closed year, the business date for the current one) and flows
 * within the year. Rebuilt by the daily job for the current year and back-filled for past years.
 */
export const fundYearStats = pgTable(
  "fund_year_stats",
  {
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    fiscalYear: smallint("fiscal_year").notNull(),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    fundType: varchar("fund_type", { length: 24 }).notNull(),
    asOf: date("as_of", { mode: "string" }).notNull(),
    capitalSatang: bigint("capital_satang", { mode: "number" }).notNull(),
    outstandingSatang: bigint("outstanding_satang", { mode: "number" }).notNull(),
    disbursedSatang: bigint("disbursed_satang", { mode: "number" }).notNull(),
    repaidSatang: bigint("repaid_satang", { mode: "number" }).notNull(),
    atRisk30Satang: bigint("at_risk_30_satang", { mode: "number" }).notNull(),
    missingSatang: bigint("missing_satang", { mode: "number" }).notNull(),
    defaultedSatang: bigint("defaulted_satang", { mode: "number" }).notNull(),
    bankSatang: bigint("bank_satang", { mode: "number" }).notNull(),
    cashSatang: bigint("cash_satang", { mode: "number" }).notNull(),
    loansActive: integer("loans_active").notNull(),
    /** Distinct households that have borrowed from the fund up to `as_of`. */
    householdsServed: integer("households_served").notNull(),
    isAtRisk: boolean("is_at_risk").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.fundId, t.fiscalYear] }),
    index("fund_year_stats_year_area_idx").using(
      "btree",
      t.fiscalYear,
      sql`${t.areaCode} varchar_pattern_ops`,
    ),
  ],
);

/**
 * The fund-year figures summed per area at every level: '' (the nation), province (2), district (4),
 * sub-district (6) and village (8), per fund type and for all types together (fund_type ''). A national
 * dashboard reads 77 rows instead of scanning loans.
 */
export const areaYearRollup = pgTable(
  "area_year_rollup",
  {
    fiscalYear: smallint("fiscal_year").notNull(),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    fundType: varchar("fund_type", { length: 24 }).notNull(),
    /** Length of area_code (0, 2, 4, 6, 8), stored so a level is read with one index range. */
    level: smallint("level").notNull(),
    asOf: date("as_of", { mode: "string" }).notNull(),
    funds: integer("funds").notNull(),
    fundsAtRisk: integer("funds_at_risk").notNull(),
    fundsWithMissing: integer("funds_with_missing").notNull(),
    capitalSatang: bigint("capital_satang", { mode: "number" }).notNull(),
    outstandingSatang: bigint("outstanding_satang", { mode: "number" }).notNull(),
    disbursedSatang: bigint("disbursed_satang", { mode: "number" }).notNull(),
    repaidSatang: bigint("repaid_satang", { mode: "number" }).notNull(),
    atRisk30Satang: bigint("at_risk_30_satang", { mode: "number" }).notNull(),
    missingSatang: bigint("missing_satang", { mode: "number" }).notNull(),
    defaultedSatang: bigint("defaulted_satang", { mode: "number" }).notNull(),
    bankSatang: bigint("bank_satang", { mode: "number" }).notNull(),
    cashSatang: bigint("cash_satang", { mode: "number" }).notNull(),
    loansActive: integer("loans_active").notNull(),
    householdsServed: integer("households_served").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.fiscalYear, t.fundType, t.areaCode] }),
    index("area_year_rollup_level_idx").on(t.fiscalYear, t.fundType, t.level, t.areaCode),
  ],
);

/**
 * What an officer records about a fund for a fiscal year's reports: the village's development level
 * (ระดับการพัฒนา 1–3, printed in the ข้อ 27 report), other supporting agencies, and for a problem village the
 * cause and remedy (รายงานสภาพปัญหาการบริหารเงินทุน).
 */
export const fundReportNote = pgTable(
  "fund_report_note",
  {
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    fiscalYear: smallint("fiscal_year").notNull(),
    developmentLevel: smallint("development_level"),
    supportingAgencies: text("supporting_agencies"),
    problemCause: text("problem_cause"),
    problemRemedy: text("problem_remedy"),
    updatedBy: uuid("updated_by").references(() => appUser.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.fundId, t.fiscalYear] }),
    check(
      "fund_report_note_level",
      sql`${t.developmentLevel} IS NULL OR ${t.developmentLevel} BETWEEN 1 AND 3`,
    ),
  ],
);
