// SQL of the audit log: append and filtered reads (never update, never delete).
import { and, desc, eq, gte, like, lt, type SQL } from "drizzle-orm";
import { auditEvent } from "../../../db/schema/index";
import type { Executor } from "../../platform/database";

export type AuditInsert = typeof auditEvent.$inferInsert;
export type AuditRow = typeof auditEvent.$inferSelect;

export async function insertAuditEvents(db: Executor, events: AuditInsert[]): Promise<void> {
  if (events.length > 0) await db.insert(auditEvent).values(events);
}

export interface AuditFilter {
  scopeCode: string;
  area?: string | undefined;
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  fromInstant?: Date | undefined;
  toInstant?: Date | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export async function selectAuditEvents(db: Executor, f: AuditFilter): Promise<AuditRow[]> {
  const conditions: SQL[] = [];
  // Events without an area (account changes, logins) belong to the national level only.
  if (f.scopeCode !== "") conditions.push(like(auditEvent.areaCode, `${f.scopeCode}%`));
  if (f.area) conditions.push(like(auditEvent.areaCode, `${f.area}%`));
  if (f.actorId) conditions.push(eq(auditEvent.actorId, f.actorId));
  if (f.entityType) conditions.push(eq(auditEvent.entityType, f.entityType));
  if (f.entityId) conditions.push(eq(auditEvent.entityId, f.entityId));
  if (f.fromInstant) conditions.push(gte(auditEvent.occurredAt, f.fromInstant));
  if (f.toInstant) conditions.push(lt(auditEvent.occurredAt, f.toInstant));
  if (f.beforeId !== undefined) conditions.push(lt(auditEvent.id, f.beforeId));
  return db
    .select()
    .from(auditEvent)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditEvent.id))
    .limit(f.limit);
}
