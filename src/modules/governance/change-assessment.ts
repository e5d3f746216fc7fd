// Shared by the draft-changing use cases: the assessment locked, in the actor's area, still a draft; and its score rewritten from its items.
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import type { FundRow } from "../funds/index";
import {
  type AssessmentItemRow,
  type AssessmentRow,
  lockAssessment,
  selectItems,
  updateAssessment,
} from "./governance.repository";
import { loadFundForAssessor } from "./governance-access";
import { ASSESSMENT, governanceErrors } from "./governance-errors";
import { scoreOf } from "./governance-views";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The draft, locked; outside the actor's area it is "not found". */
export async function loadDraft(
  deps: Deps,
  id: string,
  allowSubmitted = false,
): Promise<{ assessment: AssessmentRow; fund: FundRow }> {
  const assessment = UUID.test(id) ? await lockAssessment(deps.db, id) : undefined;
  if (!assessment) throw outOfScope(ASSESSMENT);
  let fund: FundRow;
  try {
    fund = await loadFundForAssessor(deps, assessment.fundId);
  } catch (error) {
    // A fund out of scope answers as the assessment not found.
    if (error instanceof Error && "kind" in error && error.kind === "not_found") throw outOfScope(ASSESSMENT);
    throw error;
  }
  if (!allowSubmitted && assessment.status !== "draft") throw governanceErrors.assessmentSubmitted();
  return { assessment, fund };
}

/** Recomputes score and level from the stored items; returns the items and the updated row. */
export async function rescore(
  deps: Deps,
  assessment: AssessmentRow,
  patch: Partial<AssessmentRow> = {},
): Promise<{ row: AssessmentRow; items: AssessmentItemRow[] }> {
  const items = await selectItems(deps.db, assessment.id);
  const s = scoreOf(items);
  const row: AssessmentRow = {
    ...assessment,
    ...patch,
    score: s.score,
    maxScore: s.maxScore,
    level: s.level,
    updatedAt: deps.clock.now(),
  };
  await updateAssessment(deps.db, assessment.id, {
    score: row.score,
    maxScore: row.maxScore,
    level: row.level,
    updatedAt: row.updatedAt,
    evaluatedAsOf: row.evaluatedAsOf,
    status: row.status,
    submittedAt: row.submittedAt,
    submittedBy: row.submittedBy,
    submittedByName: row.submittedByName,
  });
  return { row, items };
}
