// Changes an open follow-up's description, owner or due date (a done one is history and stays as it is).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { type FollowUp, type UpdateFollowUpBody, updateFollowUpBodySchema } from "./contracts";
import { findFollowUp, findVisit, updateFollowUpRow } from "./monitoring.repository";
import { loadFollowUp } from "./monitoring-access";
import { monitoringErrors } from "./monitoring-errors";
import { mayRecordFollowUp } from "./monitoring-rules";
import { toFollowUp } from "./monitoring-views";
import { checkDueOn, checkOwner, parseInput } from "./visit-inputs";

export async function updateFollowUp(
  deps: Deps,
  followUpId: string,
  body: UpdateFollowUpBody,
): Promise<FollowUp> {
  const input = parseInput(updateFollowUpBodySchema, body);
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const row = await loadFollowUp(t, followUpId, "monitoring.write", true);
    if (row.status === "done") throw monitoringErrors.followUpDone();
    if (!mayRecordFollowUp(deps.actor, row.ownerId)) throw monitoringErrors.notOwner();
    const visit = (await findVisit(tx, row.visitId))!;
    if (input.dueOn !== undefined) checkDueOn(input.dueOn, visit.visitedOn);
    if (input.ownerId !== undefined) await checkOwner(t, input.ownerId, row.areaCode);
    const changes = {
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
      ...(input.dueOn !== undefined ? { dueOn: input.dueOn } : {}),
    };
    await updateFollowUpRow(tx, row.id, { ...changes, updatedAt: deps.clock.now() });
    await recordAudit(t, {
      action: "monitoring.follow_up_updated",
      entityType: "monitoring_follow_up",
      entityId: row.id,
      areaCode: row.areaCode,
      before: Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof typeof changes]])),
      after: changes,
    });
  });
  const updated = await findFollowUp(deps.db, followUpId);
  return toFollowUp(updated!, deps.clock.today());
}
