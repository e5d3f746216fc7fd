// Flags relapses: debts of a new survey taken within a debt-free household's watch move its plan to relapse; runs inside the survey's transaction.
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { statusChange } from "./centre-views";
import type { CentreRow, RelapseFlagRow } from "./debt-centre.repository";
import {
  findDebtFreeEvent,
  insertRelapseFlags,
  insertStatusChanges,
  selectPlansInStatus,
  updatePlan,
} from "./debt-centre.repository";
import { CREDITOR_CLASS, type DebtSurvey } from "./debt-survey";
import { closeWatch } from "./end-relapse-watches";
import { assertTransition, checkRelapse, DEFAULT_RELAPSE_PARAMETERS } from "./plan-status";

/** Returns how many flags the survey raised (one per relapsing debt). */
export async function flagRelapses(
  t: Deps,
  centre: CentreRow,
  surveyId: string,
  survey: DebtSurvey,
): Promise<number> {
  const watched = await selectPlansInStatus(t.db, survey.householdId, "relapse_watch");
  let raised = 0;
  for (const plan of watched) {
    const event = await findDebtFreeEvent(t.db, plan.id);
    if (!event) continue;
    if (event.watchEndsOn < survey.surveyedOn) {
      // Surveyed after the watch: whatever it shows is a new case for a new plan, not a relapse of this one.
      await closeWatch(t, plan, event.watchEndsOn, survey.surveyedOn);
      continue;
    }
    const parameters = { ...DEFAULT_RELAPSE_PARAMETERS, windowMonths: centre.relapseWindowMonths };
    const flags: RelapseFlagRow[] = [];
    for (const debt of survey.debts) {
      const creditorClass = CREDITOR_CLASS[debt.creditorType];
      const check = checkRelapse(event.debtFreeOn, { takenOn: debt.startOn, creditorClass }, parameters);
      if (!check.isRelapse) continue;
      flags.push({
        id: t.ids.uuid(),
        planId: plan.id,
        centreId: plan.centreId,
        areaCode: plan.areaCode,
        householdId: plan.householdId,
        surveyId,
        debtId: debt.debtId,
        takenOn: debt.startOn,
        creditorClass,
        reason: check.reason,
        createdAt: t.clock.now(),
      });
    }
    if (flags.length === 0) continue;
    assertTransition("relapse_watch", "relapse");
    await insertRelapseFlags(t.db, flags);
    await updatePlan(t.db, plan.id, { status: "relapse", updatedAt: t.clock.now() });
    await insertStatusChanges(t.db, [
      statusChange(t, plan.id, "relapse_watch", "relapse", survey.surveyedOn, flags[0]!.reason.th),
    ]);
    await recordAudit(t, {
      action: "debt_plan.relapse_flagged",
      entityType: "debt_plan",
      entityId: plan.id,
      areaCode: plan.areaCode,
      before: { status: "relapse_watch" },
      after: {
        status: "relapse",
        surveyId,
        debts: flags.map((f) => ({ debtId: f.debtId, takenOn: f.takenOn, creditorClass: f.creditorClass })),
        watchEndsOn: event.watchEndsOn,
      },
    });
    raised += flags.length;
  }
  return raised;
}
