// Livelihood action plans: one plan with its five steps, dated evidence and households; a keyset page of an area.
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import type { PlanDetail, PlanListQuery, PlanSummary } from "./contracts";
import { evidenceFiles } from "./evidence-files";
import { PLAN } from "./livelihood-errors";
import { decodeCursor, isUuid, page, scopedArea } from "./livelihood-inputs";
import { PLAN_STEPS, type PlanState, type PlanStep, stepNumber } from "./livelihood-rules";
import {
  findAreaName,
  findPlan,
  type PlanPageRow,
  type PlanRow,
  selectEvidence,
  selectPlanPage,
  selectPlanSteps,
  selectTargets,
} from "./livelihoods.repository";

export async function loadPlan(
  deps: Deps,
  planId: string,
  permission: "livelihoods.read" | "livelihoods.write",
  forUpdate = false,
): Promise<PlanRow> {
  requirePermission(deps.actor, permission);
  const row = isUuid(planId) ? await findPlan(deps.db, planId, forUpdate) : undefined;
  if (!row) throw outOfScope(PLAN);
  assertInScope(deps.actor, row.areaCode, PLAN);
  return row;
}

function toSummary(row: PlanPageRow): PlanSummary {
  const step = row.step as PlanState;
  return {
    id: row.id,
    areaCode: row.areaCode,
    areaName: row.areaName,
    fiscalYear: row.fiscalYear,
    title: row.title,
    step,
    stepNumber: stepNumber(step),
    targetHouseholds: row.targetHouseholds,
    modelHouseholds: row.modelHouseholds,
  };
}

export async function getPlan(deps: Deps, planId: string): Promise<PlanDetail> {
  const plan = await loadPlan(deps, planId, "livelihoods.read");
  const steps = await selectPlanSteps(deps.db, plan.id);
  const evidence = await selectEvidence(deps.db, plan.id);
  const households = await selectTargets(deps.db, plan.id);
  const withFiles = [];
  for (const e of evidence) {
    withFiles.push({
      id: e.id,
      step: e.step as PlanStep,
      evidenceOn: e.evidenceOn,
      description: e.description,
      files: await evidenceFiles(deps, e.id),
    });
  }
  const step = plan.step as PlanState;
  return {
    ...toSummary({
      ...plan,
      areaName: (await findAreaName(deps.db, plan.areaCode)) ?? plan.areaCode,
      targetHouseholds: households.length,
      modelHouseholds: households.filter((h) => h.isModel).length,
    }),
    step,
    steps: PLAN_STEPS.map((s) => {
      const row = steps.find((r) => r.step === s);
      return {
        step: s,
        startedOn: row?.startedOn ?? null,
        completedOn: row?.completedOn ?? null,
        evidenceCount: evidence.filter((e) => e.step === s).length,
      };
    }),
    evidence: withFiles,
    households,
  };
}

/** Plans in an area of the actor's scope (optionally one fiscal year), in area-code order. */
export async function listPlans(deps: Deps, query: PlanListQuery): Promise<Page<PlanSummary>> {
  const area = scopedArea(deps, query.area);
  const found = await selectPlanPage(deps.db, {
    areaPrefix: area,
    fiscalYear: query.fiscalYear,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  return page(found, query.limit, toSummary, (p) => [p.areaCode, p.id]);
}
