// Creates a savings group: the fund (type savings_group, whose chart the funds module gives the group's own accounts) and its first bylaws, in one transaction.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { createFund, requireFundPermission } from "../funds/index";
import { readBylaws } from "./bylaws-input";
import type { CreateGroupBody, GroupDetail } from "./contracts";
import { getGroup } from "./read-groups";
import { insertBylaws, insertGroup } from "./savings.repository";
import { SAVINGS_ACCOUNT_CODES } from "./savings-chart";
import { bylawsJson } from "./savings-views";

/** An officer of the area (funds.write) founds the group; its committee and bank account follow through the funds API. */
export async function createGroup(deps: Deps, body: CreateGroupBody): Promise<GroupDetail> {
  requireFundPermission(deps.actor, "funds.write");
  // Checked before the transaction: bad bylaws write nothing, not even the fund.
  const bylaws = readBylaws(body.bylaws);
  const fundId = await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await createFund(t, {
      areaCode: body.areaCode,
      fundType: "savings_group",
      name: body.name,
      startedOn: body.startedOn,
      originalCapitalSatang: 0,
      parameters: body.backdateDays === undefined ? {} : { backdateDays: body.backdateDays },
      isModel: false,
      isLearningCentre: false,
    });
    const now = deps.clock.now();
    await insertGroup(tx, {
      fundId: fund.id,
      areaCode: fund.areaCode,
      lastMemberNo: 0,
      lastAccountNo: 0,
      lastMeetingNo: 0,
      createdAt: now,
    });
    await insertBylaws(tx, {
      id: deps.ids.uuid(),
      fundId: fund.id,
      effectiveOn: body.startedOn,
      bylaws: bylawsJson(bylaws),
      resolutionRef: body.resolutionRef ?? null,
      createdBy: deps.actor.userId,
      createdAt: now,
    });
    await recordAudit(t, {
      action: "savings.group_created",
      entityType: "fund",
      entityId: fund.id,
      areaCode: fund.areaCode,
      after: {
        name: fund.name,
        startedOn: body.startedOn,
        bylaws,
        accounts: SAVINGS_ACCOUNT_CODES,
      },
    });
    return fund.id;
  });
  return getGroup(deps, fundId);
}
