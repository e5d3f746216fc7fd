// Audit log: append-only events for every write, and the filtered viewer.
export { type ListAuditInput, listAuditEvents } from "./list-audit-events";
export { type AuditInput, recordAudit } from "./record-audit";
