// Seats a person on the centre committee for a term: one chair, secretary and finance member at a time; a linked account must be a committee member of the village.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { loadCentreForSetUp } from "./centre-access";
import { toSeat } from "./centre-views";
import type { CentreCommitteeBody, CentreSeat } from "./contracts";
import {
  findOverlappingSeat,
  findUserAccount,
  insertSeat,
  lockCentre,
  selectMemberFunds,
} from "./debt-centre.repository";
import { centreErrors } from "./debt-centre-errors";

export async function addCentreCommitteeMember(
  deps: Deps,
  centreId: string,
  body: CentreCommitteeBody,
): Promise<CentreSeat> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const centre = await loadCentreForSetUp(t, centreId);
    if (body.termEnd < body.termStart) throw centreErrors.termOrder();
    await lockCentre(tx, centre.id);
    if (body.userId !== undefined) {
      const user = await findUserAccount(tx, body.userId);
      if (user?.role !== "committee_member" || user.scopeCode !== centre.areaCode) {
        throw centreErrors.userNotCommitteeAccount();
      }
    }
    if (body.memberFundId !== undefined) {
      const funds = await selectMemberFunds(tx, centre.id);
      if (!funds.some((f) => f.id === body.memberFundId))
        throw centreErrors.memberFundUnknown("memberFundId");
    }
    if (body.position !== "member") {
      const taken = await findOverlappingSeat(tx, centre.id, body.position, body.termStart, body.termEnd);
      if (taken) throw centreErrors.seatTaken(body.position);
    }
    const row = {
      id: deps.ids.uuid(),
      centreId: centre.id,
      name: body.name,
      position: body.position,
      userId: body.userId ?? null,
      memberFundId: body.memberFundId ?? null,
      termStart: body.termStart,
      termEnd: body.termEnd,
      createdAt: deps.clock.now(),
    };
    await insertSeat(tx, row);
    const seat = toSeat(row, deps.clock.today());
    await recordAudit(t, {
      action: "debt_centre.committee_member_added",
      entityType: "debt_centre",
      entityId: centre.id,
      areaCode: centre.areaCode,
      after: seat,
    });
    return seat;
  });
}
