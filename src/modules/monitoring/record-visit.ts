// Records a monitoring visit to a fund, debt centre, village or household, with its team and follow-up actions.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { type CreateVisitBody, createVisitBodySchema, type VisitDetail } from "./contracts";
import { findSubject, insertVisit } from "./monitoring.repository";
import { requireDate } from "./monitoring-dates";
import { monitoringErrors, SUBJECT } from "./monitoring-errors";
import { MAX_FOLLOW_UPS_PER_VISIT } from "./monitoring-rules";
import { getVisit } from "./read-visits";
import { buildTeam, checkFollowUps, parseInput } from "./visit-inputs";

export async function recordVisit(deps: Deps, body: CreateVisitBody): Promise<VisitDetail> {
  requirePermission(deps.actor, "monitoring.write");
  const input = parseInput(createVisitBodySchema, body);
  const subjectKey = input.subjectType === "village" ? input.villageCode : input.subjectId;
  if (!subjectKey) throw monitoringErrors.subjectRequired(input.subjectType);
  const subject = await findSubject(deps.db, input.subjectType, subjectKey);
  if (!subject) throw outOfScope(SUBJECT);
  assertInScope(deps.actor, subject.areaCode, SUBJECT);
  const visitedOn = requireDate("visitedOn", input.visitedOn);
  const today = deps.clock.today();
  if (visitedOn > today) throw monitoringErrors.visitInFuture(visitedOn, today);
  if (input.followUps.length > MAX_FOLLOW_UPS_PER_VISIT) {
    throw monitoringErrors.tooManyFollowUps(MAX_FOLLOW_UPS_PER_VISIT);
  }
  const id = deps.ids.uuid();
  const team = await buildTeam(deps, id, input.team);
  await checkFollowUps(deps, input.followUps, subject.areaCode, visitedOn);
  const now = deps.clock.now();
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const followUps = input.followUps.map((f) => ({
      id: deps.ids.uuid(),
      visitId: id,
      areaCode: subject.areaCode,
      description: f.description,
      ownerId: f.ownerId,
      dueOn: f.dueOn,
      status: "open",
      createdAt: now,
      updatedAt: now,
    }));
    await insertVisit(
      tx,
      {
        id,
        areaCode: subject.areaCode,
        subjectType: input.subjectType,
        subjectId: input.subjectType === "village" ? null : (input.subjectId ?? null),
        subjectName: subject.name,
        visitedOn,
        purpose: input.purpose,
        peopleMet: input.peopleMet,
        findings: input.findings,
        recommendations: input.recommendations,
        createdBy: deps.actor.userId,
        createdAt: now,
        updatedBy: deps.actor.userId,
        updatedAt: now,
      },
      team,
      followUps,
    );
    await recordAudit(t, {
      action: "monitoring.visit_recorded",
      entityType: "monitoring_visit",
      entityId: id,
      areaCode: subject.areaCode,
      after: {
        subjectType: input.subjectType,
        subjectName: subject.name,
        visitedOn,
        purpose: input.purpose,
        team: team.map((m) => m.name),
        followUps: followUps.map((f) => ({ id: f.id, ownerId: f.ownerId, dueOn: f.dueOn })),
      },
    });
  });
  return getVisit(deps, id);
}
