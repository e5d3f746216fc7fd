// The one application error: a closed set of kinds, a dotted code owned by a module, Thai and English text.

export type ErrorKind =
  | "not_found"
  | "invalid_input"
  | "rule_violation"
  | "conflict"
  | "forbidden"
  | "unauthenticated";

export interface LocalizedText {
  th: string;
  en: string;
}

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly messageTh: string;
  readonly details: unknown;

  constructor(kind: ErrorKind, code: string, text: LocalizedText, details?: unknown) {
    super(text.en);
    this.name = "AppError";
    this.kind = kind;
    this.code = code;
    this.messageTh = text.th;
    this.details = details;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** The HTTP status for each kind: the single table the HTTP edge uses. */
export const HTTP_STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rule_violation: 422,
};

/** The CLI exit code for each kind. */
export const EXIT_CODE_BY_KIND: Record<ErrorKind, number> = {
  invalid_input: 2,
  unauthenticated: 3,
  forbidden: 3,
  not_found: 4,
  conflict: 5,
  rule_violation: 6,
};

/** The JSON error body every endpoint answers with. */
export interface ErrorBody {
  error: { code: string; message: string; messageEn: string; details?: unknown; requestId?: string };
}

export function notFound(what: LocalizedText, code = "common.not_found"): AppError {
  return new AppError("not_found", code, { th: `ไม่พบ${what.th}`, en: `${what.en} not found` });
}

export function invalidInput(code: string, text: LocalizedText, details?: unknown): AppError {
  return new AppError("invalid_input", code, text, details);
}

export function ruleViolation(code: string, text: LocalizedText, details?: unknown): AppError {
  return new AppError("rule_violation", code, text, details);
}

export function conflict(code: string, text: LocalizedText, details?: unknown): AppError {
  return new AppError("conflict", code, text, details);
}

export function forbidden(code = "access.forbidden"): AppError {
  return new AppError("forbidden", code, {
    th: "คุณไม่มีสิทธิ์ทำรายการนี้",
    en: "You are not allowed to do this",
  });
}
