// Links an agency-officer account to its agency: the account then sees only that agency's households and items.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { isWithin } from "../../shared/area-code";
import { outOfScope } from "../../shared/authorization";
import { ruleViolation } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { AGENCY, assertProvinceAccess, isUuid } from "./case-access";
import { findAgency, findUserRole, upsertAgencyUser } from "./cases.repository";

const USER = { th: "บัญชีผู้ใช้", en: "User account" };

export async function linkAgencyUser(
  deps: Deps,
  agencyId: string,
  userId: string,
): Promise<{ userId: string; agencyId: string }> {
  return inTransaction(deps.db, async (tx) => {
    const agency = isUuid(agencyId) ? await findAgency(tx, agencyId) : undefined;
    if (!agency) throw outOfScope(AGENCY);
    assertProvinceAccess(deps, agency.areaCode, "poverty.configure");
    const user = await findUserRole(tx, userId);
    if (!user) throw outOfScope(USER);
    if (user.role !== "agency_officer") {
      throw ruleViolation("poverty.not_agency_officer", {
        th: "บัญชีนี้ไม่ใช่บทบาทเจ้าหน้าที่หน่วยงานรับผิดชอบมิติ",
        en: "The account does not have the agency officer role",
      });
    }
    if (!isWithin(user.scopeCode, agency.areaCode)) {
      throw ruleViolation("poverty.agency_user_outside", {
        th: `พื้นที่ของบัญชี (${user.scopeCode || "ทั้งประเทศ"}) ไม่อยู่ในจังหวัดของหน่วยงาน (${agency.areaCode})`,
        en: `The account's area (${user.scopeCode || "nation"}) is outside the agency's province (${agency.areaCode})`,
      });
    }
    await upsertAgencyUser(tx, user.id, agency.id, deps.clock.now());
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "poverty.agency_user_linked",
        entityType: "pov_agency_user",
        entityId: user.id,
        areaCode: agency.areaCode,
        after: { userId: user.id, agencyId: agency.id },
      },
    );
    return { userId: user.id, agencyId: agency.id };
  });
}
