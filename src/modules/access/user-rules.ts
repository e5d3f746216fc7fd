// Rules for accounts: which scope level each role needs, and who may grant which role.

import type { Actor } from "../../shared/actor";
import { levelOfCode } from "../../shared/area-code";
import { forbidden, invalidInput } from "../../shared/errors";
import { ROLE_SCOPE_LEVEL, type Role } from "../../shared/roles";

export function assertScopeFitsRole(role: Role, scopeCode: string): void {
  const need = ROLE_SCOPE_LEVEL[role];
  if (need === "any") return;
  const level = scopeCode === "" ? "national" : levelOfCode(scopeCode);
  if (level !== need) {
    throw invalidInput(
      "user.scope_level_mismatch",
      {
        th: `บทบาทนี้ต้องมีขอบเขตพื้นที่ระดับ${LEVEL_TH[need]}`,
        en: `This role needs a scope at the ${need} level`,
      },
      { role, scopeCode, expectedLevel: need },
    );
  }
}

const LEVEL_TH: Record<string, string> = {
  national: "ประเทศ",
  province: "จังหวัด",
  district: "อำเภอ",
  subdistrict: "ตำบล",
  village: "หมู่บ้าน",
};

/** Only a central administrator may create or promote central administrators and IT support. */
export function assertMayGrant(actor: Actor, role: Role): void {
  if (
    (role === "central_admin" || role === "it_support") &&
    actor.kind !== "system" &&
    actor.role !== "central_admin"
  ) {
    throw forbidden("user.grant_not_allowed");
  }
}
