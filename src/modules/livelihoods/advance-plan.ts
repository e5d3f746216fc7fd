// Moves a plan to its next step (never skipping one), once its current step has dated evidence.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { type AdvanceBody, advanceBodySchema, type PlanDetail } from "./contracts";
import { livelihoodErrors } from "./livelihood-errors";
import { parseInput, pastDate } from "./livelihood-inputs";
import { advanceRefusal, type PlanState } from "./livelihood-rules";
import { countEvidence, moveStep, selectPlanSteps } from "./livelihoods.repository";
import { getPlan, loadPlan } from "./read-plans";

export async function advancePlan(deps: Deps, planId: string, body: AdvanceBody): Promise<PlanDetail> {
  const input = parseInput(advanceBodySchema, body);
  let planKey = planId;
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    // Locked: two officers advancing at once must not both move the plan (one would skip a step).
    const plan = await loadPlan(t, planId, "livelihoods.write", true);
    planKey = plan.id;
    const current = plan.step as PlanState;
    const evidence = current === "completed" ? 0 : await countEvidence(tx, plan.id, current);
    const refusal = advanceRefusal(current, input.to, evidence);
    if (refusal) throw livelihoodErrors.advance(refusal, current, input.to);
    const on = pastDate(deps, "on", input.on ?? deps.clock.today());
    const started = (await selectPlanSteps(tx, plan.id)).find((s) => s.step === current)?.startedOn;
    if (started && on < started) throw livelihoodErrors.advanceBeforeStart(on, started);
    await moveStep(tx, plan, input.to, on, deps.clock.now());
    await recordAudit(t, {
      action: "livelihood.plan_advanced",
      entityType: "livelihood_plan",
      entityId: plan.id,
      areaCode: plan.areaCode,
      before: { step: current },
      after: { step: input.to, on },
    });
  });
  return getPlan(deps, planKey);
}
