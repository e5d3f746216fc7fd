// Lists audit events within the actor's area, newest first, with filters and a cursor.

import type { Deps } from "../../platform/deps";
import { requirePermission } from "../../shared/authorization";
import type { AuditEvent, Page } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { addDays } from "../../shared/thai-date";
import { selectAuditEvents } from "./audit.repository";

export interface ListAuditInput {
  area?: string | undefined;
  actor?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Bangkok midnight of a business date as an instant. */
function bangkokMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+07:00`);
}

export async function listAuditEvents(deps: Deps, input: ListAuditInput): Promise<Page<AuditEvent>> {
  requirePermission(deps.actor, "audit.read");
  let beforeId: number | undefined;
  if (input.cursor !== undefined) {
    beforeId = Number(input.cursor);
    if (!Number.isSafeInteger(beforeId) || beforeId < 1) {
      throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
    }
  }
  const rows = await selectAuditEvents(deps.db, {
    scopeCode: deps.actor.scopeCode,
    area: input.area,
    actorId: input.actor,
    entityType: input.entityType,
    entityId: input.entityId,
    fromInstant: input.from ? bangkokMidnight(input.from) : undefined,
    toInstant: input.to ? bangkokMidnight(addDays(input.to, 1)) : undefined,
    beforeId,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt.toISOString(),
      actorId: r.actorId,
      actorUsername: r.actorUsername,
      actorRole: r.actorRole,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      areaCode: r.areaCode,
      before: r.before,
      after: r.after,
      details: r.details,
      requestId: r.requestId,
    })),
    nextCursor: rows.length > input.limit ? String(page[page.length - 1]!.id) : null,
  };
}
