// The กข.คจ. workflow: committee meetings (any fund), the target-household register (purple book), project
// proposals, loan requests, contracts, payment vouchers, annual debt confirmations and handovers (brown book).
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
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { bankWithdrawal, committeeSet, fund, journalEntry } from "./funds";
import { household } from "./households";
import { loan } from "./loans";

/** A recorded committee meeting (ครั้งที่ n/ปี); decisions of the committee cite one. Any fund type. */
export const committeeMeeting = pgTable(
  "committee_meeting",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    committeeSetId: uuid("committee_set_id").references(() => committeeSet.id),
    /** "3/2568": the meeting's number in the fiscal year. */
    meetingNo: varchar("meeting_no", { length: 16 }).notNull(),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    place: text("place"),
    attendeeCount: smallint("attendee_count").notNull(),
    attendees: jsonb("attendees").$type<string[]>().notNull(),
    agenda: text("agenda").notNull(),
    minutes: text("minutes"),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("committee_meeting_no_uq").on(t.fundId, t.meetingNo),
    index("committee_meeting_fund_idx").on(t.fundId, t.heldOn),
  ],
);

/** บัญชีทะเบียนครัวเรือนเป้าหมาย (purple book): a household registered as a target of the fund. */
export const kkjTarget = pgTable(
  "kkj_target",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    /** ลำดับที่: rank by per-person income before the first loan, lowest first. */
    registerSeq: integer("register_seq").notNull(),
    bmnYear: smallint("bmn_year").notNull(),
    incomePerPersonSatang: bigint("income_per_person_satang", { mode: "number" }).notNull(),
    membersCount: smallint("members_count").notNull(),
    /** Average per-person income 1, 2 and 3 years after the first loan, from later จปฐ. records. */
    incomeAfter1Satang: bigint("income_after_1_satang", { mode: "number" }),
    incomeAfter2Satang: bigint("income_after_2_satang", { mode: "number" }),
    incomeAfter3Satang: bigint("income_after_3_satang", { mode: "number" }),
    status: varchar("status", { length: 16 }).notNull().default("active"),
    registeredOn: date("registered_on", { mode: "string" }).notNull(),
    removedOn: date("removed_on", { mode: "string" }),
    removedReason: text("removed_reason"),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("kkj_target_household_uq").on(t.fundId, t.householdId),
    uniqueIndex("kkj_target_seq_uq").on(t.fundId, t.registerSeq),
  ],
);

/**
 * One borrowing round (ยืมครั้งที่ n) from proposal to closed loan: แบบเสนอโครงการ with its worker opinion and
 * committee decision. Status: submitted → worker_reviewed → approved | rejected; approved → requested →
 * (request states) → contracted → disbursed → closed; withdrawn at any open step.
 */
export const kkjProposal = pgTable(
  "kkj_proposal",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    targetId: uuid("target_id")
      .notNull()
      .references(() => kkjTarget.id),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    borrowRound: smallint("borrow_round").notNull(),
    docNo: varchar("doc_no", { length: 24 }).notNull(),
    applicantName: text("applicant_name").notNull(),
    applicantAge: smallint("applicant_age"),
    occupation: text("occupation").notNull(),
    projectName: text("project_name").notNull(),
    /** Itemised budget: [{ no: "2.1", description, amountSatang }]. */
    items: jsonb("items").$type<{ no: string; description: string; amountSatang: number }[]>().notNull(),
    totalSatang: bigint("total_satang", { mode: "number" }).notNull(),
    submittedOn: date("submitted_on", { mode: "string" }).notNull(),
    status: varchar("status", { length: 24 }).notNull(),
    /** "feasible" (เป็นไปได้) or "not_feasible" (เป็นไปไม่ได้). */
    workerOpinion: varchar("worker_opinion", { length: 16 }),
    workerReason: text("worker_reason"),
    workerName: text("worker_name"),
    workerUserId: uuid("worker_user_id"),
    workerOpinionOn: date("worker_opinion_on", { mode: "string" }),
    decision: varchar("decision", { length: 16 }),
    decisionAmountSatang: bigint("decision_amount_satang", { mode: "number" }),
    decisionReason: text("decision_reason"),
    decisionMeetingId: uuid("decision_meeting_id").references(() => committeeMeeting.id),
    decidedBy: uuid("decided_by"),
    decidedOn: date("decided_on", { mode: "string" }),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("kkj_proposal_doc_uq").on(t.fundId, t.docNo),
    index("kkj_proposal_fund_idx").on(t.fundId, t.status, t.id),
    index("kkj_proposal_household_idx").on(t.householdId),
    // One open borrowing round per household at a time; a new round after the last one closed.
    uniqueIndex("kkj_proposal_open_round_uq")
      .on(t.fundId, t.householdId)
      .where(sql`${t.status} NOT IN ('rejected', 'withdrawn', 'closed')`),
    uniqueIndex("kkj_proposal_round_uq").on(t.fundId, t.householdId, t.borrowRound),
    check("kkj_proposal_total_positive", sql`${t.totalSatang} > 0`),
  ],
);

/** แบบขอยืมเงินทุน: the loan request of an approved proposal, with its worker opinion and committee decision. */
export const kkjLoanRequest = pgTable(
  "kkj_loan_request",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => kkjProposal.id),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    docNo: varchar("doc_no", { length: 24 }).notNull(),
    registerSeq: integer("register_seq").notNull(),
    amountSatang: bigint("amount_satang", { mode: "number" }).notNull(),
    amountWords: text("amount_words").notNull(),
    /** The repayment plan asked for: { scheduleType, instalmentCount?, firstDueOn?, lumpSumDueOn?, customDueDates? }. */
    plan: jsonb("plan").$type<Record<string, unknown>>().notNull(),
    consentName: text("consent_name"),
    /** "spouse" or "heir" (สามี/ภรรยา/ทายาท ผู้ให้คำยินยอม). */
    consentRelation: varchar("consent_relation", { length: 8 }),
    requestedOn: date("requested_on", { mode: "string" }).notNull(),
    status: varchar("status", { length: 24 }).notNull(),
    /** "agree" (เห็นด้วย) or "disagree" (ไม่เห็นด้วย). */
    workerOpinion: varchar("worker_opinion", { length: 16 }),
    workerReason: text("worker_reason"),
    workerName: text("worker_name"),
    workerUserId: uuid("worker_user_id"),
    workerOpinionOn: date("worker_opinion_on", { mode: "string" }),
    decision: varchar("decision", { length: 16 }),
    approvedAmountSatang: bigint("approved_amount_satang", { mode: "number" }),
    decisionReason: text("decision_reason"),
    decisionMeetingId: uuid("decision_meeting_id").references(() => committeeMeeting.id),
    decidedBy: uuid("decided_by"),
    decidedOn: date("decided_on", { mode: "string" }),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("kkj_loan_request_proposal_uq").on(t.proposalId),
    uniqueIndex("kkj_loan_request_doc_uq").on(t.fundId, t.docNo),
    check("kkj_loan_request_amount_positive", sql`${t.amountSatang} > 0`),
  ],
);

/** สัญญายืมเงินทุน: the contract of an approved request; its schedule is the loan's version 1. */
export const kkjContract = pgTable(
  "kkj_contract",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    requestId: uuid("request_id")
      .notNull()
      .references(() => kkjLoanRequest.id),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => kkjProposal.id),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    loanId: uuid("loan_id")
      .notNull()
      .references(() => loan.id),
    contractNo: varchar("contract_no", { length: 40 }).notNull(),
    volumeNo: varchar("volume_no", { length: 16 }),
    borrowRound: smallint("borrow_round").notNull(),
    signedOn: date("signed_on", { mode: "string" }).notNull(),
    writtenAt: text("written_at").notNull(),
    amountSatang: bigint("amount_satang", { mode: "number" }).notNull(),
    amountWords: text("amount_words").notNull(),
    borrowerName: text("borrower_name").notNull(),
    borrowerMemberId: uuid("borrower_member_id"),
    /** The address as printed: { houseNo, villageNo, villageName, subdistrict, district, province }. */
    borrowerAddress: jsonb("borrower_address").$type<Record<string, string>>().notNull(),
    projectName: text("project_name").notNull(),
    consentName: text("consent_name"),
    consentRelation: varchar("consent_relation", { length: 8 }),
    lenderName: text("lender_name").notNull(),
    witness1Name: text("witness1_name").notNull(),
    witness2Name: text("witness2_name").notNull(),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("kkj_contract_request_uq").on(t.requestId),
    uniqueIndex("kkj_contract_loan_uq").on(t.loanId),
    uniqueIndex("kkj_contract_no_uq").on(t.fundId, t.contractNo),
    check("kkj_contract_witnesses_differ", sql`${t.witness1Name} <> ${t.witness2Name}`),
  ],
);

/** ใบสำคัญจ่ายเงินยืม: pays a contract out, from cash at once or from the bank once the signatories approve. */
export const kkjVoucher = pgTable(
  "kkj_voucher",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => kkjContract.id),
    loanId: uuid("loan_id")
      .notNull()
      .references(() => loan.id),
    voucherNo: varchar("voucher_no", { length: 24 }).notNull(),
    amountSatang: bigint("amount_satang", { mode: "number" }).notNull(),
    /** "bank" (through a bank withdrawal needing the signatories) or "cash" (from cash on hand). */
    source: varchar("source", { length: 8 }).notNull(),
    bankWithdrawalId: uuid("bank_withdrawal_id").references(() => bankWithdrawal.id),
    status: varchar("status", { length: 16 }).notNull(),
    paidOn: date("paid_on", { mode: "string" }),
    journalEntryId: uuid("journal_entry_id").references(() => journalEntry.id),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("kkj_voucher_open_contract_uq").on(t.contractId).where(sql`${t.status} <> 'cancelled'`),
    uniqueIndex("kkj_voucher_no_uq").on(t.fundId, t.voucherNo),
  ],
);

/** ยืนยันยอดหนี้: a household confirms (or disputes) its outstanding debt as of a date, once per fiscal year. */
export const kkjDebtConfirmation = pgTable(
  "kkj_debt_confirmation",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    loanId: uuid("loan_id")
      .notNull()
      .references(() => loan.id),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    fiscalYear: smallint("fiscal_year").notNull(),
    asOf: date("as_of", { mode: "string" }).notNull(),
    outstandingSatang: bigint("outstanding_satang", { mode: "number" }).notNull(),
    agrees: boolean("agrees").notNull(),
    claimedSatang: bigint("claimed_satang", { mode: "number" }),
    note: text("note"),
    confirmedOn: date("confirmed_on", { mode: "string" }).notNull(),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("kkj_debt_confirmation_year_uq").on(t.loanId, t.fiscalYear)],
);

/**
 * Brown book part 2 and 3: a handover between officers (ส่งมอบ-รับมอบ) with the village status at that moment,
 * computed from the ledger and the loans and frozen in `snapshot`.
 */
export const kkjHandover = pgTable(
  "kkj_handover",
  {
    id: uuid("id").primaryKey(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    handedOn: date("handed_on", { mode: "string" }).notNull(),
    fromName: text("from_name").notNull(),
    fromPosition: text("from_position").notNull(),
    toName: text("to_name").notNull(),
    toPosition: text("to_position").notNull(),
    fromUserId: uuid("from_user_id"),
    toUserId: uuid("to_user_id"),
    /** Village status: targets, borrowers, repaying, money with households, in the bank, elsewhere, books, defaults. */
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    notes: text("notes"),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("kkj_handover_fund_idx").on(t.fundId, t.handedOn)],
);
