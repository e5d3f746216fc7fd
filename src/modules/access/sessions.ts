// Session tokens: random bearer secrets in an HttpOnly cookie; only their SHA-256 is stored.
import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "kaejon_session";
export const CSRF_HEADER = "x-csrf-token";

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function newCsrfToken(): string {
  return randomBytes(24).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
