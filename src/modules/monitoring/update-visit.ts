// Corrects a recorded visit: date, purpose, people met, findings, recommendations or team (audited before and after).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { type UpdateVisitBody, updateVisitBodySchema, type VisitDetail } from "./contracts";
import { replaceMembers, selectMembers, selectVisitFollowUps, updateVisitRow } from "./monitoring.repository";
import { loadVisit } from "./monitoring-access";
import { requireDate } from "./monitoring-dates";
import { monitoringErrors } from "./monitoring-errors";
import { getVisit } from "./read-visits";
import { buildTeam, parseInput } from "./visit-inputs";

export async function updateVisit(deps: Deps, visitId: string, body: UpdateVisitBody): Promise<VisitDetail> {
  const input = parseInput(updateVisitBodySchema, body);
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const visit = await loadVisit(t, visitId, "monitoring.write", true);
    if (input.visitedOn !== undefined) {
      requireDate("visitedOn", input.visitedOn);
      const today = deps.clock.today();
      if (input.visitedOn > today) throw monitoringErrors.visitInFuture(input.visitedOn, today);
      // Follow-ups were due on or after the visit; a later visit date must not leave any due before it.
      const earliestDue = (await selectVisitFollowUps(tx, visit.id)).map((f) => f.dueOn).sort()[0];
      if (earliestDue !== undefined && earliestDue < input.visitedOn) {
        throw monitoringErrors.dueBeforeVisit(earliestDue, input.visitedOn);
      }
    }
    const beforeTeam = (await selectMembers(tx, visit.id)).map((m) => m.name);
    const team = input.team ? await buildTeam(t, visit.id, input.team) : undefined;
    const changes = {
      ...(input.visitedOn !== undefined ? { visitedOn: input.visitedOn } : {}),
      ...(input.purpose !== undefined ? { purpose: input.purpose } : {}),
      ...(input.peopleMet !== undefined ? { peopleMet: input.peopleMet } : {}),
      ...(input.findings !== undefined ? { findings: input.findings } : {}),
      ...(input.recommendations !== undefined ? { recommendations: input.recommendations } : {}),
    };
    await updateVisitRow(tx, visit.id, {
      ...changes,
      updatedBy: deps.actor.userId,
      updatedAt: deps.clock.now(),
    });
    if (team) await replaceMembers(tx, visit.id, team);
    const before = Object.fromEntries(
      Object.keys(changes).map((k) => [k, visit[k as keyof typeof changes] as unknown]),
    );
    await recordAudit(t, {
      action: "monitoring.visit_updated",
      entityType: "monitoring_visit",
      entityId: visit.id,
      areaCode: visit.areaCode,
      before: team ? { ...before, team: beforeTeam } : before,
      after: team ? { ...changes, team: team.map((m) => m.name) } : changes,
    });
  });
  return getVisit(deps, visitId);
}
