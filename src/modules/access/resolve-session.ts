// Finds the live session for a cookie token and slides its expiry.

import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { findLiveSession, touchSession, type UserRow } from "./access.repository";
import { actorOf } from "./me";
import { hashSessionToken } from "./sessions";

export interface ResolvedSession {
  actor: Actor;
  user: UserRow;
  csrfToken: string;
  tokenHash: string;
}

// Refresh the expiry at most every few minutes so that reads do not write on every request.
const TOUCH_INTERVAL_MS = 5 * 60_000;

export async function resolveSession(
  deps: Pick<Deps, "db" | "clock">,
  token: string,
  sessionHours: number,
): Promise<ResolvedSession | null> {
  const tokenHash = hashSessionToken(token);
  const now = deps.clock.now();
  const found = await findLiveSession(deps.db, tokenHash, now);
  if (!found?.user.isActive) return null;
  if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(deps.db, tokenHash, now, new Date(now.getTime() + sessionHours * 3600_000));
  }
  return { actor: actorOf(found.user), user: found.user, csrfToken: found.session.csrfToken, tokenHash };
}
