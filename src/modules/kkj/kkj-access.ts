// Who may do what in the กข.คจ. workflow: the fund must be a กข.คจ. fund; committee steps need a seat in the
// current set; worker opinions need the พัฒนากร of the area; handovers an officer of the area.
import type { Deps } from "../../platform/deps";
import { isWithin } from "../../shared/area-code";
import { isAppError } from "../../shared/errors";
import type { CommitteePosition } from "../../shared/roles";
import { type ActingSeat, type FundPermission, type FundRow, loadFund, requireSeat } from "../funds/index";
import { fundLoanProduct, type LoanProduct } from "../loans/index";
import { findCurrentSet, findUserName } from "./kkj.repository";
import { kkjErrors } from "./kkj-errors";

/** The fund when the actor may see it and it is a กข.คจ. fund; any other type is refused with a clear error. */
export async function loadKkjFund(
  deps: Deps,
  fundId: string,
  permission: FundPermission = "funds.read",
): Promise<FundRow> {
  const fund = await loadFund(deps, fundId, permission);
  if (fund.fundType !== "kkj") throw kkjErrors.notKkjFund(fund.fundType);
  return fund;
}

/**
 * The actor's seat among `allowed` in today's committee set (null for the system actor). When the fund has
 * no current set at all — the last one's term has ended — the refusal says so instead of naming a position.
 */
export async function requireKkjSeat(
  deps: Deps,
  fund: Pick<FundRow, "id">,
  allowed: readonly CommitteePosition[],
): Promise<ActingSeat | null> {
  try {
    return await requireSeat(deps, fund, allowed);
  } catch (error) {
    if (isAppError(error) && !(await findCurrentSet(deps.db, fund.id, deps.clock.today()))) {
      throw kkjErrors.noCurrentCommittee();
    }
    throw error;
  }
}

/** The พัฒนากร (sub-district worker) whose area covers the village gives the worker opinion. */
export function requireWorker(deps: Deps, fund: Pick<FundRow, "areaCode">): void {
  if (deps.actor.kind === "system") return;
  const { role, scopeCode } = deps.actor;
  if (role !== "subdistrict_worker" || scopeCode === "" || !isWithin(fund.areaCode, scopeCode)) {
    throw kkjErrors.workerRequired();
  }
}

/** A handover is recorded by a district officer or a sub-district worker whose area covers the village. */
export function requireHandoverOfficer(deps: Deps, fund: Pick<FundRow, "areaCode">): void {
  if (deps.actor.kind === "system") return;
  const { role, scopeCode } = deps.actor;
  if (
    (role !== "district_officer" && role !== "subdistrict_worker") ||
    scopeCode === "" ||
    !isWithin(fund.areaCode, scopeCode)
  ) {
    throw kkjErrors.officerRequired();
  }
}

/** The acting person's name as it goes on a form. */
export async function actorName(deps: Deps): Promise<string> {
  if (!deps.actor.userId) return deps.actor.username;
  return (await findUserName(deps.db, deps.actor.userId)) ?? deps.actor.username;
}

/**
 * The fund's กข.คจ. loan product: the loans module's preset (interest-free, ≤ 36 months, ≤ 6 instalments)
 * with the fund's bylaws (a shorter maximum term, an amount ceiling), exactly as the loans module lends.
 */
export function kkjProductFor(fund: Pick<FundRow, "fundType" | "parameters">): LoanProduct {
  return fundLoanProduct(fund);
}
