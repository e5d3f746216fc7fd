// Debt centres (ศจก.): the centre of a village with its member funds and committee, household debt surveys,
// restructuring plans with their status history, the loans and creditor payments of executed plans, and the
// debt-free events and relapse flags counted per centre and per district.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
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
import { appUser, area } from "./core";
import { fund, journalEntry } from "./funds";
import { household } from "./households";
import { loan } from "./loans";

/** One centre per village; its parameters are the planner's CentreParameters and the relapse window. */
export const debtCentre = pgTable(
  "debt_centre",
  {
    id: uuid("id").primaryKey(),
    areaCode: varchar("area_code", { length: 8 })
      .notNull()
      .references(() => area.code),
    name: text("name").notNull(),
    rateBp: integer("rate_bp").notNull(),
    maxTermMonths: smallint("max_term_months").notNull(),
    affordabilityBp: integer("affordability_bp").notNull(),
    consolidateByDefault: boolean("consolidate_by_default").notNull(),
    relapseWindowMonths: smallint("relapse_window_months").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("debt_centre_village_uq").on(t.areaCode),
    index("debt_centre_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
  ],
);

/** A member fund: a Kaejon fund (`fund_id`) or an outside fund recorded by name and balance. */
export const debtCentreMemberFund = pgTable(
  "debt_centre_member_fund",
  {
    id: uuid("id").primaryKey(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => debtCentre.id),
    fundId: uuid("fund_id").references(() => fund.id),
    outsideName: text("outside_name"),
    outsideBalanceSatang: bigint("outside_balance_satang", { mode: "number" }),
    /** The committee's order of preference (1 first). */
    preference: smallint("preference").notNull(),
    mayRefinance: boolean("may_refinance").notNull(),
    maxLoanSatang: bigint("max_loan_satang", { mode: "number" }).notNull(),
    maxTermMonths: smallint("max_term_months").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("debt_centre_member_fund_centre_idx").on(t.centreId, t.preference),
    uniqueIndex("debt_centre_member_fund_uq").on(t.centreId, t.fundId).where(sql`${t.fundId} IS NOT NULL`),
    check(
      "debt_centre_member_fund_kind",
      sql`(${t.fundId} IS NOT NULL AND ${t.outsideName} IS NULL AND ${t.outsideBalanceSatang} IS NULL) OR (${t.fundId} IS NULL AND ${t.outsideName} IS NOT NULL AND ${t.outsideBalanceSatang} >= 0)`,
    ),
    check("debt_centre_member_fund_limits", sql`${t.maxLoanSatang} >= 0 AND ${t.maxTermMonths} >= 1`),
  ],
);

/** A seat in the centre committee (representatives of the member funds) for a term. */
export const debtCentreCommitteeMember = pgTable(
  "debt_centre_committee_member",
  {
    id: uuid("id").primaryKey(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => debtCentre.id),
    name: text("name").notNull(),
    position: varchar("position", { length: 16 }).notNull(),
    userId: uuid("user_id").references(() => appUser.id),
    memberFundId: uuid("member_fund_id").references(() => debtCentreMemberFund.id),
    termStart: date("term_start", { mode: "string" }).notNull(),
    termEnd: date("term_end", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("debt_centre_committee_centre_idx").on(t.centreId, t.termStart),
    index("debt_centre_committee_user_idx").on(t.userId, t.centreId),
    check("debt_centre_committee_term_order", sql`${t.termEnd} >= ${t.termStart}`),
  ],
);

/** A household debt survey: monthly income (จปฐ. or asked) and living expenses; its debts below. */
export const debtSurvey = pgTable(
  "debt_survey",
  {
    id: uuid("id").primaryKey(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => debtCentre.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    surveyedOn: date("surveyed_on", { mode: "string" }).notNull(),
    monthlyIncomeSatang: bigint("monthly_income_satang", { mode: "number" }).notNull(),
    monthlyExpensesSatang: bigint("monthly_expenses_satang", { mode: "number" }).notNull(),
    /** "bmn" (pre-filled from the latest จปฐ. record) or "manual". */
    incomeSource: varchar("income_source", { length: 16 }).notNull(),
    bmnYear: smallint("bmn_year"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("debt_survey_centre_idx").on(t.centreId, t.surveyedOn, t.id),
    index("debt_survey_household_idx").on(t.householdId, t.surveyedOn),
    index("debt_survey_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
  ],
);

/** One debt of a survey: every field of the pure SurveyDebt. */
export const debtSurveyDebt = pgTable(
  "debt_survey_debt",
  {
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => debtSurvey.id),
    debtId: varchar("debt_id", { length: 64 }).notNull(),
    seq: smallint("seq").notNull(),
    creditorName: text("creditor_name").notNull(),
    creditorType: varchar("creditor_type", { length: 24 }).notNull(),
    communityFundId: varchar("community_fund_id", { length: 64 }),
    originalPrincipalSatang: bigint("original_principal_satang", { mode: "number" }).notNull(),
    outstandingSatang: bigint("outstanding_satang", { mode: "number" }).notNull(),
    arrearsSatang: bigint("arrears_satang", { mode: "number" }).notNull(),
    rateBp: integer("rate_bp").notNull(),
    rateBasis: varchar("rate_basis", { length: 16 }).notNull(),
    instalmentSatang: bigint("instalment_satang", { mode: "number" }),
    instalmentFrequency: varchar("instalment_frequency", { length: 16 }).notNull(),
    collateral: text("collateral"),
    guarantor: text("guarantor"),
    purpose: text("purpose").notNull(),
    startOn: date("start_on", { mode: "string" }).notNull(),
    endOn: date("end_on", { mode: "string" }),
  },
  (t) => [
    primaryKey({ columns: [t.surveyId, t.debtId] }),
    check(
      "debt_survey_debt_amounts",
      sql`${t.originalPrincipalSatang} > 0 AND ${t.outstandingSatang} >= 0 AND ${t.arrearsSatang} >= 0 AND ${t.arrearsSatang} <= ${t.outstandingSatang}`,
    ),
  ],
);

/**
 * A restructuring plan of one survey: the planner's input (everything it was computed from) and output,
 * the status, and the approval (with the chair-override flag and the rules the chair accepted).
 */
export const debtPlan = pgTable(
  "debt_plan",
  {
    id: uuid("id").primaryKey(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => debtCentre.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => debtSurvey.id),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    status: varchar("status", { length: 16 }).notNull(),
    plannedOn: date("planned_on", { mode: "string" }).notNull(),
    input: jsonb("input").$type<Record<string, unknown>>().notNull(),
    plan: jsonb("plan").$type<Record<string, unknown>>().notNull(),
    overrides: jsonb("overrides").$type<Record<string, unknown>>(),
    needsChairOverride: boolean("needs_chair_override").notNull(),
    brokenRules: jsonb("broken_rules").$type<unknown[]>().notNull(),
    approvedBy: uuid("approved_by"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedWithChairOverride: boolean("approved_with_chair_override").notNull().default(false),
    executedOn: date("executed_on", { mode: "string" }),
    debtFreeOn: date("debt_free_on", { mode: "string" }),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("debt_plan_centre_idx").on(t.centreId, t.id),
    index("debt_plan_household_idx").on(t.householdId, t.id),
    index("debt_plan_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
  ],
);

/** Every status a plan went through, with who moved it and why. */
export const debtPlanStatusChange = pgTable(
  "debt_plan_status_change",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => debtPlan.id),
    fromStatus: varchar("from_status", { length: 16 }),
    toStatus: varchar("to_status", { length: 16 }).notNull(),
    changedOn: date("changed_on", { mode: "string" }).notNull(),
    changedBy: uuid("changed_by"),
    reason: text("reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("debt_plan_status_change_plan_idx").on(t.planId, t.createdAt)],
);

/** A loan an executed plan made (one per contract and participating fund). */
export const debtPlanLoan = pgTable(
  "debt_plan_loan",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => debtPlan.id),
    loanId: uuid("loan_id")
      .notNull()
      .references(() => loan.id),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    contractNo: smallint("contract_no").notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.loanId] })],
);

/** Money paid to a refinanced creditor on behalf of the household: the loan's disbursement entry. */
export const debtCreditorPayment = pgTable(
  "debt_creditor_payment",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => debtPlan.id),
    debtId: varchar("debt_id", { length: 64 }).notNull(),
    creditorName: text("creditor_name").notNull(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    loanId: uuid("loan_id")
      .notNull()
      .references(() => loan.id),
    journalEntryId: uuid("journal_entry_id")
      .notNull()
      .references(() => journalEntry.id),
    amountSatang: bigint("amount_satang", { mode: "number" }).notNull(),
    paidOn: date("paid_on", { mode: "string" }).notNull(),
  },
  (t) => [
    index("debt_creditor_payment_plan_idx").on(t.planId),
    check("debt_creditor_payment_positive", sql`${t.amountSatang} > 0`),
  ],
);

/** A household became debt-free under a plan; the relapse watch runs to `watch_ends_on`. */
export const debtFreeEvent = pgTable(
  "debt_free_event",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => debtPlan.id),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => debtCentre.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    debtFreeOn: date("debt_free_on", { mode: "string" }).notNull(),
    watchEndsOn: date("watch_ends_on", { mode: "string" }).notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("debt_free_event_plan_uq").on(t.planId),
    index("debt_free_event_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
  ],
);

/** A new debt surveyed within a debt-free household's watch: a relapse. */
export const debtRelapseFlag = pgTable(
  "debt_relapse_flag",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => debtPlan.id),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => debtCentre.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => debtSurvey.id),
    debtId: varchar("debt_id", { length: 64 }).notNull(),
    takenOn: date("taken_on", { mode: "string" }).notNull(),
    creditorClass: varchar("creditor_class", { length: 16 }).notNull(),
    reason: jsonb("reason").$type<{ th: string; en: string }>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("debt_relapse_flag_survey_debt_uq").on(t.surveyId, t.debtId),
    index("debt_relapse_flag_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
  ],
);
