// Logs a mentor's visit (date, findings per dimension, advice, next step, optional GPS inside Thailand); a mentor account logs only its own pairings.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { inScope, outOfScope, requirePermission } from "../../shared/authorization";
import { forbidden } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { IssueList, throwIfIssues } from "../debt-centre/index";
import { isAgencyAccount, isMentorAccount, isUuid, PAIRING } from "./case-access";
import { THAILAND_BOUNDS, type VisitBody, type VisitView } from "./case-contracts";
import { findMentor, findMentorOfUser, findPairing, insertVisit } from "./cases.repository";
import { DIMENSIONS } from "./deprivation-config";
import { assertVisit } from "./mentor-pairing";

/** Checks findings (dimension keys, 1–2,000 characters each, at least one) and the GPS point. */
export function visitIssues(body: Pick<VisitBody, "findings" | "latitude" | "longitude">): IssueList {
  const v = new IssueList();
  const entries = Object.entries(body.findings);
  if (entries.length === 0) {
    v.add(
      "findings",
      "required",
      "ต้องบันทึกสิ่งที่พบอย่างน้อย 1 มิติ",
      "must record findings for at least one dimension",
    );
  }
  for (const [key, text] of entries) {
    if (v.oneOf(`findings.${key}`, key, DIMENSIONS)) v.text(`findings.${key}`, text, { max: 2000 });
  }
  const { latitude: lat, longitude: lon } = body;
  if ((lat === undefined) !== (lon === undefined)) {
    v.add("latitude", "incomplete_gps", "ต้องระบุทั้งละติจูดและลองจิจูด", "needs both latitude and longitude");
  } else if (lat !== undefined && lon !== undefined) {
    const b = THAILAND_BOUNDS;
    if (!(Number.isFinite(lat) && lat >= b.minLat && lat <= b.maxLat)) {
      v.add(
        "latitude",
        "outside_thailand",
        `ต้องอยู่ระหว่าง ${b.minLat}–${b.maxLat} (ประเทศไทย)`,
        `must be ${b.minLat}–${b.maxLat} (Thailand)`,
      );
    }
    if (!(Number.isFinite(lon) && lon >= b.minLon && lon <= b.maxLon)) {
      v.add(
        "longitude",
        "outside_thailand",
        `ต้องอยู่ระหว่าง ${b.minLon}–${b.maxLon} (ประเทศไทย)`,
        `must be ${b.minLon}–${b.maxLon} (Thailand)`,
      );
    }
  }
  return v;
}

export async function logVisit(deps: Deps, body: VisitBody): Promise<VisitView> {
  requirePermission(deps.actor, "poverty.visit");
  if (isAgencyAccount(deps)) throw forbidden("access.permission_poverty_visit");
  return inTransaction(deps.db, async (tx) => {
    const p = isUuid(body.pairingId) ? await findPairing(tx, body.pairingId) : undefined;
    if (!p || !inScope(deps.actor, p.areaCode)) throw outOfScope(PAIRING);
    if (isMentorAccount(deps)) {
      const own = deps.actor.userId ? await findMentorOfUser(tx, deps.actor.userId) : undefined;
      if (!own || own.id !== p.mentorId) throw outOfScope(PAIRING);
    }
    const issues = visitIssues(body);
    throwIfIssues("poverty.invalid_visit", { th: "บันทึกการเยี่ยมบ้าน", en: "The visit" }, issues.issues);
    assertVisit(
      {
        pairingId: p.id,
        scheme: p.schemeId,
        mentorId: p.mentorId,
        householdId: p.householdId,
        villageCode: p.areaCode,
        startOn: p.startOn,
        endOn: p.endOn,
      },
      body.visitedOn,
      deps.clock.today(),
    );
    const mentor = (await findMentor(tx, p.mentorId))!;
    const findings = Object.fromEntries(Object.entries(body.findings).map(([k, t]) => [k, t.trim()]));
    const row = {
      id: deps.ids.uuid(),
      pairingId: p.id,
      mentorId: p.mentorId,
      householdId: p.householdId,
      areaCode: p.areaCode,
      visitedOn: body.visitedOn,
      findings,
      advice: body.advice?.trim() || null,
      nextStep: body.nextStep?.trim() || null,
      latitude: body.latitude ?? null,
      longitude: body.longitude ?? null,
      recordedBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    };
    await insertVisit(tx, row);
    const view: VisitView = {
      id: row.id,
      pairingId: row.pairingId,
      mentorId: row.mentorId,
      mentorName: mentor.name,
      householdId: row.householdId,
      visitedOn: row.visitedOn,
      findings: row.findings,
      advice: row.advice,
      nextStep: row.nextStep,
      latitude: row.latitude,
      longitude: row.longitude,
      photos: [],
    };
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "poverty.visit_logged",
        entityType: "pov_visit",
        entityId: row.id,
        areaCode: row.areaCode,
        after: view,
      },
    );
    return view;
  });
}
