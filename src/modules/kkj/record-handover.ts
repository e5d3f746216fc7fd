// An officer records a handover (ส่งมอบ-รับมอบ, brown book part 2) with the village status frozen at that moment.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import type { Handover, HandoverBody } from "./contracts";
import { type HandoverRow, insertHandover, lockFundRow } from "./kkj.repository";
import { loadKkjFund, requireHandoverOfficer } from "./kkj-access";
import { checkStepDate } from "./kkj-rules";
import { throwIf } from "./kkj-steps";
import { toHandover } from "./kkj-views";
import { computeVillageStatus } from "./village-status";

/** The snapshot is the live status at the moment of recording (business date today), not at `handedOn`. */
export async function recordHandover(deps: Deps, fundId: string, body: HandoverBody): Promise<Handover> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadKkjFund(t, fundId);
    requireHandoverOfficer(t, fund);
    const today = deps.clock.today();
    const handedOn = body.handedOn ?? today;
    throwIf(checkStepDate("handedOn", handedOn, today));
    // No posting may slip in between the figures of one snapshot.
    await lockFundRow(tx, fund.id);
    const snapshot = await computeVillageStatus(tx, fund, today);
    const row: HandoverRow = {
      id: deps.ids.uuid(),
      fundId: fund.id,
      areaCode: fund.areaCode,
      handedOn,
      fromName: body.fromName,
      fromPosition: body.fromPosition,
      toName: body.toName,
      toPosition: body.toPosition,
      fromUserId: body.fromUserId ?? null,
      toUserId: body.toUserId ?? null,
      snapshot: snapshot as unknown as Record<string, unknown>,
      notes: body.notes || null,
      recordedBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    };
    await insertHandover(tx, row);
    const view = toHandover(row);
    await recordAudit(t, {
      action: "kkj.handover_recorded",
      entityType: "kkj_handover",
      entityId: row.id,
      areaCode: fund.areaCode,
      after: view,
    });
    return view;
  });
}
