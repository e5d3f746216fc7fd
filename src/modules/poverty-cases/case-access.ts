// Who may see and change a poverty case: officers by area; a mentor account only its paired households; an agency account only cases holding its agency's items.
import type { Deps } from "../../platform/deps";
import { hasPermission, inScope, outOfScope, requirePermission } from "../../shared/authorization";
import { forbidden } from "../../shared/errors";
import type { Permission } from "../../shared/roles";
import {
  type AgencyRow,
  type CaseRow,
  findAgencyOfUser,
  findCase,
  isPairedWithUser,
  lockCase,
  selectPlanItems,
} from "./cases.repository";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

export const CASE = { th: "เคสครัวเรือนเป้าหมาย", en: "Poverty case" };
export const HOUSEHOLD = { th: "ครัวเรือน", en: "Household" };
export const AREA = { th: "พื้นที่", en: "Area" };
export const AGENCY = { th: "หน่วยงาน", en: "Agency" };
export const MENU_ITEM = { th: "รายการในเมนูความช่วยเหลือ", en: "Menu item" };
export const MENTOR = { th: "พี่เลี้ยง", en: "Mentor" };
export const SCHEME = { th: "โครงการจับคู่พี่เลี้ยง", en: "Mentoring scheme" };
export const PAIRING = { th: "การจับคู่พี่เลี้ยง", en: "Pairing" };
export const TARGET_LIST = { th: "บัญชีครัวเรือนเป้าหมาย", en: "Target list" };
export const PLAN_ITEM = { th: "รายการในแผนของเคส", en: "Plan item" };

const isUserRole = (deps: Deps, role: string): boolean =>
  deps.actor.kind === "user" && deps.actor.role === role;

export const isMentorAccount = (deps: Deps): boolean => isUserRole(deps, "mentor");
export const isAgencyAccount = (deps: Deps): boolean => isUserRole(deps, "agency_officer");

/**
 * The agency of an agency account; an agency account not linked to an agency sees nothing (every case is
 * "not found" to it) rather than everything.
 */
export async function actorAgency(deps: Deps): Promise<AgencyRow | null> {
  if (!isAgencyAccount(deps) || !deps.actor.userId) return null;
  const agency = await findAgencyOfUser(deps.db, deps.actor.userId);
  if (!agency) throw outOfScope(CASE);
  return agency;
}

/** Whether the actor may read this case: area scope, then the mentor's pairing or the agency's items. */
async function canRead(deps: Deps, row: CaseRow, agency: AgencyRow | null): Promise<boolean> {
  if (!inScope(deps.actor, row.areaCode)) return false;
  if (isMentorAccount(deps)) {
    return isPairedWithUser(deps.db, deps.actor.userId ?? "", row.householdId, deps.clock.today());
  }
  if (agency) return agencyHasItem(deps, row.id, agency.id);
  return true;
}

async function agencyHasItem(deps: Deps, caseId: string, agencyId: string): Promise<boolean> {
  return (await selectPlanItems(deps.db, caseId, agencyId)).length > 0;
}

/** The case when the actor may read it; otherwise "not found", like a missing case. */
export async function loadCase(
  deps: Deps,
  caseId: string,
  options: { forUpdate?: boolean; permission?: Permission } = {},
): Promise<{ row: CaseRow; agency: AgencyRow | null }> {
  requirePermission(deps.actor, options.permission ?? "poverty.read");
  const row = isUuid(caseId)
    ? await (options.forUpdate ? lockCase(deps.db, caseId) : findCase(deps.db, caseId))
    : undefined;
  if (!row) throw outOfScope(CASE);
  const agency = await actorAgency(deps);
  if (!(await canRead(deps, row, agency))) throw outOfScope(CASE);
  return { row, agency };
}

/** Officers' writes on a case (open, plan, stage, close): poverty.write, never a mentor or agency account. */
export function requireCaseWrite(deps: Deps): void {
  if (!hasPermission(deps.actor, "poverty.write") || isMentorAccount(deps) || isAgencyAccount(deps)) {
    throw forbidden("access.permission_poverty_write");
  }
}

/** Aggregates and area-wide lists are for officers and auditors, not for mentor or agency accounts. */
export function requireAreaReader(deps: Deps): void {
  requirePermission(deps.actor, "poverty.read");
  if (isMentorAccount(deps) || isAgencyAccount(deps)) throw forbidden("access.permission_poverty_read");
}

/** The province (2 digits) an officer configures: inside their scope, or containing it. */
export function assertProvinceAccess(deps: Deps, province: string, permission: Permission): void {
  requirePermission(deps.actor, permission);
  const scope = deps.actor.scopeCode;
  if (!(province.startsWith(scope) || scope.startsWith(province))) throw outOfScope(AREA);
}
