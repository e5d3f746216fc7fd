// Marks a repaying household debt-free when all the plan's loans are closed and no other debt remains, and starts the relapse watch.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { isUuid, loadCentre, requireSurveyRights } from "./centre-access";
import { statusChange, toPlanView } from "./centre-views";
import type { DebtFreeBody, PlanView } from "./contracts";
import {
  findLatestSurvey,
  insertDebtFreeEvent,
  insertStatusChanges,
  lockPlan,
  selectPlanLoans,
  selectSurveyDebts,
  updatePlan,
} from "./debt-centre.repository";
import { centreErrors, PLAN } from "./debt-centre-errors";
import type { RestructuringPlan } from "./debt-planner";
import { assertTransition, type PlanStatus, watchEndsOn } from "./plan-status";

/**
 * Other debts: those the plan left with their creditors, unless a later survey shows the household without
 * any outstanding debt (the way the centre learns that a kept debt was repaid).
 */
export async function markDebtFree(
  deps: Deps,
  centreId: string,
  planId: string,
  body: DebtFreeBody,
): Promise<PlanView> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const centre = await loadCentre(t, centreId);
    const row = isUuid(planId) ? await lockPlan(tx, planId) : undefined;
    if (!row || row.centreId !== centre.id) throw outOfScope(PLAN);
    await requireSurveyRights(t, centre);
    if (row.status !== "repaying") throw centreErrors.wrongStatus(row.status as PlanStatus, "repaying");
    const today = deps.clock.today();
    const debtFreeOn = body.debtFreeOn ?? today;
    if (debtFreeOn < (row.executedOn ?? row.plannedOn) || debtFreeOn > today) {
      throw centreErrors.debtFreeBeforeExecution(row.executedOn ?? row.plannedOn);
    }
    const open = (await selectPlanLoans(tx, row.id)).filter((l) => l.status !== "closed");
    if (open.length > 0) throw centreErrors.loansStillOpen(open.length);
    const latest = await findLatestSurvey(tx, centre.id, row.householdId);
    const remaining =
      latest && latest.id !== row.surveyId && latest.surveyedOn >= row.plannedOn
        ? (await selectSurveyDebts(tx, [latest.id]))
            .filter((d) => d.outstandingSatang > 0)
            .map((d) => d.debtId)
        : (row.plan as unknown as RestructuringPlan).debts
            .filter((d) => d.decision !== "refinance" && d.decision !== "cleared" && d.outstandingSatang > 0)
            .map((d) => d.debtId);
    if (remaining.length > 0) throw centreErrors.otherDebtsRemain(remaining);

    assertTransition("repaying", "debt_free");
    assertTransition("debt_free", "relapse_watch");
    const ends = watchEndsOn(debtFreeOn, centre.relapseWindowMonths);
    await insertDebtFreeEvent(tx, {
      id: deps.ids.uuid(),
      planId: row.id,
      centreId: centre.id,
      areaCode: row.areaCode,
      householdId: row.householdId,
      debtFreeOn,
      watchEndsOn: ends,
      createdBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    });
    const updated = await updatePlan(tx, row.id, {
      status: "relapse_watch",
      debtFreeOn,
      updatedAt: deps.clock.now(),
    });
    await insertStatusChanges(tx, [
      statusChange(t, row.id, "repaying", "debt_free", debtFreeOn, null),
      statusChange(t, row.id, "debt_free", "relapse_watch", debtFreeOn, `เฝ้าระวังถึง ${ends}`),
    ]);
    await recordAudit(t, {
      action: "debt_plan.debt_free",
      entityType: "debt_plan",
      entityId: row.id,
      areaCode: row.areaCode,
      before: { status: "repaying" },
      after: { status: "relapse_watch", debtFreeOn, watchEndsOn: ends },
    });
    return toPlanView(tx, updated);
  });
}
