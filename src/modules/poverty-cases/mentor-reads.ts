// Reads of mentoring: schemes, the mentors of an area, a mentor's own households with overdue visits, an area's overdue visits.
import type { Deps } from "../../platform/deps";
import { isWithin } from "../../shared/area-code";
import { assertInScope, inScope, outOfScope, requirePermission } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import { forbidden } from "../../shared/errors";
import { AREA, isAgencyAccount, isMentorAccount, isUuid, MENTOR, requireAreaReader } from "./case-access";
import type { MentorView, SchemeView, Worklist, WorklistItem } from "./case-contracts";
import { toMentor, toScheme } from "./case-views";
import {
  findMentor,
  findMentorOfUser,
  type MentorRow,
  type PairingWithHousehold,
  selectLastVisits,
  selectMentorPage,
  selectPairingsInForce,
  selectSchemes,
} from "./cases.repository";
import { visitStatus } from "./mentor-pairing";

export async function listSchemes(deps: Deps): Promise<SchemeView[]> {
  requirePermission(deps.actor, "poverty.read");
  return (await selectSchemes(deps.db)).map(toScheme);
}

export async function listMentors(
  deps: Deps,
  query: { area?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<MentorView>> {
  requireAreaReader(deps);
  const area = query.area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, area, AREA);
  const afterId = query.cursor && isUuid(query.cursor) ? query.cursor : undefined;
  const rows = await selectMentorPage(deps.db, { areaPrefix: area, afterId, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { items: page.map(toMentor), nextCursor: rows.length > query.limit && last ? last.id : null };
}

async function statuses(deps: Deps, pairings: PairingWithHousehold[], asOf: string): Promise<WorklistItem[]> {
  const last = await selectLastVisits(
    deps.db,
    pairings.map((p) => p.id),
    asOf,
  );
  const visits = last.map((v) => ({ pairingId: v.pairingId, visitedOn: v.visitedOn }));
  return pairings
    .map((p) => {
      const s = visitStatus(
        {
          pairingId: p.id,
          scheme: p.schemeCode,
          mentorId: p.mentorId,
          householdId: p.householdId,
          villageCode: p.areaCode,
          startOn: p.startOn,
          endOn: p.endOn,
        },
        visits,
        asOf,
        p.visitIntervalDays,
      );
      return {
        ...s,
        headName: p.headName,
        houseNo: p.houseNo,
        areaCode: p.areaCode,
        schemeCode: p.schemeCode,
        caseId: p.caseId,
        stage: p.stage,
      };
    })
    .sort(
      (a, b) =>
        b.overdueDays - a.overdueDays ||
        (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) ||
        (a.householdId < b.householdId ? -1 : 1),
    );
}

/**
 * A mentor's own households in force today, most overdue first. A mentor account gets its own list (and no
 * other); an officer may name a mentor of their area.
 */
export async function mentorWorklist(deps: Deps, mentorId?: string | undefined): Promise<Worklist> {
  requirePermission(deps.actor, "poverty.read");
  if (isAgencyAccount(deps)) throw forbidden("access.permission_poverty_visit");
  const asOf = deps.clock.today();
  let mentor: MentorRow | undefined;
  if (isMentorAccount(deps)) {
    mentor = deps.actor.userId ? await findMentorOfUser(deps.db, deps.actor.userId) : undefined;
    if (!mentor) return { mentor: null, asOf, items: [], overdue: 0 };
  } else {
    mentor = mentorId && isUuid(mentorId) ? await findMentor(deps.db, mentorId) : undefined;
    if (!mentor) throw outOfScope(MENTOR);
    if (!(inScope(deps.actor, mentor.areaCode) || isWithin(deps.actor.scopeCode, mentor.areaCode))) {
      throw outOfScope(MENTOR);
    }
  }
  const items = await statuses(
    deps,
    await selectPairingsInForce(deps.db, { mentorId: mentor.id, on: asOf }),
    asOf,
  );
  return { mentor: toMentor(mentor), asOf, items, overdue: items.filter((i) => i.isOverdue).length };
}

/** Every overdue visit of an area's pairings in force (officers' follow-up list), most overdue first. */
export async function overdueVisitsOfArea(deps: Deps, area: string | undefined): Promise<Worklist> {
  requireAreaReader(deps);
  const prefix = area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, prefix, AREA);
  const asOf = deps.clock.today();
  const items = (
    await statuses(deps, await selectPairingsInForce(deps.db, { areaPrefix: prefix, on: asOf }), asOf)
  ).filter((i) => i.isOverdue);
  return { mentor: null, asOf, items, overdue: items.length };
}
