// Records a new version of a group's bylaws, in force from its effective date (a general-meeting resolution).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { hasPermission } from "../../shared/authorization";
import { invalidInput } from "../../shared/errors";
import { fiscalYearOf } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { assertFundOpen, requireSeat } from "../funds/index";
import { readBylaws } from "./bylaws-input";
import type { AmendBylawsBody, GroupDetail } from "./contracts";
import { getGroup } from "./read-groups";
import { insertBylaws, lockGroup, selectBylawsVersions, selectClosedYears } from "./savings.repository";
import { loadGroup } from "./savings-access";
import { savingsErrors } from "./savings-errors";
import { bylawsJson } from "./savings-views";

/**
 * The chair (or an officer of the area) records the bylaws a general meeting adopted. The version may not
 * start before the group did, nor in a fiscal year the group has already closed (that would change a
 * finished allocation); two versions never share a date.
 */
export async function amendBylaws(deps: Deps, fundId: string, body: AmendBylawsBody): Promise<GroupDetail> {
  const bylaws = readBylaws(body.bylaws);
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadGroup(t, fundId);
    if (deps.actor.kind !== "system" && !hasPermission(deps.actor, "funds.write")) {
      await requireSeat(t, fund, ["chair"]);
    }
    assertFundOpen(fund);
    await lockGroup(tx, fund.id);
    if (body.effectiveOn < fund.startedOn) {
      throw invalidInput("savings.bylaws_before_start", {
        th: `effectiveOn: ต้องไม่ก่อนวันที่ตั้งกลุ่ม (${fund.startedOn})`,
        en: `effectiveOn: must not be before the group started (${fund.startedOn})`,
      });
    }
    const closed = await selectClosedYears(tx, fund.id);
    if (closed.some((y) => y >= fiscalYearOf(body.effectiveOn))) {
      throw savingsErrors.yearAlreadyClosed(fiscalYearOf(body.effectiveOn));
    }
    const versions = await selectBylawsVersions(tx, fund.id);
    if (versions.some((v) => v.effectiveOn === body.effectiveOn))
      throw savingsErrors.bylawsDateTaken(body.effectiveOn);
    const row = {
      id: deps.ids.uuid(),
      fundId: fund.id,
      effectiveOn: body.effectiveOn,
      bylaws: bylawsJson(bylaws),
      resolutionRef: body.resolutionRef,
      createdBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    };
    await insertBylaws(tx, row);
    const before = versions.filter((v) => v.effectiveOn < body.effectiveOn).at(-1);
    await recordAudit(t, {
      action: "savings.bylaws_amended",
      entityType: "fund",
      entityId: fund.id,
      areaCode: fund.areaCode,
      before: before ? { effectiveOn: before.effectiveOn, bylaws: before.bylaws } : null,
      after: { effectiveOn: row.effectiveOn, bylaws, resolutionRef: row.resolutionRef },
    });
  });
  return getGroup(deps, fundId);
}
