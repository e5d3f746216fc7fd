// Community funds, their committees and bank accounts, the chart of accounts and the double-entry journal.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
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
import { householdMember } from "./households";

/** A community fund (กองทุน) of a village; `parameters` holds its bylaws, validated by the funds module. */
export const fund = pgTable(
  "fund",
  {
    id: uuid("id").primaryKey(),
    areaCode: varchar("area_code", { length: 8 })
      .notNull()
      .references(() => area.code),
    fundType: varchar("fund_type", { length: 24 }).notNull(),
    name: text("name").notNull(),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    originalCapitalSatang: bigint("original_capital_satang", { mode: "number" }).notNull(),
    parameters: jsonb("parameters").$type<Record<string, unknown>>().notNull(),
    status: varchar("status", { length: 16 }).notNull().default("active"),
    isModel: boolean("is_model").notNull().default(false),
    modelYear: smallint("model_year"),
    isLearningCentre: boolean("is_learning_centre").notNull().default(false),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("fund_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
    // Each village received the กข.คจ. grant once: one open กข.คจ. fund per village.
    uniqueIndex("fund_kkj_per_village_uq")
      .on(t.areaCode)
      .where(sql`${t.fundType} = 'kkj' AND ${t.status} <> 'closed'`),
    check("fund_original_capital_nonneg", sql`${t.originalCapitalSatang} >= 0`),
  ],
);

/** A numbered committee (คณะกรรมการชุดที่ n) with its term; the newest set covering a date governs it. */
export const committeeSet = pgTable(
  "committee_set",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    setNo: smallint("set_no").notNull(),
    termStart: date("term_start", { mode: "string" }).notNull(),
    termEnd: date("term_end", { mode: "string" }).notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("committee_set_fund_no_uq").on(t.fundId, t.setNo),
    check("committee_set_term_order", sql`${t.termEnd} >= ${t.termStart}`),
  ],
);

export const committeeMember = pgTable(
  "committee_member",
  {
    id: uuid("id").primaryKey(),
    committeeSetId: uuid("committee_set_id")
      .notNull()
      .references(() => committeeSet.id),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    name: text("name").notNull(),
    userId: uuid("user_id").references(() => appUser.id),
    householdMemberId: uuid("household_member_id").references(() => householdMember.id),
    position: varchar("position", { length: 16 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("committee_member_set_idx").on(t.committeeSetId),
    index("committee_member_user_idx").on(t.userId, t.fundId),
    // One chair, one secretary and one finance member per set; a user holds one seat per set.
    uniqueIndex("committee_member_officer_uq")
      .on(t.committeeSetId, t.position)
      .where(sql`${t.position} <> 'member'`),
    uniqueIndex("committee_member_user_uq")
      .on(t.committeeSetId, t.userId)
      .where(sql`${t.userId} IS NOT NULL`),
  ],
);

/** A bank account in the fund's name: pending until the chair and the finance member both approve it. */
export const bankAccount = pgTable(
  "bank_account",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    bankName: text("bank_name").notNull(),
    branch: text("branch").notNull(),
    accountNo: varchar("account_no", { length: 32 }).notNull(),
    accountName: text("account_name").notNull(),
    status: varchar("status", { length: 16 }).notNull().default("pending"),
    /** `{ required: 2, mustInclude: ["chair"] }`: how many signatories, and which positions, a withdrawal needs. */
    withdrawalRule: jsonb("withdrawal_rule").$type<{ required: number; mustInclude: string[] }>().notNull(),
    requestedBy: uuid("requested_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    activatedAt: timestamp("activated_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("bank_account_fund_number_uq").on(t.fundId, t.bankName, t.accountNo)],
);

export const bankAccountSignatory = pgTable(
  "bank_account_signatory",
  {
    bankAccountId: uuid("bank_account_id")
      .notNull()
      .references(() => bankAccount.id),
    committeeMemberId: uuid("committee_member_id")
      .notNull()
      .references(() => committeeMember.id),
  },
  (t) => [primaryKey({ columns: [t.bankAccountId, t.committeeMemberId] })],
);

export const bankAccountApproval = pgTable(
  "bank_account_approval",
  {
    bankAccountId: uuid("bank_account_id")
      .notNull()
      .references(() => bankAccount.id),
    position: varchar("position", { length: 16 }).notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => appUser.id),
    committeeMemberId: uuid("committee_member_id")
      .notNull()
      .references(() => committeeMember.id),
    approvedAt: timestamp("approved_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bankAccountId, t.position] }),
    uniqueIndex("bank_account_approval_user_uq").on(t.bankAccountId, t.userId),
  ],
);

/** The fund's chart of accounts; `role` says what an account is for (one per role, except bank accounts). */
export const ledgerAccount = pgTable(
  "ledger_account",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    code: varchar("code", { length: 8 }).notNull(),
    nameTh: text("name_th").notNull(),
    nameEn: text("name_en").notNull(),
    accountType: varchar("account_type", { length: 12 }).notNull(),
    normalSide: varchar("normal_side", { length: 6 }).notNull(),
    role: varchar("role", { length: 24 }).notNull(),
    bankAccountId: uuid("bank_account_id").references(() => bankAccount.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("ledger_account_fund_code_uq").on(t.fundId, t.code),
    uniqueIndex("ledger_account_fund_role_uq").on(t.fundId, t.role).where(sql`${t.role} <> 'bank'`),
    uniqueIndex("ledger_account_bank_uq").on(t.bankAccountId).where(sql`${t.bankAccountId} IS NOT NULL`),
  ],
);

/** Append-only (triggers refuse UPDATE and DELETE); a deferred trigger refuses an unbalanced entry at commit. */
export const journalEntry = pgTable(
  "journal_entry",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    entryDate: date("entry_date", { mode: "string" }).notNull(),
    /** B.E. year in which the Thai fiscal year (1 Oct – 30 Sep) of entry_date ends. */
    fiscalYear: smallint("fiscal_year").notNull(),
    kind: varchar("kind", { length: 32 }).notNull(),
    description: text("description").notNull(),
    sourceType: varchar("source_type", { length: 32 }),
    sourceId: text("source_id"),
    reversesEntryId: uuid("reverses_entry_id").references((): AnyPgColumn => journalEntry.id),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    idempotencyKey: varchar("idempotency_key", { length: 100 }),
  },
  (t) => [
    index("journal_entry_fund_date_idx").on(t.fundId, t.entryDate, t.id),
    index("journal_entry_source_idx").on(t.sourceType, t.sourceId),
    uniqueIndex("journal_entry_idempotency_uq").on(t.fundId, t.idempotencyKey),
    // An entry is reversed at most once.
    uniqueIndex("journal_entry_reverses_uq").on(t.reversesEntryId),
  ],
);

export const journalLine = pgTable(
  "journal_line",
  {
    entryId: uuid("entry_id")
      .notNull()
      .references(() => journalEntry.id),
    lineNo: smallint("line_no").notNull(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => ledgerAccount.id),
    debitSatang: bigint("debit_satang", { mode: "number" }).notNull().default(0),
    creditSatang: bigint("credit_satang", { mode: "number" }).notNull().default(0),
    memo: text("memo"),
  },
  (t) => [
    primaryKey({ columns: [t.entryId, t.lineNo] }),
    index("journal_line_account_idx").on(t.accountId),
    check(
      "journal_line_one_side",
      sql`(${t.debitSatang} > 0 AND ${t.creditSatang} = 0) OR (${t.creditSatang} > 0 AND ${t.debitSatang} = 0)`,
    ),
  ],
);

/** A closed fiscal year of a fund: no entry may be dated in it any more. */
export const fiscalYearClose = pgTable(
  "fiscal_year_close",
  {
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    fiscalYear: smallint("fiscal_year").notNull(),
    closedBy: uuid("closed_by"),
    closedAt: timestamp("closed_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.fundId, t.fiscalYear] })],
);

/** Money leaving a bank account: recorded by the finance member, posted once the signatories approve. */
export const bankWithdrawal = pgTable(
  "bank_withdrawal",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    bankAccountId: uuid("bank_account_id")
      .notNull()
      .references(() => bankAccount.id),
    /**
     * Where the money goes: "cash" (withdrawal), "bank" (transfer to another account of the fund) or "loan"
     * (paid out to a borrower under a voucher: loans receivable).
     */
    toKind: varchar("to_kind", { length: 8 }).notNull(),
    /** What the withdrawal pays for, when another module started it: e.g. "kkj_voucher" and its id. */
    purposeType: varchar("purpose_type", { length: 24 }),
    purposeId: uuid("purpose_id"),
    toBankAccountId: uuid("to_bank_account_id").references(() => bankAccount.id),
    amountSatang: bigint("amount_satang", { mode: "number" }).notNull(),
    entryDate: date("entry_date", { mode: "string" }),
    description: text("description").notNull(),
    status: varchar("status", { length: 16 }).notNull().default("pending"),
    requestedBy: uuid("requested_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    journalEntryId: uuid("journal_entry_id").references(() => journalEntry.id),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    index("bank_withdrawal_fund_idx").on(t.fundId, t.status, t.id),
    check("bank_withdrawal_amount_positive", sql`${t.amountSatang} > 0`),
  ],
);

export const bankWithdrawalApproval = pgTable(
  "bank_withdrawal_approval",
  {
    withdrawalId: uuid("withdrawal_id")
      .notNull()
      .references(() => bankWithdrawal.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => appUser.id),
    committeeMemberId: uuid("committee_member_id")
      .notNull()
      .references(() => committeeMember.id),
    position: varchar("position", { length: 16 }).notNull(),
    approvedAt: timestamp("approved_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.withdrawalId, t.userId] })],
);
