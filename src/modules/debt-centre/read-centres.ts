// Reads of debt centres: the area's centres (cursor pages), a centre with its funds and committee, surveys, plans, and the counts per centre and per area.
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { isUuid, loadCentre } from "./centre-access";
import { toCentre, toMemberFund, toPlanView, toSeat, toSurvey } from "./centre-views";
import type {
  AreaCounts,
  Centre,
  CentreCountsDetail,
  CentreDetail,
  CentreListQuery,
  PlanListQuery,
  PlanView,
  SurveyListQuery,
  SurveyView,
} from "./contracts";
import {
  countFlagsOfSurveys,
  findPlan,
  selectCentreCounts,
  selectCentrePage,
  selectMemberFunds,
  selectPlanPage,
  selectPlanStatusCounts,
  selectSeats,
  selectSurveyDebts,
  selectSurveyPage,
} from "./debt-centre.repository";
import { PLAN } from "./debt-centre-errors";

const encode = (parts: string[]): string => Buffer.from(JSON.stringify(parts)).toString("base64url");

function decode(cursor: string, size: number): string[] {
  try {
    const parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(parts) && parts.length === size && parts.every((p) => typeof p === "string")) {
      return parts as string[];
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
}

const AREA = { th: "พื้นที่", en: "Area" };

export async function listCentres(deps: Deps, query: CentreListQuery): Promise<Page<Centre>> {
  requirePermission(deps.actor, "funds.read");
  const area = query.area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, area, AREA);
  const after = query.cursor ? decode(query.cursor, 2) : undefined;
  const rows = await selectCentrePage(deps.db, {
    areaPrefix: area,
    after: after ? { areaCode: after[0]!, id: after[1]! } : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toCentre),
    nextCursor: rows.length > query.limit && last ? encode([last.areaCode, last.id]) : null,
  };
}

export async function getCentre(deps: Deps, centreId: string): Promise<CentreDetail> {
  const centre = await loadCentre(deps, centreId);
  const today = deps.clock.today();
  return {
    centre: toCentre(centre),
    memberFunds: (await selectMemberFunds(deps.db, centre.id)).map(toMemberFund),
    committee: (await selectSeats(deps.db, centre.id)).map((s) => toSeat(s, today)),
  };
}

export async function listSurveys(
  deps: Deps,
  centreId: string,
  query: SurveyListQuery,
): Promise<Page<SurveyView>> {
  const centre = await loadCentre(deps, centreId);
  const after = query.cursor ? decode(query.cursor, 1)[0] : undefined;
  const rows = await selectSurveyPage(deps.db, {
    centreId: centre.id,
    householdId: query.householdId,
    afterId: after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const debts = await selectSurveyDebts(
    deps.db,
    page.map((s) => s.id),
  );
  const flags = await countFlagsOfSurveys(
    deps.db,
    page.map((s) => s.id),
  );
  const last = page[page.length - 1];
  return {
    items: page.map((s) => toSurvey(s, debts, flags.get(s.id) ?? 0)),
    nextCursor: rows.length > query.limit && last ? encode([last.id]) : null,
  };
}

export async function listPlans(deps: Deps, centreId: string, query: PlanListQuery): Promise<Page<PlanView>> {
  const centre = await loadCentre(deps, centreId);
  const after = query.cursor ? decode(query.cursor, 1)[0] : undefined;
  const rows = await selectPlanPage(deps.db, {
    centreId: centre.id,
    status: query.status,
    afterId: after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const items: PlanView[] = [];
  for (const r of page) items.push(await toPlanView(deps.db, r));
  const last = page[page.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? encode([last.id]) : null };
}

export async function getPlan(deps: Deps, centreId: string, planId: string): Promise<PlanView> {
  const centre = await loadCentre(deps, centreId);
  const row = isUuid(planId) ? await findPlan(deps.db, planId) : undefined;
  if (!row || row.centreId !== centre.id) throw outOfScope(PLAN);
  return toPlanView(deps.db, row);
}

export async function centreCounts(deps: Deps, centreId: string): Promise<CentreCountsDetail> {
  const centre = await loadCentre(deps, centreId);
  const [counts] = await selectCentreCounts(deps.db, { areaPrefix: centre.areaCode, centreId: centre.id });
  const byStatus = await selectPlanStatusCounts(deps.db, centre.id);
  return { ...counts!, plansByStatus: Object.fromEntries(byStatus.map((s) => [s.status, s.n])) };
}

/** Counts of the centres in an area (a district by default for a district officer: the actor's scope). */
export async function areaCounts(deps: Deps, area: string | undefined): Promise<AreaCounts> {
  requirePermission(deps.actor, "funds.read");
  const prefix = area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, prefix, AREA);
  const byCentre = await selectCentreCounts(deps.db, { areaPrefix: prefix });
  const sum = (pick: (c: (typeof byCentre)[number]) => number) => byCentre.reduce((a, c) => a + pick(c), 0);
  return {
    area: prefix,
    centres: byCentre.length,
    surveyedHouseholds: sum((c) => c.surveyedHouseholds),
    debtFreeHouseholds: sum((c) => c.debtFreeHouseholds),
    relapsedHouseholds: sum((c) => c.relapsedHouseholds),
    byCentre,
  };
}
