// Mentor ↔ household pairing under a named scheme (คู่เสี่ยว, คู่บุญ): maximum households per mentor, the mentor's area, one mentor per household per scheme; visits and overdue visits.
import { isWithin } from "../../shared/area-code";
import { conflict, invalidInput, ruleViolation } from "../../shared/errors";
import { addDays, formatThaiShort, type IsoDate, isIsoDate } from "../../shared/thai-date";
import { IssueList, throwIfIssues } from "../debt-centre/index";
import { daysBetween } from "../loans/index";

/** One official : two households, the Khon Kaen คู่เสี่ยว ratio (seeds/000: "จับคู่ … แบบ 1 ต่อ 2 ครัวเรือน"). */
export const DEFAULT_MAX_HOUSEHOLDS_PER_MENTOR = 2;
/** A visit at least every 30 days: UNVERIFIED design default (no source gives a visit frequency). */
export const DEFAULT_VISIT_INTERVAL_DAYS = 30;

export interface MentorScheme {
  code: string;
  name: { th: string; en: string };
  maxHouseholdsPerMentor: number;
  visitIntervalDays: number;
}

/**
 * คู่เสี่ยว เกี่ยวก้อย แก้จนคนขอนแก่น: officials of every ministry paired 1 : 2 with poor households (Khon
 * Kaen, seeds/000, domain §8). คู่บุญ โคก หนอง นา พา แก้จน: community-development volunteer leaders and
 * โคก หนอง นา model households mentor target households (Si Sa Ket, seeds/003); its maximum of 2 is
 * UNVERIFIED (the article shows one model household hosting 2 TPMAP households).
 */
export const DEFAULT_SCHEMES: readonly MentorScheme[] = Object.freeze([
  {
    code: "khu_siao",
    name: { th: "คู่เสี่ยว เกี่ยวก้อย แก้จน", en: "Khu Siao (Khon Kaen mentoring pairs)" },
    maxHouseholdsPerMentor: DEFAULT_MAX_HOUSEHOLDS_PER_MENTOR,
    visitIntervalDays: DEFAULT_VISIT_INTERVAL_DAYS,
  },
  {
    code: "khu_bun",
    name: { th: "คู่บุญ โคก หนอง นา พา แก้จน", en: "Khu Bun (Si Sa Ket mentoring pairs)" },
    maxHouseholdsPerMentor: DEFAULT_MAX_HOUSEHOLDS_PER_MENTOR,
    visitIntervalDays: DEFAULT_VISIT_INTERVAL_DAYS,
  },
]);

const SCHEME = { th: "โครงการจับคู่พี่เลี้ยง", en: "The mentoring scheme" };

/** Validates a scheme definition, or throws invalid_input `poverty.invalid_scheme` naming every bad field. */
export function parseScheme(input: unknown): MentorScheme {
  const v = new IssueList();
  const s = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  if (typeof s.code !== "string" || !/^[a-z0-9_]{2,32}$/.test(s.code)) {
    v.add("code", "invalid_code", "ต้องเป็น a–z 0–9 _ ยาว 2–32 ตัว", "must be 2–32 of a–z, 0–9, _");
  }
  const name = (typeof s.name === "object" && s.name !== null ? s.name : {}) as Record<string, unknown>;
  v.text("name.th", name.th);
  v.text("name.en", name.en);
  v.integer("maxHouseholdsPerMentor", s.maxHouseholdsPerMentor ?? DEFAULT_MAX_HOUSEHOLDS_PER_MENTOR, 1, 50);
  v.integer("visitIntervalDays", s.visitIntervalDays ?? DEFAULT_VISIT_INTERVAL_DAYS, 1, 366);
  throwIfIssues("poverty.invalid_scheme", SCHEME, v.issues);
  return {
    code: s.code as string,
    name: { th: (name.th as string).trim(), en: (name.en as string).trim() },
    maxHouseholdsPerMentor:
      (s.maxHouseholdsPerMentor as number | undefined) ?? DEFAULT_MAX_HOUSEHOLDS_PER_MENTOR,
    visitIntervalDays: (s.visitIntervalDays as number | undefined) ?? DEFAULT_VISIT_INTERVAL_DAYS,
  };
}

export interface Pairing {
  pairingId: string;
  scheme: string;
  mentorId: string;
  householdId: string;
  villageCode: string;
  startOn: IsoDate;
  /** null while the pairing lasts. */
  endOn: IsoDate | null;
}

/** Whether a pairing is in force on a date: started, and not ended on or before it. */
export const isActiveOn = (p: Pairing, on: IsoDate): boolean =>
  p.startOn <= on && (p.endOn === null || p.endOn > on);

export interface PairingRequest {
  scheme: MentorScheme;
  /** The mentor and the area they work in (a village, sub-district, district or province code). */
  mentor: { mentorId: string; areaCode: string };
  household: { householdId: string; villageCode: string };
  startOn: IsoDate;
}

export interface Refusal {
  code: string;
  th: string;
  en: string;
}

/**
 * Every reason a pairing is refused (empty = allowed), checked against the pairings in force on the start
 * date: the household's village must lie in the mentor's area; the mentor may hold at most the scheme's
 * maximum households; a household has one mentor per scheme (the same pair twice is reported as such).
 */
export function pairingRefusals(request: PairingRequest, existing: readonly Pairing[]): Refusal[] {
  const { scheme, mentor, household, startOn } = request;
  const out: Refusal[] = [];
  if (!isWithin(household.villageCode, mentor.areaCode)) {
    out.push({
      code: "poverty.mentor_outside_area",
      th: `หมู่บ้าน ${household.villageCode} ไม่อยู่ในพื้นที่ของพี่เลี้ยง (${mentor.areaCode})`,
      en: `Village ${household.villageCode} is outside the mentor's area (${mentor.areaCode})`,
    });
  }
  const inForce = existing.filter((p) => p.scheme === scheme.code && isActiveOn(p, startOn));
  const same = inForce.find((p) => p.mentorId === mentor.mentorId && p.householdId === household.householdId);
  if (same) {
    out.push({
      code: "poverty.pairing_exists",
      th: "พี่เลี้ยงคนนี้ดูแลครัวเรือนนี้ในโครงการนี้อยู่แล้ว",
      en: "The mentor already looks after this household in this scheme",
    });
    return out;
  }
  const other = inForce.find((p) => p.householdId === household.householdId);
  if (other) {
    out.push({
      code: "poverty.household_has_mentor",
      th: `ครัวเรือนนี้มีพี่เลี้ยงใน${scheme.name.th}อยู่แล้ว (ครัวเรือนละ 1 คนต่อโครงการ)`,
      en: `The household already has a mentor in ${scheme.name.en} (one per household per scheme)`,
    });
  }
  const held = new Set(inForce.filter((p) => p.mentorId === mentor.mentorId).map((p) => p.householdId));
  if (held.size >= scheme.maxHouseholdsPerMentor) {
    out.push({
      code: "poverty.mentor_over_limit",
      th: `พี่เลี้ยงดูแลครบ ${scheme.maxHouseholdsPerMentor} ครัวเรือนแล้ว (สูงสุดของ${scheme.name.th})`,
      en: `The mentor already looks after ${held.size} households, the maximum of ${scheme.name.en} is ${scheme.maxHouseholdsPerMentor}`,
    });
  }
  return out;
}

/** Throws the first refusal (rule_violation, or conflict for a duplicate) with every refusal in details. */
export function assertPairing(request: PairingRequest, existing: readonly Pairing[]): void {
  if (!isIsoDate(request.startOn)) {
    throw invalidInput(
      "poverty.invalid_pairing",
      { th: "startOn: ต้องเป็นวันที่ ปปปป-ดด-วว (ค.ศ.)", en: "startOn: must be a date YYYY-MM-DD" },
      { field: "startOn" },
    );
  }
  const refusals = pairingRefusals(request, existing);
  const first = refusals[0];
  if (!first) return;
  const make =
    first.code === "poverty.mentor_over_limit" || first.code === "poverty.mentor_outside_area"
      ? ruleViolation
      : conflict;
  throw make(first.code, { th: first.th, en: first.en }, { refusals });
}

/** Checks the end of a pairing: not already ended, not before it started. */
export function assertPairingEnd(pairing: Pairing, endOn: IsoDate): void {
  const v = new IssueList();
  if (v.date("endOn", endOn)) {
    if (pairing.endOn !== null) {
      v.add(
        "endOn",
        "already_ended",
        `การจับคู่นี้สิ้นสุดแล้วเมื่อ ${formatThaiShort(pairing.endOn)}`,
        `the pairing already ended on ${pairing.endOn}`,
      );
    } else if (endOn < pairing.startOn) {
      v.add(
        "endOn",
        "before_start",
        `อยู่ก่อนวันเริ่มจับคู่ (${formatThaiShort(pairing.startOn)})`,
        `is before the pairing started (${pairing.startOn})`,
      );
    }
  }
  throwIfIssues("poverty.invalid_pairing_end", { th: "การสิ้นสุดการจับคู่", en: "The pairing end" }, v.issues);
}

export interface Visit {
  pairingId: string;
  visitedOn: IsoDate;
}

/** Checks a visit: within the pairing (from its start, up to its end) and not in the future. */
export function assertVisit(pairing: Pairing, visitedOn: IsoDate, today: IsoDate): void {
  const v = new IssueList();
  if (v.date("visitedOn", visitedOn)) {
    if (visitedOn < pairing.startOn) {
      v.add(
        "visitedOn",
        "before_pairing",
        `อยู่ก่อนวันเริ่มจับคู่ (${formatThaiShort(pairing.startOn)})`,
        `is before the pairing started (${pairing.startOn})`,
      );
    }
    if (pairing.endOn !== null && visitedOn > pairing.endOn) {
      v.add(
        "visitedOn",
        "after_pairing",
        `อยู่หลังวันสิ้นสุดการจับคู่ (${formatThaiShort(pairing.endOn)})`,
        `is after the pairing ended (${pairing.endOn})`,
      );
    }
    if (visitedOn > today) v.add("visitedOn", "in_future", "เป็นวันในอนาคต", "is in the future");
  }
  throwIfIssues("poverty.invalid_visit", { th: "บันทึกการเยี่ยมบ้าน", en: "The visit" }, v.issues);
}

export interface VisitStatus {
  pairingId: string;
  mentorId: string;
  householdId: string;
  villageCode: string;
  lastVisitOn: IsoDate | null;
  /** Last visit (or the pairing's start when never visited) + the interval. */
  dueOn: IsoDate;
  /** Days past `dueOn` on the as-of date; 0 when not overdue. */
  overdueDays: number;
  isOverdue: boolean;
}

/** The visit status of one pairing on `asOf`: due `intervalDays` after the last visit, overdue the day after. */
export function visitStatus(
  pairing: Pairing,
  visits: readonly Visit[],
  asOf: IsoDate,
  intervalDays: number = DEFAULT_VISIT_INTERVAL_DAYS,
): VisitStatus {
  if (!Number.isInteger(intervalDays) || intervalDays < 1)
    throw new RangeError(`intervalDays must be ≥ 1: ${intervalDays}`);
  let last: IsoDate | null = null;
  for (const v of visits) {
    if (v.pairingId === pairing.pairingId && v.visitedOn <= asOf && (last === null || v.visitedOn > last)) {
      last = v.visitedOn;
    }
  }
  const dueOn = addDays(last ?? pairing.startOn, intervalDays);
  const overdueDays = Math.max(0, daysBetween(dueOn, asOf));
  return {
    pairingId: pairing.pairingId,
    mentorId: pairing.mentorId,
    householdId: pairing.householdId,
    villageCode: pairing.villageCode,
    lastVisitOn: last,
    dueOn,
    overdueDays,
    isOverdue: overdueDays > 0,
  };
}

const byUrgency = (a: VisitStatus, b: VisitStatus): number =>
  b.overdueDays - a.overdueDays ||
  (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) ||
  (a.householdId < b.householdId ? -1 : a.householdId > b.householdId ? 1 : 0);

/**
 * A mentor's own list on `asOf`: the pairings in force, most overdue first, then by due date. The interval
 * is the scheme's (default 30 days).
 */
export function mentorWorklist(
  mentorId: string,
  pairings: readonly Pairing[],
  visits: readonly Visit[],
  asOf: IsoDate,
  schemes: readonly MentorScheme[] = DEFAULT_SCHEMES,
): VisitStatus[] {
  const interval = new Map(schemes.map((s) => [s.code, s.visitIntervalDays]));
  return pairings
    .filter((p) => p.mentorId === mentorId && isActiveOn(p, asOf))
    .map((p) => visitStatus(p, visits, asOf, interval.get(p.scheme) ?? DEFAULT_VISIT_INTERVAL_DAYS))
    .sort(byUrgency);
}

/** Every overdue pairing in force on `asOf` (an area's follow-up list), most overdue first. */
export function overdueVisits(
  pairings: readonly Pairing[],
  visits: readonly Visit[],
  asOf: IsoDate,
  schemes: readonly MentorScheme[] = DEFAULT_SCHEMES,
): VisitStatus[] {
  const interval = new Map(schemes.map((s) => [s.code, s.visitIntervalDays]));
  const byPairing = new Map<string, Visit[]>();
  for (const v of visits) {
    const list = byPairing.get(v.pairingId);
    if (list) list.push(v);
    else byPairing.set(v.pairingId, [v]);
  }
  return pairings
    .filter((p) => isActiveOn(p, asOf))
    .map((p) =>
      visitStatus(
        p,
        byPairing.get(p.pairingId) ?? [],
        asOf,
        interval.get(p.scheme) ?? DEFAULT_VISIT_INTERVAL_DAYS,
      ),
    )
    .filter((s) => s.isOverdue)
    .sort(byUrgency);
}
