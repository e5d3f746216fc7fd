// Visit reads: one visit with team, follow-ups and photos; keyset pages of visits and of open or overdue follow-ups.
import type { Deps } from "../../platform/deps";
import { ancestry } from "../../shared/area-code";
import { assertInScope, requirePermission } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import { findAreas } from "../geography/index";
import type {
  Assignee,
  FollowUp,
  FollowUpListQuery,
  VisitDetail,
  VisitListQuery,
  VisitSummary,
} from "./contracts";
import {
  selectAssignees,
  selectMembers,
  selectOpenFollowUpPage,
  selectVisitFollowUps,
  selectVisitPage,
} from "./monitoring.repository";
import { loadVisit } from "./monitoring-access";
import { requireDate } from "./monitoring-dates";
import { AREA } from "./monitoring-errors";
import { decodeDateCursor, encodeDateCursor, OWNER_ROLES, type SubjectType } from "./monitoring-rules";
import { toFollowUp, toVisitSummary } from "./monitoring-views";
import { visitPhotos } from "./visit-photos";

export async function getVisit(deps: Deps, visitId: string): Promise<VisitDetail> {
  const visit = await loadVisit(deps, visitId, "monitoring.read");
  const today = deps.clock.today();
  const members = await selectMembers(deps.db, visit.id);
  const followUps = await selectVisitFollowUps(deps.db, visit.id);
  const path = await findAreas(deps.db, ancestry(visit.areaCode));
  const photos = await visitPhotos(deps, visit);
  const items = followUps.map((f) => toFollowUp(f, today));
  return {
    id: visit.id,
    areaCode: visit.areaCode,
    subjectType: visit.subjectType as SubjectType,
    subjectId: visit.subjectId,
    subjectName: visit.subjectName,
    visitedOn: visit.visitedOn,
    purpose: visit.purpose,
    teamNames: members.map((m) => m.name),
    followUpsOpen: items.filter((f) => f.status === "open").length,
    followUpsOverdue: items.filter((f) => f.isOverdue).length,
    followUpsDone: items.filter((f) => f.status === "done").length,
    areaPath: path
      .sort((a, b) => a.code.length - b.code.length)
      .map((a) => ({ code: a.code, nameTh: a.nameTh })),
    peopleMet: visit.peopleMet,
    findings: visit.findings,
    recommendations: visit.recommendations,
    team: members.map((m) => ({ seq: m.seq, userId: m.userId, name: m.name, position: m.position })),
    followUps: items,
    photos,
    createdAt: visit.createdAt.toISOString(),
    updatedAt: visit.updatedAt.toISOString(),
  };
}

function scopedArea(deps: Deps, area: string | undefined): string {
  requirePermission(deps.actor, "monitoring.read");
  const code = area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, code, AREA);
  return code;
}

/** Visits in an area of the actor's scope, newest first. */
export async function listVisits(deps: Deps, query: VisitListQuery): Promise<Page<VisitSummary>> {
  const area = scopedArea(deps, query.area);
  if (query.from) requireDate("from", query.from);
  if (query.to) requireDate("to", query.to);
  const found = await selectVisitPage(deps.db, {
    areaPrefix: area,
    subjectType: query.subjectType,
    subjectId: query.subjectId,
    from: query.from,
    to: query.to,
    today: deps.clock.today(),
    after: query.cursor ? decodeDateCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = found.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toVisitSummary),
    nextCursor: found.length > query.limit && last ? encodeDateCursor(last.visitedOn, last.id) : null,
  };
}

/**
 * Open follow-ups, oldest due date first: the actor's own ("mine"), or everyone's in an area of the actor's
 * scope ("area", the district officer's view). By default only those overdue by today's Bangkok business date.
 */
export async function listFollowUps(deps: Deps, query: FollowUpListQuery): Promise<Page<FollowUp>> {
  const area = scopedArea(deps, query.scope === "area" ? query.area : undefined);
  const today = deps.clock.today();
  const found = await selectOpenFollowUpPage(deps.db, {
    ownerId:
      query.scope === "mine" ? (deps.actor.userId ?? "00000000-0000-0000-0000-000000000000") : undefined,
    areaPrefix: area,
    dueBefore: query.overdue === "true" ? today : undefined,
    after: query.cursor ? decodeDateCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = found.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((f) => toFollowUp(f, today)),
    nextCursor: found.length > query.limit && last ? encodeDateCursor(last.dueOn, last.id) : null,
  };
}

/** Officers who may own a follow-up of a visit in `area` (their scope covers it), nearest level first. */
export async function listAssignees(deps: Deps, area: string): Promise<{ items: Assignee[] }> {
  requirePermission(deps.actor, "monitoring.write");
  assertInScope(deps.actor, area, AREA);
  const users = await selectAssignees(deps.db, area, OWNER_ROLES);
  return {
    items: users.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      role: u.role,
      position: u.position,
      scopeCode: u.scopeCode,
    })),
  };
}
