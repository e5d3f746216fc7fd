// Starts a fund's governance assessment for a fiscal year as a draft: the system items judged from data with their evidence, the assessor items pending.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { RUBRIC_CONFIG } from "./assessment-rules";
import { assessmentYear, itemRow, judgeItems } from "./assessment-support";
import type { Assessment, CreateAssessmentBody } from "./contracts";
import { type AssessmentRow, findAssessmentFor, insertAssessment } from "./governance.repository";
import { loadFundForAssessor } from "./governance-access";
import { governanceErrors } from "./governance-errors";
import { scoreOf, toAssessment } from "./governance-views";

export async function createAssessment(deps: Deps, body: CreateAssessmentBody): Promise<Assessment> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadFundForAssessor(t, body.fundId);
    const year = assessmentYear(fund, body.fiscalYear, deps.clock.today());
    const existing = await findAssessmentFor(tx, fund.id, body.fiscalYear);
    if (existing) throw governanceErrors.assessmentExists(body.fiscalYear, existing.id);
    const id = deps.ids.uuid();
    const items = (await judgeItems(t, fund.id, body.fiscalYear, year)).map((v) => itemRow(id, v, t));
    const s = scoreOf(items);
    const now = deps.clock.now();
    const row: AssessmentRow = {
      id,
      fundId: fund.id,
      areaCode: fund.areaCode,
      fiscalYear: body.fiscalYear,
      evaluatedAsOf: year.asOf,
      status: "draft",
      score: s.score,
      maxScore: s.maxScore,
      level: s.level,
      configVersion: RUBRIC_CONFIG.version,
      createdBy: deps.actor.userId,
      createdAt: now,
      updatedAt: now,
      submittedBy: null,
      submittedByName: null,
      submittedAt: null,
    };
    await insertAssessment(tx, row, items);
    const view = toAssessment(row, fund.name, items);
    await recordAudit(t, {
      action: "gov.assessment_created",
      entityType: "gov_assessment",
      entityId: id,
      areaCode: fund.areaCode,
      after: {
        fundId: fund.id,
        fiscalYear: body.fiscalYear,
        score: s.score,
        maxScore: s.maxScore,
        level: s.level,
      },
    });
    return view;
  });
}
