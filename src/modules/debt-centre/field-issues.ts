// Field-level validation issues (path + Thai + English) and the one invalid_input error that lists them.
import { type AppError, invalidInput } from "../../shared/errors";
import { isIsoDate } from "../../shared/thai-date";

/** One problem with one field of an input, named by its path (`debts[3].outstandingSatang`). */
export interface FieldIssue {
  path: string;
  code: string;
  th: string;
  en: string;
}

/**
 * Collects field issues and throws them as one invalid_input error whose message names the first field
 * (and how many more there are), with every issue in `details.issues`.
 */
export function throwIfIssues(code: string, what: { th: string; en: string }, issues: FieldIssue[]): void {
  if (issues.length === 0) return;
  throw invalidFields(code, what, issues);
}

export function invalidFields(
  code: string,
  what: { th: string; en: string },
  issues: FieldIssue[],
): AppError {
  const first = issues[0]!;
  const more = issues.length - 1;
  return invalidInput(
    code,
    {
      th: `${what.th}ไม่ถูกต้อง: ${first.path} ${first.th}${more > 0 ? ` (และอีก ${more} รายการ)` : ""}`,
      en: `${what.en} is invalid: ${first.path} ${first.en}${more > 0 ? ` (and ${more} more)` : ""}`,
    },
    { issues },
  );
}

/** Small field checks that append to an issue list; each returns whether the value passed. */
export class IssueList {
  readonly issues: FieldIssue[] = [];

  add(path: string, code: string, th: string, en: string): false {
    this.issues.push({ path, code, th, en });
    return false;
  }

  satang(path: string, value: unknown, options: { min?: number; optional?: boolean } = {}): boolean {
    if (value === undefined && options.optional) return true;
    const min = options.min ?? 0;
    if (typeof value !== "number" || !Number.isSafeInteger(value)) {
      return this.add(
        path,
        "not_satang",
        "ต้องเป็นจำนวนเงินเป็นสตางค์ (จำนวนเต็ม)",
        "must be an amount in whole satang (an integer)",
      );
    }
    if (value < min) {
      return min === 0
        ? this.add(path, "negative", "ต้องไม่ติดลบ", "must not be negative")
        : this.add(path, "not_positive", "ต้องมากกว่าศูนย์", "must be greater than zero");
    }
    return true;
  }

  integer(path: string, value: unknown, min: number, max: number, optional = false): boolean {
    if (value === undefined && optional) return true;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      return this.add(
        path,
        "out_of_range",
        `ต้องเป็นจำนวนเต็มตั้งแต่ ${min} ถึง ${max}`,
        `must be a whole number from ${min} to ${max}`,
      );
    }
    return true;
  }

  text(path: string, value: unknown, options: { max?: number; optional?: boolean } = {}): boolean {
    if (value === undefined && options.optional) return true;
    const max = options.max ?? 200;
    if (typeof value !== "string" || value.trim().length === 0) {
      return this.add(path, "required", "ต้องระบุ", "is required");
    }
    if (value.length > max) {
      return this.add(path, "too_long", `ยาวเกิน ${max} ตัวอักษร`, `is longer than ${max} characters`);
    }
    return true;
  }

  oneOf<T extends string>(path: string, value: unknown, allowed: readonly T[], optional = false): value is T {
    if (value === undefined && optional) return true;
    if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
      this.add(
        path,
        "unknown_value",
        `ไม่รู้จักค่า "${String(value)}" (ต้องเป็น ${allowed.join(", ")})`,
        `has the unknown value "${String(value)}" (expected one of ${allowed.join(", ")})`,
      );
      return false;
    }
    return true;
  }

  date(path: string, value: unknown, optional = false): boolean {
    if (value === undefined && optional) return true;
    if (typeof value !== "string" || !isIsoDate(value)) {
      return this.add(path, "invalid_date", "ต้องเป็นวันที่ ปปปป-ดด-วว (ค.ศ.)", "must be a date YYYY-MM-DD");
    }
    return true;
  }

  boolean(path: string, value: unknown): boolean {
    if (typeof value !== "boolean") {
      return this.add(path, "not_boolean", "ต้องเป็นจริงหรือเท็จ", "must be true or false");
    }
    return true;
  }
}

/** True when `error` is a unique violation of the named index (PostgreSQL and PGlite, wrapped or not). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const {
      code,
      constraint: name,
      message,
    } = e as { code?: unknown; constraint?: unknown; message?: unknown };
    if (code === "23505") {
      return name === constraint || (typeof message === "string" && message.includes(constraint));
    }
  }
  return false;
}
