// Records dated evidence of the work at a step of a plan: the current step, or one already passed.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { type EvidenceBody, evidenceBodySchema, type PlanDetail } from "./contracts";
import { livelihoodErrors } from "./livelihood-errors";
import { parseInput, pastDate } from "./livelihood-inputs";
import { PLAN_STEPS, type PlanState, type PlanStep } from "./livelihood-rules";
import { insertEvidence, selectPlanSteps } from "./livelihoods.repository";
import { getPlan, loadPlan } from "./read-plans";

export async function addEvidence(
  deps: Deps,
  planId: string,
  body: EvidenceBody,
): Promise<PlanDetail & { evidenceId: string }> {
  const input = parseInput(evidenceBodySchema, body);
  const id = deps.ids.uuid();
  let planKey = planId;
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const plan = await loadPlan(t, planId, "livelihoods.write", true);
    planKey = plan.id;
    const current = plan.step as PlanState;
    const step: PlanStep = input.step ?? (current === "completed" ? "summarise" : current);
    const reached = current === "completed" || PLAN_STEPS.indexOf(step) <= PLAN_STEPS.indexOf(current);
    if (!reached) throw livelihoodErrors.evidenceStep(step, current);
    const evidenceOn = pastDate(deps, "evidenceOn", input.evidenceOn);
    const started = (await selectPlanSteps(tx, plan.id)).find((s) => s.step === step)?.startedOn;
    if (started && evidenceOn < started) throw livelihoodErrors.evidenceBeforeStep(evidenceOn, started);
    await insertEvidence(tx, {
      id,
      planId: plan.id,
      areaCode: plan.areaCode,
      step,
      evidenceOn,
      description: input.description,
      createdBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    });
    await recordAudit(t, {
      action: "livelihood.evidence_added",
      entityType: "livelihood_plan",
      entityId: plan.id,
      areaCode: plan.areaCode,
      after: { evidenceId: id, step, evidenceOn, description: input.description },
    });
  });
  return { ...(await getPlan(deps, planKey)), evidenceId: id };
}
