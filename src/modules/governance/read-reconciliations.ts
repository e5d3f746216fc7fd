// A fund's bank reconciliations, newest statement first.
import type { Deps } from "../../platform/deps";
import { loadFund } from "../funds/index";
import type { Reconciliation } from "./contracts";
import { selectReconciliations } from "./governance.repository";
import { toReconciliation } from "./governance-views";

export async function listReconciliations(deps: Deps, fundId: string): Promise<Reconciliation[]> {
  const fund = await loadFund(deps, fundId, "funds.read");
  return (await selectReconciliations(deps.db, fund.id, 120)).map(toReconciliation);
}
