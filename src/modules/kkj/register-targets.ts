// The secretary registers households of the village in the target register (purple book), ranked by income.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assertFundOpen } from "../funds/index";
import type { RegisterTargetsBody, Target } from "./contracts";
import {
  insertTargets,
  lockFundRow,
  maxRegisterSeq,
  selectHouseholds,
  selectLatestBmn,
  selectTargetsOfHouseholds,
  type TargetRow,
} from "./kkj.repository";
import { loadKkjFund, requireKkjSeat } from "./kkj-access";
import { kkjErrors } from "./kkj-errors";
import { rankBatch } from "./kkj-rules";

/**
 * Eligibility comes from each household's latest จปฐ. record: per-person income below that year's criterion
 * (domain §4.3). A household at or above it is refused with its figures; so is one without a record. The
 * batch is all or nothing, and ranks are appended after the existing register (see rankBatch).
 */
export async function registerTargets(
  deps: Deps,
  fundId: string,
  body: RegisterTargetsBody,
): Promise<Target[]> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadKkjFund(t, fundId);
    assertFundOpen(fund);
    await requireKkjSeat(t, fund, ["secretary"]);
    const ids = body.householdIds;
    if (new Set(ids).size !== ids.length) throw kkjErrors.householdRepeated();
    // One registration at a time per fund: the ranks are "the next numbers".
    await lockFundRow(tx, fund.id);
    const households = new Map((await selectHouseholds(tx, ids)).map((h) => [h.id, h]));
    for (const id of ids) {
      const h = households.get(id);
      if (h?.villageCode !== fund.areaCode) throw kkjErrors.householdNotInVillage(id);
      if (h.status !== "active") throw kkjErrors.householdNotActive(h.houseNo);
    }
    const registered = await selectTargetsOfHouseholds(tx, fund.id, ids);
    if (registered[0]) throw kkjErrors.alreadyTarget(households.get(registered[0].householdId)!.houseNo);
    const bmn = await selectLatestBmn(tx, ids);
    const batch = ids.map((id) => {
      const h = households.get(id)!;
      const record = bmn.get(id);
      if (!record) throw kkjErrors.noBmnRecord(h.houseNo);
      if (record.incomePerPersonSatang >= record.criterionSatang) {
        throw kkjErrors.notEligible(
          h.houseNo,
          record.surveyYear,
          record.incomePerPersonSatang,
          record.criterionSatang,
        );
      }
      return { householdId: id, houseNo: h.houseNo, incomePerPersonSatang: record.incomePerPersonSatang };
    });
    const ranked = rankBatch(batch, await maxRegisterSeq(tx, fund.id));
    const today = deps.clock.today();
    const now = deps.clock.now();
    const targetRows: TargetRow[] = ranked.map((r) => {
      const record = bmn.get(r.householdId)!;
      return {
        id: deps.ids.uuid(),
        fundId: fund.id,
        householdId: r.householdId,
        registerSeq: r.registerSeq,
        bmnYear: record.surveyYear,
        incomePerPersonSatang: record.incomePerPersonSatang,
        membersCount: record.membersCount,
        incomeAfter1Satang: null,
        incomeAfter2Satang: null,
        incomeAfter3Satang: null,
        status: "active",
        registeredOn: today,
        removedOn: null,
        removedReason: null,
        recordedBy: deps.actor.userId,
        createdAt: now,
      };
    });
    await insertTargets(tx, targetRows);
    const views: Target[] = targetRows.map((r) => {
      const h = households.get(r.householdId)!;
      return {
        id: r.id,
        householdId: r.householdId,
        registerSeq: r.registerSeq,
        houseNo: h.houseNo,
        headName: h.headName,
        membersCount: r.membersCount,
        bmnYear: r.bmnYear,
        incomePerPersonSatang: r.incomePerPersonSatang,
        firstLoanYear: null,
        incomeAfter1Satang: null,
        incomeAfter2Satang: null,
        incomeAfter3Satang: null,
        status: r.status,
        registeredOn: r.registeredOn,
        loans: [],
      };
    });
    await recordAudit(t, {
      action: "kkj.targets_registered",
      entityType: "fund",
      entityId: fund.id,
      areaCode: fund.areaCode,
      after: views.map((v) => ({
        targetId: v.id,
        householdId: v.householdId,
        registerSeq: v.registerSeq,
        bmnYear: v.bmnYear,
        incomePerPersonSatang: v.incomePerPersonSatang,
      })),
    });
    return views;
  });
}
