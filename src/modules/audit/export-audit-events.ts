// Streams the audit log for CSV/XLSX export: the viewer's own use case (filters, scope) in keyset batches.
import type { Deps } from "../../platform/deps";
import { EXPORT_BATCH, type ExportColumn, pagedRows } from "../../platform/tabular-export";
import type { AuditEvent } from "../../shared/contracts/index";
import { type ListAuditInput, listAuditEvents } from "./list-audit-events";

export function exportAuditEvents(
  deps: Deps,
  filters: Omit<ListAuditInput, "limit" | "cursor">,
): AsyncIterable<AuditEvent> {
  return pagedRows((cursor) => listAuditEvents(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export const auditExportColumns: ExportColumn<AuditEvent>[] = [
  { key: "id", th: "ลำดับเหตุการณ์", en: "Event no.", kind: "int", value: (e) => e.id },
  { key: "occurredAt", th: "เวลา", en: "Time", kind: "datetime", value: (e) => e.occurredAt },
  { key: "actorUsername", th: "ผู้ใช้", en: "User", kind: "text", value: (e) => e.actorUsername },
  { key: "actorRole", th: "บทบาท", en: "Role", kind: "text", value: (e) => e.actorRole },
  { key: "action", th: "การกระทำ", en: "Action", kind: "text", value: (e) => e.action },
  { key: "entityType", th: "ประเภทข้อมูล", en: "Record type", kind: "text", value: (e) => e.entityType },
  { key: "entityId", th: "รหัสข้อมูล", en: "Record ID", kind: "text", value: (e) => e.entityId },
  { key: "areaCode", th: "รหัสพื้นที่", en: "Area code", kind: "text", value: (e) => e.areaCode },
  { key: "details", th: "รายละเอียด", en: "Details", kind: "text", value: (e) => json(e.details) },
  { key: "before", th: "ก่อนเปลี่ยน", en: "Before", kind: "text", value: (e) => json(e.before) },
  { key: "after", th: "หลังเปลี่ยน", en: "After", kind: "text", value: (e) => json(e.after) },
  { key: "requestId", th: "รหัสคำขอ", en: "Request ID", kind: "text", value: (e) => e.requestId },
  { key: "actorId", th: "รหัสผู้ใช้", en: "User ID", kind: "text", value: (e) => e.actorId },
];
