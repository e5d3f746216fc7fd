// Logs a delivered plan item (date, agency, quantity, value, evidence); an agency account logs only its own agency's items.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { forbidden } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { parseDelivery } from "./assistance-menu";
import { isMentorAccount, loadCase, PLAN_ITEM } from "./case-access";
import type { DeliveryBody } from "./case-contracts";
import { getCase } from "./case-reads";
import { agenciesById } from "./case-write-helpers";
import { insertDelivery, selectPlanItems } from "./cases.repository";

export async function logDelivery(deps: Deps, caseId: string, body: DeliveryBody) {
  if (isMentorAccount(deps)) throw forbidden("access.permission_poverty_deliver");
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { row, agency } = await loadCase(t, caseId, { forUpdate: true, permission: "poverty.deliver" });
    const plan = await selectPlanItems(tx, row.id, agency?.id);
    const item = plan.find((p) => p.id === body.planItemId);
    if (agency && !item) throw outOfScope(PLAN_ITEM);
    const delivery = parseDelivery(
      {
        planItemId: body.planItemId,
        deliveredOn: body.deliveredOn,
        // An agency account delivers as its own agency, whatever the body says.
        agency: agency?.id ?? body.agencyId ?? item?.agencyId,
        quantity: body.quantity,
        valueSatang: body.valueSatang ?? (item ? item.unitValueSatang * body.quantity : undefined),
        evidence: body.evidence,
      },
      {
        plan: plan.map((p) => ({
          planItemId: p.id,
          menuCode: p.menuItemId,
          quantity: p.quantity,
          agency: p.agencyId,
          plannedValueSatang: p.plannedValueSatang,
        })),
        agencies: await agenciesById(tx, row.areaCode.slice(0, 2)),
        caseOpenedOn: row.openedOn,
        caseClosedOn: row.closedOn,
        today: deps.clock.today(),
      },
    );
    const id = deps.ids.uuid();
    const deliveryRow = {
      id,
      caseId: row.id,
      planItemId: delivery.planItemId,
      areaCode: row.areaCode,
      dimension: item!.dimension,
      agencyId: delivery.agency,
      deliveredOn: delivery.deliveredOn,
      quantity: delivery.quantity,
      valueSatang: delivery.valueSatang,
      evidence: delivery.evidence,
      recordedBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    };
    await insertDelivery(tx, deliveryRow);
    await recordAudit(t, {
      action: "poverty.delivery_logged",
      entityType: "pov_delivery",
      entityId: id,
      areaCode: row.areaCode,
      after: { ...deliveryRow, createdAt: undefined },
    });
  });
  return getCase(deps, caseId);
}
