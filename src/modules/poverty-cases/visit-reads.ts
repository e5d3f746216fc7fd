// The visits to a case's household, for those who may read the case (an agency account reads no visits).
import type { Deps } from "../../platform/deps";
import { forbidden } from "../../shared/errors";
import { isAgencyAccount, loadCase } from "./case-access";
import type { VisitView } from "./case-contracts";
import { selectVisitsOfHousehold } from "./cases.repository";

export async function listCaseVisits(deps: Deps, caseId: string): Promise<VisitView[]> {
  if (isAgencyAccount(deps)) throw forbidden("access.permission_poverty_visit");
  const { row } = await loadCase(deps, caseId);
  return (await selectVisitsOfHousehold(deps.db, row.householdId)).map(({ v, mentorName }) => ({
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
  }));
}
