// A household's access to funds: the Kaejon funds it borrowed from (loans module) and links to outside funds.
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import { getFund } from "../funds/index";
import { listHouseholdLoans } from "../loans/index";
import type { FundAccess } from "./contracts";
import { HOUSEHOLD } from "./livelihood-errors";
import { isUuid } from "./livelihood-inputs";
import type { AccessKind } from "./livelihood-rules";
import { findHouseholdRow, selectFundLinks } from "./livelihoods.repository";

export async function loadHousehold(deps: Deps, householdId: string) {
  const home = isUuid(householdId) ? await findHouseholdRow(deps.db, householdId) : undefined;
  if (!home) throw outOfScope(HOUSEHOLD);
  assertInScope(deps.actor, home.villageCode, HOUSEHOLD);
  return home;
}

export async function getHouseholdFundAccess(deps: Deps, householdId: string): Promise<FundAccess> {
  requirePermission(deps.actor, "livelihoods.read");
  const home = await loadHousehold(deps, householdId);
  const byFund = new Map<string, FundAccess["kaejon"][number]>();
  let cursor: string | undefined;
  do {
    const loans = await listHouseholdLoans(deps, home.id, { limit: 200, cursor });
    for (const loan of loans.items) {
      const seen = byFund.get(loan.fundId);
      if (seen) {
        seen.loans++;
        seen.principalSatang += loan.principalSatang;
        seen.outstandingSatang += loan.outstandingPrincipalSatang;
        if (loan.contractedOn < seen.firstContractedOn) seen.firstContractedOn = loan.contractedOn;
        continue;
      }
      const fund = await getFund(deps, loan.fundId);
      byFund.set(loan.fundId, {
        fundId: loan.fundId,
        fundName: fund.fund.name,
        fundType: fund.fund.fundType,
        loans: 1,
        principalSatang: loan.principalSatang,
        outstandingSatang: loan.outstandingPrincipalSatang,
        firstContractedOn: loan.contractedOn,
      });
    }
    cursor = loans.nextCursor ?? undefined;
  } while (cursor);
  const links = await selectFundLinks(deps.db, home.id);
  return {
    householdId: home.id,
    kaejon: [...byFund.values()].sort((a, b) => a.firstContractedOn.localeCompare(b.firstContractedOn)),
    outside: links.map((l) => ({
      id: l.id,
      fundName: l.fundName,
      accessKind: l.accessKind as AccessKind,
      since: l.since,
      note: l.note,
    })),
  };
}
