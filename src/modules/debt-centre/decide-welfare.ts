// Approves or rejects a welfare request: the centre chair in office, or an officer with funds.write in the centre's area.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { hasPermission, outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { isUuid, loadCentre, requireCentreSeat } from "./centre-access";
import { toWelfare } from "./centre-views";
import type { WelfareDecisionBody, WelfareView } from "./contracts";
import { WELFARE } from "./debt-centre-errors";
import { lockWelfare, updateWelfare } from "./debt-welfare.repository";
import { assertWelfareMove, type WelfareStatus } from "./welfare";

export async function decideWelfare(
  deps: Deps,
  centreId: string,
  welfareId: string,
  approve: boolean,
  body: WelfareDecisionBody,
): Promise<WelfareView> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const centre = await loadCentre(t, centreId);
    const row = isUuid(welfareId) ? await lockWelfare(tx, welfareId) : undefined;
    if (!row || row.centreId !== centre.id) throw outOfScope(WELFARE);
    if (!hasPermission(deps.actor, "funds.write")) await requireCentreSeat(t, centre, ["chair"]);
    const to: WelfareStatus = approve ? "approved" : "rejected";
    assertWelfareMove(row.status as WelfareStatus, to);
    const updated = await updateWelfare(tx, row.id, {
      status: to,
      decidedOn: deps.clock.today(),
      decidedBy: deps.actor.userId,
      decisionNote: body.note ?? null,
      updatedAt: deps.clock.now(),
    });
    await recordAudit(t, {
      action: approve ? "debt_welfare.approved" : "debt_welfare.rejected",
      entityType: "debt_welfare_payment",
      entityId: row.id,
      areaCode: row.areaCode,
      before: { status: row.status },
      after: { status: to, note: body.note ?? null, amountSatang: row.amountSatang, fundId: row.fundId },
    });
    return toWelfare(updated);
  });
}
