// Builds the signed-in user's view of themselves (role, scope, permissions).

import type { Executor } from "../../platform/database";
import type { Actor } from "../../shared/actor";
import type { Me } from "../../shared/contracts/index";
import { ROLE_PERMISSIONS, type Role } from "../../shared/roles";
import { areaName, type UserRow } from "./access.repository";

export function actorOf(user: UserRow): Actor {
  return {
    kind: "user",
    userId: user.id,
    username: user.username,
    role: user.role as Role,
    scopeCode: user.scopeCode,
    householdId: user.householdId,
  };
}

export async function describeUser(db: Executor, user: UserRow): Promise<Me> {
  const scope = user.scopeCode ? await areaName(db, user.scopeCode) : undefined;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    scopeCode: user.scopeCode,
    scopeName: scope?.nameTh ?? "ทั้งประเทศ",
    householdId: user.householdId,
    permissions: [...ROLE_PERMISSIONS[user.role as Role]],
    mustChangePassword: user.mustChangePassword,
  };
}
