// Who may read target lists and profiles, the area a request means, and the cursors of their pages.
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import { forbidden, invalidInput } from "../../shared/errors";
import { findList, type TargetListRow } from "./targets.repository";

export const AREA = { th: "พื้นที่", en: "Area" };
export const TARGET_LIST = { th: "บัญชีเป้าหมาย", en: "Target list" };
export const HOUSEHOLD = { th: "ครัวเรือน", en: "Household" };

/** A household member's account sees only its own household, never another household's list rows. */
export const isHouseholdAccount = (actor: Actor): boolean =>
  actor.kind === "user" && actor.role === "household_member";

export function requireListReader(actor: Actor): void {
  requirePermission(actor, "households.read");
  if (isHouseholdAccount(actor)) throw forbidden("access.permission_poverty_targets_read");
}

/** The area asked for (the actor's own by default), checked against the actor's scope. */
export function areaOf(deps: Deps, area: string | undefined): string {
  const code = area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, code, AREA);
  return code;
}

/** A list the actor may read: one outside their area is "not found". */
export async function loadList(deps: Deps, id: string): Promise<TargetListRow> {
  requireListReader(deps.actor);
  const list = await findList(deps.db, id);
  if (!list) throw outOfScope(TARGET_LIST);
  assertInScope(deps.actor, list.areaCode, TARGET_LIST);
  return list;
}

export const encodeCursor = (parts: readonly (string | number)[]): string =>
  Buffer.from(JSON.stringify(parts)).toString("base64url");

/** Cursor parts with the expected types, or invalid_input `common.cursor_invalid`. */
export function decodeCursor(cursor: string, shape: ReadonlyArray<"string" | "number">): (string | number)[] {
  try {
    const parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(parts) &&
      parts.length === shape.length &&
      parts.every((p, i) => typeof p === shape[i] && (typeof p !== "number" || Number.isSafeInteger(p)))
    ) {
      return parts as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
}
