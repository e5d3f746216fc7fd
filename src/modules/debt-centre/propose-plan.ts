// Proposes a restructuring plan for a survey: reads each member fund's cash from the ledger and its bylaws, runs the planner, stores the plan (refusals are returned, nothing stored).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { fundPosition } from "../ledger/index";
import { isUuid, loadCentre, requireSurveyRights } from "./centre-access";
import { statusChange, toPlanView } from "./centre-views";
import type { PlanView, ProposePlanBody } from "./contracts";
import {
  findSurvey,
  insertPlan,
  insertStatusChanges,
  lockCentre,
  selectMemberFunds,
  selectPlansOfSurvey,
  selectSurveyDebts,
} from "./debt-centre.repository";
import { centreErrors } from "./debt-centre-errors";
import { type MemberFund, type PlanInput, planRestructuring } from "./debt-planner";
import type { SurveyDebt } from "./debt-survey";

export async function proposePlan(deps: Deps, centreId: string, body: ProposePlanBody): Promise<PlanView> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const centre = await loadCentre(t, centreId);
    await requireSurveyRights(t, centre);
    await lockCentre(tx, centre.id);
    const survey = isUuid(body.surveyId) ? await findSurvey(tx, body.surveyId) : undefined;
    if (!survey || survey.centreId !== centre.id) throw centreErrors.surveyUnknown();
    const open = (await selectPlansOfSurvey(tx, survey.id)).find((p) => p.status !== "surveyed");
    if (open) throw centreErrors.planExists(open.status);

    const members = (await selectMemberFunds(tx, centre.id)).filter(
      (m) => m.fundId !== null && m.fundStatus !== "closed",
    );
    if (members.length === 0) throw centreErrors.noLendingFund();
    // Loans are paid out from cash (disburseLoan from "cash"): bank money lends only after the signatories withdraw it.
    const funds: MemberFund[] = [];
    for (const m of members) {
      const position = await fundPosition(tx, m.fundId!);
      funds.push({
        fundId: m.fundId!,
        name: m.fundName ?? "",
        availableCashSatang: Math.max(0, position.cashSatang),
        maxLoanSatang: m.maxLoanSatang,
        maxTermMonths: m.maxTermMonths,
        mayRefinance: m.mayRefinance,
      });
    }
    const debts = await selectSurveyDebts(tx, [survey.id]);
    const surveyInput = {
      householdId: survey.householdId,
      surveyedOn: survey.surveyedOn,
      monthlyIncomeSatang: survey.monthlyIncomeSatang,
      monthlyExpensesSatang: survey.monthlyExpensesSatang,
      debts: debts.map(
        (d): SurveyDebt => ({
          debtId: d.debtId,
          creditorName: d.creditorName,
          creditorType: d.creditorType as SurveyDebt["creditorType"],
          communityFundId: d.communityFundId ?? undefined,
          originalPrincipalSatang: d.originalPrincipalSatang,
          outstandingSatang: d.outstandingSatang,
          arrearsSatang: d.arrearsSatang,
          rateBp: d.rateBp,
          rateBasis: d.rateBasis as SurveyDebt["rateBasis"],
          instalmentSatang: d.instalmentSatang ?? undefined,
          instalmentFrequency: d.instalmentFrequency as SurveyDebt["instalmentFrequency"],
          collateral: d.collateral ?? undefined,
          guarantor: d.guarantor ?? undefined,
          purpose: d.purpose,
          startOn: d.startOn,
          endOn: d.endOn ?? undefined,
        }),
      ),
    };
    const input: PlanInput = {
      survey: surveyInput,
      plannedOn: body.plannedOn,
      centre: {
        rateBp: centre.rateBp,
        maxTermMonths: centre.maxTermMonths,
        affordabilityBp: centre.affordabilityBp,
        consolidateByDefault: centre.consolidateByDefault,
      },
      funds,
      fundPreference: body.fundPreference ?? members.map((m) => m.fundId!),
      termMonths: body.termMonths,
      overrides: body.overrides,
    };
    const plan = planRestructuring(input);
    if (plan.outcome === "refused") throw centreErrors.planRefused(plan.refusals);

    const now = deps.clock.now();
    const row = {
      id: deps.ids.uuid(),
      centreId: centre.id,
      areaCode: centre.areaCode,
      surveyId: survey.id,
      householdId: survey.householdId,
      status: "planned",
      plannedOn: body.plannedOn,
      input: JSON.parse(JSON.stringify(input)) as Record<string, unknown>,
      plan: JSON.parse(JSON.stringify(plan)) as Record<string, unknown>,
      overrides: (body.overrides as Record<string, unknown> | undefined) ?? null,
      needsChairOverride: plan.needsChairOverride,
      brokenRules: plan.brokenRules,
      approvedBy: null,
      approvedAt: null,
      approvedWithChairOverride: false,
      executedOn: null,
      debtFreeOn: null,
      createdBy: deps.actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    await insertPlan(tx, row);
    await insertStatusChanges(tx, [statusChange(t, row.id, "surveyed", "planned", deps.clock.today(), null)]);
    await recordAudit(t, {
      action: "debt_plan.proposed",
      entityType: "debt_plan",
      entityId: row.id,
      areaCode: centre.areaCode,
      after: {
        surveyId: survey.id,
        householdId: survey.householdId,
        plannedOn: body.plannedOn,
        outcome: plan.outcome,
        refinancedSatang: plan.refinancedSatang,
        termMonths: plan.termMonths,
        contracts: plan.contracts.length,
        brokenRules: plan.brokenRules.map((r) => r.rule),
        overrides: body.overrides ?? null,
      },
    });
    return toPlanView(tx, row);
  });
}
