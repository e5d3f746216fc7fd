// Checks shared by the livelihood use cases: bodies given directly, real past dates, area scope, keyset cursors.
import type { z } from "zod";
import type { Deps } from "../../platform/deps";
import { assertInScope, requirePermission } from "../../shared/authorization";
import { invalidInput } from "../../shared/errors";
import { isIsoDate } from "../../shared/thai-date";
import { AREA, livelihoodErrors } from "./livelihood-errors";

/** Validates a body given directly to a use case (the routes have already validated theirs). */
export function parseInput<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const fields = [...new Set(result.error.issues.map((i) => i.path.join(".") || "body"))].join(", ");
  throw invalidInput(
    "common.invalid_input",
    { th: `ข้อมูลไม่ถูกต้อง: ${fields}`, en: `Invalid input: ${fields}` },
    { issues: result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) },
  );
}

/** A real calendar date that is not after today's business date. */
export function pastDate(deps: Deps, field: string, value: string): string {
  if (!isIsoDate(value)) throw livelihoodErrors.dateInvalid(field, value);
  const today = deps.clock.today();
  if (value > today) throw livelihoodErrors.dateInFuture(field, value, today);
  return value;
}

/** The area to list (the actor's own by default), checked against the actor's scope. */
export function scopedArea(deps: Deps, area: string | undefined): string {
  requirePermission(deps.actor, "livelihoods.read");
  const code = area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, code, AREA);
  return code;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string): boolean => UUID.test(s);

export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString("base64url");
}

export function decodeCursor(cursor: string): { key: string; id: string } {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof key === "string" && /^[\d-]{1,10}$/.test(key) && typeof id === "string" && UUID.test(id)) {
      return { key, id };
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
}

export function page<R, T>(found: R[], limit: number, map: (r: R) => T, key: (r: R) => [string, string]) {
  const rows = found.slice(0, limit);
  const last = rows[rows.length - 1];
  return {
    items: rows.map(map),
    nextCursor: found.length > limit && last ? encodeCursor(...key(last)) : null,
  };
}
