// Signs a user in: checks the password, counts failures, locks the account after too many, opens a session.

import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { SYSTEM_ACTOR } from "../../shared/actor";
import type { SessionResponse } from "../../shared/contracts/index";
import { AppError } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { findUserByUsername, insertSession, lockUserByUsername, updateUser } from "./access.repository";
import { actorOf, describeUser } from "./me";
import { dummyPasswordHash, verifyPassword } from "./passwords";
import { hashSessionToken, newCsrfToken, newSessionToken } from "./sessions";

export const LOGIN_POLICY = {
  maxFailures: 5,
  lockMinutes: 15,
};

export interface LogInInput {
  username: string;
  password: string;
  ip?: string | undefined;
  userAgent?: string | undefined;
  sessionHours: number;
}

export interface LogInResult extends SessionResponse {
  sessionToken: string;
  expiresAt: Date;
}

const invalidCredentials = () =>
  new AppError("unauthenticated", "auth.invalid_credentials", {
    th: "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง",
    en: "Wrong username or password",
  });

export async function logIn(deps: Deps, input: LogInInput): Promise<LogInResult> {
  const username = input.username.trim().toLowerCase();
  const known = await findUserByUsername(deps.db, username);
  // Verify before taking the row lock: argon2 is deliberately slow.
  const passwordOk = await verifyPassword(known?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!known?.isActive) throw invalidCredentials();

  const outcome = await inTransaction(deps.db, async (tx) => {
    const user = await lockUserByUsername(tx, username);
    if (!user) return { kind: "invalid" as const };
    const now = deps.clock.now();
    const txDeps = { ...deps, db: tx, actor: { ...actorOf(user) } };
    if (user.lockedUntil && user.lockedUntil > now) {
      await recordAudit(txDeps, {
        action: "auth.login_refused_locked",
        entityType: "user",
        entityId: user.id,
        areaCode: user.scopeCode || null,
        details: { ip: input.ip ?? null },
      });
      return { kind: "locked" as const, until: user.lockedUntil };
    }
    if (!passwordOk) {
      const failures = user.failedLoginCount + 1;
      const lock = failures >= LOGIN_POLICY.maxFailures;
      const lockedUntil = lock ? new Date(now.getTime() + LOGIN_POLICY.lockMinutes * 60_000) : null;
      await updateUser(tx, user.id, { failedLoginCount: lock ? 0 : failures, lockedUntil });
      await recordAudit(txDeps, {
        action: "auth.login_failed",
        entityType: "user",
        entityId: user.id,
        areaCode: user.scopeCode || null,
        details: { ip: input.ip ?? null, failures },
      });
      if (lock) {
        await recordAudit(
          { ...txDeps, actor: SYSTEM_ACTOR },
          {
            action: "auth.locked",
            entityType: "user",
            entityId: user.id,
            areaCode: user.scopeCode || null,
            details: { lockedUntil: lockedUntil!.toISOString(), failures, ip: input.ip ?? null },
          },
        );
        return { kind: "locked" as const, until: lockedUntil! };
      }
      return { kind: "invalid" as const };
    }
    const token = newSessionToken();
    const csrfToken = newCsrfToken();
    const expiresAt = new Date(now.getTime() + input.sessionHours * 3600_000);
    await insertSession(tx, {
      tokenHash: hashSessionToken(token),
      userId: user.id,
      csrfToken,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await updateUser(tx, user.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
    await recordAudit(txDeps, {
      action: "auth.login",
      entityType: "user",
      entityId: user.id,
      areaCode: user.scopeCode || null,
      details: { ip: input.ip ?? null },
    });
    return { kind: "ok" as const, token, csrfToken, expiresAt, user: await describeUser(tx, user) };
  });

  if (outcome.kind === "invalid") throw invalidCredentials();
  if (outcome.kind === "locked") {
    throw new AppError(
      "unauthenticated",
      "auth.locked",
      {
        th: `บัญชีถูกล็อกชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง กรุณาลองใหม่หลัง ${outcome.until.toLocaleTimeString("th-TH", { timeZone: "Asia/Bangkok", hour: "2-digit", minute: "2-digit" })} น.`,
        en: `The account is locked after too many wrong passwords. Try again after ${outcome.until.toISOString()}.`,
      },
      { lockedUntil: outcome.until.toISOString() },
    );
  }
  return {
    sessionToken: outcome.token,
    csrfToken: outcome.csrfToken,
    expiresAt: outcome.expiresAt,
    user: outcome.user,
  };
}
