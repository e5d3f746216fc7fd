// Streams the funds-at-risk list and a year's assessments for CSV/XLSX export: the lists' own use cases (scope, filters) in keyset batches.
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
} from "../../platform/tabular-export";
import type { AssessmentListQuery, AssessmentSummary, FundRisk, RiskListQuery } from "./contracts";
import { listAssessments } from "./read-assessments";
import { listFundRisk } from "./read-risk";

export function exportFundRisk(
  deps: Deps,
  filters: Omit<RiskListQuery, "limit" | "cursor">,
): AsyncIterable<FundRisk> {
  return pagedRows((cursor) => listFundRisk(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function fundRiskExportColumns(language?: ExportLanguage): ExportColumn<FundRisk>[] {
  return [
    { key: "areaCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (r) => r.areaCode },
    { key: "fundName", th: "ชื่อกองทุน", en: "Fund", kind: "text", value: (r) => r.fundName },
    { key: "asOf", th: "ข้อมูล ณ วันที่", en: "As of", kind: "date", value: (r) => r.asOf },
    { key: "score", th: "คะแนนความเสี่ยง", en: "Risk score", kind: "int", value: (r) => r.score },
    {
      key: "band",
      th: "ระดับความเสี่ยง",
      en: "Risk band",
      kind: "text",
      value: (r) => inLanguage(language, { th: r.bandTh, en: r.bandEn }),
    },
    { key: "par30", th: "PAR30", en: "PAR30", kind: "bp", value: (r) => r.par30Bp },
    {
      key: "factors",
      th: "ปัจจัยเสี่ยง",
      en: "Risk factors",
      kind: "text",
      value: (r) =>
        r.factors
          .filter((f) => f.points > 0)
          .map((f) => `${inLanguage(language, { th: f.explanationTh, en: f.explanationEn })} (+${f.points})`)
          .join("; "),
    },
    { key: "fundId", th: "รหัสอ้างอิงกองทุน", en: "Fund ID", kind: "text", value: (r) => r.fundId },
  ];
}

export function exportAssessments(
  deps: Deps,
  filters: Omit<AssessmentListQuery, "limit" | "cursor">,
): AsyncIterable<AssessmentSummary> {
  return pagedRows((cursor) => listAssessments(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function assessmentExportColumns(language?: ExportLanguage): ExportColumn<AssessmentSummary>[] {
  return [
    { key: "areaCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (a) => a.areaCode },
    { key: "fundName", th: "ชื่อกองทุน", en: "Fund", kind: "text", value: (a) => a.fundName },
    { key: "fiscalYear", th: "ปีงบประมาณ", en: "Fiscal year (B.E.)", kind: "int", value: (a) => a.fiscalYear },
    {
      key: "status",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (a) =>
        inLanguage(
          language,
          a.status === "submitted" ? { th: "ส่งแล้ว", en: "Submitted" } : { th: "ร่าง", en: "Draft" },
        ),
    },
    { key: "score", th: "คะแนน", en: "Score", kind: "int", value: (a) => a.score },
    { key: "maxScore", th: "คะแนนเต็ม", en: "Maximum", kind: "int", value: (a) => a.maxScore },
    {
      key: "level",
      th: "ระดับ",
      en: "Level",
      kind: "text",
      value: (a) => inLanguage(language, { th: a.levelTh, en: a.levelEn }),
    },
    {
      key: "evaluatedAsOf",
      th: "ประเมิน ณ วันที่",
      en: "Evaluated as of",
      kind: "date",
      value: (a) => a.evaluatedAsOf,
    },
    { key: "submittedAt", th: "ส่งเมื่อ", en: "Submitted at", kind: "datetime", value: (a) => a.submittedAt },
    { key: "id", th: "รหัสอ้างอิง", en: "Assessment ID", kind: "text", value: (a) => a.id },
  ];
}
