// SQL of the กข.คจ. workflow and its books. Writes touch only the kkj tables (and document numbers); the
// books read the journal, loans, households and committees directly, as read models.
import { and, asc, count, desc, eq, gte, inArray, lt, lte, type SQL, sql } from "drizzle-orm";
import {
  appUser,
  area,
  bankAccount,
  bankWithdrawal,
  committeeMeeting,
  committeeMember,
  committeeSet,
  documentSequence,
  fund,
  household,
  householdMember,
  kkjContract,
  kkjDebtConfirmation,
  kkjHandover,
  kkjLoanRequest,
  kkjProposal,
  kkjTarget,
  kkjVoucher,
  ledgerAccount,
  loan,
  loanInstalment,
} from "../../../db/schema/index";
import { type Executor, rows } from "../../platform/database";

export type FundRow = typeof fund.$inferSelect;
export type MeetingRow = typeof committeeMeeting.$inferSelect;
export type TargetRow = typeof kkjTarget.$inferSelect;
export type ProposalRow = typeof kkjProposal.$inferSelect;
export type RequestRow = typeof kkjLoanRequest.$inferSelect;
export type ContractRow = typeof kkjContract.$inferSelect;
export type VoucherRow = typeof kkjVoucher.$inferSelect;
export type DebtConfirmationRow = typeof kkjDebtConfirmation.$inferSelect;
export type HandoverRow = typeof kkjHandover.$inferSelect;
export type LoanRow = typeof loan.$inferSelect;
export type InstalmentRow = typeof loanInstalment.$inferSelect;

const one = async <T>(q: Promise<T[]>): Promise<T | undefined> => (await q)[0];

// Funds, committees, areas, users.

export async function findFundRow(db: Executor, id: string): Promise<FundRow | undefined> {
  return one(db.select().from(fund).where(eq(fund.id, id)).limit(1));
}

/** Locks the fund row: registrations and money steps of one fund run one at a time. */
export async function lockFundRow(db: Executor, id: string): Promise<void> {
  await db.select({ id: fund.id }).from(fund).where(eq(fund.id, id)).for("update");
}

/** The set governing the fund on `date` (the newest whose term covers it), as the funds module defines it. */
export async function findCurrentSet(db: Executor, fundId: string, date: string) {
  return one(
    db
      .select()
      .from(committeeSet)
      .where(
        and(
          eq(committeeSet.fundId, fundId),
          lte(committeeSet.termStart, date),
          gte(committeeSet.termEnd, date),
        ),
      )
      .orderBy(desc(committeeSet.setNo))
      .limit(1),
  );
}

export async function selectSetMembers(db: Executor, setIds: string[]) {
  if (setIds.length === 0) return [];
  return db
    .select({
      setId: committeeMember.committeeSetId,
      name: committeeMember.name,
      position: committeeMember.position,
      userId: committeeMember.userId,
    })
    .from(committeeMember)
    .where(inArray(committeeMember.committeeSetId, setIds))
    .orderBy(asc(committeeMember.createdAt), asc(committeeMember.id));
}

export async function selectCommitteeSets(db: Executor, fundId: string) {
  return db
    .select()
    .from(committeeSet)
    .where(eq(committeeSet.fundId, fundId))
    .orderBy(desc(committeeSet.setNo));
}

export interface AreaInfo {
  code: string;
  nameTh: string;
  villageNo: number | null;
}

export async function selectAreas(db: Executor, codes: string[]): Promise<Map<string, AreaInfo>> {
  if (codes.length === 0) return new Map();
  const found = await db
    .select({ code: area.code, nameTh: area.nameTh, villageNo: area.villageNo })
    .from(area)
    .where(inArray(area.code, codes));
  return new Map(found.map((a) => [a.code, a]));
}

export async function findUserName(db: Executor, userId: string): Promise<string | undefined> {
  const row = await one(
    db.select({ displayName: appUser.displayName }).from(appUser).where(eq(appUser.id, userId)).limit(1),
  );
  return row?.displayName;
}

/** Active sub-district workers whose area contains the village (the พัฒนากร assignment of the purple book). */
export async function selectWorkersOf(db: Executor, villageCode: string) {
  return db
    .select({
      userId: appUser.id,
      displayName: appUser.displayName,
      position: appUser.position,
      scopeCode: appUser.scopeCode,
    })
    .from(appUser)
    .where(
      and(
        eq(appUser.role, "subdistrict_worker"),
        eq(appUser.isActive, true),
        sql`${appUser.scopeCode} <> '' and ${villageCode} like ${appUser.scopeCode} || '%'`,
      ),
    )
    .orderBy(asc(appUser.displayName), asc(appUser.id));
}

// Document numbers.

/** The next number of a series for a fund and fiscal year; the upsert's row lock keeps numbers unique. */
export async function nextDocumentNo(db: Executor, fundId: string, series: string, fiscalYear: number) {
  const [row] = await db
    .insert(documentSequence)
    .values({ fundId, series, fiscalYear, lastNo: 1 })
    .onConflictDoUpdate({
      target: [documentSequence.fundId, documentSequence.series, documentSequence.fiscalYear],
      set: { lastNo: sql`${documentSequence.lastNo} + 1` },
    })
    .returning({ lastNo: documentSequence.lastNo });
  return row!.lastNo;
}

// Meetings.

export async function insertMeeting(db: Executor, row: MeetingRow): Promise<void> {
  await db.insert(committeeMeeting).values(row);
}

export async function findMeeting(db: Executor, id: string): Promise<MeetingRow | undefined> {
  return one(db.select().from(committeeMeeting).where(eq(committeeMeeting.id, id)).limit(1));
}

export async function findMeetingByNo(db: Executor, fundId: string, meetingNo: string) {
  return one(
    db
      .select({ id: committeeMeeting.id })
      .from(committeeMeeting)
      .where(and(eq(committeeMeeting.fundId, fundId), eq(committeeMeeting.meetingNo, meetingNo)))
      .limit(1),
  );
}

export async function selectMeetingNos(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await db
    .select({ id: committeeMeeting.id, meetingNo: committeeMeeting.meetingNo })
    .from(committeeMeeting)
    .where(inArray(committeeMeeting.id, ids));
  return new Map(found.map((m) => [m.id, m.meetingNo]));
}

/** Meetings newest first (held date, then id). */
export async function selectMeetingPage(
  db: Executor,
  fundId: string,
  after: { heldOn: string; id: string } | undefined,
  limit: number,
): Promise<MeetingRow[]> {
  const conditions: SQL[] = [eq(committeeMeeting.fundId, fundId)];
  if (after)
    conditions.push(
      sql`(${committeeMeeting.heldOn}, ${committeeMeeting.id}) < (${after.heldOn}, ${after.id})`,
    );
  return db
    .select()
    .from(committeeMeeting)
    .where(and(...conditions))
    .orderBy(desc(committeeMeeting.heldOn), desc(committeeMeeting.id))
    .limit(limit);
}

// Households and จปฐ.

export interface HouseholdInfo {
  id: string;
  villageCode: string;
  houseNo: string;
  headName: string;
  memberCount: number;
  status: string;
}

export async function selectHouseholds(db: Executor, ids: string[]): Promise<HouseholdInfo[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: household.id,
      villageCode: household.villageCode,
      houseNo: household.houseNo,
      headName: household.headName,
      memberCount: household.memberCount,
      status: household.status,
    })
    .from(household)
    .where(inArray(household.id, ids));
}

export interface LatestBmn {
  householdId: string;
  surveyYear: number;
  membersCount: number;
  incomePerPersonSatang: number;
  criterionSatang: number;
  passesIncomeCriterion: boolean;
}

/** The latest จปฐ. record of each household (highest survey year). */
export async function selectLatestBmn(db: Executor, householdIds: string[]): Promise<Map<string, LatestBmn>> {
  if (householdIds.length === 0) return new Map();
  const found = await rows<LatestBmn>(
    db,
    sql`select distinct on (household_id)
          household_id as "householdId", survey_year::int as "surveyYear", members_count::int as "membersCount",
          income_per_person_satang::int8 as "incomePerPersonSatang", criterion_satang::int8 as "criterionSatang",
          passes_income_criterion as "passesIncomeCriterion"
        from bmn_record
        where household_id = any(${sql.param(householdIds)}::uuid[])
        order by household_id, survey_year desc`,
  );
  return new Map(found.map((r) => [r.householdId, r]));
}

/** Every จปฐ. per-person income of the households, by household and survey year. */
export async function selectBmnIncomes(
  db: Executor,
  householdIds: string[],
): Promise<Map<string, Map<number, number>>> {
  const out = new Map<string, Map<number, number>>();
  if (householdIds.length === 0) return out;
  const found = await rows<{ householdId: string; surveyYear: number; income: number }>(
    db,
    sql`select household_id as "householdId", survey_year::int as "surveyYear",
               income_per_person_satang::int8 as income
          from bmn_record where household_id = any(${sql.param(householdIds)}::uuid[])`,
  );
  for (const r of found) {
    const years = out.get(r.householdId) ?? new Map<number, number>();
    years.set(r.surveyYear, r.income);
    out.set(r.householdId, years);
  }
  return out;
}

export async function findHouseholdMember(db: Executor, id: string) {
  return one(
    db
      .select({
        id: householdMember.id,
        householdId: householdMember.householdId,
        title: householdMember.title,
        firstName: householdMember.firstName,
        lastName: householdMember.lastName,
        isActive: householdMember.isActive,
      })
      .from(householdMember)
      .where(eq(householdMember.id, id))
      .limit(1),
  );
}

export interface CandidateRow {
  householdId: string;
  houseNo: string;
  headName: string;
  memberCount: number;
  bmnYear: number | null;
  incomePerPersonSatang: number | null;
  criterionSatang: number | null;
  passes: boolean | null;
  sortKey: number;
}

/** Sorts households without a จปฐ. record after every income. */
export const NO_INCOME_SORT_KEY = Number.MAX_SAFE_INTEGER;

/** Households of the village not in the fund's register, by latest per-person income (lowest first), then id. */
export async function selectCandidatePage(
  db: Executor,
  fundId: string,
  villageCode: string,
  after: { sortKey: number; id: string } | undefined,
  limit: number,
): Promise<CandidateRow[]> {
  const keyset = after
    ? sql`and (c."sortKey", c."householdId") > (${after.sortKey}::int8, ${after.id}::uuid)`
    : sql``;
  return rows<CandidateRow>(
    db,
    sql`select * from (
          select h.id as "householdId", h.house_no as "houseNo", h.head_name as "headName",
                 h.member_count::int as "memberCount", b.survey_year::int as "bmnYear",
                 b.income_per_person_satang::int8 as "incomePerPersonSatang",
                 b.criterion_satang::int8 as "criterionSatang", b.passes_income_criterion as passes,
                 coalesce(b.income_per_person_satang, ${NO_INCOME_SORT_KEY}::int8)::int8 as "sortKey"
            from household h
            left join lateral (
              select survey_year, income_per_person_satang, criterion_satang, passes_income_criterion
                from bmn_record r where r.household_id = h.id order by survey_year desc limit 1
            ) b on true
           where h.village_code = ${villageCode} and h.status = 'active'
             and not exists (select 1 from kkj_target t where t.fund_id = ${fundId} and t.household_id = h.id)
        ) c
        where true ${keyset}
        order by c."sortKey", c."householdId"
        limit ${limit}`,
  );
}

// Targets.

export async function insertTargets(db: Executor, targets: TargetRow[]): Promise<void> {
  if (targets.length) await db.insert(kkjTarget).values(targets);
}

export async function findTarget(db: Executor, id: string): Promise<TargetRow | undefined> {
  return one(db.select().from(kkjTarget).where(eq(kkjTarget.id, id)).limit(1));
}

/** The target row locked: proposals of one household are created one at a time. */
export async function lockTarget(db: Executor, id: string): Promise<void> {
  await db.select({ id: kkjTarget.id }).from(kkjTarget).where(eq(kkjTarget.id, id)).for("update");
}

export async function selectTargetsOfHouseholds(db: Executor, fundId: string | null, householdIds: string[]) {
  if (householdIds.length === 0) return [];
  const conditions: SQL[] = [inArray(kkjTarget.householdId, householdIds)];
  if (fundId) conditions.push(eq(kkjTarget.fundId, fundId));
  return db
    .select()
    .from(kkjTarget)
    .where(and(...conditions));
}

export async function maxRegisterSeq(db: Executor, fundId: string): Promise<number> {
  const [row] = await db
    .select({ seq: sql<number>`coalesce(max(${kkjTarget.registerSeq}), 0)::int` })
    .from(kkjTarget)
    .where(eq(kkjTarget.fundId, fundId));
  return row?.seq ?? 0;
}

export async function countTargets(db: Executor, fundId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(kkjTarget)
    .where(and(eq(kkjTarget.fundId, fundId), eq(kkjTarget.status, "active")));
  return row?.n ?? 0;
}

export type TargetListRow = TargetRow & { houseNo: string; headName: string };

/** The register in ลำดับที่ order, keyset on the sequence. */
export async function selectTargetPage(
  db: Executor,
  fundId: string,
  afterSeq: number | undefined,
  limit: number,
): Promise<TargetListRow[]> {
  const conditions: SQL[] = [eq(kkjTarget.fundId, fundId)];
  if (afterSeq !== undefined) conditions.push(sql`${kkjTarget.registerSeq} > ${afterSeq}`);
  const found = await db
    .select({ target: kkjTarget, houseNo: household.houseNo, headName: household.headName })
    .from(kkjTarget)
    .innerJoin(household, eq(household.id, kkjTarget.householdId))
    .where(and(...conditions))
    .orderBy(asc(kkjTarget.registerSeq))
    .limit(limit);
  return found.map((r) => ({ ...r.target, houseNo: r.houseNo, headName: r.headName }));
}

export interface HouseholdLoanRow {
  householdId: string;
  contractId: string;
  loanId: string;
  contractNo: string;
  borrowRound: number;
  signedOn: string;
  amountSatang: number;
  repaidSatang: number;
  outstandingSatang: number;
  loanStatus: string;
}

/**
 * The กข.คจ. contracts of households with what has been repaid (receipts not cancelled) and what is
 * outstanding; both derive from the loan's principal and its repayments, never from a stored balance.
 */
export async function selectHouseholdLoans(
  db: Executor,
  fundId: string,
  householdIds: string[],
): Promise<HouseholdLoanRow[]> {
  if (householdIds.length === 0) return [];
  return rows<HouseholdLoanRow>(
    db,
    sql`select c.household_id as "householdId", c.id as "contractId", c.loan_id as "loanId",
               c.contract_no as "contractNo", c.borrow_round::int as "borrowRound", c.signed_on::text as "signedOn",
               c.amount_satang::int8 as "amountSatang", coalesce(r.repaid, 0)::int8 as "repaidSatang",
               (case when l.disbursed_on is null then 0 else l.principal_satang end - coalesce(r.repaid, 0))::int8
                 as "outstandingSatang",
               l.status as "loanStatus"
          from kkj_contract c
          join loan l on l.id = c.loan_id
          left join lateral (
            select sum(p.principal_satang) as repaid from loan_repayment p
             where p.loan_id = c.loan_id and p.reversal_entry_id is null
          ) r on true
         where c.fund_id = ${fundId} and c.household_id = any(${sql.param(householdIds)}::uuid[])
         order by c.household_id, c.signed_on, c.id`,
  );
}

// Proposals.

export async function insertProposal(db: Executor, row: ProposalRow): Promise<void> {
  await db.insert(kkjProposal).values(row);
}

export async function findProposal(db: Executor, id: string): Promise<ProposalRow | undefined> {
  return one(db.select().from(kkjProposal).where(eq(kkjProposal.id, id)).limit(1));
}

/** The proposal row locked for the rest of the transaction: one step of a round at a time. */
export async function lockProposal(db: Executor, id: string): Promise<ProposalRow | undefined> {
  return one(db.select().from(kkjProposal).where(eq(kkjProposal.id, id)).for("update"));
}

export async function updateProposal(db: Executor, id: string, patch: Partial<ProposalRow>): Promise<void> {
  await db.update(kkjProposal).set(patch).where(eq(kkjProposal.id, id));
}

export async function selectProposalsOfHousehold(db: Executor, fundId: string | null, householdId: string) {
  const conditions: SQL[] = [eq(kkjProposal.householdId, householdId)];
  if (fundId) conditions.push(eq(kkjProposal.fundId, fundId));
  return db
    .select()
    .from(kkjProposal)
    .where(and(...conditions))
    .orderBy(asc(kkjProposal.borrowRound), asc(kkjProposal.id));
}

/** Disbursed rounds of a household whose loan has since closed or been written off. */
export async function selectRoundsToClose(db: Executor, fundId: string, householdId: string) {
  return db
    .select({ proposalId: kkjProposal.id, loanStatus: loan.status })
    .from(kkjProposal)
    .innerJoin(kkjContract, eq(kkjContract.proposalId, kkjProposal.id))
    .innerJoin(loan, eq(loan.id, kkjContract.loanId))
    .where(
      and(
        eq(kkjProposal.fundId, fundId),
        eq(kkjProposal.householdId, householdId),
        eq(kkjProposal.status, "disbursed"),
        inArray(loan.status, ["closed", "written_off"]),
      ),
    );
}

export interface PageFilter {
  fundId: string;
  status?: string | undefined;
  afterId?: string | undefined;
  limit: number;
}

/** Newest first (ids are time-ordered UUIDv7). */
export async function selectProposalPage(db: Executor, f: PageFilter): Promise<ProposalRow[]> {
  const conditions: SQL[] = [eq(kkjProposal.fundId, f.fundId)];
  if (f.status) conditions.push(eq(kkjProposal.status, f.status));
  if (f.afterId) conditions.push(lt(kkjProposal.id, f.afterId));
  return db
    .select()
    .from(kkjProposal)
    .where(and(...conditions))
    .orderBy(desc(kkjProposal.id))
    .limit(f.limit);
}

// Loan requests.

export async function insertRequest(db: Executor, row: RequestRow): Promise<void> {
  await db.insert(kkjLoanRequest).values(row);
}

export async function findRequest(db: Executor, id: string): Promise<RequestRow | undefined> {
  return one(db.select().from(kkjLoanRequest).where(eq(kkjLoanRequest.id, id)).limit(1));
}

export async function findRequestOfProposal(
  db: Executor,
  proposalId: string,
): Promise<RequestRow | undefined> {
  return one(db.select().from(kkjLoanRequest).where(eq(kkjLoanRequest.proposalId, proposalId)).limit(1));
}

export async function updateRequest(db: Executor, id: string, patch: Partial<RequestRow>): Promise<void> {
  await db.update(kkjLoanRequest).set(patch).where(eq(kkjLoanRequest.id, id));
}

export async function selectRequestPage(db: Executor, f: PageFilter): Promise<RequestRow[]> {
  const conditions: SQL[] = [eq(kkjLoanRequest.fundId, f.fundId)];
  if (f.status) conditions.push(eq(kkjLoanRequest.status, f.status));
  if (f.afterId) conditions.push(lt(kkjLoanRequest.id, f.afterId));
  return db
    .select()
    .from(kkjLoanRequest)
    .where(and(...conditions))
    .orderBy(desc(kkjLoanRequest.id))
    .limit(f.limit);
}

export async function selectRequestsOfProposals(db: Executor, proposalIds: string[]): Promise<RequestRow[]> {
  if (proposalIds.length === 0) return [];
  return db.select().from(kkjLoanRequest).where(inArray(kkjLoanRequest.proposalId, proposalIds));
}

/** Approved but not yet paid: requests approved without a contract, and contracts waiting for their payout. */
export async function committedSatang(db: Executor, fundId: string): Promise<number> {
  const [row] = await rows<{ total: number }>(
    db,
    sql`select (
          coalesce((select sum(approved_amount_satang) from kkj_loan_request
                     where fund_id = ${fundId} and status = 'approved'), 0)
        + coalesce((select sum(l.principal_satang) from kkj_contract c join loan l on l.id = c.loan_id
                     where c.fund_id = ${fundId} and l.status = 'pending_disbursement'), 0)
        )::int8 as total`,
  );
  return row?.total ?? 0;
}

// Contracts.

export async function insertContract(db: Executor, row: ContractRow): Promise<void> {
  await db.insert(kkjContract).values(row);
}

export async function findContract(db: Executor, id: string): Promise<ContractRow | undefined> {
  return one(db.select().from(kkjContract).where(eq(kkjContract.id, id)).limit(1));
}

export async function findContractOfLoan(db: Executor, loanId: string): Promise<ContractRow | undefined> {
  return one(db.select().from(kkjContract).where(eq(kkjContract.loanId, loanId)).limit(1));
}

export async function selectContractsOfProposals(
  db: Executor,
  proposalIds: string[],
): Promise<ContractRow[]> {
  if (proposalIds.length === 0) return [];
  return db.select().from(kkjContract).where(inArray(kkjContract.proposalId, proposalIds));
}

export async function countContractsOfHousehold(db: Executor, fundId: string, householdId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(kkjContract)
    .where(and(eq(kkjContract.fundId, fundId), eq(kkjContract.householdId, householdId)));
  return row?.n ?? 0;
}

export async function selectContractPage(db: Executor, f: PageFilter): Promise<ContractRow[]> {
  const conditions: SQL[] = [eq(kkjContract.fundId, f.fundId)];
  if (f.afterId) conditions.push(lt(kkjContract.id, f.afterId));
  return db
    .select()
    .from(kkjContract)
    .where(and(...conditions))
    .orderBy(desc(kkjContract.id))
    .limit(f.limit);
}

export async function findLoanRow(db: Executor, id: string): Promise<LoanRow | undefined> {
  return one(db.select().from(loan).where(eq(loan.id, id)).limit(1));
}

export async function selectLoanRows(db: Executor, ids: string[]): Promise<LoanRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(loan).where(inArray(loan.id, ids));
}

/** The instalments of the loans' current schedule versions. */
export async function selectCurrentInstalments(db: Executor, loanIds: string[]): Promise<InstalmentRow[]> {
  if (loanIds.length === 0) return [];
  return db
    .select({
      loanId: loanInstalment.loanId,
      versionNo: loanInstalment.versionNo,
      seq: loanInstalment.seq,
      dueOn: loanInstalment.dueOn,
      principalSatang: loanInstalment.principalSatang,
      interestSatang: loanInstalment.interestSatang,
      paidPrincipalSatang: loanInstalment.paidPrincipalSatang,
      paidInterestSatang: loanInstalment.paidInterestSatang,
      waivedInterestSatang: loanInstalment.waivedInterestSatang,
    })
    .from(loanInstalment)
    .innerJoin(
      loan,
      and(eq(loan.id, loanInstalment.loanId), eq(loan.currentVersionNo, loanInstalment.versionNo)),
    )
    .where(inArray(loanInstalment.loanId, loanIds))
    .orderBy(asc(loanInstalment.loanId), asc(loanInstalment.seq));
}

// Vouchers.

export async function insertVoucher(db: Executor, row: VoucherRow): Promise<void> {
  await db.insert(kkjVoucher).values(row);
}

export async function findVoucher(db: Executor, id: string): Promise<VoucherRow | undefined> {
  return one(db.select().from(kkjVoucher).where(eq(kkjVoucher.id, id)).limit(1));
}

export async function lockVoucher(db: Executor, id: string): Promise<VoucherRow | undefined> {
  return one(db.select().from(kkjVoucher).where(eq(kkjVoucher.id, id)).for("update"));
}

export async function findLiveVoucherOfContract(db: Executor, contractId: string) {
  return one(
    db
      .select()
      .from(kkjVoucher)
      .where(and(eq(kkjVoucher.contractId, contractId), sql`${kkjVoucher.status} <> 'cancelled'`))
      .limit(1),
  );
}

export async function selectVouchersOfContracts(db: Executor, contractIds: string[]): Promise<VoucherRow[]> {
  if (contractIds.length === 0) return [];
  return db
    .select()
    .from(kkjVoucher)
    .where(inArray(kkjVoucher.contractId, contractIds))
    .orderBy(asc(kkjVoucher.id));
}

export async function updateVoucher(db: Executor, id: string, patch: Partial<VoucherRow>): Promise<void> {
  await db.update(kkjVoucher).set(patch).where(eq(kkjVoucher.id, id));
}

export async function selectVoucherPage(db: Executor, f: PageFilter): Promise<VoucherRow[]> {
  const conditions: SQL[] = [eq(kkjVoucher.fundId, f.fundId)];
  if (f.status) conditions.push(eq(kkjVoucher.status, f.status));
  if (f.afterId) conditions.push(lt(kkjVoucher.id, f.afterId));
  return db
    .select()
    .from(kkjVoucher)
    .where(and(...conditions))
    .orderBy(desc(kkjVoucher.id))
    .limit(f.limit);
}

export async function selectWithdrawalStatuses(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await db
    .select({ id: bankWithdrawal.id, status: bankWithdrawal.status })
    .from(bankWithdrawal)
    .where(inArray(bankWithdrawal.id, ids));
  return new Map(found.map((w) => [w.id, w.status]));
}

// Debt confirmations.

export async function insertDebtConfirmation(db: Executor, row: DebtConfirmationRow): Promise<void> {
  await db.insert(kkjDebtConfirmation).values(row);
}

export async function findConfirmation(db: Executor, loanId: string, fiscalYear: number) {
  return one(
    db
      .select({ id: kkjDebtConfirmation.id })
      .from(kkjDebtConfirmation)
      .where(and(eq(kkjDebtConfirmation.loanId, loanId), eq(kkjDebtConfirmation.fiscalYear, fiscalYear)))
      .limit(1),
  );
}

export async function selectConfirmationPage(
  db: Executor,
  f: PageFilter & { fiscalYear?: number | undefined },
): Promise<DebtConfirmationRow[]> {
  const conditions: SQL[] = [eq(kkjDebtConfirmation.fundId, f.fundId)];
  if (f.fiscalYear) conditions.push(eq(kkjDebtConfirmation.fiscalYear, f.fiscalYear));
  if (f.afterId) conditions.push(lt(kkjDebtConfirmation.id, f.afterId));
  return db
    .select()
    .from(kkjDebtConfirmation)
    .where(and(...conditions))
    .orderBy(desc(kkjDebtConfirmation.id))
    .limit(f.limit);
}

/** Principal repaid on a loan by receipts dated on or before `asOf` and not cancelled by then. */
export async function repaidPrincipalAsOf(db: Executor, loanId: string, asOf: string): Promise<number> {
  const [row] = await rows<{ total: number }>(
    db,
    sql`select coalesce(sum(p.principal_satang), 0)::int8 as total
          from loan_repayment p
          left join journal_entry rev on rev.id = p.reversal_entry_id
         where p.loan_id = ${loanId} and p.paid_on <= ${asOf}
           and (p.reversal_entry_id is null or rev.entry_date > ${asOf})`,
  );
  return row?.total ?? 0;
}

/** The fund's กข.คจ. loans paid out and still owing, without a debt confirmation for the fiscal year. */
export async function selectUnconfirmedLoans(
  db: Executor,
  fundId: string,
  fiscalYear: number,
  afterId: string | undefined,
  limit: number,
): Promise<LoanRow[]> {
  const conditions: SQL[] = [
    eq(loan.fundId, fundId),
    eq(loan.sourceType, "kkj_contract"),
    eq(loan.status, "active"),
    sql`not exists (select 1 from kkj_debt_confirmation d
                     where d.loan_id = ${loan.id} and d.fiscal_year = ${fiscalYear})`,
  ];
  if (afterId) conditions.push(sql`${loan.id} > ${afterId}`);
  return db
    .select()
    .from(loan)
    .where(and(...conditions))
    .orderBy(asc(loan.id))
    .limit(limit);
}

// Handovers.

export async function insertHandover(db: Executor, row: HandoverRow): Promise<void> {
  await db.insert(kkjHandover).values(row);
}

export async function selectHandoverPage(
  db: Executor,
  fundId: string,
  afterId: string | undefined,
  limit: number,
): Promise<HandoverRow[]> {
  const conditions: SQL[] = [eq(kkjHandover.fundId, fundId)];
  if (afterId) conditions.push(lt(kkjHandover.id, afterId));
  return db
    .select()
    .from(kkjHandover)
    .where(and(...conditions))
    .orderBy(desc(kkjHandover.id))
    .limit(limit);
}

// Village status.

export interface LoanStats {
  borrowerHouseholds: number;
  repayingHouseholds: number;
}

export async function loanStats(db: Executor, fundId: string): Promise<LoanStats> {
  const [row] = await rows<LoanStats>(
    db,
    sql`select count(distinct household_id) filter (where disbursed_on is not null)::int as "borrowerHouseholds",
               count(distinct household_id) filter (where status = 'active')::int as "repayingHouseholds"
          from loan where fund_id = ${fundId} and source_type = 'kkj_contract'`,
  );
  return row ?? { borrowerHouseholds: 0, repayingHouseholds: 0 };
}

export interface DefaultCandidate {
  loanId: string;
  householdId: string | null;
  status: string;
  classification: string | null;
  oldestUnpaidDueOn: string | null;
  outstandingPrincipalSatang: number;
  writeOffSatang: number | null;
}

/** The fund's active and written-off กข.คจ. loans with the due date of their oldest unpaid instalment. */
export async function selectDefaultCandidates(db: Executor, fundId: string): Promise<DefaultCandidate[]> {
  return rows<DefaultCandidate>(
    db,
    sql`select l.id as "loanId", l.household_id as "householdId", l.status, l.classification,
               (select min(i.due_on) from loan_instalment i
                 where i.loan_id = l.id and i.version_no = l.current_version_no
                   and (i.paid_principal_satang < i.principal_satang
                        or i.paid_interest_satang + i.waived_interest_satang < i.interest_satang))::text
                 as "oldestUnpaidDueOn",
               l.outstanding_principal_satang::int8 as "outstandingPrincipalSatang",
               l.write_off_satang::int8 as "writeOffSatang"
          from loan l
         where l.fund_id = ${fundId} and l.source_type = 'kkj_contract' and l.status in ('active', 'written_off')`,
  );
}

/** Σ debits = Σ credits over the fund's whole journal. */
export async function journalBalanced(db: Executor, fundId: string): Promise<boolean> {
  const [row] = await rows<{ debit: number; credit: number }>(
    db,
    sql`select coalesce(sum(l.debit_satang), 0)::int8 as debit, coalesce(sum(l.credit_satang), 0)::int8 as credit
          from journal_line l join journal_entry e on e.id = l.entry_id where e.fund_id = ${fundId}`,
  );
  return !row || row.debit === row.credit;
}

export async function countActiveBankAccounts(db: Executor, fundId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(bankAccount)
    .where(and(eq(bankAccount.fundId, fundId), eq(bankAccount.status, "active")));
  return row?.n ?? 0;
}

// Green book.

export async function selectBankLedgerAccounts(db: Executor, fundId: string) {
  return db
    .select({
      bankAccountId: bankAccount.id,
      bankName: bankAccount.bankName,
      accountNo: bankAccount.accountNo,
      accountName: bankAccount.accountName,
      ledgerAccountId: ledgerAccount.id,
      code: ledgerAccount.code,
    })
    .from(bankAccount)
    .innerJoin(ledgerAccount, eq(ledgerAccount.bankAccountId, bankAccount.id))
    .where(eq(bankAccount.fundId, fundId))
    .orderBy(asc(ledgerAccount.code));
}

export async function findAccountIdByRole(db: Executor, fundId: string, role: string) {
  const row = await one(
    db
      .select({ id: ledgerAccount.id })
      .from(ledgerAccount)
      .where(and(eq(ledgerAccount.fundId, fundId), eq(ledgerAccount.role, role)))
      .limit(1),
  );
  return row?.id;
}

export interface AccountLineRow {
  entryId: string;
  entryDate: string;
  kind: string;
  description: string;
  sourceType: string | null;
  sourceId: string | null;
  debitSatang: number;
  creditSatang: number;
}

/** Debit-positive balance of an account through a (date, id) position of the book, inclusive (0 with none). */
export async function accountBalanceThrough(
  db: Executor,
  accountId: string,
  before: { entryDate: string; id: string } | undefined,
  entryIds?: string[],
): Promise<number> {
  if (!before) return 0;
  const only = entryIds ? sql`and e.id = any(${sql.param(entryIds)}::uuid[])` : sql``;
  const [row] = await rows<{ net: number }>(
    db,
    sql`select coalesce(sum(l.debit_satang - l.credit_satang), 0)::int8 as net
          from journal_line l join journal_entry e on e.id = l.entry_id
         where l.account_id = ${accountId} and (e.entry_date, e.id) <= (${before.entryDate}::date, ${before.id}::uuid)
         ${only}`,
  );
  return row?.net ?? 0;
}

/** Lines on one account in book order (entry date, then posting order), after a position, net per entry. */
export async function selectAccountLines(
  db: Executor,
  accountId: string,
  after: { entryDate: string; id: string } | undefined,
  limit: number,
  entryIds?: string[],
): Promise<AccountLineRow[]> {
  const keyset = after
    ? sql`and (e.entry_date, e.id) > (${after.entryDate}::date, ${after.id}::uuid)`
    : sql``;
  const only = entryIds ? sql`and e.id = any(${sql.param(entryIds)}::uuid[])` : sql``;
  return rows<AccountLineRow>(
    db,
    sql`select e.id as "entryId", e.entry_date::text as "entryDate", e.kind, e.description,
               e.source_type as "sourceType", e.source_id as "sourceId",
               sum(l.debit_satang)::int8 as "debitSatang", sum(l.credit_satang)::int8 as "creditSatang"
          from journal_line l join journal_entry e on e.id = l.entry_id
         where l.account_id = ${accountId} ${keyset} ${only}
         group by e.id, e.entry_date, e.kind, e.description, e.source_type, e.source_id
         order by e.entry_date, e.id
         limit ${limit}`,
  );
}

export interface EntryDocument {
  entryId: string;
  docNo: string;
  docType: "voucher" | "receipt" | "receipt_cancelled";
}

/** Document numbers of entries: the voucher that paid (cash or through its withdrawal) or the receipt. */
export async function selectEntryDocuments(
  db: Executor,
  entryIds: string[],
): Promise<Map<string, EntryDocument>> {
  const out = new Map<string, EntryDocument>();
  if (entryIds.length === 0) return out;
  const ids = sql`any(${sql.param(entryIds)}::uuid[])`;
  const found = await rows<EntryDocument>(
    db,
    sql`select v.journal_entry_id as "entryId", v.voucher_no as "docNo", 'voucher' as "docType"
          from kkj_voucher v where v.journal_entry_id = ${ids}
        union all
        select w.journal_entry_id, v.voucher_no, 'voucher'
          from bank_withdrawal w join kkj_voucher v on v.bank_withdrawal_id = w.id
         where w.journal_entry_id = ${ids}
        union all
        select p.journal_entry_id, p.receipt_no, 'receipt' from loan_repayment p where p.journal_entry_id = ${ids}
        union all
        select p.reversal_entry_id, p.receipt_no, 'receipt_cancelled'
          from loan_repayment p where p.reversal_entry_id = ${ids}`,
  );
  for (const d of found) if (!out.has(d.entryId)) out.set(d.entryId, d);
  return out;
}

// Yellow book.

export interface DebtorRow {
  loanId: string;
  contractId: string | null;
  contractNo: string;
  householdId: string | null;
  houseNo: string | null;
  borrowerName: string;
  borrowRound: number | null;
  disbursedOn: string | null;
  principalSatang: number;
  lentSatang: number;
  repaidSatang: number;
  writtenOffSatang: number;
  outstandingSatang: number;
  loanStatus: string;
  classification: string | null;
}

/** The journal entries that belong to each loan: its disbursement, repayments, their reversals, its write-off. */
const loanEntries = (fundId: string) => sql`
  select l.id as loan_id, l.disbursement_entry_id as entry_id, 'disbursement' as movement
    from loan l where l.fund_id = ${fundId} and l.disbursement_entry_id is not null
  union all
  select l.id, l.write_off_entry_id, 'write_off'
    from loan l where l.fund_id = ${fundId} and l.write_off_entry_id is not null
  union all
  select p.loan_id, p.journal_entry_id, 'repayment' from loan_repayment p where p.fund_id = ${fundId}
  union all
  select p.loan_id, p.reversal_entry_id, 'reversal'
    from loan_repayment p where p.fund_id = ${fundId} and p.reversal_entry_id is not null`;

/**
 * One row per กข.คจ. loan (the debtor accounts of the yellow book) with its movements on loans receivable,
 * summed from the journal lines of the loan's own entries: lent, repaid, written off and outstanding.
 */
export async function selectDebtorPage(
  db: Executor,
  fundId: string,
  receivableId: string,
  f: { loanId?: string | undefined; afterId?: string | undefined; limit: number },
): Promise<DebtorRow[]> {
  const filter = f.loanId ? sql`and l.id = ${f.loanId}` : f.afterId ? sql`and l.id > ${f.afterId}` : sql``;
  return rows<DebtorRow>(
    db,
    sql`with links as (${loanEntries(fundId)}),
        moves as (
          select k.loan_id, k.movement, sum(jl.debit_satang) as debit, sum(jl.credit_satang) as credit
            from links k join journal_line jl on jl.entry_id = k.entry_id and jl.account_id = ${receivableId}
           group by k.loan_id, k.movement
        )
        select l.id as "loanId", c.id as "contractId", l.loan_no as "contractNo", l.household_id as "householdId",
               h.house_no as "houseNo", l.borrower_name as "borrowerName", c.borrow_round::int as "borrowRound",
               l.disbursed_on::text as "disbursedOn", l.principal_satang::int8 as "principalSatang",
               coalesce((select sum(debit - credit) from moves m where m.loan_id = l.id and m.movement = 'disbursement'), 0)::int8
                 as "lentSatang",
               coalesce((select sum(credit - debit) from moves m where m.loan_id = l.id and m.movement in ('repayment', 'reversal')), 0)::int8
                 as "repaidSatang",
               coalesce((select sum(credit - debit) from moves m where m.loan_id = l.id and m.movement = 'write_off'), 0)::int8
                 as "writtenOffSatang",
               coalesce((select sum(debit - credit) from moves m where m.loan_id = l.id), 0)::int8 as "outstandingSatang",
               l.status as "loanStatus", l.classification
          from loan l
          left join kkj_contract c on c.loan_id = l.id
          left join household h on h.id = l.household_id
         where l.fund_id = ${fundId} and l.source_type = 'kkj_contract' ${filter}
         order by l.id
         limit ${f.limit}`,
  );
}

/** The journal entries of one loan, with the movement each one is. */
export async function selectLoanEntryIds(
  db: Executor,
  fundId: string,
  loanId: string,
): Promise<Map<string, string>> {
  const found = await rows<{ entryId: string; movement: string }>(
    db,
    sql`select entry_id as "entryId", movement from (${loanEntries(fundId)}) k where k.loan_id = ${loanId}`,
  );
  return new Map(found.map((r) => [r.entryId, r.movement]));
}

// Brown book.

export interface VillageFundRow {
  fundId: string;
  villageCode: string;
  villageName: string;
  fundName: string;
  startedOn: string;
  originalCapitalSatang: number;
  status: string;
}

/** The กข.คจ. funds under an area prefix in village-code order (part 1 of the brown book). */
export async function selectKkjFundPage(
  db: Executor,
  areaPrefix: string,
  after: { code: string; id: string } | undefined,
  limit: number,
): Promise<VillageFundRow[]> {
  const keyset = after ? sql`and (f.area_code, f.id) > (${after.code}, ${after.id}::uuid)` : sql``;
  return rows<VillageFundRow>(
    db,
    sql`select f.id as "fundId", f.area_code as "villageCode", a.name_th as "villageName", f.name as "fundName",
               f.started_on::text as "startedOn", f.original_capital_satang::int8 as "originalCapitalSatang",
               f.status
          from fund f join area a on a.code = f.area_code
         where f.fund_type = 'kkj' and f.area_code like ${`${areaPrefix}%`} ${keyset}
         order by f.area_code, f.id
         limit ${limit}`,
  );
}
