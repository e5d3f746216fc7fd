// One household's debt at the debt centres: its latest debt survey (debts, outstanding, arrears) and its restructuring plans, limited to the actor's area.
import type { Deps } from "../../platform/deps";
import { inScope, requirePermission } from "../../shared/authorization";
import { findLatestHouseholdSurvey, selectHouseholdPlans } from "./household-summary.repository";

export interface HouseholdDebtSummary {
  householdId: string;
  latestSurvey: {
    id: string;
    centreId: string;
    surveyedOn: string;
    monthlyIncomeSatang: number;
    monthlyExpensesSatang: number;
    debts: number;
    outstandingSatang: number;
    arrearsSatang: number;
  } | null;
  plans: {
    id: string;
    centreId: string;
    centreName: string;
    status: string;
    plannedOn: string;
    executedOn: string | null;
    debtFreeOn: string | null;
  }[];
}

/**
 * Needs funds.read; rows outside the actor's area are left out (a household has one village, so either all
 * or none). Another module that has already checked its own access calls it as the system actor.
 */
export async function householdDebtSummary(deps: Deps, householdId: string): Promise<HouseholdDebtSummary> {
  requirePermission(deps.actor, "funds.read");
  const survey = await findLatestHouseholdSurvey(deps.db, householdId);
  const plans = (await selectHouseholdPlans(deps.db, householdId)).filter((p) =>
    inScope(deps.actor, p.areaCode),
  );
  return {
    householdId,
    latestSurvey:
      survey && inScope(deps.actor, survey.areaCode)
        ? {
            id: survey.id,
            centreId: survey.centreId,
            surveyedOn: survey.surveyedOn,
            monthlyIncomeSatang: survey.monthlyIncomeSatang,
            monthlyExpensesSatang: survey.monthlyExpensesSatang,
            debts: survey.debts,
            outstandingSatang: survey.outstandingSatang,
            arrearsSatang: survey.arrearsSatang,
          }
        : null,
    plans: plans.map(({ areaCode: _areaCode, ...p }) => p),
  };
}
