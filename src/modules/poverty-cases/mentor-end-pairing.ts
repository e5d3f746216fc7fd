// Ends a pairing of a mentor and a household on a date (not before it started, not twice).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { inScope, outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { isUuid, PAIRING, requireCaseWrite } from "./case-access";
import type { PairingView } from "./case-contracts";
import { toPairing } from "./case-views";
import { findPairing, updatePairingEnd } from "./cases.repository";
import { assertPairingEnd } from "./mentor-pairing";

export async function endPairing(
  deps: Deps,
  pairingId: string,
  endOn: string | undefined,
): Promise<PairingView> {
  requireCaseWrite(deps);
  return inTransaction(deps.db, async (tx) => {
    const p = isUuid(pairingId) ? await findPairing(tx, pairingId) : undefined;
    if (!p || !inScope(deps.actor, p.areaCode)) throw outOfScope(PAIRING);
    const on = endOn ?? deps.clock.today();
    assertPairingEnd(
      {
        pairingId: p.id,
        scheme: p.schemeId,
        mentorId: p.mentorId,
        householdId: p.householdId,
        villageCode: p.areaCode,
        startOn: p.startOn,
        endOn: p.endOn,
      },
      on,
    );
    await updatePairingEnd(tx, p.id, on);
    const view = toPairing({ ...p, endOn: on });
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "poverty.pairing_ended",
        entityType: "pov_pairing",
        entityId: p.id,
        areaCode: p.areaCode,
        before: toPairing(p),
        after: view,
      },
    );
    return view;
  });
}
