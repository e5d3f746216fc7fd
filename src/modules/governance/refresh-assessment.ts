// Re-reads the data behind a draft assessment's system items (new meetings, a reconciliation, the job's figures); assessor entries are kept.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assessmentYear, judgeItems } from "./assessment-support";
import { loadDraft, rescore } from "./change-assessment";
import type { Assessment } from "./contracts";
import { selectItems, updateItem } from "./governance.repository";
import { toAssessment } from "./governance-views";

export async function refreshAssessment(deps: Deps, assessmentId: string): Promise<Assessment> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { assessment, fund } = await loadDraft(t, assessmentId);
    const year = assessmentYear(fund, assessment.fiscalYear, deps.clock.today());
    const judged = await judgeItems(t, fund.id, assessment.fiscalYear, year);
    const stored = new Map((await selectItems(tx, assessment.id)).map((i) => [i.itemKey, i]));
    let changed = 0;
    for (const v of judged) {
      const old = stored.get(v.key);
      if (!old) continue;
      const evidence = v.evidence as unknown as Record<string, unknown>;
      // An item the assessor already answered keeps the answer; only its evidence is renewed.
      const keepAnswer = v.source === "assessor" && old.source === "assessor" && old.result !== "pending";
      const result = keepAnswer ? old.result : v.result;
      const points = keepAnswer ? old.points : v.points;
      if (
        old.source === v.source &&
        old.result === result &&
        old.points === points &&
        JSON.stringify(old.evidence) === JSON.stringify(evidence)
      )
        continue;
      changed++;
      await updateItem(tx, assessment.id, v.key, {
        source: v.source,
        result,
        points,
        maxPoints: v.maxPoints,
        evidence,
        updatedBy: deps.actor.userId,
        updatedAt: deps.clock.now(),
      });
    }
    const { row, items } = await rescore(t, assessment, { evaluatedAsOf: year.asOf });
    await recordAudit(t, {
      action: "gov.assessment_refreshed",
      entityType: "gov_assessment",
      entityId: assessment.id,
      areaCode: fund.areaCode,
      after: { evaluatedAsOf: year.asOf, itemsChanged: changed, score: row.score, level: row.level },
    });
    return toAssessment(row, fund.name, items);
  });
}
