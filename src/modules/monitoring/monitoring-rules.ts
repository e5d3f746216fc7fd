// Pure rules of monitoring visits: subject kinds, overdue by Bangkok business date, who may close a follow-up, cursors.
import type { Actor } from "../../shared/actor";
import { invalidInput } from "../../shared/errors";
import { daysBetweenIso } from "./monitoring-dates";

export const SUBJECT_TYPES = ["fund", "debt_centre", "village", "household"] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const SUBJECT_TYPE_NAMES: Record<SubjectType, { th: string; en: string }> = {
  fund: { th: "กองทุน", en: "Fund" },
  debt_centre: { th: "ศูนย์จัดการกองทุนชุมชน (ศจก.)", en: "Community fund management centre" },
  village: { th: "หมู่บ้าน", en: "Village" },
  household: { th: "ครัวเรือน", en: "Household" },
};

export const FOLLOW_UP_STATUSES = ["open", "done"] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_STATUS_NAMES: Record<FollowUpStatus, { th: string; en: string }> = {
  open: { th: "ยังไม่เสร็จ", en: "Open" },
  done: { th: "เสร็จแล้ว", en: "Done" },
};

/** Follow-ups one visit may carry; a longer list belongs in a plan, not a visit record. */
export const MAX_FOLLOW_UPS_PER_VISIT = 30;

/** Roles that may own (and so be assigned) follow-ups: the officers who write monitoring records. */
export const OWNER_ROLES = [
  "central_admin",
  "province_officer",
  "district_officer",
  "subdistrict_worker",
] as const;

/** Roles that supervise: they may record a follow-up of anyone in their area, not only their own. */
const SUPERVISOR_ROLES: readonly string[] = ["central_admin", "province_officer", "district_officer"];

/** Overdue: still open and its due date is before today's Bangkok business date (due today is not overdue). */
export function isOverdue(f: { status: string; dueOn: string }, today: string): boolean {
  return f.status === "open" && f.dueOn < today;
}

/** Whole days past the due date (0 when not overdue). */
export function daysOverdue(f: { status: string; dueOn: string }, today: string): number {
  return isOverdue(f, today) ? daysBetweenIso(f.dueOn, today) : 0;
}

/** The owner records their own follow-up; a district, provincial or central officer any in their area. */
export function mayRecordFollowUp(actor: Actor, ownerId: string): boolean {
  return actor.kind === "system" || actor.userId === ownerId || SUPERVISOR_ROLES.includes(actor.role);
}

/** Whether a user with this role and scope may own a follow-up of a visit in `areaCode`. */
export function mayOwnFollowUp(
  user: { role: string; scopeCode: string; isActive: boolean },
  areaCode: string,
) {
  return (
    user.isActive &&
    (OWNER_ROLES as readonly string[]).includes(user.role) &&
    areaCode.startsWith(user.scopeCode)
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isUuid = (s: string): boolean => UUID.test(s);

/** A keyset cursor of (date, id). */
export function encodeDateCursor(date: string, id: string): string {
  return Buffer.from(JSON.stringify([date, id])).toString("base64url");
}

export function decodeDateCursor(cursor: string): { date: string; id: string } {
  try {
    const [date, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof date === "string" && DATE.test(date) && typeof id === "string" && UUID.test(id)) {
      return { date, id };
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
}
