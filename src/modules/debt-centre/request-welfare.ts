// Records a welfare request of the centre: type, beneficiary (a household of the village, one of its members, or a named person), amount and the member fund to pay it.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { fundPosition } from "../ledger/index";
import { loadCentre, requireSurveyRights } from "./centre-access";
import { toWelfare } from "./centre-views";
import type { WelfareBody, WelfareView } from "./contracts";
import { findHouseholdOf, selectMemberFunds } from "./debt-centre.repository";
import { centreErrors, welfareErrors } from "./debt-centre-errors";
import { findHouseholdHead, findMemberOf, insertWelfare } from "./debt-welfare.repository";
import { personName, WELFARE_TYPE_NAMES } from "./welfare";

/**
 * The paying fund's cash from the journal must cover the amount already at request time, so that the committee
 * does not approve money the fund does not have; it is checked again when paying.
 */
export async function requestWelfare(deps: Deps, centreId: string, body: WelfareBody): Promise<WelfareView> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const centre = await loadCentre(t, centreId);
    await requireSurveyRights(t, centre);
    const today = deps.clock.today();
    const requestedOn = body.requestedOn ?? today;
    if (requestedOn > today) throw welfareErrors.dateOrder("requestedOn", requestedOn, "2000-01-01");

    let beneficiaryName = body.beneficiaryName;
    if (body.householdId !== undefined) {
      const household = await findHouseholdOf(tx, body.householdId);
      if (!household || household.villageCode !== centre.areaCode)
        throw centreErrors.householdOutsideCentre();
      if (body.memberId !== undefined) {
        const member = await findMemberOf(tx, body.memberId);
        if (!member || member.householdId !== body.householdId) throw welfareErrors.memberOutsideHousehold();
        beneficiaryName ??= personName(member);
      }
      beneficiaryName ??= (await findHouseholdHead(tx, body.householdId))?.headName || undefined;
    } else if (body.memberId !== undefined) {
      throw welfareErrors.memberOutsideHousehold();
    }
    if (!beneficiaryName) throw welfareErrors.beneficiaryRequired();

    const member = (await selectMemberFunds(tx, centre.id)).find((m) => m.id === body.memberFundId);
    if (!member?.fundId || member.fundStatus === "closed") throw welfareErrors.fundCannotPay();
    const cash = (await fundPosition(tx, member.fundId)).cashSatang;
    if (cash < body.amountSatang) throw welfareErrors.overCash(body.amountSatang, cash);

    const now = deps.clock.now();
    const row = {
      id: deps.ids.uuid(),
      centreId: centre.id,
      areaCode: centre.areaCode,
      welfareType: body.welfareType,
      householdId: body.householdId ?? null,
      memberId: body.memberId ?? null,
      beneficiaryName,
      amountSatang: body.amountSatang,
      memberFundId: member.id,
      fundId: member.fundId,
      reason: body.reason,
      status: "requested",
      requestedOn,
      requestedBy: deps.actor.userId,
      decidedOn: null,
      decidedBy: null,
      decisionNote: null,
      paidOn: null,
      paidBy: null,
      journalEntryId: null,
      createdAt: now,
      updatedAt: now,
    };
    await insertWelfare(tx, row);
    const view = toWelfare(row);
    await recordAudit(t, {
      action: "debt_welfare.requested",
      entityType: "debt_welfare_payment",
      entityId: row.id,
      areaCode: centre.areaCode,
      after: { ...view, welfareTypeTh: WELFARE_TYPE_NAMES[body.welfareType].th },
    });
    return view;
  });
}
