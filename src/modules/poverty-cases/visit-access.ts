// Who may see and change a mentor's visit (and its photos): officers by area; a mentor account reads its paired households' visits and changes only its own.
import type { Deps } from "../../platform/deps";
import { inScope, outOfScope, requirePermission } from "../../shared/authorization";
import { forbidden } from "../../shared/errors";
import { isAgencyAccount, isMentorAccount, isUuid, PAIRING } from "./case-access";
import { VISIT } from "./case-files";
import {
  findMentorOfUser,
  findPairing,
  findVisit,
  isPairedWithUser,
  type PairingRow,
  type VisitRow,
} from "./cases.repository";

/** The mentor record of a mentor account (undefined for every other actor or an account without one). */
async function ownMentorId(deps: Deps): Promise<string | undefined> {
  if (!isMentorAccount(deps) || !deps.actor.userId) return undefined;
  return (await findMentorOfUser(deps.db, deps.actor.userId))?.id;
}

/**
 * The visit when the actor may read it ("read": poverty.read; a mentor only on a household paired with it
 * today) or change its photos ("write": poverty.visit; a mentor only its own visits). Otherwise "not found";
 * an agency account reads no visits at all (403, as the case's visit list).
 */
export async function loadVisit(deps: Deps, visitId: string, mode: "read" | "write"): Promise<VisitRow> {
  requirePermission(deps.actor, mode === "write" ? "poverty.visit" : "poverty.read");
  if (isAgencyAccount(deps)) throw forbidden("access.permission_poverty_visit");
  const visit = isUuid(visitId) ? await findVisit(deps.db, visitId) : undefined;
  if (!visit || !inScope(deps.actor, visit.areaCode)) throw outOfScope(VISIT);
  if (isMentorAccount(deps)) {
    const allowed =
      mode === "write"
        ? (await ownMentorId(deps)) === visit.mentorId
        : await isPairedWithUser(deps.db, deps.actor.userId ?? "", visit.householdId, deps.clock.today());
    if (!allowed) throw outOfScope(VISIT);
  }
  return visit;
}

/** A pairing whose visits the actor may read: officers by area, a mentor account only its own pairings. */
export async function loadPairingForVisits(deps: Deps, pairingId: string): Promise<PairingRow> {
  requirePermission(deps.actor, "poverty.read");
  if (isAgencyAccount(deps)) throw forbidden("access.permission_poverty_visit");
  const pairing = isUuid(pairingId) ? await findPairing(deps.db, pairingId) : undefined;
  if (!pairing || !inScope(deps.actor, pairing.areaCode)) throw outOfScope(PAIRING);
  if (isMentorAccount(deps) && (await ownMentorId(deps)) !== pairing.mentorId) throw outOfScope(PAIRING);
  return pairing;
}
