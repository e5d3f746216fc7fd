// Streams plans and trainings for CSV/XLSX export: the lists' own use cases (scope, filters) in keyset batches.
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
} from "../../platform/tabular-export";
import type { AreaListQuery, PlanListQuery, PlanSummary, Training } from "./contracts";
import { STEP_NAMES } from "./livelihood-rules";
import { listPlans } from "./read-plans";
import { listTrainings } from "./read-trainings";

export function exportPlans(
  deps: Deps,
  filters: Omit<PlanListQuery, "limit" | "cursor">,
): AsyncIterable<PlanSummary> {
  return pagedRows((cursor) => listPlans(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function exportTrainings(
  deps: Deps,
  filters: Omit<AreaListQuery, "limit" | "cursor">,
): AsyncIterable<Training> {
  return pagedRows((cursor) => listTrainings(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function planExportColumns(language?: ExportLanguage): ExportColumn<PlanSummary>[] {
  return [
    { key: "areaCode", th: "รหัสพื้นที่", en: "Area code", kind: "text", value: (p) => p.areaCode },
    { key: "areaName", th: "พื้นที่", en: "Area", kind: "text", value: (p) => p.areaName },
    { key: "fiscalYear", th: "ปีงบประมาณ", en: "Fiscal year (B.E.)", kind: "int", value: (p) => p.fiscalYear },
    { key: "title", th: "ชื่อแผน", en: "Plan", kind: "text", value: (p) => p.title },
    {
      key: "step",
      th: "ขั้นตอน",
      en: "Step",
      kind: "text",
      value: (p) => inLanguage(language, STEP_NAMES[p.step]),
    },
    { key: "stepNo", th: "ขั้นที่", en: "Step number", kind: "int", value: (p) => p.stepNumber },
    {
      key: "targets",
      th: "ครัวเรือนเป้าหมาย",
      en: "Target households",
      kind: "int",
      value: (p) => p.targetHouseholds,
    },
    {
      key: "models",
      th: "ครัวเรือนตัวอย่าง",
      en: "Model households",
      kind: "int",
      value: (p) => p.modelHouseholds,
    },
    { key: "planId", th: "รหัสอ้างอิง", en: "Plan ID", kind: "text", value: (p) => p.id },
  ];
}

export function trainingExportColumns(): ExportColumn<Training>[] {
  return [
    { key: "heldOn", th: "วันที่อบรม", en: "Date", kind: "date", value: (t) => t.heldOn },
    { key: "areaCode", th: "รหัสพื้นที่", en: "Area code", kind: "text", value: (t) => t.areaCode },
    { key: "topic", th: "หัวข้อ", en: "Topic", kind: "text", value: (t) => t.topic },
    { key: "place", th: "สถานที่", en: "Place", kind: "text", value: (t) => t.place },
    {
      key: "lecturers",
      th: "วิทยากร",
      en: "Lecturers",
      kind: "text",
      value: (t) => t.lecturers.map((l) => l.name).join(", "),
    },
    {
      key: "participants",
      th: "ผู้เข้าอบรม (คน)",
      en: "Participants",
      kind: "int",
      value: (t) => t.participants.length,
    },
    { key: "trainingId", th: "รหัสอ้างอิง", en: "Training ID", kind: "text", value: (t) => t.id },
  ];
}
