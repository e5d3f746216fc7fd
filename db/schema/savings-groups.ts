// Savings groups for production (กลุ่มออมทรัพย์เพื่อการผลิต): a group is a fund of type savings_group with
// versioned bylaws, members numbered without gaps, beneficiaries, monthly share deposits, member loans
// (through the loan engine) with guarantors, meetings, and the persisted year-end close per member.
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
import { fund, journalEntry } from "./funds";
import { household, householdMember } from "./households";
import { loan } from "./loans";

/** The group itself: one row per savings-group fund, holding the counters that number members without gaps. */
export const sgGroup = pgTable(
  "sg_group",
  {
    fundId: uuid("fund_id")
      .primaryKey()
      .references(() => fund.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    /** Last member number and account number issued; incremented under the row lock. */
    lastMemberNo: integer("last_member_no").notNull().default(0),
    lastAccountNo: integer("last_account_no").notNull().default(0),
    lastMeetingNo: integer("last_meeting_no").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sg_group_area_prefix_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.fundId)],
);

/** A version of the bylaws (ระเบียบกลุ่ม), in force from `effective_on` until the next version. */
export const sgBylaws = pgTable(
  "sg_bylaws",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => sgGroup.fundId),
    effectiveOn: date("effective_on", { mode: "string" }).notNull(),
    bylaws: jsonb("bylaws").$type<Record<string, unknown>>().notNull(),
    resolutionRef: text("resolution_ref"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("sg_bylaws_fund_effective_uq").on(t.fundId, t.effectiveOn)],
);

/** A member (สมาชิก): numbers issued per group, the person (a register member where known), status with dates. */
export const sgMember = pgTable(
  "sg_member",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => sgGroup.fundId),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    memberNo: varchar("member_no", { length: 20 }).notNull(),
    accountNo: varchar("account_no", { length: 20 }).notNull(),
    householdId: uuid("household_id").references(() => household.id),
    householdMemberId: uuid("household_member_id").references(() => householdMember.id),
    name: text("name").notNull(),
    joinedOn: date("joined_on", { mode: "string" }).notNull(),
    entryFeeSatang: bigint("entry_fee_satang", { mode: "number" }).notNull(),
    entryFeeEntryId: uuid("entry_fee_entry_id").references(() => journalEntry.id),
    /** active, resigned, died, expelled. */
    status: varchar("status", { length: 12 }).notNull(),
    statusOn: date("status_on", { mode: "string" }),
    statusReason: text("status_reason"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("sg_member_no_uq").on(t.fundId, t.memberNo),
    uniqueIndex("sg_member_account_uq").on(t.fundId, t.accountNo),
    // A person of the register is a member of one group once (a resigned member rejoins under the same row).
    uniqueIndex("sg_member_person_uq")
      .on(t.fundId, t.householdMemberId)
      .where(sql`${t.householdMemberId} IS NOT NULL`),
    index("sg_member_household_idx").on(t.householdId),
    check("sg_member_entry_fee_nonneg", sql`${t.entryFeeSatang} >= 0`),
  ],
);

/** A beneficiary nomination (ผู้รับผลประโยชน์); the shares of a member's rows sum to 10,000 bp. */
export const sgBeneficiary = pgTable(
  "sg_beneficiary",
  {
    memberId: uuid("member_id")
      .notNull()
      .references(() => sgMember.id),
    seq: smallint("seq").notNull(),
    name: text("name").notNull(),
    relationship: text("relationship").notNull(),
    citizenIdEnc: text("citizen_id_enc"),
    citizenIdMasked: varchar("citizen_id_masked", { length: 20 }),
    shareBp: integer("share_bp").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.seq] }),
    check("sg_beneficiary_share", sql`${t.shareBp} BETWEEN 1 AND 10000`),
  ],
);

/**
 * Share money (เงินสัจจะสะสม) in or out: a monthly deposit of N shares, or the payout of the balance when a
 * member leaves. One deposit per member and month; each save of a deposit sheet is one journal entry.
 */
export const sgShareTxn = pgTable(
  "sg_share_txn",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => sgGroup.fundId),
    memberId: uuid("member_id")
      .notNull()
      .references(() => sgMember.id),
    /** deposit or withdrawal. */
    kind: varchar("kind", { length: 12 }).notNull(),
    /** The first day of the month the deposit is for (the payout's own date for a withdrawal). */
    monthOn: date("month_on", { mode: "string" }).notNull(),
    paidOn: date("paid_on", { mode: "string" }).notNull(),
    shares: integer("shares").notNull(),
    amountSatang: bigint("amount_satang", { mode: "number" }).notNull(),
    journalEntryId: uuid("journal_entry_id")
      .notNull()
      .references(() => journalEntry.id),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("sg_share_txn_month_uq").on(t.memberId, t.monthOn).where(sql`${t.kind} = 'deposit'`),
    index("sg_share_txn_fund_month_idx").on(t.fundId, t.monthOn, t.memberId),
    check("sg_share_txn_amount_positive", sql`${t.amountSatang} > 0`),
  ],
);

/** A member loan: the loan engine's loan plus the guarantors, the limit at the time and any chair override. */
export const sgLoan = pgTable(
  "sg_loan",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => sgGroup.fundId),
    memberId: uuid("member_id")
      .notNull()
      .references(() => sgMember.id),
    loanId: uuid("loan_id")
      .notNull()
      .references(() => loan.id),
    amountSatang: bigint("amount_satang", { mode: "number" }).notNull(),
    limitSatang: bigint("limit_satang", { mode: "number" }).notNull(),
    availableSatang: bigint("available_satang", { mode: "number" }).notNull(),
    meetingId: uuid("meeting_id").references(() => sgMeeting.id),
    resolutionRef: text("resolution_ref").notNull(),
    /** The bylaw rules the chair overrode (empty when none), the reason and who. */
    overriddenRules: jsonb("overridden_rules").$type<unknown[]>().notNull(),
    overrideReason: text("override_reason"),
    overriddenBy: uuid("overridden_by"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("sg_loan_loan_uq").on(t.loanId),
    index("sg_loan_member_idx").on(t.memberId),
    index("sg_loan_fund_idx").on(t.fundId, t.createdAt),
  ],
);

export const sgLoanGuarantor = pgTable(
  "sg_loan_guarantor",
  {
    sgLoanId: uuid("sg_loan_id")
      .notNull()
      .references(() => sgLoan.id),
    memberId: uuid("member_id")
      .notNull()
      .references(() => sgMember.id),
    seq: smallint("seq").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sgLoanId, t.memberId] }),
    index("sg_loan_guarantor_member_idx").on(t.memberId),
  ],
);

/** A meeting of the group: monthly (committee / deposit day) or annual (general meeting). */
export const sgMeeting = pgTable(
  "sg_meeting",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => sgGroup.fundId),
    meetingNo: varchar("meeting_no", { length: 16 }).notNull(),
    kind: varchar("kind", { length: 8 }).notNull(),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    attendeeMemberIds: jsonb("attendee_member_ids").$type<string[]>().notNull(),
    attendeeCount: integer("attendee_count").notNull(),
    minutes: text("minutes").notNull(),
    resolutions: jsonb("resolutions").$type<string[]>().notNull(),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("sg_meeting_no_uq").on(t.fundId, t.meetingNo),
    index("sg_meeting_fund_idx").on(t.fundId, t.heldOn),
  ],
);

/** The year-end close of one fiscal year (once per group and year) and its appropriation entry. */
export const sgYearClose = pgTable(
  "sg_year_close",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => sgGroup.fundId),
    fiscalYear: smallint("fiscal_year").notNull(),
    closedOn: date("closed_on", { mode: "string" }).notNull(),
    incomeSatang: bigint("income_satang", { mode: "number" }).notNull(),
    expenseSatang: bigint("expense_satang", { mode: "number" }).notNull(),
    netProfitSatang: bigint("net_profit_satang", { mode: "number" }).notNull(),
    buckets: jsonb("buckets").$type<Record<string, number>>().notNull(),
    redirected: jsonb("redirected").$type<unknown[]>().notNull(),
    bylaws: jsonb("bylaws").$type<Record<string, unknown>>().notNull(),
    meetingId: uuid("meeting_id").references(() => sgMeeting.id),
    journalEntryId: uuid("journal_entry_id").references(() => journalEntry.id),
    closedBy: uuid("closed_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("sg_year_close_fund_year_uq").on(t.fundId, t.fiscalYear)],
);

/** One member's part of a close: the weights used and the dividend and patronage refund allocated. */
export const sgYearCloseMember = pgTable(
  "sg_year_close_member",
  {
    closeId: uuid("close_id")
      .notNull()
      .references(() => sgYearClose.id),
    memberId: uuid("member_id")
      .notNull()
      .references(() => sgMember.id),
    memberNo: varchar("member_no", { length: 20 }).notNull(),
    shareBalanceSatang: bigint("share_balance_satang", { mode: "number" }).notNull(),
    shareMonthsSatang: bigint("share_months_satang", { mode: "number" }).notNull(),
    interestPaidSatang: bigint("interest_paid_satang", { mode: "number" }).notNull(),
    dividendSatang: bigint("dividend_satang", { mode: "number" }).notNull(),
    patronageRefundSatang: bigint("patronage_refund_satang", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.closeId, t.memberId] }), index("sg_year_close_member_idx").on(t.memberId)],
);
