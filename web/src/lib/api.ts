// The one HTTP client of the web app: JSON, same-origin cookies, the CSRF header and typed errors.
import type { ErrorBody } from "../../../src/shared/errors";

/** Client-side failures carry an i18n key instead of a server message. */
export type ClientErrorKey =
  | "errors.network"
  | "errors.serverUnavailable"
  | "errors.rateLimited"
  | "errors.http"
  | "errors.badResponse";

interface ApiErrorInit {
  status: number;
  code: string;
  messageTh: string;
  messageEn: string;
  details?: unknown;
  requestId?: string | undefined;
  clientKey?: ClientErrorKey | undefined;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageTh: string;
  readonly messageEn: string;
  readonly details: unknown;
  readonly requestId: string | undefined;
  readonly clientKey: ClientErrorKey | undefined;

  constructor(init: ApiErrorInit) {
    super(init.messageEn || init.code);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.messageTh = init.messageTh;
    this.messageEn = init.messageEn;
    this.details = init.details;
    this.requestId = init.requestId;
    this.clientKey = init.clientKey;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** The CSRF token from the login or /api/me response; kept in memory only. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called once by the app shell: what to do when the session has expired. */
export function setUnauthorizedHandler(handler: () => void): void {
  unauthorizedHandler = handler;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: Record<string, QueryValue>;
  /** A JSON body, or FormData for a multipart upload. */
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** false for calls whose 401 is an answer, not an expired session (login, /api/me). */
  redirectOn401?: boolean;
  /** Extra request headers, e.g. an Idempotency-Key. */
  headers?: Record<string, string> | undefined;
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function clientError(status: number, code: string, clientKey: ClientErrorKey): ApiError {
  return new ApiError({ status, code, messageTh: "", messageEn: "", clientKey });
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === "object" && error !== null && "code" in error && "message" in error;
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (isErrorBody(body)) {
    const e = body.error;
    return new ApiError({
      status: response.status,
      code: e.code,
      messageTh: e.message,
      messageEn: e.messageEn || e.message,
      details: e.details,
      requestId: e.requestId,
    });
  }
  if (response.status === 429) return clientError(429, "http.rate_limited", "errors.rateLimited");
  if (response.status === 502 || response.status === 503 || response.status === 504) {
    return clientError(response.status, "http.unavailable", "errors.serverUnavailable");
  }
  return clientError(response.status, `http.${response.status}`, "errors.http");
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { ...options.headers, accept: "application/json" };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  if (UNSAFE_METHODS.has(method) && csrfToken) headers["x-csrf-token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: "same-origin",
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw clientError(0, "client.network", "errors.network");
  }

  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (response.status === 401 && options.redirectOn401 !== false) unauthorizedHandler?.();
    throw error;
  }
  if (response.status === 204 || response.headers.get("content-length") === "0") return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw clientError(response.status, "client.bad_response", "errors.badResponse");
  }
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    request<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown, options: Omit<RequestOptions, "method" | "body"> = {}) =>
    request<T>(path, { ...options, method: "POST", body }),
  patch: <T>(path: string, body?: unknown) => request<T>(path, { method: "PATCH", body }),
  delete: <T>(path: string) => request<T>(path, { method: "DELETE" }),
};
