// Loans of every fund type: the loan, its schedule versions and instalments, repayments with receipts, document
// numbering, and the daily classification of loans and fund health. Money in the journal is the truth; the
// paid/outstanding columns here are maintained by the loans use cases in the same transaction and checked
// against the journal by tests.
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
import { bankAccount, fund, journalEntry } from "./funds";
import { household } from "./households";

/** A loan from a fund to a household (or a named member), on a product snapshot; one row per contract. */
export const loan = pgTable(
  "loan",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    /** The fund's area (village code), copied so area-scoped lists need no join. */
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    householdId: uuid("household_id").references(() => household.id),
    borrowerName: text("borrower_name").notNull(),
    /** Contract number as printed (e.g. "ขก 12/2568"). */
    loanNo: varchar("loan_no", { length: 40 }).notNull(),
    /** What created the loan: "kkj_contract", "centre_plan", "savings_group", "manual". */
    sourceType: varchar("source_type", { length: 24 }).notNull(),
    sourceId: uuid("source_id"),
    /** The LoanProduct the loan was made under, frozen at contract time. */
    product: jsonb("product").$type<Record<string, unknown>>().notNull(),
    principalSatang: bigint("principal_satang", { mode: "number" }).notNull(),
    /** pending_disbursement → active → closed | written_off; cancelled if never paid out. */
    status: varchar("status", { length: 24 }).notNull(),
    contractedOn: date("contracted_on", { mode: "string" }).notNull(),
    disbursedOn: date("disbursed_on", { mode: "string" }),
    currentVersionNo: smallint("current_version_no").notNull().default(1),
    outstandingPrincipalSatang: bigint("outstanding_principal_satang", { mode: "number" }).notNull(),
    outstandingInterestSatang: bigint("outstanding_interest_satang", { mode: "number" }).notNull().default(0),
    nextDueOn: date("next_due_on", { mode: "string" }),
    /** Set by the daily classification job (LoanClass of the loans module) as of `classifiedOn`. */
    classification: varchar("classification", { length: 16 }),
    daysPastDue: integer("days_past_due").notNull().default(0),
    classifiedOn: date("classified_on", { mode: "string" }),
    disbursementEntryId: uuid("disbursement_entry_id").references(() => journalEntry.id),
    closedOn: date("closed_on", { mode: "string" }),
    writtenOffOn: date("written_off_on", { mode: "string" }),
    writeOffSatang: bigint("write_off_satang", { mode: "number" }),
    writeOffReason: text("write_off_reason"),
    writeOffResolutionRef: text("write_off_resolution_ref"),
    writeOffEntryId: uuid("write_off_entry_id").references(() => journalEntry.id),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("loan_fund_no_uq").on(t.fundId, t.loanNo),
    index("loan_fund_status_idx").on(t.fundId, t.status, t.id),
    index("loan_household_idx").on(t.householdId, t.id),
    index("loan_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
    index("loan_open_idx").on(t.id).where(sql`${t.status} = 'active'`),
    check("loan_principal_positive", sql`${t.principalSatang} > 0`),
    check(
      "loan_outstanding_nonneg",
      sql`${t.outstandingPrincipalSatang} >= 0 AND ${t.outstandingInterestSatang} >= 0`,
    ),
  ],
);

/** A schedule version: 1 is the contract's; each ผ่อนผัน (rescheduling) adds one and keeps the old ones. */
export const loanVersion = pgTable(
  "loan_version",
  {
    loanId: uuid("loan_id")
      .notNull()
      .references(() => loan.id),
    versionNo: smallint("version_no").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    /** The plan the schedule was generated from (schedule type, count, dates), for the record. */
    plan: jsonb("plan").$type<Record<string, unknown>>().notNull(),
    principalSatang: bigint("principal_satang", { mode: "number" }).notNull(),
    interestSatang: bigint("interest_satang", { mode: "number" }).notNull(),
    reason: text("reason"),
    resolutionRef: text("resolution_ref"),
    meetingId: uuid("meeting_id"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.loanId, t.versionNo] })],
);

/** One instalment of one schedule version, with what has been paid or waived on it. */
export const loanInstalment = pgTable(
  "loan_instalment",
  {
    loanId: uuid("loan_id")
      .notNull()
      .references(() => loan.id),
    versionNo: smallint("version_no").notNull(),
    seq: smallint("seq").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    principalSatang: bigint("principal_satang", { mode: "number" }).notNull(),
    interestSatang: bigint("interest_satang", { mode: "number" }).notNull(),
    paidPrincipalSatang: bigint("paid_principal_satang", { mode: "number" }).notNull().default(0),
    paidInterestSatang: bigint("paid_interest_satang", { mode: "number" }).notNull().default(0),
    waivedInterestSatang: bigint("waived_interest_satang", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.loanId, t.versionNo, t.seq] }),
    index("loan_instalment_due_idx").on(t.dueOn),
    check(
      "loan_instalment_paid_within",
      sql`${t.paidPrincipalSatang} >= 0 AND ${t.paidPrincipalSatang} <= ${t.principalSatang}
        AND ${t.paidInterestSatang} >= 0 AND ${t.waivedInterestSatang} >= 0
        AND ${t.paidInterestSatang} + ${t.waivedInterestSatang} <= ${t.interestSatang}`,
    ),
  ],
);

/** A repayment received (แบบรับคืนเงินยืม): its receipt number, allocation and journal entry. */
export const loanRepayment = pgTable(
  "loan_repayment",
  {
    id: uuid("id").primaryKey(),
    loanId: uuid("loan_id")
      .notNull()
      .references(() => loan.id),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    /** Receipt number as printed, "<seq>/<fiscal year B.E.>", numbered per fund per fiscal year. */
    receiptNo: varchar("receipt_no", { length: 24 }).notNull(),
    fiscalYear: smallint("fiscal_year").notNull(),
    paidOn: date("paid_on", { mode: "string" }).notNull(),
    amountSatang: bigint("amount_satang", { mode: "number" }).notNull(),
    principalSatang: bigint("principal_satang", { mode: "number" }).notNull(),
    interestSatang: bigint("interest_satang", { mode: "number" }).notNull(),
    /** "cash" (to the fund's cash on hand) or "bank" (deposited straight to a fund bank account). */
    method: varchar("method", { length: 8 }).notNull(),
    bankAccountId: uuid("bank_account_id").references(() => bankAccount.id),
    /** Per instalment: [{ versionNo, seq, principalSatang, interestSatang }]. */
    allocation: jsonb("allocation").$type<unknown[]>().notNull(),
    payerName: text("payer_name"),
    note: text("note"),
    journalEntryId: uuid("journal_entry_id")
      .notNull()
      .references(() => journalEntry.id),
    /** Set when the repayment was reversed (a reversing journal entry; the receipt is cancelled). */
    reversalEntryId: uuid("reversal_entry_id").references(() => journalEntry.id),
    idempotencyKey: varchar("idempotency_key", { length: 100 }),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("loan_repayment_loan_idx").on(t.loanId, t.paidOn, t.id),
    index("loan_repayment_fund_idx").on(t.fundId, t.fiscalYear, t.id),
    uniqueIndex("loan_repayment_receipt_uq").on(t.fundId, t.receiptNo),
    uniqueIndex("loan_repayment_idempotency_uq").on(t.fundId, t.idempotencyKey),
    check("loan_repayment_amount_positive", sql`${t.amountSatang} > 0`),
    check(
      "loan_repayment_split",
      sql`${t.principalSatang} >= 0 AND ${t.interestSatang} >= 0 AND ${t.principalSatang} + ${t.interestSatang} = ${t.amountSatang}`,
    ),
  ],
);

/**
 * Document numbering (เล่มที่/เลขที่) per fund, series and fiscal year: "receipt", "contract", "voucher",
 * "proposal", "request". Incremented with UPDATE … RETURNING, so numbers never repeat and never skip on
 * a committed transaction.
 */
export const documentSequence = pgTable(
  "document_sequence",
  {
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    series: varchar("series", { length: 16 }).notNull(),
    fiscalYear: smallint("fiscal_year").notNull(),
    lastNo: integer("last_no").notNull(),
  },
  (t) => [primaryKey({ columns: [t.fundId, t.series, t.fiscalYear] })],
);

/** A fund's health as of a business date, written by the daily job (one row per fund, replaced each run). */
export const fundHealth = pgTable(
  "fund_health",
  {
    fundId: uuid("fund_id")
      .primaryKey()
      .references(() => fund.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    asOf: date("as_of", { mode: "string" }).notNull(),
    loansActive: integer("loans_active").notNull(),
    outstandingSatang: bigint("outstanding_satang", { mode: "number" }).notNull(),
    /** Outstanding principal of loans more than 30 days past due (and postponed loans are counted apart). */
    atRisk30Satang: bigint("at_risk_30_satang", { mode: "number" }).notNull(),
    par30Bp: integer("par30_bp").notNull(),
    /** Collected ÷ fallen due in the fiscal year so far, in basis points (10,000 = 100 %). */
    repaymentRateBp: integer("repayment_rate_bp"),
    bankSatang: bigint("bank_satang", { mode: "number" }).notNull(),
    cashSatang: bigint("cash_satang", { mode: "number" }).notNull(),
    /** Cash and bank not lent out, as a share of capital, in basis points. */
    idleBp: integer("idle_bp").notNull(),
    defaultedSatang: bigint("defaulted_satang", { mode: "number" }).notNull(),
    /** เงินทุนที่ขาดหายไป: original capital − (bank + outstanding non-defaulted loans + cash); never below 0. */
    missingSatang: bigint("missing_satang", { mode: "number" }).notNull(),
    /** Loan counts per class: { current, due_soon, overdue_1_30, … }. */
    classCounts: jsonb("class_counts").$type<Record<string, number>>().notNull(),
    atRisk: jsonb("at_risk").$type<string[]>().notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("fund_health_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`)],
);

/** One run of a scheduled job (the daily overdue job and others): business date, counts, timing. */
export const jobRun = pgTable(
  "job_run",
  {
    id: uuid("id").primaryKey(),
    job: varchar("job", { length: 40 }).notNull(),
    businessDate: date("business_date", { mode: "string" }).notNull(),
    status: varchar("status", { length: 16 }).notNull(),
    counts: jsonb("counts").$type<Record<string, number>>(),
    error: text("error"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("job_run_job_idx").on(t.job, t.startedAt)],
);
