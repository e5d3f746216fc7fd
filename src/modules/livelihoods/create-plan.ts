// Opens a livelihood action plan of a sub-district or village for a fiscal year, at its first step (prepare).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import { fiscalYearOf } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { type CreatePlanBody, createPlanBodySchema, type PlanDetail } from "./contracts";
import { AREA, livelihoodErrors } from "./livelihood-errors";
import { parseInput, pastDate } from "./livelihood-inputs";
import { planLevel } from "./livelihood-rules";
import { findAreaName, findPlanByAreaYear, insertPlan } from "./livelihoods.repository";
import { getPlan } from "./read-plans";

/** The first fiscal year of the programme (สัมมาชีพชุมชน runs since FY2560, domain §9). */
export const FIRST_FISCAL_YEAR = 2560;

export async function createPlan(deps: Deps, body: CreatePlanBody): Promise<PlanDetail> {
  requirePermission(deps.actor, "livelihoods.write");
  const input = parseInput(createPlanBodySchema, body);
  if (!planLevel(input.areaCode)) throw livelihoodErrors.planArea(input.areaCode);
  assertInScope(deps.actor, input.areaCode, AREA);
  if (!(await findAreaName(deps.db, input.areaCode))) throw outOfScope(AREA);
  const currentYear = fiscalYearOf(deps.clock.today());
  if (input.fiscalYear < FIRST_FISCAL_YEAR || input.fiscalYear > currentYear + 1) {
    throw livelihoodErrors.fiscalYear(input.fiscalYear, currentYear);
  }
  const startedOn = pastDate(deps, "startedOn", input.startedOn ?? deps.clock.today());
  const id = deps.ids.uuid();
  await inTransaction(deps.db, async (tx) => {
    if (await findPlanByAreaYear(tx, input.areaCode, input.fiscalYear)) {
      throw livelihoodErrors.planExists(input.areaCode, input.fiscalYear);
    }
    const now = deps.clock.now();
    await insertPlan(
      tx,
      {
        id,
        areaCode: input.areaCode,
        fiscalYear: input.fiscalYear,
        title: input.title,
        step: "prepare",
        createdBy: deps.actor.userId,
        createdAt: now,
        updatedAt: now,
      },
      { planId: id, step: "prepare", startedOn, completedOn: null },
    );
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "livelihood.plan_created",
        entityType: "livelihood_plan",
        entityId: id,
        areaCode: input.areaCode,
        after: { fiscalYear: input.fiscalYear, title: input.title, startedOn },
      },
    );
  });
  return getPlan(deps, id);
}
