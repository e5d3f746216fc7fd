// Pure complaint rules: reference numbers, default categories and their SLAs, the responsible office, statuses and outcomes.
import { levelOfCode } from "../../shared/area-code";
import { addDays, type IsoDate } from "../../shared/thai-date";

/** Crockford base32: no I, L, O or U, so a number read aloud or copied by hand is not misread. */
export const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const REFERENCE_PREFIX = "KJ-";
export const REFERENCE_BODY_LENGTH = 10;

/**
 * Weighted sum mod 32 with odd weights 1, 3, 5…: odd weights are invertible mod 32, so every single mistyped
 * character is caught; a swap of neighbours is caught unless the two characters are exactly 16 apart.
 */
export function referenceCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (2 * i + 1) * CROCKFORD.indexOf(body[i]!);
  return CROCKFORD[sum % 32]!;
}

/** "KJ-" + 10 random characters (50 bits from `random`) + 1 check character. */
export function newReferenceNo(random: (size: number) => Uint8Array): string {
  const bytes = random(REFERENCE_BODY_LENGTH);
  let body = "";
  for (let i = 0; i < REFERENCE_BODY_LENGTH; i++) body += CROCKFORD[bytes[i]! & 31];
  return `${REFERENCE_PREFIX}${body}${referenceCheckChar(body)}`;
}

/**
 * The canonical reference for what someone typed (case, spaces, hyphens and the look-alikes I/L → 1, O → 0
 * forgiven), or null when it cannot be one of ours (wrong length, wrong check character).
 */
export function normalizeReferenceNo(text: string): string | null {
  let s = text.toUpperCase().replace(/[\s-]/g, "");
  if (s.startsWith("KJ")) s = s.slice(2);
  s = s.replace(/[IL]/g, "1").replace(/O/g, "0");
  if (s.length !== REFERENCE_BODY_LENGTH + 1 || [...s].some((c) => !CROCKFORD.includes(c))) return null;
  const body = s.slice(0, REFERENCE_BODY_LENGTH);
  if (referenceCheckChar(body) !== s[REFERENCE_BODY_LENGTH]) return null;
  return `${REFERENCE_PREFIX}${s}`;
}

export interface CategoryDefinition {
  code: string;
  nameTh: string;
  nameEn: string;
  /** Calendar days from receipt to the due date. UNVERIFIED defaults: no published SLA for fund complaints. */
  slaDays: number;
  isActive: boolean;
  sortOrder: number;
}

/** The built-in list; central administrators override or extend it (table cmp_category). */
export const DEFAULT_CATEGORIES: readonly CategoryDefinition[] = [
  {
    code: "loan_misuse",
    nameTh: "การใช้เงินยืมผิดวัตถุประสงค์",
    nameEn: "Loan misuse",
    slaDays: 30,
    isActive: true,
    sortOrder: 1,
  },
  {
    code: "committee_conduct",
    nameTh: "การปฏิบัติหน้าที่ของคณะกรรมการ",
    nameEn: "Committee conduct",
    slaDays: 30,
    isActive: true,
    sortOrder: 2,
  },
  {
    code: "missing_fund",
    nameTh: "เงินกองทุนสูญหาย/ขาดหาย",
    nameEn: "Missing fund money",
    slaDays: 15,
    isActive: true,
    sortOrder: 3,
  },
  {
    code: "service_delay",
    nameTh: "ความล่าช้าในการให้บริการ",
    nameEn: "Service delay",
    slaDays: 15,
    isActive: true,
    sortOrder: 4,
  },
  { code: "other", nameTh: "อื่น ๆ", nameEn: "Other", slaDays: 30, isActive: true, sortOrder: 5 },
];

/** The defaults with the stored overrides and additions applied, in display order. */
export function mergeCategories(stored: readonly CategoryDefinition[]): CategoryDefinition[] {
  const byCode = new Map(DEFAULT_CATEGORIES.map((c) => [c.code, c]));
  for (const c of stored) byCode.set(c.code, c);
  return [...byCode.values()].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
}

export function dueDate(receivedOn: IsoDate, slaDays: number): IsoDate {
  return addDays(receivedOn, slaDays);
}

/** The district office of the area concerned (the province office for a province-level complaint). */
export function defaultOffice(areaCode: string): string {
  return areaCode.length >= 4 ? areaCode.slice(0, 4) : areaCode.slice(0, 2);
}

/** A responsible office is the province or district that contains the area concerned. */
export function isValidOffice(officeCode: string, areaCode: string): boolean {
  const level = levelOfCode(officeCode);
  return (level === "province" || level === "district") && areaCode.startsWith(officeCode);
}

export const COMPLAINT_STATUSES = ["received", "in_progress", "replied", "closed", "rejected"] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const OPEN_STATUSES: readonly ComplaintStatus[] = ["received", "in_progress", "replied"];

export const isOpen = (status: ComplaintStatus): boolean => OPEN_STATUSES.includes(status);

/** Moves an officer may make; "replied" is reached by posting a public reply. */
export const STATUS_MOVES: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  received: ["in_progress", "closed", "rejected"],
  in_progress: ["closed", "rejected"],
  replied: ["in_progress", "closed"],
  closed: [],
  rejected: [],
};

export const CLOSED_OUTCOMES = ["resolved", "partly_resolved", "unfounded", "referred"] as const;
export const REJECTED_OUTCOMES = ["outside_mandate", "insufficient_information", "duplicate"] as const;
export const OUTCOMES = [...CLOSED_OUTCOMES, ...REJECTED_OUTCOMES] as const;
export type Outcome = (typeof OUTCOMES)[number];

export function outcomeFits(status: "closed" | "rejected", outcome: Outcome): boolean {
  return status === "closed"
    ? (CLOSED_OUTCOMES as readonly string[]).includes(outcome)
    : (REJECTED_OUTCOMES as readonly string[]).includes(outcome);
}

export function isOverdue(c: { status: ComplaintStatus; dueOn: IsoDate }, today: IsoDate): boolean {
  return isOpen(c.status) && c.dueOn < today;
}

/** What lists and exports show instead of a name for an anonymous complainant. */
export const ANONYMOUS_LABEL = { th: "ไม่ประสงค์ออกนาม", en: "Anonymous" } as const;

/** The last four digits of a phone number, or null when it has fewer than four digits. */
export function phoneLast4(phone: string): string | null {
  const digits = phone.replace(/\D/g, "");
  return digits.length >= 4 ? digits.slice(-4) : null;
}
