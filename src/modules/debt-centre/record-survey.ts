// Records a household debt survey (income pre-filled from the latest จปฐ. record when omitted), validated field by field, and flags relapses.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { isUuid, loadCentre, requireSurveyRights } from "./centre-access";
import { toSurvey } from "./centre-views";
import type { SurveyBody, SurveyView } from "./contracts";
import { findHouseholdOf, findLatestBmn, insertSurvey } from "./debt-centre.repository";
import { centreErrors } from "./debt-centre-errors";
import { incomeFromBmn, parseDebtSurvey } from "./debt-survey";
import { flagRelapses } from "./flag-relapses";

export async function recordSurvey(deps: Deps, centreId: string, body: SurveyBody): Promise<SurveyView> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const centre = await loadCentre(t, centreId);
    await requireSurveyRights(t, centre);
    const household = isUuid(body.householdId) ? await findHouseholdOf(tx, body.householdId) : undefined;
    if (!household || household.villageCode !== centre.areaCode) throw centreErrors.householdOutsideCentre();
    let income = body.monthlyIncomeSatang;
    let bmnYear: number | null = null;
    if (income === undefined) {
      const bmn = await findLatestBmn(tx, body.householdId);
      if (!bmn) throw centreErrors.noBmnIncome();
      income = incomeFromBmn(bmn).monthlyIncomeSatang;
      bmnYear = bmn.surveyYear;
    }
    const survey = parseDebtSurvey({
      householdId: body.householdId,
      surveyedOn: body.surveyedOn,
      monthlyIncomeSatang: income,
      monthlyExpensesSatang: body.monthlyExpensesSatang,
      debts: body.debts,
    });
    const row = {
      id: deps.ids.uuid(),
      centreId: centre.id,
      areaCode: centre.areaCode,
      householdId: survey.householdId,
      surveyedOn: survey.surveyedOn,
      monthlyIncomeSatang: survey.monthlyIncomeSatang,
      monthlyExpensesSatang: survey.monthlyExpensesSatang,
      incomeSource: bmnYear === null ? "manual" : "bmn",
      bmnYear,
      createdBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    };
    const debts = survey.debts.map((d, k) => ({
      surveyId: row.id,
      debtId: d.debtId,
      seq: k + 1,
      creditorName: d.creditorName,
      creditorType: d.creditorType,
      communityFundId: d.communityFundId ?? null,
      originalPrincipalSatang: d.originalPrincipalSatang,
      outstandingSatang: d.outstandingSatang,
      arrearsSatang: d.arrearsSatang,
      rateBp: d.rateBp,
      rateBasis: d.rateBasis,
      instalmentSatang: d.instalmentSatang ?? null,
      instalmentFrequency: d.instalmentFrequency,
      collateral: d.collateral ?? null,
      guarantor: d.guarantor ?? null,
      purpose: d.purpose,
      startOn: d.startOn,
      endOn: d.endOn ?? null,
    }));
    await insertSurvey(tx, row, debts);
    const flags = await flagRelapses(t, centre, row.id, survey);
    const view = toSurvey(row, debts, flags);
    await recordAudit(t, {
      action: "debt_survey.recorded",
      entityType: "debt_survey",
      entityId: row.id,
      areaCode: centre.areaCode,
      after: {
        householdId: row.householdId,
        surveyedOn: row.surveyedOn,
        monthlyIncomeSatang: row.monthlyIncomeSatang,
        monthlyExpensesSatang: row.monthlyExpensesSatang,
        incomeSource: row.incomeSource,
        bmnYear,
        debts: debts.length,
        outstandingSatang: debts.reduce((a, d) => a + d.outstandingSatang, 0),
        relapseFlags: flags,
      },
    });
    return view;
  });
}
