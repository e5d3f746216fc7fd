// SQL of debt centres: centres, member funds, committee seats, surveys and their debts, plans, loans, creditor payments, debt-free events and relapse flags.
import { and, asc, countDistinct, desc, eq, gt, gte, inArray, isNotNull, like, lte, sql } from "drizzle-orm";
import {
  appUser,
  bmnRecord,
  debtCentre,
  debtCentreCommitteeMember,
  debtCentreMemberFund,
  debtCreditorPayment,
  debtFreeEvent,
  debtPlan,
  debtPlanLoan,
  debtPlanStatusChange,
  debtRelapseFlag,
  debtSurvey,
  debtSurveyDebt,
  fund,
  household,
  loan,
} from "../../../db/schema/index";
import type { Executor } from "../../platform/database";

export type CentreRow = typeof debtCentre.$inferSelect;
export type MemberFundRow = typeof debtCentreMemberFund.$inferSelect;
export type CentreSeatRow = typeof debtCentreCommitteeMember.$inferSelect;
export type SurveyRow = typeof debtSurvey.$inferSelect;
export type SurveyDebtRow = typeof debtSurveyDebt.$inferSelect;
export type PlanRow = typeof debtPlan.$inferSelect;
export type StatusChangeRow = typeof debtPlanStatusChange.$inferSelect;
export type PlanLoanRow = typeof debtPlanLoan.$inferSelect;
export type CreditorPaymentRow = typeof debtCreditorPayment.$inferSelect;
export type DebtFreeEventRow = typeof debtFreeEvent.$inferSelect;
export type RelapseFlagRow = typeof debtRelapseFlag.$inferSelect;

// Centres.

export async function insertCentre(db: Executor, row: CentreRow): Promise<void> {
  await db.insert(debtCentre).values(row);
}

export async function findCentre(db: Executor, id: string): Promise<CentreRow | undefined> {
  const [row] = await db.select().from(debtCentre).where(eq(debtCentre.id, id)).limit(1);
  return row;
}

export async function findCentreOfVillage(db: Executor, areaCode: string): Promise<CentreRow | undefined> {
  const [row] = await db.select().from(debtCentre).where(eq(debtCentre.areaCode, areaCode)).limit(1);
  return row;
}

/** Serialises writes that check a centre's seats, member funds or plans. */
export async function lockCentre(db: Executor, id: string): Promise<void> {
  await db.select({ id: debtCentre.id }).from(debtCentre).where(eq(debtCentre.id, id)).for("update");
}

export async function selectCentrePage(
  db: Executor,
  f: { areaPrefix: string; after: { areaCode: string; id: string } | undefined; limit: number },
): Promise<CentreRow[]> {
  const conditions = [like(debtCentre.areaCode, `${f.areaPrefix}%`)];
  if (f.after) {
    conditions.push(sql`(${debtCentre.areaCode}, ${debtCentre.id}) > (${f.after.areaCode}, ${f.after.id})`);
  }
  return db
    .select()
    .from(debtCentre)
    .where(and(...conditions))
    .orderBy(asc(debtCentre.areaCode), asc(debtCentre.id))
    .limit(f.limit);
}

// Member funds and committee seats.

export type MemberFundWithFund = MemberFundRow & {
  fundName: string | null;
  fundType: string | null;
  fundStatus: string | null;
  fundAreaCode: string | null;
};

export async function insertMemberFund(db: Executor, row: MemberFundRow): Promise<void> {
  await db.insert(debtCentreMemberFund).values(row);
}

export async function selectMemberFunds(db: Executor, centreId: string): Promise<MemberFundWithFund[]> {
  const rows = await db
    .select({
      m: debtCentreMemberFund,
      fundName: fund.name,
      fundType: fund.fundType,
      fundStatus: fund.status,
      fundAreaCode: fund.areaCode,
    })
    .from(debtCentreMemberFund)
    .leftJoin(fund, eq(fund.id, debtCentreMemberFund.fundId))
    .where(eq(debtCentreMemberFund.centreId, centreId))
    .orderBy(asc(debtCentreMemberFund.preference), asc(debtCentreMemberFund.id));
  return rows.map((r) => ({
    ...r.m,
    fundName: r.fundName,
    fundType: r.fundType,
    fundStatus: r.fundStatus,
    fundAreaCode: r.fundAreaCode,
  }));
}

export async function insertSeat(db: Executor, row: CentreSeatRow): Promise<void> {
  await db.insert(debtCentreCommitteeMember).values(row);
}

export async function selectSeats(db: Executor, centreId: string): Promise<CentreSeatRow[]> {
  return db
    .select()
    .from(debtCentreCommitteeMember)
    .where(eq(debtCentreCommitteeMember.centreId, centreId))
    .orderBy(asc(debtCentreCommitteeMember.termStart), asc(debtCentreCommitteeMember.id));
}

/** The user's seats whose term covers `on`. */
export async function selectCurrentSeats(
  db: Executor,
  centreId: string,
  userId: string,
  on: string,
): Promise<CentreSeatRow[]> {
  return db
    .select()
    .from(debtCentreCommitteeMember)
    .where(
      and(
        eq(debtCentreCommitteeMember.centreId, centreId),
        eq(debtCentreCommitteeMember.userId, userId),
        lte(debtCentreCommitteeMember.termStart, on),
        gte(debtCentreCommitteeMember.termEnd, on),
      ),
    );
}

/** A seat of `position` whose term overlaps [start, end]. */
export async function findOverlappingSeat(
  db: Executor,
  centreId: string,
  position: string,
  start: string,
  end: string,
): Promise<CentreSeatRow | undefined> {
  const [row] = await db
    .select()
    .from(debtCentreCommitteeMember)
    .where(
      and(
        eq(debtCentreCommitteeMember.centreId, centreId),
        eq(debtCentreCommitteeMember.position, position),
        lte(debtCentreCommitteeMember.termStart, end),
        gte(debtCentreCommitteeMember.termEnd, start),
      ),
    )
    .limit(1);
  return row;
}

export async function findUserAccount(
  db: Executor,
  id: string,
): Promise<{ role: string; scopeCode: string } | undefined> {
  const [row] = await db
    .select({ role: appUser.role, scopeCode: appUser.scopeCode })
    .from(appUser)
    .where(eq(appUser.id, id))
    .limit(1);
  return row;
}

// Households (read only: the households module owns them).

export async function findHouseholdOf(
  db: Executor,
  id: string,
): Promise<{ villageCode: string; headName: string } | undefined> {
  const [row] = await db
    .select({ villageCode: household.villageCode, headName: household.headName })
    .from(household)
    .where(eq(household.id, id))
    .limit(1);
  return row;
}

export async function findLatestBmn(
  db: Executor,
  householdId: string,
): Promise<{ surveyYear: number; incomeTotalSatang: number } | undefined> {
  const [row] = await db
    .select({ surveyYear: bmnRecord.surveyYear, incomeTotalSatang: bmnRecord.incomeTotalSatang })
    .from(bmnRecord)
    .where(eq(bmnRecord.householdId, householdId))
    .orderBy(desc(bmnRecord.surveyYear))
    .limit(1);
  return row;
}

// Surveys.

export async function insertSurvey(db: Executor, row: SurveyRow, debts: SurveyDebtRow[]): Promise<void> {
  await db.insert(debtSurvey).values(row);
  if (debts.length) await db.insert(debtSurveyDebt).values(debts);
}

export async function findSurvey(db: Executor, id: string): Promise<SurveyRow | undefined> {
  const [row] = await db.select().from(debtSurvey).where(eq(debtSurvey.id, id)).limit(1);
  return row;
}

export async function selectSurveyDebts(db: Executor, surveyIds: string[]): Promise<SurveyDebtRow[]> {
  if (surveyIds.length === 0) return [];
  return db
    .select()
    .from(debtSurveyDebt)
    .where(inArray(debtSurveyDebt.surveyId, surveyIds))
    .orderBy(asc(debtSurveyDebt.surveyId), asc(debtSurveyDebt.seq));
}

export async function selectSurveyPage(
  db: Executor,
  f: { centreId: string; householdId: string | undefined; afterId: string | undefined; limit: number },
): Promise<SurveyRow[]> {
  const conditions = [eq(debtSurvey.centreId, f.centreId)];
  if (f.householdId) conditions.push(eq(debtSurvey.householdId, f.householdId));
  if (f.afterId) conditions.push(gt(debtSurvey.id, f.afterId));
  return db
    .select()
    .from(debtSurvey)
    .where(and(...conditions))
    .orderBy(asc(debtSurvey.id))
    .limit(f.limit);
}

/** The household's newest survey in the centre (by date, then creation). */
export async function findLatestSurvey(
  db: Executor,
  centreId: string,
  householdId: string,
): Promise<SurveyRow | undefined> {
  const [row] = await db
    .select()
    .from(debtSurvey)
    .where(and(eq(debtSurvey.centreId, centreId), eq(debtSurvey.householdId, householdId)))
    .orderBy(desc(debtSurvey.surveyedOn), desc(debtSurvey.id))
    .limit(1);
  return row;
}

// Plans.

export async function insertPlan(db: Executor, row: PlanRow): Promise<void> {
  await db.insert(debtPlan).values(row);
}

export async function findPlan(db: Executor, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(debtPlan).where(eq(debtPlan.id, id)).limit(1);
  return row;
}

export async function lockPlan(db: Executor, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(debtPlan).where(eq(debtPlan.id, id)).for("update");
  return row;
}

export async function updatePlan(db: Executor, id: string, patch: Partial<PlanRow>): Promise<PlanRow> {
  const [row] = await db.update(debtPlan).set(patch).where(eq(debtPlan.id, id)).returning();
  return row!;
}

export async function selectPlansOfSurvey(db: Executor, surveyId: string): Promise<PlanRow[]> {
  return db.select().from(debtPlan).where(eq(debtPlan.surveyId, surveyId)).orderBy(asc(debtPlan.id));
}

export async function selectPlansInStatus(
  db: Executor,
  householdId: string,
  status: string,
): Promise<PlanRow[]> {
  return db
    .select()
    .from(debtPlan)
    .where(and(eq(debtPlan.householdId, householdId), eq(debtPlan.status, status)))
    .orderBy(asc(debtPlan.id))
    .for("update");
}

export async function selectPlanPage(
  db: Executor,
  f: { centreId: string; status: string | undefined; afterId: string | undefined; limit: number },
): Promise<PlanRow[]> {
  const conditions = [eq(debtPlan.centreId, f.centreId)];
  if (f.status) conditions.push(eq(debtPlan.status, f.status));
  if (f.afterId) conditions.push(gt(debtPlan.id, f.afterId));
  return db
    .select()
    .from(debtPlan)
    .where(and(...conditions))
    .orderBy(asc(debtPlan.id))
    .limit(f.limit);
}

export async function insertStatusChanges(db: Executor, rows: StatusChangeRow[]): Promise<void> {
  if (rows.length) await db.insert(debtPlanStatusChange).values(rows);
}

export async function selectStatusChanges(db: Executor, planId: string): Promise<StatusChangeRow[]> {
  return db
    .select()
    .from(debtPlanStatusChange)
    .where(eq(debtPlanStatusChange.planId, planId))
    .orderBy(asc(debtPlanStatusChange.createdAt), asc(debtPlanStatusChange.id));
}

// Execution.

export async function insertPlanLoans(db: Executor, rows: PlanLoanRow[]): Promise<void> {
  if (rows.length) await db.insert(debtPlanLoan).values(rows);
}

export async function selectPlanLoans(
  db: Executor,
  planId: string,
): Promise<Array<PlanLoanRow & { loanNo: string; status: string; principalSatang: number }>> {
  const rows = await db
    .select({
      l: debtPlanLoan,
      loanNo: loan.loanNo,
      status: loan.status,
      principalSatang: loan.principalSatang,
    })
    .from(debtPlanLoan)
    .innerJoin(loan, eq(loan.id, debtPlanLoan.loanId))
    .where(eq(debtPlanLoan.planId, planId))
    .orderBy(asc(debtPlanLoan.contractNo), asc(loan.loanNo));
  return rows.map((r) => ({
    ...r.l,
    loanNo: r.loanNo,
    status: r.status,
    principalSatang: r.principalSatang,
  }));
}

export async function insertCreditorPayments(db: Executor, rows: CreditorPaymentRow[]): Promise<void> {
  if (rows.length) await db.insert(debtCreditorPayment).values(rows);
}

export async function selectCreditorPayments(db: Executor, planId: string): Promise<CreditorPaymentRow[]> {
  return db
    .select()
    .from(debtCreditorPayment)
    .where(eq(debtCreditorPayment.planId, planId))
    .orderBy(asc(debtCreditorPayment.debtId), asc(debtCreditorPayment.fundId));
}

// Debt-free and relapse.

export async function insertDebtFreeEvent(db: Executor, row: DebtFreeEventRow): Promise<void> {
  await db.insert(debtFreeEvent).values(row);
}

export async function findDebtFreeEvent(db: Executor, planId: string): Promise<DebtFreeEventRow | undefined> {
  const [row] = await db.select().from(debtFreeEvent).where(eq(debtFreeEvent.planId, planId)).limit(1);
  return row;
}

export async function insertRelapseFlags(db: Executor, rows: RelapseFlagRow[]): Promise<void> {
  if (rows.length) await db.insert(debtRelapseFlag).values(rows);
}

export async function selectRelapseFlags(db: Executor, planId: string): Promise<RelapseFlagRow[]> {
  return db
    .select()
    .from(debtRelapseFlag)
    .where(eq(debtRelapseFlag.planId, planId))
    .orderBy(asc(debtRelapseFlag.takenOn), asc(debtRelapseFlag.id));
}

/** How many relapse flags each survey raised. */
export async function countFlagsOfSurveys(db: Executor, surveyIds: string[]): Promise<Map<string, number>> {
  if (surveyIds.length === 0) return new Map();
  const rows = await db
    .select({ surveyId: debtRelapseFlag.surveyId, n: sql<number>`count(*)::int` })
    .from(debtRelapseFlag)
    .where(inArray(debtRelapseFlag.surveyId, surveyIds))
    .groupBy(debtRelapseFlag.surveyId);
  return new Map(rows.map((r) => [r.surveyId, Number(r.n)]));
}

// Counts.

export interface CentreCountRow {
  centreId: string;
  areaCode: string;
  name: string;
  surveyedHouseholds: number;
  /** Households with a plan proposed or approved, not yet executed. */
  plannedHouseholds: number;
  repayingHouseholds: number;
  debtFreeHouseholds: number;
  relapsedHouseholds: number;
}

/** Per centre in the area: households surveyed, made debt-free and relapsed (each household once). */
export async function selectCentreCounts(
  db: Executor,
  f: { areaPrefix: string; centreId?: string | undefined },
): Promise<CentreCountRow[]> {
  const conditions = [like(debtCentre.areaCode, `${f.areaPrefix}%`)];
  if (f.centreId) conditions.push(eq(debtCentre.id, f.centreId));
  const centres = await db
    .select({ centreId: debtCentre.id, areaCode: debtCentre.areaCode, name: debtCentre.name })
    .from(debtCentre)
    .where(and(...conditions))
    .orderBy(asc(debtCentre.areaCode), asc(debtCentre.id));
  if (centres.length === 0) return [];
  const ids = centres.map((c) => c.centreId);
  const tally = async (
    table: typeof debtSurvey | typeof debtFreeEvent | typeof debtRelapseFlag,
  ): Promise<Map<string, number>> => {
    const rows = await db
      .select({ centreId: table.centreId, n: countDistinct(table.householdId) })
      .from(table)
      .where(and(inArray(table.centreId, ids), isNotNull(table.householdId)))
      .groupBy(table.centreId);
    return new Map(rows.map((r) => [r.centreId, Number(r.n)]));
  };
  const surveyed = await tally(debtSurvey);
  const debtFree = await tally(debtFreeEvent);
  const relapsed = await tally(debtRelapseFlag);
  const inStatus = async (statuses: string[]): Promise<Map<string, number>> => {
    const rows = await db
      .select({ centreId: debtPlan.centreId, n: countDistinct(debtPlan.householdId) })
      .from(debtPlan)
      .where(and(inArray(debtPlan.centreId, ids), inArray(debtPlan.status, statuses)))
      .groupBy(debtPlan.centreId);
    return new Map(rows.map((r) => [r.centreId, Number(r.n)]));
  };
  const planned = await inStatus(["planned", "approved"]);
  const repaying = await inStatus(["repaying"]);
  return centres.map((c) => ({
    ...c,
    surveyedHouseholds: surveyed.get(c.centreId) ?? 0,
    plannedHouseholds: planned.get(c.centreId) ?? 0,
    repayingHouseholds: repaying.get(c.centreId) ?? 0,
    debtFreeHouseholds: debtFree.get(c.centreId) ?? 0,
    relapsedHouseholds: relapsed.get(c.centreId) ?? 0,
  }));
}

export async function selectPlanStatusCounts(
  db: Executor,
  centreId: string,
): Promise<Array<{ status: string; n: number }>> {
  const rows = await db
    .select({ status: debtPlan.status, n: sql<number>`count(*)::int` })
    .from(debtPlan)
    .where(eq(debtPlan.centreId, centreId))
    .groupBy(debtPlan.status);
  return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
}
