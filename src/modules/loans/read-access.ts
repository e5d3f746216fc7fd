// Who may see a loan: officers and committee members by area, a household member only their own household's loans.
import type { Actor } from "../../shared/actor";
import { hasPermission, inScope, outOfScope } from "../../shared/authorization";
import type { AppError } from "../../shared/errors";
import { LOAN } from "./loan-refusals";

export const outOfScopeLoan = (): AppError => outOfScope(LOAN);

/** A loan the actor may not see is "not found", like a missing one. */
export function canReadLoan(actor: Actor, loan: { areaCode: string; householdId: string | null }): boolean {
  if (actor.kind === "system") return true;
  if (actor.role === "household_member") {
    return actor.householdId !== null && loan.householdId === actor.householdId;
  }
  return hasPermission(actor, "funds.read") && inScope(actor, loan.areaCode);
}
