// SQL of savings groups. Writes touch only the sg_* tables (the group's ledger accounts come with its fund, from
// the funds module); balances and the close read the share transactions, loans and repayments directly, as read models.
import { and, asc, desc, eq, gt, inArray, like, lt, lte, or, sql } from "drizzle-orm";
import { area, fund, householdMember, loan, loanRepayment } from "../../../db/schema/index";
import {
  sgBeneficiary,
  sgBylaws,
  sgGroup,
  sgLoan,
  sgLoanGuarantor,
  sgMeeting,
  sgMember,
  sgShareTxn,
  sgYearClose,
  sgYearCloseMember,
} from "../../../db/schema/savings-groups";
import { type Executor, rows } from "../../platform/database";

export type GroupRow = typeof sgGroup.$inferSelect;
export type BylawsRow = typeof sgBylaws.$inferSelect;
export type MemberRow = typeof sgMember.$inferSelect;
export type BeneficiaryRow = typeof sgBeneficiary.$inferSelect;
export type ShareTxnRow = typeof sgShareTxn.$inferSelect;
export type SgLoanRow = typeof sgLoan.$inferSelect;
export type MeetingRow = typeof sgMeeting.$inferSelect;
export type CloseRow = typeof sgYearClose.$inferSelect;
export type CloseMemberRow = typeof sgYearCloseMember.$inferSelect;

/** Loan statuses that still bind the borrower (and so the guarantors). */
const OPEN_LOAN = ["pending_disbursement", "active"];
const int = (column: unknown) => sql<number>`coalesce(${column}, 0)::bigint`.mapWith(Number);

// Groups.

export async function insertGroup(db: Executor, row: GroupRow): Promise<void> {
  await db.insert(sgGroup).values(row);
}

/** Locks the group row: member, account and meeting numbers are issued under it, so none is skipped or repeated. */
export async function lockGroup(db: Executor, fundId: string): Promise<GroupRow | undefined> {
  const [row] = await db.select().from(sgGroup).where(eq(sgGroup.fundId, fundId)).for("update");
  return row;
}

export async function updateGroupCounters(
  db: Executor,
  fundId: string,
  patch: Partial<Pick<GroupRow, "lastMemberNo" | "lastAccountNo" | "lastMeetingNo">>,
): Promise<void> {
  await db.update(sgGroup).set(patch).where(eq(sgGroup.fundId, fundId));
}

export interface GroupSummaryRow {
  fundId: string;
  areaCode: string;
  villageName: string;
  name: string;
  startedOn: string;
  status: string;
  activeMembers: number;
  totalSharesSatang: number;
  loansOutstandingSatang: number;
}

function groupSummary() {
  return {
    fundId: sgGroup.fundId,
    areaCode: sgGroup.areaCode,
    villageName: area.nameTh,
    name: fund.name,
    startedOn: fund.startedOn,
    status: fund.status,
    activeMembers:
      sql<number>`(select count(*) from ${sgMember} m where m.fund_id = ${sgGroup.fundId} and m.status = 'active')::int`.mapWith(
        Number,
      ),
    totalSharesSatang:
      sql<number>`(select coalesce(sum(case when t.kind = 'deposit' then t.amount_satang else -t.amount_satang end), 0) from ${sgShareTxn} t where t.fund_id = ${sgGroup.fundId})::bigint`.mapWith(
        Number,
      ),
    loansOutstandingSatang:
      sql<number>`(select coalesce(sum(l.outstanding_principal_satang), 0) from ${sgLoan} s join ${loan} l on l.id = s.loan_id where s.fund_id = ${sgGroup.fundId} and l.status = 'active')::bigint`.mapWith(
        Number,
      ),
  };
}

export async function findGroupSummary(db: Executor, fundId: string): Promise<GroupSummaryRow | undefined> {
  const [row] = await db
    .select(groupSummary())
    .from(sgGroup)
    .innerJoin(fund, eq(fund.id, sgGroup.fundId))
    .innerJoin(area, eq(area.code, sgGroup.areaCode))
    .where(eq(sgGroup.fundId, fundId))
    .limit(1);
  return row;
}

export async function selectGroupPage(
  db: Executor,
  f: { areaPrefix: string; after: { areaCode: string; fundId: string } | undefined; limit: number },
): Promise<GroupSummaryRow[]> {
  const conditions = [like(sgGroup.areaCode, `${f.areaPrefix}%`)];
  if (f.after) {
    conditions.push(
      or(
        gt(sgGroup.areaCode, f.after.areaCode),
        and(eq(sgGroup.areaCode, f.after.areaCode), gt(sgGroup.fundId, f.after.fundId)),
      )!,
    );
  }
  return db
    .select(groupSummary())
    .from(sgGroup)
    .innerJoin(fund, eq(fund.id, sgGroup.fundId))
    .innerJoin(area, eq(area.code, sgGroup.areaCode))
    .where(and(...conditions))
    .orderBy(asc(sgGroup.areaCode), asc(sgGroup.fundId))
    .limit(f.limit);
}

// Bylaws.

export async function insertBylaws(db: Executor, row: BylawsRow): Promise<void> {
  await db.insert(sgBylaws).values(row);
}

export async function selectBylawsVersions(db: Executor, fundId: string): Promise<BylawsRow[]> {
  return db.select().from(sgBylaws).where(eq(sgBylaws.fundId, fundId)).orderBy(asc(sgBylaws.effectiveOn));
}

/** The version in force on `on`: the latest effective on or before it. */
export async function findBylawsOn(db: Executor, fundId: string, on: string): Promise<BylawsRow | undefined> {
  const [row] = await db
    .select()
    .from(sgBylaws)
    .where(and(eq(sgBylaws.fundId, fundId), lte(sgBylaws.effectiveOn, on)))
    .orderBy(desc(sgBylaws.effectiveOn))
    .limit(1);
  return row;
}

// Members.

export async function insertMember(db: Executor, row: MemberRow): Promise<void> {
  await db.insert(sgMember).values(row);
}

export async function findMember(db: Executor, id: string): Promise<MemberRow | undefined> {
  const [row] = await db.select().from(sgMember).where(eq(sgMember.id, id)).limit(1);
  return row;
}

export async function lockMember(db: Executor, id: string): Promise<MemberRow | undefined> {
  const [row] = await db.select().from(sgMember).where(eq(sgMember.id, id)).for("update");
  return row;
}

export async function findMemberByPerson(
  db: Executor,
  fundId: string,
  householdMemberId: string,
): Promise<MemberRow | undefined> {
  const [row] = await db
    .select()
    .from(sgMember)
    .where(and(eq(sgMember.fundId, fundId), eq(sgMember.householdMemberId, householdMemberId)))
    .limit(1);
  return row;
}

export async function updateMember(db: Executor, id: string, patch: Partial<MemberRow>): Promise<void> {
  await db.update(sgMember).set(patch).where(eq(sgMember.id, id));
}

export async function selectMembersByIds(db: Executor, fundId: string, ids: string[]): Promise<MemberRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(sgMember)
    .where(and(eq(sgMember.fundId, fundId), inArray(sgMember.id, ids)));
}

/** Member numbers are issued as 1, 2, 3…: ordered by length, then text, is numeric order. */
const memberOrder = [asc(sql`length(${sgMember.memberNo})`), asc(sgMember.memberNo)];

export async function selectMemberPage(
  db: Executor,
  f: { fundId: string; status?: string | undefined; afterNo?: string | undefined; limit: number },
): Promise<MemberRow[]> {
  const conditions = [eq(sgMember.fundId, f.fundId)];
  if (f.status) conditions.push(eq(sgMember.status, f.status));
  if (f.afterNo !== undefined) {
    conditions.push(
      sql`(length(${sgMember.memberNo}), ${sgMember.memberNo}) > (${f.afterNo.length}, ${f.afterNo})`,
    );
  }
  return db
    .select()
    .from(sgMember)
    .where(and(...conditions))
    .orderBy(...memberOrder)
    .limit(f.limit);
}

export async function selectAllMembers(db: Executor, fundId: string): Promise<MemberRow[]> {
  return db
    .select()
    .from(sgMember)
    .where(eq(sgMember.fundId, fundId))
    .orderBy(...memberOrder);
}

/** Share balance (deposits − withdrawals) per member, of money paid in or out up to `paidBy` (or all). */
export async function shareBalances(
  db: Executor,
  fundId: string,
  memberIds?: string[],
  paidBy?: string,
): Promise<Map<string, number>> {
  if (memberIds && memberIds.length === 0) return new Map();
  const conditions = [eq(sgShareTxn.fundId, fundId)];
  if (memberIds) conditions.push(inArray(sgShareTxn.memberId, memberIds));
  if (paidBy) conditions.push(lte(sgShareTxn.paidOn, paidBy));
  const rows = await db
    .select({
      memberId: sgShareTxn.memberId,
      balance: int(
        sql`sum(case when ${sgShareTxn.kind} = 'deposit' then ${sgShareTxn.amountSatang} else -${sgShareTxn.amountSatang} end)`,
      ),
    })
    .from(sgShareTxn)
    .where(and(...conditions))
    .groupBy(sgShareTxn.memberId);
  return new Map(rows.map((r) => [r.memberId, r.balance]));
}

/** Principal still owed per member on their open member loans. */
export async function loanOutstanding(
  db: Executor,
  fundId: string,
  memberIds?: string[],
): Promise<Map<string, number>> {
  if (memberIds && memberIds.length === 0) return new Map();
  const conditions = [eq(sgLoan.fundId, fundId), inArray(loan.status, OPEN_LOAN)];
  if (memberIds) conditions.push(inArray(sgLoan.memberId, memberIds));
  const rows = await db
    .select({
      memberId: sgLoan.memberId,
      owed: int(
        sql`sum(case when ${loan.status} = 'active' then ${loan.outstandingPrincipalSatang} else ${loan.principalSatang} end)`,
      ),
    })
    .from(sgLoan)
    .innerJoin(loan, eq(loan.id, sgLoan.loanId))
    .where(and(...conditions))
    .groupBy(sgLoan.memberId);
  return new Map(rows.map((r) => [r.memberId, r.owed]));
}

/** How many open loans each member guarantees now. */
export async function activeGuarantees(db: Executor, fundId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ memberId: sgLoanGuarantor.memberId, n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(sgLoanGuarantor)
    .innerJoin(sgLoan, eq(sgLoan.id, sgLoanGuarantor.sgLoanId))
    .innerJoin(loan, eq(loan.id, sgLoan.loanId))
    .where(and(eq(sgLoan.fundId, fundId), inArray(loan.status, OPEN_LOAN)))
    .groupBy(sgLoanGuarantor.memberId);
  return new Map(rows.map((r) => [r.memberId, r.n]));
}

export async function findHouseholdPerson(
  db: Executor,
  householdMemberId: string,
): Promise<{ id: string; householdId: string; name: string; villageCode: string } | undefined> {
  const [row] = await rows<{ id: string; householdId: string; name: string; villageCode: string }>(
    db,
    sql`select hm.id, hm.household_id as "householdId",
          trim(hm.title || hm.first_name || ' ' || hm.last_name) as name, h.village_code as "villageCode"
        from ${householdMember} hm join household h on h.id = hm.household_id
        where hm.id = ${householdMemberId} and hm.is_active`,
  );
  return row;
}

// Beneficiaries.

export async function replaceBeneficiaries(
  db: Executor,
  memberId: string,
  rows: BeneficiaryRow[],
): Promise<void> {
  await db.delete(sgBeneficiary).where(eq(sgBeneficiary.memberId, memberId));
  if (rows.length > 0) await db.insert(sgBeneficiary).values(rows);
}

export async function selectBeneficiaries(db: Executor, memberId: string): Promise<BeneficiaryRow[]> {
  return db
    .select()
    .from(sgBeneficiary)
    .where(eq(sgBeneficiary.memberId, memberId))
    .orderBy(asc(sgBeneficiary.seq));
}

// Share transactions.

export async function insertShareTxns(db: Executor, rows: ShareTxnRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insert(sgShareTxn).values(rows.slice(i, i + 500));
}

export async function selectDepositsOfMonth(
  db: Executor,
  fundId: string,
  monthOn: string,
): Promise<ShareTxnRow[]> {
  return db
    .select()
    .from(sgShareTxn)
    .where(
      and(eq(sgShareTxn.fundId, fundId), eq(sgShareTxn.monthOn, monthOn), eq(sgShareTxn.kind, "deposit")),
    );
}

export async function selectShareTxnPage(
  db: Executor,
  f: {
    fundId: string;
    from?: string | undefined;
    to?: string | undefined;
    memberId?: string | undefined;
    after: { monthOn: string; id: string } | undefined;
    limit: number;
  },
): Promise<(ShareTxnRow & { memberNo: string; name: string })[]> {
  const conditions = [eq(sgShareTxn.fundId, f.fundId)];
  if (f.from) conditions.push(sql`${sgShareTxn.monthOn} >= ${f.from}`);
  if (f.to) conditions.push(lte(sgShareTxn.monthOn, f.to));
  if (f.memberId) conditions.push(eq(sgShareTxn.memberId, f.memberId));
  if (f.after) {
    conditions.push(
      or(
        gt(sgShareTxn.monthOn, f.after.monthOn),
        and(eq(sgShareTxn.monthOn, f.after.monthOn), gt(sgShareTxn.id, f.after.id)),
      )!,
    );
  }
  const rows = await db
    .select({ txn: sgShareTxn, memberNo: sgMember.memberNo, name: sgMember.name })
    .from(sgShareTxn)
    .innerJoin(sgMember, eq(sgMember.id, sgShareTxn.memberId))
    .where(and(...conditions))
    .orderBy(asc(sgShareTxn.monthOn), asc(sgShareTxn.id))
    .limit(f.limit);
  return rows.map((r) => ({ ...r.txn, memberNo: r.memberNo, name: r.name }));
}

/** Net share movement per member and month from `from` to `to`, and each member's balance before `from`. */
export async function shareMovements(
  db: Executor,
  fundId: string,
  from: string,
  to: string,
  memberId?: string,
): Promise<{
  opening: Map<string, number>;
  months: { memberId: string; monthOn: string; shares: number; inSatang: number; outSatang: number }[];
}> {
  const member = memberId ? [eq(sgShareTxn.memberId, memberId)] : [];
  const opening = await db
    .select({
      memberId: sgShareTxn.memberId,
      balance: int(
        sql`sum(case when ${sgShareTxn.kind} = 'deposit' then ${sgShareTxn.amountSatang} else -${sgShareTxn.amountSatang} end)`,
      ),
    })
    .from(sgShareTxn)
    .where(and(eq(sgShareTxn.fundId, fundId), lt(sgShareTxn.monthOn, from), ...member))
    .groupBy(sgShareTxn.memberId);
  const months = await db
    .select({
      memberId: sgShareTxn.memberId,
      monthOn: sgShareTxn.monthOn,
      shares:
        sql<number>`coalesce(sum(case when ${sgShareTxn.kind} = 'deposit' then ${sgShareTxn.shares} else 0 end), 0)::int`.mapWith(
          Number,
        ),
      inSatang: int(
        sql`sum(case when ${sgShareTxn.kind} = 'deposit' then ${sgShareTxn.amountSatang} else 0 end)`,
      ),
      outSatang: int(
        sql`sum(case when ${sgShareTxn.kind} = 'deposit' then 0 else ${sgShareTxn.amountSatang} end)`,
      ),
    })
    .from(sgShareTxn)
    .where(
      and(
        eq(sgShareTxn.fundId, fundId),
        sql`${sgShareTxn.monthOn} >= ${from}`,
        lte(sgShareTxn.monthOn, to),
        ...member,
      ),
    )
    .groupBy(sgShareTxn.memberId, sgShareTxn.monthOn);
  return { opening: new Map(opening.map((r) => [r.memberId, r.balance])), months };
}

/** Loan interest each member paid from `from` to `to` (repayments not reversed). */
export async function interestPaid(
  db: Executor,
  fundId: string,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ memberId: sgLoan.memberId, interest: int(sql`sum(${loanRepayment.interestSatang})`) })
    .from(loanRepayment)
    .innerJoin(sgLoan, eq(sgLoan.loanId, loanRepayment.loanId))
    .where(
      and(
        eq(sgLoan.fundId, fundId),
        sql`${loanRepayment.paidOn} >= ${from}`,
        lte(loanRepayment.paidOn, to),
        sql`${loanRepayment.reversalEntryId} IS NULL`,
      ),
    )
    .groupBy(sgLoan.memberId);
  return new Map(rows.map((r) => [r.memberId, r.interest]));
}

// Loans.

export async function insertSgLoan(db: Executor, row: SgLoanRow, guarantorIds: string[]): Promise<void> {
  await db.insert(sgLoan).values(row);
  if (guarantorIds.length > 0) {
    await db
      .insert(sgLoanGuarantor)
      .values(guarantorIds.map((memberId, k) => ({ sgLoanId: row.id, memberId, seq: k + 1 })));
  }
}

export interface SgLoanListRow {
  sg: SgLoanRow;
  memberNo: string;
  name: string;
  loanNo: string;
  status: string;
  outstandingPrincipalSatang: number;
  nextDueOn: string | null;
  contractedOn: string;
}

export async function selectSgLoans(
  db: Executor,
  fundId: string,
  memberId?: string,
): Promise<SgLoanListRow[]> {
  return db
    .select({
      sg: sgLoan,
      memberNo: sgMember.memberNo,
      name: sgMember.name,
      loanNo: loan.loanNo,
      status: loan.status,
      outstandingPrincipalSatang: loan.outstandingPrincipalSatang,
      nextDueOn: loan.nextDueOn,
      contractedOn: loan.contractedOn,
    })
    .from(sgLoan)
    .innerJoin(sgMember, eq(sgMember.id, sgLoan.memberId))
    .innerJoin(loan, eq(loan.id, sgLoan.loanId))
    .where(and(eq(sgLoan.fundId, fundId), ...(memberId ? [eq(sgLoan.memberId, memberId)] : [])))
    .orderBy(desc(loan.contractedOn), desc(sgLoan.id));
}

export async function selectGuarantors(
  db: Executor,
  sgLoanIds: string[],
): Promise<{ sgLoanId: string; memberId: string; memberNo: string; name: string }[]> {
  if (sgLoanIds.length === 0) return [];
  return db
    .select({
      sgLoanId: sgLoanGuarantor.sgLoanId,
      memberId: sgLoanGuarantor.memberId,
      memberNo: sgMember.memberNo,
      name: sgMember.name,
    })
    .from(sgLoanGuarantor)
    .innerJoin(sgMember, eq(sgMember.id, sgLoanGuarantor.memberId))
    .where(inArray(sgLoanGuarantor.sgLoanId, sgLoanIds))
    .orderBy(asc(sgLoanGuarantor.seq));
}

export async function selectRepaymentsOfLoans(
  db: Executor,
  loanIds: string[],
): Promise<
  { loanId: string; receiptNo: string; paidOn: string; principalSatang: number; interestSatang: number }[]
> {
  if (loanIds.length === 0) return [];
  return db
    .select({
      loanId: loanRepayment.loanId,
      receiptNo: loanRepayment.receiptNo,
      paidOn: loanRepayment.paidOn,
      principalSatang: loanRepayment.principalSatang,
      interestSatang: loanRepayment.interestSatang,
    })
    .from(loanRepayment)
    .where(and(inArray(loanRepayment.loanId, loanIds), sql`${loanRepayment.reversalEntryId} IS NULL`))
    .orderBy(asc(loanRepayment.paidOn), asc(loanRepayment.receiptNo));
}

// Meetings.

export async function insertMeeting(db: Executor, row: MeetingRow): Promise<void> {
  await db.insert(sgMeeting).values(row);
}

export async function findMeeting(db: Executor, id: string): Promise<MeetingRow | undefined> {
  const [row] = await db.select().from(sgMeeting).where(eq(sgMeeting.id, id)).limit(1);
  return row;
}

export async function selectMeetingPage(
  db: Executor,
  f: { fundId: string; after: { heldOn: string; id: string } | undefined; limit: number },
): Promise<MeetingRow[]> {
  const conditions = [eq(sgMeeting.fundId, f.fundId)];
  if (f.after) {
    conditions.push(
      or(
        lt(sgMeeting.heldOn, f.after.heldOn),
        and(eq(sgMeeting.heldOn, f.after.heldOn), lt(sgMeeting.id, f.after.id)),
      )!,
    );
  }
  return db
    .select()
    .from(sgMeeting)
    .where(and(...conditions))
    .orderBy(desc(sgMeeting.heldOn), desc(sgMeeting.id))
    .limit(f.limit);
}

// Year-end close.

export async function findClose(
  db: Executor,
  fundId: string,
  fiscalYear: number,
): Promise<CloseRow | undefined> {
  const [row] = await db
    .select()
    .from(sgYearClose)
    .where(and(eq(sgYearClose.fundId, fundId), eq(sgYearClose.fiscalYear, fiscalYear)))
    .limit(1);
  return row;
}

export async function selectClosedYears(db: Executor, fundId: string): Promise<number[]> {
  const rows = await db
    .select({ fiscalYear: sgYearClose.fiscalYear })
    .from(sgYearClose)
    .where(eq(sgYearClose.fundId, fundId))
    .orderBy(asc(sgYearClose.fiscalYear));
  return rows.map((r) => r.fiscalYear);
}

export async function insertClose(db: Executor, row: CloseRow, members: CloseMemberRow[]): Promise<void> {
  await db.insert(sgYearClose).values(row);
  for (let i = 0; i < members.length; i += 1000) {
    await db.insert(sgYearCloseMember).values(members.slice(i, i + 1000));
  }
}

export async function selectCloseMembers(
  db: Executor,
  closeId: string,
): Promise<(CloseMemberRow & { name: string })[]> {
  const rows = await db
    .select({ row: sgYearCloseMember, name: sgMember.name })
    .from(sgYearCloseMember)
    .innerJoin(sgMember, eq(sgMember.id, sgYearCloseMember.memberId))
    .where(eq(sgYearCloseMember.closeId, closeId))
    .orderBy(asc(sql`length(${sgYearCloseMember.memberNo})`), asc(sgYearCloseMember.memberNo));
  return rows.map((r) => ({ ...r.row, name: r.name }));
}

export async function findLastCloseOfMember(
  db: Executor,
  memberId: string,
): Promise<{ fiscalYear: number; dividendSatang: number; patronageRefundSatang: number } | undefined> {
  const [row] = await db
    .select({
      fiscalYear: sgYearClose.fiscalYear,
      dividendSatang: sgYearCloseMember.dividendSatang,
      patronageRefundSatang: sgYearCloseMember.patronageRefundSatang,
    })
    .from(sgYearCloseMember)
    .innerJoin(sgYearClose, eq(sgYearClose.id, sgYearCloseMember.closeId))
    .where(eq(sgYearCloseMember.memberId, memberId))
    .orderBy(desc(sgYearClose.fiscalYear))
    .limit(1);
  return row;
}
