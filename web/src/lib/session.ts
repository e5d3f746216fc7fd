// The signed-in user: loaded from /api/me, kept in the query cache, and the CSRF token it carries.
import { type QueryClient, queryOptions, useQueryClient } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import type { Me, SessionResponse } from "../../../src/shared/contracts/auth";
import type { Permission } from "../../../src/shared/roles";
import { ApiError, api, request, setCsrfToken } from "./api";

export const sessionQueryKey = ["session"] as const;

export async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await request<SessionResponse>("/api/me", { redirectOn401: false });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: fetchSession,
  staleTime: 5 * 60_000,
  retry: false,
});

export async function logIn(username: string, password: string): Promise<SessionResponse> {
  const session = await api.post<SessionResponse>(
    "/api/auth/login",
    { username, password },
    { redirectOn401: false },
  );
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logOut(): Promise<void> {
  try {
    await api.post<void>("/api/auth/logout", undefined, { redirectOn401: false });
  } finally {
    setCsrfToken(null);
  }
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return api.post<void>("/api/auth/password", { currentPassword, newPassword });
}

let returnPath: string | undefined;

/**
 * Ends the session in this tab: forgets every cached record and the user. The signed-in layout then
 * sends the browser to the login page, with `returnTo` (if any) as the page to come back to.
 */
export function endSession(queryClient: QueryClient, returnTo?: string): void {
  returnPath = returnTo;
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, null);
}

/** Where the login page should return to after the session ended on its own (expired, revoked). */
export function sessionReturnPath(): string | undefined {
  return returnPath;
}

export const MeContext = createContext<Me | null>(null);

/** The signed-in user; only inside the signed-in layout. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe outside the signed-in layout");
  return me;
}

export function useCan(): (permission: Permission) => boolean {
  const me = useMe();
  return (permission) => me.permissions.includes(permission);
}

/** A safe in-app path to return to after signing in (never another origin). */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith("/") || target.startsWith("//") || target.startsWith("/login")) return "/";
  return target;
}

export function useSessionReset(): (session: SessionResponse | null) => void {
  const queryClient = useQueryClient();
  return (session) => {
    returnPath = undefined;
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
    queryClient.setQueryData(sessionQueryKey, session);
  };
}
