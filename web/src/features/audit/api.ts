// Audit log queries.
import { infiniteQueryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import type { AuditEvent } from "../../../../src/shared/contracts/users";
import { api } from "../../lib/api";

const PAGE_SIZE = 50;

export interface AuditFilters {
  area?: string | undefined;
  actor?: string | undefined;
  entityType?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const auditQuery = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ["audit", filters] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<AuditEvent>>("/api/audit", { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** The entity types the server records today. */
export const ENTITY_TYPES = ["user", "area", "household", "parameter"] as const;

/** Actions with a translated label; others are shown by their code. */
export const KNOWN_ACTIONS = [
  "auth.login",
  "auth.login_failed",
  "auth.login_refused_locked",
  "auth.locked",
  "auth.logout",
  "user.created",
  "user.updated",
  "user.unlocked",
  "user.password_reset",
  "user.password_changed",
  "village.created",
  "household.created",
  "household.imported",
  "bmn.recorded",
  "bmn.criterion_added",
  "bmn.criterion_changed",
] as const;
export type KnownAction = (typeof KNOWN_ACTIONS)[number];

export function isKnownAction(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}
