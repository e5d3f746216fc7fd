// Adds a follow-up action (description, owner, due date) to a recorded visit.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { type FollowUp, type FollowUpInput, followUpInputSchema } from "./contracts";
import { countFollowUps, findFollowUp, insertFollowUp } from "./monitoring.repository";
import { loadVisit } from "./monitoring-access";
import { monitoringErrors } from "./monitoring-errors";
import { MAX_FOLLOW_UPS_PER_VISIT } from "./monitoring-rules";
import { toFollowUp } from "./monitoring-views";
import { checkDueOn, checkOwner, parseInput } from "./visit-inputs";

export async function addFollowUp(deps: Deps, visitId: string, body: FollowUpInput): Promise<FollowUp> {
  const input = parseInput(followUpInputSchema, body);
  const id = deps.ids.uuid();
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const visit = await loadVisit(t, visitId, "monitoring.write", true);
    checkDueOn(input.dueOn, visit.visitedOn);
    await checkOwner(t, input.ownerId, visit.areaCode);
    if ((await countFollowUps(tx, visit.id)) >= MAX_FOLLOW_UPS_PER_VISIT) {
      throw monitoringErrors.tooManyFollowUps(MAX_FOLLOW_UPS_PER_VISIT);
    }
    const now = deps.clock.now();
    await insertFollowUp(tx, {
      id,
      visitId: visit.id,
      areaCode: visit.areaCode,
      description: input.description,
      ownerId: input.ownerId,
      dueOn: input.dueOn,
      status: "open",
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(t, {
      action: "monitoring.follow_up_added",
      entityType: "monitoring_follow_up",
      entityId: id,
      areaCode: visit.areaCode,
      after: {
        visitId: visit.id,
        description: input.description,
        ownerId: input.ownerId,
        dueOn: input.dueOn,
      },
    });
  });
  const row = await findFollowUp(deps.db, id);
  return toFollowUp(row!, deps.clock.today());
}
