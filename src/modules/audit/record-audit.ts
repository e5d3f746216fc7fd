// Appends audit events for a write, inside the caller's transaction.
import type { Deps } from "../../platform/deps";
import { insertAuditEvents } from "./audit.repository";

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  areaCode?: string | null;
  before?: unknown;
  after?: unknown;
  details?: unknown;
}

export async function recordAudit(deps: Deps, ...inputs: AuditInput[]): Promise<void> {
  const occurredAt = deps.clock.now();
  await insertAuditEvents(
    deps.db,
    inputs.map((i) => ({
      occurredAt,
      actorId: deps.actor.userId,
      actorUsername: deps.actor.username,
      actorRole: deps.actor.kind === "system" ? "system" : deps.actor.role,
      action: i.action,
      entityType: i.entityType,
      entityId: i.entityId ?? null,
      areaCode: i.areaCode ?? null,
      before: i.before ?? null,
      after: i.after ?? null,
      details: i.details ?? null,
      requestId: deps.requestId ?? null,
    })),
  );
}
