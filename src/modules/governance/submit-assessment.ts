// Submits a draft assessment once no item waits for the assessor: score and level are frozen.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { loadDraft, rescore } from "./change-assessment";
import type { Assessment } from "./contracts";
import { selectItems } from "./governance.repository";
import { actorName } from "./governance-access";
import { governanceErrors } from "./governance-errors";
import { toAssessment } from "./governance-views";

export async function submitAssessment(deps: Deps, assessmentId: string): Promise<Assessment> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { assessment, fund } = await loadDraft(t, assessmentId);
    const pending = (await selectItems(tx, assessment.id)).filter((i) => i.result === "pending");
    if (pending.length > 0) throw governanceErrors.itemsPending(pending.map((i) => i.itemKey));
    const { row, items } = await rescore(t, assessment, {
      status: "submitted",
      submittedAt: deps.clock.now(),
      submittedBy: deps.actor.userId,
      submittedByName: await actorName(t),
    });
    await recordAudit(t, {
      action: "gov.assessment_submitted",
      entityType: "gov_assessment",
      entityId: assessment.id,
      areaCode: fund.areaCode,
      after: { fiscalYear: row.fiscalYear, score: row.score, maxScore: row.maxScore, level: row.level },
    });
    return toAssessment(row, fund.name, items);
  });
}
