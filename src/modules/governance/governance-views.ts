// Rows to API shapes: reconciliations, risk scores with each factor explained, assessments with their items.
import {
  type AssessmentLevel,
  ITEM_RESULT_NAMES,
  type ItemResult,
  LEVEL_NAMES,
  RUBRIC_CONFIG,
  RUBRIC_ITEM_NAMES,
  RUBRIC_ITEMS,
  type RubricItemKey,
  scoreAssessment,
} from "./assessment-rules";
import type { Assessment, AssessmentSummary, FundRisk, Reconciliation } from "./contracts";
import type { AssessmentItemRow, AssessmentRow, ReconciliationRow, RiskRow } from "./governance.repository";
import {
  explainFactor,
  maxFactorPoints,
  maxRiskScore,
  RISK_BAND_NAMES,
  RISK_CONFIG,
  RISK_FACTOR_NAMES,
  RISK_FACTORS,
  type RiskBand,
  type RiskFactorKey,
  type RiskFactorValue,
} from "./risk-rules";

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function toReconciliation(r: ReconciliationRow): Reconciliation {
  return {
    id: r.id,
    fundId: r.fundId,
    areaCode: r.areaCode,
    statementDate: r.statementDate,
    statementBalanceSatang: r.statementBalanceSatang,
    bookBalanceSatang: r.bookBalanceSatang,
    differenceSatang: r.differenceSatang,
    note: r.note,
    recordedByName: r.recordedByName,
    createdAt: iso(r.createdAt),
  };
}

const isFactor = (k: unknown): k is RiskFactorKey => (RISK_FACTORS as readonly unknown[]).includes(k);

export function toFundRisk(r: RiskRow): FundRisk {
  const band = r.band as RiskBand;
  const factors = (r.factors as RiskFactorValue[])
    .filter((f) => isFactor(f.key))
    .map((f) => {
      const value: RiskFactorValue = {
        key: f.key,
        input: f.input === null || f.input === undefined ? null : Number(f.input),
        points: Number(f.points),
        facts: f.facts ?? {},
      };
      const text = explainFactor(value);
      return {
        ...value,
        nameTh: RISK_FACTOR_NAMES[f.key].th,
        nameEn: RISK_FACTOR_NAMES[f.key].en,
        maxPoints: maxFactorPoints(RISK_CONFIG.factors[f.key]),
        explanationTh: text.th,
        explanationEn: text.en,
      };
    })
    // The factors that cost points first, biggest first; the rest keep the rubric order.
    .sort((a, b) => b.points - a.points);
  return {
    fundId: r.fundId,
    fundName: r.fundName,
    fundType: r.fundType,
    areaCode: r.areaCode,
    asOf: r.asOf,
    score: r.score,
    maxScore: maxRiskScore(RISK_CONFIG),
    band,
    bandTh: RISK_BAND_NAMES[band].th,
    bandEn: RISK_BAND_NAMES[band].en,
    par30Bp: r.par30Bp,
    configVersion: r.configVersion,
    factors,
  };
}

export function toAssessmentSummary(a: AssessmentRow, fundName: string): AssessmentSummary {
  const level = a.level as AssessmentLevel;
  return {
    id: a.id,
    fundId: a.fundId,
    fundName,
    areaCode: a.areaCode,
    fiscalYear: a.fiscalYear,
    evaluatedAsOf: a.evaluatedAsOf,
    status: a.status as "draft" | "submitted",
    score: a.score,
    maxScore: a.maxScore,
    percent: a.maxScore === 0 ? 0 : Math.floor((a.score * 100) / a.maxScore),
    level,
    levelNo: LEVEL_NAMES[level].no,
    levelTh: LEVEL_NAMES[level].th,
    levelEn: LEVEL_NAMES[level].en,
    configVersion: a.configVersion,
    submittedAt: a.submittedAt ? iso(a.submittedAt) : null,
    submittedByName: a.submittedByName,
  };
}

export function toAssessment(
  a: AssessmentRow,
  fundName: string,
  items: readonly AssessmentItemRow[],
): Assessment {
  const order = (k: string) => RUBRIC_ITEMS.indexOf(k as RubricItemKey);
  return {
    ...toAssessmentSummary(a, fundName),
    items: [...items]
      .sort((x, y) => order(x.itemKey) - order(y.itemKey))
      .map((i) => {
        const key = i.itemKey as RubricItemKey;
        const result = i.result as ItemResult;
        const evidence = i.evidence as {
          text?: { th?: string; en?: string };
          facts?: Record<string, unknown>;
        };
        return {
          key,
          nameTh: RUBRIC_ITEM_NAMES[key].th,
          nameEn: RUBRIC_ITEM_NAMES[key].en,
          source: i.source as "system" | "assessor",
          result,
          resultTh: ITEM_RESULT_NAMES[result].th,
          resultEn: ITEM_RESULT_NAMES[result].en,
          points: i.points,
          maxPoints: i.maxPoints,
          evidenceTh: evidence.text?.th ?? "",
          evidenceEn: evidence.text?.en ?? "",
          facts: evidence.facts ?? {},
          note: i.note,
        };
      }),
  };
}

/** Score, maximum and level of the items as they stand. */
export function scoreOf(items: readonly Pick<AssessmentItemRow, "result" | "points" | "maxPoints">[]) {
  return scoreAssessment(
    items.map((i) => ({ result: i.result as ItemResult, points: i.points, maxPoints: i.maxPoints })),
    RUBRIC_CONFIG,
  );
}
