// Who may do what in governance: officers of the area assess; the finance member, chair or secretary (or an officer) reconciles the bank.
import type { Deps } from "../../platform/deps";
import { isAppError } from "../../shared/errors";
import { type FundRow, hasFundPermission, loadFund, requireSeat } from "../funds/index";
import { findUserName } from "./governance.repository";
import { governanceErrors } from "./governance-errors";

/** The fund, when the actor may assess it: an officer (funds.write) whose area covers it, or the system. */
export async function loadFundForAssessor(deps: Deps, fundId: string): Promise<FundRow> {
  const fund = await loadFund(deps, fundId, "funds.read");
  if (deps.actor.kind !== "system" && !hasFundPermission(deps.actor, "funds.write"))
    throw governanceErrors.assessorRequired();
  return fund;
}

/** The fund, when the actor may record its bank reconciliation. */
export async function loadFundForReconciler(deps: Deps, fundId: string): Promise<FundRow> {
  const fund = await loadFund(deps, fundId, "funds.read");
  if (deps.actor.kind === "system" || hasFundPermission(deps.actor, "funds.write")) return fund;
  try {
    await requireSeat(deps, fund, ["finance", "chair", "secretary"]);
  } catch (error) {
    if (isAppError(error) && error.kind === "forbidden") throw governanceErrors.reconcilerRequired();
    throw error;
  }
  return fund;
}

/** The acting person's name as recorded. */
export async function actorName(deps: Deps): Promise<string> {
  if (!deps.actor.userId) return deps.actor.username;
  return (await findUserName(deps.db, deps.actor.userId)) ?? deps.actor.username;
}
