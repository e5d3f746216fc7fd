// SQL of the debt centre's welfare benefits, and of the rows the exports and the certificate read.
import { and, asc, eq, gt, like, sql } from "drizzle-orm";
import { debtWelfarePayment } from "../../../db/schema/debt-centre-welfare";
import {
  debtCentreCommitteeMember,
  debtFreeEvent,
  debtPlan,
  debtRelapseFlag,
  household,
  householdMember,
} from "../../../db/schema/index";
import type { Executor } from "../../platform/database";

export type WelfareRow = typeof debtWelfarePayment.$inferSelect;

export async function insertWelfare(db: Executor, row: WelfareRow): Promise<void> {
  await db.insert(debtWelfarePayment).values(row);
}

export async function lockWelfare(db: Executor, id: string): Promise<WelfareRow | undefined> {
  const [row] = await db.select().from(debtWelfarePayment).where(eq(debtWelfarePayment.id, id)).for("update");
  return row;
}

export async function updateWelfare(
  db: Executor,
  id: string,
  patch: Partial<WelfareRow>,
): Promise<WelfareRow> {
  const [row] = await db
    .update(debtWelfarePayment)
    .set(patch)
    .where(eq(debtWelfarePayment.id, id))
    .returning();
  return row!;
}

export async function selectWelfarePage(
  db: Executor,
  f: { centreId: string; status: string | undefined; afterId: string | undefined; limit: number },
): Promise<WelfareRow[]> {
  const conditions = [eq(debtWelfarePayment.centreId, f.centreId)];
  if (f.status) conditions.push(eq(debtWelfarePayment.status, f.status));
  if (f.afterId) conditions.push(gt(debtWelfarePayment.id, f.afterId));
  return db
    .select()
    .from(debtWelfarePayment)
    .where(and(...conditions))
    .orderBy(asc(debtWelfarePayment.id))
    .limit(f.limit);
}

export async function findMemberOf(
  db: Executor,
  memberId: string,
): Promise<{ householdId: string; title: string; firstName: string; lastName: string } | undefined> {
  const [row] = await db
    .select({
      householdId: householdMember.householdId,
      title: householdMember.title,
      firstName: householdMember.firstName,
      lastName: householdMember.lastName,
    })
    .from(householdMember)
    .where(eq(householdMember.id, memberId))
    .limit(1);
  return row;
}

/** Each debt-free event of the centre with the household, for the list and its export. */
export interface DebtFreeRow {
  planId: string;
  householdId: string;
  houseNo: string;
  headName: string;
  debtFreeOn: string;
  watchEndsOn: string;
  status: string;
  relapseFlags: number;
}

export async function selectDebtFreePage(
  db: Executor,
  f: { centreId: string; afterId: string | undefined; limit: number },
): Promise<Array<DebtFreeRow & { eventId: string }>> {
  const conditions = [eq(debtFreeEvent.centreId, f.centreId)];
  if (f.afterId) conditions.push(gt(debtFreeEvent.id, f.afterId));
  const rows = await db
    .select({
      eventId: debtFreeEvent.id,
      planId: debtFreeEvent.planId,
      householdId: debtFreeEvent.householdId,
      houseNo: household.houseNo,
      headName: household.headName,
      debtFreeOn: debtFreeEvent.debtFreeOn,
      watchEndsOn: debtFreeEvent.watchEndsOn,
      status: debtPlan.status,
      relapseFlags: sql<number>`(select count(*)::int from ${debtRelapseFlag} where ${debtRelapseFlag.planId} = ${debtFreeEvent.planId})`,
    })
    .from(debtFreeEvent)
    .innerJoin(household, eq(household.id, debtFreeEvent.householdId))
    .innerJoin(debtPlan, eq(debtPlan.id, debtFreeEvent.planId))
    .where(and(...conditions))
    .orderBy(asc(debtFreeEvent.id))
    .limit(f.limit);
  return rows.map((r) => ({ ...r, relapseFlags: Number(r.relapseFlags) }));
}

export async function findDebtFreeOfPlan(
  db: Executor,
  planId: string,
): Promise<{ debtFreeOn: string; watchEndsOn: string } | undefined> {
  const [row] = await db
    .select({ debtFreeOn: debtFreeEvent.debtFreeOn, watchEndsOn: debtFreeEvent.watchEndsOn })
    .from(debtFreeEvent)
    .where(eq(debtFreeEvent.planId, planId))
    .limit(1);
  return row;
}

/** The household's head as printed: the head member's title and names, else the household's head name. */
export async function findHouseholdHead(
  db: Executor,
  householdId: string,
): Promise<{ headName: string; houseNo: string } | undefined> {
  const [row] = await db
    .select({
      headName: household.headName,
      houseNo: household.houseNo,
      title: householdMember.title,
      firstName: householdMember.firstName,
      lastName: householdMember.lastName,
    })
    .from(household)
    .leftJoin(
      householdMember,
      and(
        eq(householdMember.householdId, household.id),
        eq(householdMember.relation, "head"),
        eq(householdMember.isActive, true),
      ),
    )
    .where(eq(household.id, householdId))
    .orderBy(asc(householdMember.seq))
    .limit(1);
  if (!row) return undefined;
  const named = row.firstName
    ? `${row.title}${row.firstName}${row.lastName ? ` ${row.lastName}` : ""}`.trim()
    : row.headName;
  return { headName: named, houseNo: row.houseNo };
}

/** The chair whose term covers `on` (the one who signs for the centre that day). */
export async function findChairOn(db: Executor, centreId: string, on: string): Promise<string | undefined> {
  const [row] = await db
    .select({ name: debtCentreCommitteeMember.name })
    .from(debtCentreCommitteeMember)
    .where(
      and(
        eq(debtCentreCommitteeMember.centreId, centreId),
        eq(debtCentreCommitteeMember.position, "chair"),
        sql`${debtCentreCommitteeMember.termStart} <= ${on}`,
        sql`${debtCentreCommitteeMember.termEnd} >= ${on}`,
      ),
    )
    .orderBy(asc(debtCentreCommitteeMember.termStart))
    .limit(1);
  return row?.name;
}

/** The watches that ended before `today` and are still open: their plans leave relapse_watch. */
export async function selectExpiredWatches(
  db: Executor,
  f: { areaPrefix: string; today: string },
): Promise<Array<{ planId: string; areaCode: string; watchEndsOn: string }>> {
  return db
    .select({
      planId: debtFreeEvent.planId,
      areaCode: debtFreeEvent.areaCode,
      watchEndsOn: debtFreeEvent.watchEndsOn,
    })
    .from(debtFreeEvent)
    .innerJoin(debtPlan, eq(debtPlan.id, debtFreeEvent.planId))
    .where(
      and(
        like(debtFreeEvent.areaCode, `${f.areaPrefix}%`),
        eq(debtPlan.status, "relapse_watch"),
        sql`${debtFreeEvent.watchEndsOn} < ${f.today}`,
      ),
    )
    .orderBy(asc(debtFreeEvent.watchEndsOn), asc(debtFreeEvent.planId));
}
