// Records a follow-up as done, with the date it was done and a note of what was done; only once.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { type CompleteFollowUpBody, completeFollowUpBodySchema, type FollowUp } from "./contracts";
import { findFollowUp, findVisit, updateFollowUpRow } from "./monitoring.repository";
import { loadFollowUp } from "./monitoring-access";
import { requireDate } from "./monitoring-dates";
import { monitoringErrors } from "./monitoring-errors";
import { mayRecordFollowUp } from "./monitoring-rules";
import { toFollowUp } from "./monitoring-views";
import { parseInput } from "./visit-inputs";

export async function completeFollowUp(
  deps: Deps,
  followUpId: string,
  body: CompleteFollowUpBody,
): Promise<FollowUp> {
  const input = parseInput(completeFollowUpBodySchema, body);
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    // Locked so that two people closing the same follow-up at once cannot both succeed.
    const row = await loadFollowUp(t, followUpId, "monitoring.write", true);
    if (row.status === "done") throw monitoringErrors.followUpDone();
    if (!mayRecordFollowUp(deps.actor, row.ownerId)) throw monitoringErrors.notOwner();
    requireDate("doneOn", input.doneOn);
    const today = deps.clock.today();
    if (input.doneOn > today) throw monitoringErrors.doneInFuture(input.doneOn, today);
    const visit = (await findVisit(tx, row.visitId))!;
    if (input.doneOn < visit.visitedOn) throw monitoringErrors.doneBeforeVisit(input.doneOn, visit.visitedOn);
    await updateFollowUpRow(tx, row.id, {
      status: "done",
      doneOn: input.doneOn,
      doneNote: input.note,
      doneBy: deps.actor.userId,
      updatedAt: deps.clock.now(),
    });
    await recordAudit(t, {
      action: "monitoring.follow_up_done",
      entityType: "monitoring_follow_up",
      entityId: row.id,
      areaCode: row.areaCode,
      before: { status: "open", dueOn: row.dueOn },
      after: { status: "done", doneOn: input.doneOn, note: input.note },
    });
  });
  const updated = await findFollowUp(deps.db, followUpId);
  return toFollowUp(updated!, deps.clock.today());
}
