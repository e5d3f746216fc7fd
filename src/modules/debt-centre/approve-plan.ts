// The centre committee approves a plan; a plan whose overrides break a rule needs the chair, and the audit event lists the broken rules.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { isUuid, loadCentre, requireCentreSeat } from "./centre-access";
import { statusChange, toPlanView } from "./centre-views";
import type { ApprovePlanBody, PlanView } from "./contracts";
import { insertStatusChanges, lockPlan, updatePlan } from "./debt-centre.repository";
import { centreErrors, PLAN } from "./debt-centre-errors";
import type { RuleBreak } from "./debt-planner";
import { assertTransition, type PlanStatus } from "./plan-status";

export async function approvePlan(
  deps: Deps,
  centreId: string,
  planId: string,
  body: ApprovePlanBody,
): Promise<PlanView> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const centre = await loadCentre(t, centreId);
    const plan = isUuid(planId) ? await lockPlan(tx, planId) : undefined;
    if (!plan || plan.centreId !== centre.id) throw outOfScope(PLAN);
    if (plan.status !== "planned") throw centreErrors.wrongStatus(plan.status as PlanStatus, "planned");
    assertTransition("planned", "approved");
    await requireCentreSeat(
      t,
      centre,
      plan.needsChairOverride ? ["chair"] : ["chair", "secretary", "finance", "member"],
    );
    const updated = await updatePlan(tx, plan.id, {
      status: "approved",
      approvedBy: deps.actor.userId,
      approvedAt: deps.clock.now(),
      approvedWithChairOverride: plan.needsChairOverride,
      updatedAt: deps.clock.now(),
    });
    await insertStatusChanges(tx, [
      statusChange(t, plan.id, "planned", "approved", deps.clock.today(), body.note ?? null),
    ]);
    const broken = plan.brokenRules as RuleBreak[];
    await recordAudit(t, {
      action: plan.needsChairOverride ? "debt_plan.approved_with_override" : "debt_plan.approved",
      entityType: "debt_plan",
      entityId: plan.id,
      areaCode: plan.areaCode,
      before: { status: "planned" },
      after: { status: "approved", chairOverride: plan.needsChairOverride, note: body.note ?? null },
      details: { brokenRules: broken },
    });
    return toPlanView(tx, updated);
  });
}
