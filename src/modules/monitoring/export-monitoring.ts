// Streams visits and open follow-ups for CSV/XLSX export: the lists' own use cases (scope, filters) in keyset batches.
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
} from "../../platform/tabular-export";
import type { FollowUp, FollowUpListQuery, VisitListQuery, VisitSummary } from "./contracts";
import { FOLLOW_UP_STATUS_NAMES, SUBJECT_TYPE_NAMES } from "./monitoring-rules";
import { listFollowUps, listVisits } from "./read-visits";

export function exportVisits(
  deps: Deps,
  filters: Omit<VisitListQuery, "limit" | "cursor">,
): AsyncIterable<VisitSummary> {
  return pagedRows((cursor) => listVisits(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function exportFollowUps(
  deps: Deps,
  filters: Omit<FollowUpListQuery, "limit" | "cursor">,
): AsyncIterable<FollowUp> {
  return pagedRows((cursor) => listFollowUps(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function visitExportColumns(language?: ExportLanguage): ExportColumn<VisitSummary>[] {
  return [
    { key: "visitedOn", th: "วันที่ลงพื้นที่", en: "Visit date", kind: "date", value: (v) => v.visitedOn },
    { key: "areaCode", th: "รหัสพื้นที่", en: "Area code", kind: "text", value: (v) => v.areaCode },
    {
      key: "subjectType",
      th: "ประเภท",
      en: "Subject type",
      kind: "text",
      value: (v) => inLanguage(language, SUBJECT_TYPE_NAMES[v.subjectType]),
    },
    { key: "subjectName", th: "ชื่อ", en: "Subject", kind: "text", value: (v) => v.subjectName },
    { key: "purpose", th: "วัตถุประสงค์", en: "Purpose", kind: "text", value: (v) => v.purpose },
    { key: "team", th: "คณะผู้ลงพื้นที่", en: "Team", kind: "text", value: (v) => v.teamNames.join(", ") },
    { key: "open", th: "งานค้าง", en: "Open follow-ups", kind: "int", value: (v) => v.followUpsOpen },
    {
      key: "overdue",
      th: "งานเกินกำหนด",
      en: "Overdue follow-ups",
      kind: "int",
      value: (v) => v.followUpsOverdue,
    },
    { key: "done", th: "งานเสร็จแล้ว", en: "Done follow-ups", kind: "int", value: (v) => v.followUpsDone },
    { key: "visitId", th: "รหัสอ้างอิง", en: "Visit ID", kind: "text", value: (v) => v.id },
  ];
}

export function followUpExportColumns(language?: ExportLanguage): ExportColumn<FollowUp>[] {
  return [
    { key: "dueOn", th: "กำหนดเสร็จ", en: "Due", kind: "date", value: (f) => f.dueOn },
    { key: "daysOverdue", th: "เกินกำหนด (วัน)", en: "Days overdue", kind: "int", value: (f) => f.daysOverdue },
    { key: "description", th: "รายการ", en: "Action", kind: "text", value: (f) => f.description },
    { key: "owner", th: "ผู้รับผิดชอบ", en: "Owner", kind: "text", value: (f) => f.ownerName },
    {
      key: "status",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (f) => inLanguage(language, FOLLOW_UP_STATUS_NAMES[f.status]),
    },
    { key: "visitedOn", th: "วันที่ลงพื้นที่", en: "Visit date", kind: "date", value: (f) => f.visitedOn ?? null },
    { key: "subject", th: "ลงพื้นที่ที่", en: "Visited", kind: "text", value: (f) => f.subjectName ?? "" },
    { key: "areaCode", th: "รหัสพื้นที่", en: "Area code", kind: "text", value: (f) => f.areaCode },
    { key: "followUpId", th: "รหัสอ้างอิง", en: "Follow-up ID", kind: "text", value: (f) => f.id },
  ];
}
