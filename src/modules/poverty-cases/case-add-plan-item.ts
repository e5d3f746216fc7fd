// Adds an item of the province's assistance menu to a case's plan, with the agency doing it and the value fixed when planned.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { ruleViolation } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { planItemFrom } from "./assistance-menu";
import { isUuid, loadCase, MENU_ITEM, requireCaseWrite } from "./case-access";
import type { PlanItemBody } from "./case-contracts";
import { getCase } from "./case-reads";
import { agenciesById, assertOpen, toRuleMenuItem } from "./case-write-helpers";
import { findMenuItem, insertPlanItem } from "./cases.repository";

export async function addPlanItem(deps: Deps, caseId: string, body: PlanItemBody) {
  requireCaseWrite(deps);
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { row } = await loadCase(t, caseId, { forUpdate: true, permission: "poverty.write" });
    assertOpen(row);
    const province = row.areaCode.slice(0, 2);
    const menuItem = isUuid(body.menuItemId) ? await findMenuItem(tx, body.menuItemId) : undefined;
    if (!menuItem || menuItem.areaCode !== province) throw outOfScope(MENU_ITEM);
    if (!menuItem.isActive) {
      throw ruleViolation("poverty.menu_item_inactive", {
        th: `รายการ ${menuItem.code} ถูกยกเลิกจากเมนูแล้ว`,
        en: `${menuItem.code} is no longer on the menu`,
      });
    }
    const id = deps.ids.uuid();
    const planned = planItemFrom(
      [toRuleMenuItem(menuItem)],
      { planItemId: id, menuCode: menuItem.id, quantity: body.quantity, agency: body.agencyId },
      await agenciesById(tx, province),
    );
    const planRow = {
      id,
      caseId: row.id,
      areaCode: row.areaCode,
      menuItemId: menuItem.id,
      dimension: menuItem.dimension,
      agencyId: planned.agency,
      quantity: planned.quantity,
      plannedValueSatang: planned.plannedValueSatang,
      note: body.note?.trim() || null,
      createdBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    };
    await insertPlanItem(tx, planRow);
    await recordAudit(t, {
      action: "poverty.plan_item_added",
      entityType: "pov_plan_item",
      entityId: id,
      areaCode: row.areaCode,
      after: { ...planRow, createdAt: undefined },
    });
  });
  return getCase(deps, caseId);
}
