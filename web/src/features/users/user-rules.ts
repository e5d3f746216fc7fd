// Client-side checks that mirror the server's account rules, so mistakes show before sending.
import { levelOfCode } from "../../../../src/shared/area-code";
import { ROLE_SCOPE_LEVEL, ROLES, type Role } from "../../../../src/shared/roles";

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;
export const PASSWORD_MIN_LENGTH = 10;
const SCOPE_PATTERN = /^(|\d{2}|\d{4}|\d{6}|\d{8})$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Roles this administrator may grant: only a central administrator grants the two national roles. */
export function grantableRoles(myRole: Role): Role[] {
  return ROLES.filter((r) => myRole === "central_admin" || (r !== "central_admin" && r !== "it_support"));
}

export type ScopeProblem = "format" | "level" | "outside" | null;

export function scopeProblem(role: Role, scopeCode: string, myScope: string): ScopeProblem {
  if (!SCOPE_PATTERN.test(scopeCode)) return "format";
  const need = ROLE_SCOPE_LEVEL[role];
  const level = scopeCode === "" ? "national" : levelOfCode(scopeCode);
  if (need !== "any" && level !== need) return "level";
  if (!scopeCode.startsWith(myScope)) return "outside";
  return null;
}

export type PasswordProblem = "short" | "containsUsername" | null;

export function passwordProblem(password: string, username: string): PasswordProblem {
  if (password.length < PASSWORD_MIN_LENGTH) return "short";
  if (username && password.toLowerCase().includes(username.toLowerCase())) return "containsUsername";
  return null;
}

export function isUuid(text: string): boolean {
  return UUID_PATTERN.test(text);
}
