// Welfare of a debt centre (ศจก.): a benefit requested for a household of the village (or a named person), approved
// by the centre chair or an officer, and paid from a member fund's cash through that fund's ledger.
import { sql } from "drizzle-orm";
import { bigint, check, date, index, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { debtCentre, debtCentreMemberFund } from "./debt-centre";
import { fund, journalEntry } from "./funds";
import { household, householdMember } from "./households";

/** One welfare benefit: requested → approved → paid (or rejected), with who did each step. */
export const debtWelfarePayment = pgTable(
  "debt_welfare_payment",
  {
    id: uuid("id").primaryKey(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => debtCentre.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    /** death, illness, birth, elderly, disaster, education, other. */
    welfareType: varchar("welfare_type", { length: 16 }).notNull(),
    householdId: uuid("household_id").references(() => household.id),
    memberId: uuid("member_id").references(() => householdMember.id),
    /** The person receiving it as printed: the member, the household head, or a named person. */
    beneficiaryName: text("beneficiary_name").notNull(),
    amountSatang: bigint("amount_satang", { mode: "number" }).notNull(),
    memberFundId: uuid("member_fund_id")
      .notNull()
      .references(() => debtCentreMemberFund.id),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => fund.id),
    reason: text("reason").notNull(),
    /** requested, approved, paid, rejected. */
    status: varchar("status", { length: 16 }).notNull(),
    requestedOn: date("requested_on", { mode: "string" }).notNull(),
    requestedBy: uuid("requested_by"),
    decidedOn: date("decided_on", { mode: "string" }),
    decidedBy: uuid("decided_by"),
    decisionNote: text("decision_note"),
    paidOn: date("paid_on", { mode: "string" }),
    paidBy: uuid("paid_by"),
    journalEntryId: uuid("journal_entry_id").references(() => journalEntry.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("debt_welfare_payment_centre_idx").on(t.centreId, t.id),
    index("debt_welfare_payment_area_prefix_idx").using(
      "btree",
      sql`${t.areaCode} varchar_pattern_ops`,
      t.id,
    ),
    check("debt_welfare_payment_amount", sql`${t.amountSatang} > 0`),
    check(
      "debt_welfare_payment_paid",
      sql`(${t.status} = 'paid') = (${t.journalEntryId} IS NOT NULL AND ${t.paidOn} IS NOT NULL)`,
    ),
  ],
);
