// Good governance of community funds (domain §7): bank reconciliations, the yearly governance assessment with
// its rubric items, and the daily early-warning risk score of every fund with its history.
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
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
import { fund } from "./funds";

/**
 * A bank reconciliation (กระทบยอดเงินฝากธนาคาร): the balance on the bank statement against the balance of the
 * fund's bank accounts in the journal on the same date. One per fund and statement date.
 */
export const govBankReconciliation = pgTable(
  "gov_bank_reconciliation",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    /** The fund's area (village code), copied so area-scoped lists need no join. */
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    statementDate: date("statement_date", { mode: "string" }).notNull(),
    statementBalanceSatang: bigint("statement_balance_satang", { mode: "number" }).notNull(),
    /** Σ of the fund's bank-role ledger accounts (debits − credits) on entries dated up to the statement date. */
    bookBalanceSatang: bigint("book_balance_satang", { mode: "number" }).notNull(),
    /** statement − book; 0 when the books agree with the bank. */
    differenceSatang: bigint("difference_satang", { mode: "number" }).notNull(),
    note: text("note"),
    recordedBy: uuid("recorded_by"),
    recordedByName: text("recorded_by_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("gov_bank_reconciliation_fund_date_uq").on(t.fundId, t.statementDate),
    check(
      "gov_bank_reconciliation_difference",
      sql`${t.differenceSatang} = ${t.statementBalanceSatang} - ${t.bookBalanceSatang}`,
    ),
  ],
);

/**
 * The governance assessment of one fund for one fiscal year (B.E.): draft → submitted. Score and level are
 * recomputed from the items while a draft and frozen on submission.
 */
export const govAssessment = pgTable(
  "gov_assessment",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    fiscalYear: smallint("fiscal_year").notNull(),
    /** The date the system items were evaluated as of (the fiscal year's last day, or today while it runs). */
    evaluatedAsOf: date("evaluated_as_of", { mode: "string" }).notNull(),
    status: varchar("status", { length: 16 }).notNull(),
    score: integer("score").notNull(),
    maxScore: integer("max_score").notNull(),
    /** needs_improvement | fair | good (ต้องปรับปรุง / ปานกลาง / ดี). */
    level: varchar("level", { length: 24 }).notNull(),
    configVersion: smallint("config_version").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    submittedBy: uuid("submitted_by"),
    submittedByName: text("submitted_by_name"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("gov_assessment_fund_year_uq").on(t.fundId, t.fiscalYear),
    index("gov_assessment_year_area_idx").using(
      "btree",
      t.fiscalYear,
      sql`${t.areaCode} varchar_pattern_ops`,
      t.id,
    ),
    check("gov_assessment_status", sql`${t.status} IN ('draft', 'submitted')`),
  ],
);

/** One rubric item of an assessment: filled by the system (with its evidence) or by the assessor (with a note). */
export const govAssessmentItem = pgTable(
  "gov_assessment_item",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => govAssessment.id),
    itemKey: varchar("item_key", { length: 40 }).notNull(),
    /** "system" (from data) or "assessor" (entered). */
    source: varchar("source", { length: 16 }).notNull(),
    /** met | partly | not_met | not_applicable | pending. */
    result: varchar("result", { length: 16 }).notNull(),
    points: integer("points").notNull(),
    maxPoints: integer("max_points").notNull(),
    /** What the system read: { facts: {...} } rendered in Thai and English by the rules. */
    evidence: jsonb("evidence").$type<Record<string, unknown>>().notNull(),
    note: text("note"),
    updatedBy: uuid("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.itemKey] }),
    check("gov_assessment_item_points", sql`${t.points} >= 0 AND ${t.points} <= ${t.maxPoints}`),
  ],
);

/**
 * A fund's early-warning risk score as of a business date, written by the daily job (one row per fund per
 * day; older days thinned to month ends). `factors` holds each factor's key, input, facts and points.
 */
export const fundRiskScore = pgTable(
  "fund_risk_score",
  {
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    asOf: date("as_of", { mode: "string" }).notNull(),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    score: integer("score").notNull(),
    /** low | medium | high. */
    band: varchar("band", { length: 8 }).notNull(),
    /** PAR30 on the day, kept as a column because the overdue trend compares it with an earlier day. */
    par30Bp: integer("par30_bp").notNull(),
    factors: jsonb("factors").$type<Array<Record<string, unknown>>>().notNull(),
    configVersion: smallint("config_version").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.fundId, t.asOf] }),
    index("fund_risk_score_day_area_idx").using("btree", t.asOf, sql`${t.areaCode} varchar_pattern_ops`),
  ],
);
