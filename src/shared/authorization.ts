// Pure authorization rules: permissions by role and area scope (records outside scope are "not found").
import type { Actor } from "./actor";
import { isWithin } from "./area-code";
import { AppError, forbidden } from "./errors";
import { can, type Permission } from "./roles";

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.kind === "system" || can(actor.role, permission);
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor, permission))
    throw forbidden(`access.permission_${permission.replace(/\./g, "_")}`);
}

/** True when the actor's area scope contains `areaCode`. */
export function inScope(actor: Actor, areaCode: string): boolean {
  return isWithin(areaCode, actor.scopeCode);
}

/**
 * Throws "not found" — never "forbidden" — for a record outside the actor's area, so that a request
 * does not reveal whether the record exists.
 */
export function assertInScope(actor: Actor, areaCode: string, what: { th: string; en: string }): void {
  if (!inScope(actor, areaCode)) throw outOfScope(what);
}

export function outOfScope(what: { th: string; en: string }): AppError {
  return new AppError("not_found", "common.not_found", { th: `ไม่พบ${what.th}`, en: `${what.en} not found` });
}
