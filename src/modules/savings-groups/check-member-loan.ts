// Previews a member-loan request against the bylaws: the limit, what is available, and every rule it would break; writes nothing.
import type { Deps } from "../../platform/deps";
import type { LoanCheck } from "./contracts";
import { checkLoanRequest } from "./member-loan-facts";
import { bylawsOn, loadGroup } from "./savings-access";

export async function checkMemberLoanRequest(
  deps: Deps,
  fundId: string,
  body: { memberId: string; amountSatang: number; guarantorIds: string[] },
): Promise<LoanCheck> {
  const fund = await loadGroup(deps, fundId);
  const today = deps.clock.today();
  const bylaws = await bylawsOn(deps.db, fund.id, today);
  return (await checkLoanRequest(deps, fund, bylaws, body, today)).check;
}
