// Changes the signed-in user's own password and ends their other sessions.

import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { AppError } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { deleteUserSessions, findUserById, updateUser } from "./access.repository";
import { assertPasswordPolicy, hashPassword, verifyPassword } from "./passwords";

export async function changePassword(
  deps: Deps,
  input: { currentPassword: string; newPassword: string; keepTokenHash?: string },
): Promise<void> {
  const userId = deps.actor.userId;
  const user = userId ? await findUserById(deps.db, userId) : undefined;
  if (!user)
    throw new AppError("unauthenticated", "auth.required", { th: "กรุณาเข้าสู่ระบบ", en: "Please sign in" });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("invalid_input", "access.current_password_wrong", {
      th: "รหัสผ่านปัจจุบันไม่ถูกต้อง",
      en: "The current password is wrong",
    });
  }
  assertPasswordPolicy(input.newPassword, user.username);
  if (input.newPassword === input.currentPassword) {
    throw new AppError("invalid_input", "access.password_unchanged", {
      th: "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม",
      en: "The new password must differ from the current one",
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(deps.db, async (tx) => {
    await updateUser(tx, user.id, {
      passwordHash,
      passwordChangedAt: deps.clock.now(),
      mustChangePassword: false,
    });
    await deleteUserSessions(tx, user.id, input.keepTokenHash);
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "user.password_changed",
        entityType: "user",
        entityId: user.id,
        areaCode: user.scopeCode || null,
      },
    );
  });
}
