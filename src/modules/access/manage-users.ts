// Creates, changes and lists user accounts within the administrator's area.

import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, requirePermission } from "../../shared/authorization";
import type { CreateUserBody, Page, User } from "../../shared/contracts/index";
import { conflict, invalidInput, notFound } from "../../shared/errors";
import type { Role } from "../../shared/roles";
import { recordAudit } from "../audit/index";
import { findHouseholdArea } from "../households/index";
import {
  areaName,
  deleteUserSessions,
  findUserById,
  findUserByUsername,
  insertUser,
  selectUsers,
  type UserRow,
  updateUser as updateUserRow,
} from "./access.repository";
import { assertPasswordPolicy, hashPassword } from "./passwords";
import { assertMayGrant, assertScopeFitsRole } from "./user-rules";

const USER = { th: "ผู้ใช้", en: "User" };

export function toUser(row: UserRow, now: Date): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    scopeCode: row.scopeCode,
    householdId: row.householdId,
    position: row.position,
    isActive: row.isActive,
    isLocked: row.lockedUntil !== null && row.lockedUntil > now,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

/** Public view of an account for the audit log (never the password hash). */
function auditView(
  row: Pick<UserRow, "username" | "displayName" | "role" | "scopeCode" | "isActive" | "position">,
) {
  return {
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    scopeCode: row.scopeCode,
    position: row.position,
    isActive: row.isActive,
  };
}

async function assertScopeExists(deps: Deps, scopeCode: string): Promise<void> {
  if (scopeCode === "") return;
  if (!(await areaName(deps.db, scopeCode))) {
    throw invalidInput("area.unknown", {
      th: `ไม่พบรหัสพื้นที่ ${scopeCode}`,
      en: `Unknown area code ${scopeCode}`,
    });
  }
}

export interface CreateUserInput extends CreateUserBody {
  mustChangePassword?: boolean;
}

export async function createUser(deps: Deps, input: CreateUserInput): Promise<User> {
  requirePermission(deps.actor, "users.write");
  const username = input.username.trim().toLowerCase();
  assertMayGrant(deps.actor, input.role);
  assertScopeFitsRole(input.role, input.scopeCode);
  assertInScope(deps.actor, input.scopeCode, { th: "พื้นที่", en: "Area" });
  await assertScopeExists(deps, input.scopeCode);
  let householdId: string | null = null;
  if (input.role === "household_member") {
    if (!input.householdId) {
      throw invalidInput("user.household_required", {
        th: "ผู้ใช้ที่เป็นสมาชิกครัวเรือนต้องระบุครัวเรือน",
        en: "A household member account needs a household",
      });
    }
    const villageCode = await findHouseholdArea(deps.db, input.householdId);
    if (!villageCode || villageCode !== input.scopeCode) {
      throw invalidInput("user.household_not_in_scope", {
        th: "ไม่พบครัวเรือนนี้ในหมู่บ้านที่ระบุ",
        en: "The household is not in the given village",
      });
    }
    householdId = input.householdId;
  }
  assertPasswordPolicy(input.password, username);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(deps.db, async (tx) => {
    if (await findUserByUsername(tx, username)) {
      throw conflict("user.username_taken", {
        th: `ชื่อผู้ใช้ ${username} มีอยู่แล้ว`,
        en: `The username ${username} is already taken`,
      });
    }
    const now = deps.clock.now();
    const row: UserRow = {
      id: deps.ids.uuid(),
      username,
      displayName: input.displayName,
      passwordHash,
      role: input.role,
      scopeCode: input.scopeCode,
      householdId,
      position: input.position ?? null,
      phone: null,
      isActive: true,
      // An account an administrator sets up gets a password the user must replace at first sign-in.
      mustChangePassword: input.mustChangePassword ?? deps.actor.kind === "user",
      failedLoginCount: 0,
      lockedUntil: null,
      passwordChangedAt: now,
      lastLoginAt: null,
      createdAt: now,
    };
    await insertUser(tx, row);
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "user.created",
        entityType: "user",
        entityId: row.id,
        areaCode: row.scopeCode || null,
        after: auditView(row),
      },
    );
    return toUser(row, now);
  });
}

export interface UpdateUserInput {
  displayName?: string | undefined;
  role?: Role | undefined;
  scopeCode?: string | undefined;
  position?: string | null | undefined;
  isActive?: boolean | undefined;
  unlock?: boolean | undefined;
  newPassword?: string | undefined;
}

export async function updateUser(deps: Deps, id: string, input: UpdateUserInput): Promise<User> {
  requirePermission(deps.actor, "users.write");
  return inTransaction(deps.db, async (tx) => {
    const before = await findUserById(tx, id);
    if (!before) throw notFound(USER);
    assertInScope(deps.actor, before.scopeCode, USER);
    assertMayGrant(deps.actor, before.role as Role);
    const role = input.role ?? (before.role as Role);
    const scopeCode = input.scopeCode ?? before.scopeCode;
    if (input.role) assertMayGrant(deps.actor, input.role);
    if (input.role !== undefined || input.scopeCode !== undefined) {
      assertScopeFitsRole(role, scopeCode);
      assertInScope(deps.actor, scopeCode, { th: "พื้นที่", en: "Area" });
      await assertScopeExists({ ...deps, db: tx }, scopeCode);
    }
    if (
      id === deps.actor.userId &&
      (input.isActive === false || (input.role && input.role !== before.role))
    ) {
      throw invalidInput("user.cannot_demote_self", {
        th: "ไม่สามารถปิดหรือเปลี่ยนบทบาทบัญชีของตนเองได้",
        en: "You cannot disable your own account or change your own role",
      });
    }
    const patch: Partial<UserRow> = {};
    if (input.displayName !== undefined) patch.displayName = input.displayName;
    if (input.role !== undefined) patch.role = input.role;
    if (input.scopeCode !== undefined) patch.scopeCode = input.scopeCode;
    if (input.position !== undefined) patch.position = input.position;
    if (input.isActive !== undefined) patch.isActive = input.isActive;
    if (input.unlock) {
      patch.lockedUntil = null;
      patch.failedLoginCount = 0;
    }
    if (input.newPassword !== undefined) {
      assertPasswordPolicy(input.newPassword, before.username);
      patch.passwordHash = await hashPassword(input.newPassword);
      patch.passwordChangedAt = deps.clock.now();
      patch.mustChangePassword = true;
    }
    await updateUserRow(tx, id, patch);
    // Any change to who the user is or what they may do ends their open sessions.
    if (input.role || input.scopeCode !== undefined || input.isActive === false || input.newPassword) {
      await deleteUserSessions(tx, id);
    }
    const after = { ...before, ...patch };
    await recordAudit(
      { ...deps, db: tx },
      {
        action: input.unlock ? "user.unlocked" : input.newPassword ? "user.password_reset" : "user.updated",
        entityType: "user",
        entityId: id,
        areaCode: after.scopeCode || null,
        before: auditView(before),
        after: auditView(after),
        details: { passwordReset: input.newPassword !== undefined, unlocked: input.unlock === true },
      },
    );
    return toUser(after, deps.clock.now());
  });
}

export async function listUsers(
  deps: Deps,
  input: { q?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<User>> {
  requirePermission(deps.actor, "users.read");
  const rows = await selectUsers(deps.db, {
    scopeCode: deps.actor.scopeCode,
    q: input.q,
    afterUsername: input.cursor,
    limit: input.limit + 1,
  });
  const now = deps.clock.now();
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((r) => toUser(r, now)),
    nextCursor: rows.length > input.limit ? page[page.length - 1]!.username : null,
  };
}

export async function getUser(deps: Deps, id: string): Promise<User> {
  requirePermission(deps.actor, "users.read");
  const row = await findUserById(deps.db, id);
  if (!row) throw notFound(USER);
  assertInScope(deps.actor, row.scopeCode, USER);
  return toUser(row, deps.clock.now());
}
