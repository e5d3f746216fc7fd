// Adds a target livelihood household (or a model household) from the register to a plan of its area.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { type PlanDetail, type TargetHouseholdBody, targetHouseholdBodySchema } from "./contracts";
import { HOUSEHOLD, livelihoodErrors } from "./livelihood-errors";
import { parseInput } from "./livelihood-inputs";
import { findHouseholdRow, findTarget, insertTarget } from "./livelihoods.repository";
import { getPlan, loadPlan } from "./read-plans";

export async function addTargetHousehold(
  deps: Deps,
  planId: string,
  body: TargetHouseholdBody,
): Promise<PlanDetail> {
  const input = parseInput(targetHouseholdBodySchema, body);
  let planKey = planId;
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const plan = await loadPlan(t, planId, "livelihoods.write", true);
    planKey = plan.id;
    const home = await findHouseholdRow(tx, input.householdId);
    if (!home) throw outOfScope(HOUSEHOLD);
    if (!home.villageCode.startsWith(plan.areaCode)) throw livelihoodErrors.householdOutsidePlan(home.id);
    if (await findTarget(tx, plan.id, home.id)) throw livelihoodErrors.householdTwice(home.id);
    const now = deps.clock.now();
    const id = deps.ids.uuid();
    await insertTarget(tx, {
      id,
      planId: plan.id,
      householdId: home.id,
      areaCode: home.villageCode,
      occupation: input.occupation,
      isModel: input.isModel,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(t, {
      action: "livelihood.household_added",
      entityType: "livelihood_plan",
      entityId: plan.id,
      areaCode: plan.areaCode,
      after: { householdId: home.id, occupation: input.occupation, isModel: input.isModel },
    });
  });
  return getPlan(deps, planKey);
}
