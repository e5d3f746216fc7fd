// Creates the debt centre (ศจก.) of a village with its parameters (uniform rate, maximum term, affordability, relapse window).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, requirePermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { findArea } from "../geography/index";
import { toCentre } from "./centre-views";
import type { Centre, CreateCentreBody } from "./contracts";
import { findCentreOfVillage, insertCentre } from "./debt-centre.repository";
import { CENTRE, centreErrors } from "./debt-centre-errors";
import { DEFAULT_CENTRE_PARAMETERS, parseCentreParameters } from "./debt-planner";
import { isUniqueViolation } from "./field-issues";
import { DEFAULT_RELAPSE_PARAMETERS } from "./plan-status";

export async function createCentre(deps: Deps, body: CreateCentreBody): Promise<Centre> {
  requirePermission(deps.actor, "funds.write");
  assertInScope(deps.actor, body.areaCode, CENTRE);
  const parameters = parseCentreParameters({
    rateBp: body.rateBp ?? DEFAULT_CENTRE_PARAMETERS.rateBp,
    maxTermMonths: body.maxTermMonths ?? DEFAULT_CENTRE_PARAMETERS.maxTermMonths,
    affordabilityBp: body.affordabilityBp ?? DEFAULT_CENTRE_PARAMETERS.affordabilityBp,
    consolidateByDefault: body.consolidateByDefault ?? DEFAULT_CENTRE_PARAMETERS.consolidateByDefault,
  });
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const village = await findArea(tx, body.areaCode);
    if (village?.level !== "village") throw centreErrors.villageUnknown(body.areaCode);
    if (await findCentreOfVillage(tx, body.areaCode)) throw centreErrors.centreExists(body.areaCode);
    const now = deps.clock.now();
    const row = {
      id: deps.ids.uuid(),
      areaCode: body.areaCode,
      name: body.name,
      ...parameters,
      relapseWindowMonths: body.relapseWindowMonths ?? DEFAULT_RELAPSE_PARAMETERS.windowMonths,
      createdBy: deps.actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await insertCentre(tx, row);
    } catch (error) {
      // Two requests for one village at the same moment: both passed the check above; the unique index decides.
      if (isUniqueViolation(error, "debt_centre_village_uq")) throw centreErrors.centreExists(body.areaCode);
      throw error;
    }
    const centre = toCentre(row);
    await recordAudit(t, {
      action: "debt_centre.created",
      entityType: "debt_centre",
      entityId: row.id,
      areaCode: row.areaCode,
      after: centre,
    });
    return centre;
  });
}
