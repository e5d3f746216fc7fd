// SQL of one household's debt summary: its restructuring plans with their centre, and its latest debt survey with the totals of its debts.
import { desc, eq, sql } from "drizzle-orm";
import { debtCentre, debtPlan, debtSurvey, debtSurveyDebt } from "../../../db/schema/index";
import type { Executor } from "../../platform/database";

export interface HouseholdPlanRow {
  id: string;
  centreId: string;
  centreName: string;
  areaCode: string;
  status: string;
  plannedOn: string;
  executedOn: string | null;
  debtFreeOn: string | null;
}

/** The household's plans, newest first. */
export async function selectHouseholdPlans(db: Executor, householdId: string): Promise<HouseholdPlanRow[]> {
  return db
    .select({
      id: debtPlan.id,
      centreId: debtPlan.centreId,
      centreName: debtCentre.name,
      areaCode: debtPlan.areaCode,
      status: debtPlan.status,
      plannedOn: debtPlan.plannedOn,
      executedOn: debtPlan.executedOn,
      debtFreeOn: debtPlan.debtFreeOn,
    })
    .from(debtPlan)
    .innerJoin(debtCentre, eq(debtCentre.id, debtPlan.centreId))
    .where(eq(debtPlan.householdId, householdId))
    .orderBy(desc(debtPlan.plannedOn), desc(debtPlan.id))
    .limit(100);
}

export interface HouseholdSurveyRow {
  id: string;
  centreId: string;
  areaCode: string;
  surveyedOn: string;
  monthlyIncomeSatang: number;
  monthlyExpensesSatang: number;
  debts: number;
  outstandingSatang: number;
  arrearsSatang: number;
}

/** The household's latest survey (by date, then id) with the count and sums of its debts. */
export async function findLatestHouseholdSurvey(
  db: Executor,
  householdId: string,
): Promise<HouseholdSurveyRow | undefined> {
  const [row] = await db
    .select({
      id: debtSurvey.id,
      centreId: debtSurvey.centreId,
      areaCode: debtSurvey.areaCode,
      surveyedOn: debtSurvey.surveyedOn,
      monthlyIncomeSatang: debtSurvey.monthlyIncomeSatang,
      monthlyExpensesSatang: debtSurvey.monthlyExpensesSatang,
      debts: sql<number>`(select count(*)::int from ${debtSurveyDebt} d where d.survey_id = ${debtSurvey.id})`,
      outstandingSatang: sql<number>`(select coalesce(sum(d.outstanding_satang), 0)::bigint from ${debtSurveyDebt} d where d.survey_id = ${debtSurvey.id})`,
      arrearsSatang: sql<number>`(select coalesce(sum(d.arrears_satang), 0)::bigint from ${debtSurveyDebt} d where d.survey_id = ${debtSurvey.id})`,
    })
    .from(debtSurvey)
    .where(eq(debtSurvey.householdId, householdId))
    .orderBy(desc(debtSurvey.surveyedOn), desc(debtSurvey.id))
    .limit(1);
  return row
    ? {
        ...row,
        debts: Number(row.debts),
        outstandingSatang: Number(row.outstandingSatang),
        arrearsSatang: Number(row.arrearsSatang),
      }
    : undefined;
}
