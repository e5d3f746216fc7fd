// Shared steps of the assessment use cases: the fiscal year's evaluation date, the evidence read and judged, the rows written.
import type { Deps } from "../../platform/deps";
import { fiscalYearOf, fiscalYearRange } from "../../shared/thai-date";
import type { FundRow } from "../funds/index";
import { evaluateItems, evaluationDate, type ItemValue, RUBRIC_CONFIG } from "./assessment-rules";
import { type AssessmentItemRow, selectAssessmentEvidence } from "./governance.repository";
import { governanceErrors } from "./governance-errors";

/** The fiscal year checked against today and the fund's start, with its range and evaluation date. */
export function assessmentYear(
  fund: Pick<FundRow, "startedOn">,
  fiscalYear: number,
  today: string,
): { from: string; to: string; asOf: string } {
  const current = fiscalYearOf(today);
  if (!Number.isSafeInteger(fiscalYear) || fiscalYear < 2500 || fiscalYear > current)
    throw governanceErrors.fiscalYearInvalid(fiscalYear, current);
  const range = fiscalYearRange(fiscalYear);
  if (range.to < fund.startedOn) throw governanceErrors.fiscalYearBeforeFund(fiscalYear, fund.startedOn);
  return { ...range, asOf: evaluationDate(range.to, today) };
}

/** Every rubric item judged from the fund's data for the year. */
export async function judgeItems(
  deps: Deps,
  fundId: string,
  fiscalYear: number,
  range: { from: string; asOf: string },
): Promise<ItemValue[]> {
  const evidence = await selectAssessmentEvidence(deps.db, {
    fundId,
    fiscalYear,
    from: range.from,
    asOf: range.asOf,
  });
  return evaluateItems(evidence, RUBRIC_CONFIG);
}

export function itemRow(assessmentId: string, v: ItemValue, deps: Deps): AssessmentItemRow {
  return {
    assessmentId,
    itemKey: v.key,
    source: v.source,
    result: v.result,
    points: v.points,
    maxPoints: v.maxPoints,
    evidence: v.evidence as unknown as Record<string, unknown>,
    note: null,
    updatedBy: deps.actor.userId,
    updatedAt: deps.clock.now(),
  };
}
