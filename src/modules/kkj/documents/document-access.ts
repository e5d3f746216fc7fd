// Who may print a กข.คจ. document: whoever may read the record as JSON (the fund in their area, the record of
// that fund), and a household member for their own household's records only; anything else is "not found".
import type { Deps } from "../../../platform/deps";
import { inScope, outOfScope } from "../../../shared/authorization";
import type { LocalizedText } from "../../../shared/errors";
import { FUND, type FundPermission, type FundRow } from "../../funds/index";
import { findFundRow } from "../kkj.repository";
import { loadKkjFund } from "../kkj-access";
import { kkjErrors } from "../kkj-errors";
import { UUID } from "../kkj-steps";

export interface DocumentAccess {
  fund: FundRow;
  /** Set for a household member: only records of this household may be printed. */
  ownHousehold: string | null;
}

function isHouseholdMember(deps: Deps): boolean {
  return deps.actor.kind === "user" && deps.actor.role === "household_member";
}

/**
 * The fund as the JSON reads load it (`funds.read`, or `ledger.read` for the brown book's records). A household
 * member holds no fund permission; like the debt confirmation it may record, it reaches its village's fund
 * and then only its own household's records (`requireOwnRecord`).
 */
export async function loadDocumentFund(
  deps: Deps,
  fundId: string,
  options: { permission?: FundPermission; householdMayRead?: boolean } = {},
): Promise<DocumentAccess> {
  if (options.householdMayRead !== false && isHouseholdMember(deps)) {
    const fund = UUID.test(fundId) ? await findFundRow(deps.db, fundId) : undefined;
    if (!fund || !inScope(deps.actor, fund.areaCode) || !deps.actor.householdId) throw outOfScope(FUND);
    if (fund.fundType !== "kkj") throw kkjErrors.notKkjFund(fund.fundType);
    return { fund, ownHousehold: deps.actor.householdId };
  }
  return { fund: await loadKkjFund(deps, fundId, options.permission ?? "funds.read"), ownHousehold: null };
}

/** The record when it belongs to the fund (and, for a household member, to their household); else 404. */
export function requireOwnRecord<T extends { fundId: string; householdId: string | null }>(
  access: DocumentAccess,
  row: T | undefined,
  what: LocalizedText,
): T {
  if (!row || row.fundId !== access.fund.id) throw outOfScope(what);
  if (access.ownHousehold !== null && row.householdId !== access.ownHousehold) throw outOfScope(what);
  return row;
}
