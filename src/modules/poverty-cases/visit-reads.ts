// The visits to a case's household, or of one pairing, with their photos, for those who may read them (an agency account reads no visits).
import type { Deps } from "../../platform/deps";
import { forbidden } from "../../shared/errors";
import { isAgencyAccount, loadCase } from "./case-access";
import type { VisitView } from "./case-contracts";
import { filesOf, VISIT_PHOTO_OWNER } from "./case-files";
import { selectVisitsOfHousehold, selectVisitsOfPairing, type VisitRow } from "./cases.repository";
import { loadPairingForVisits } from "./visit-access";

async function withPhotos(deps: Deps, list: { v: VisitRow; mentorName: string }[]): Promise<VisitView[]> {
  const views: VisitView[] = [];
  for (const { v, mentorName } of list) {
    views.push({
      id: v.id,
      pairingId: v.pairingId,
      mentorId: v.mentorId,
      mentorName,
      householdId: v.householdId,
      visitedOn: v.visitedOn,
      findings: v.findings,
      advice: v.advice,
      nextStep: v.nextStep,
      latitude: v.latitude,
      longitude: v.longitude,
      photos: await filesOf(deps, VISIT_PHOTO_OWNER, v.id),
    });
  }
  return views;
}

export async function listCaseVisits(deps: Deps, caseId: string): Promise<VisitView[]> {
  if (isAgencyAccount(deps)) throw forbidden("access.permission_poverty_visit");
  const { row } = await loadCase(deps, caseId);
  return withPhotos(deps, await selectVisitsOfHousehold(deps.db, row.householdId));
}

/** The visits of one pairing, newest first: a mentor's own pairings, or any pairing in an officer's area. */
export async function listPairingVisits(deps: Deps, pairingId: string): Promise<VisitView[]> {
  const pairing = await loadPairingForVisits(deps, pairingId);
  return withPhotos(deps, await selectVisitsOfPairing(deps.db, pairing.id));
}
