// Records a household's access to a fund outside Kaejon (a bank, a village fund kept elsewhere, a grant).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { requirePermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { type FundAccess, type FundLinkBody, fundLinkBodySchema } from "./contracts";
import { getHouseholdFundAccess, loadHousehold } from "./household-funds";
import { parseInput, pastDate } from "./livelihood-inputs";
import { insertFundLink } from "./livelihoods.repository";

export async function addFundLink(deps: Deps, householdId: string, body: FundLinkBody): Promise<FundAccess> {
  requirePermission(deps.actor, "livelihoods.write");
  const input = parseInput(fundLinkBodySchema, body);
  const home = await loadHousehold(deps, householdId);
  const since = pastDate(deps, "since", input.since);
  const id = deps.ids.uuid();
  await inTransaction(deps.db, async (tx) => {
    await insertFundLink(tx, {
      id,
      householdId: home.id,
      areaCode: home.villageCode,
      fundName: input.fundName,
      accessKind: input.accessKind,
      since,
      note: input.note,
      createdBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    });
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "livelihood.fund_link_added",
        entityType: "household",
        entityId: home.id,
        areaCode: home.villageCode,
        after: { linkId: id, fundName: input.fundName, accessKind: input.accessKind, since },
      },
    );
  });
  return getHouseholdFundAccess(deps, home.id);
}
