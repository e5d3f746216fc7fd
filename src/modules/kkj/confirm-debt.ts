// Records a household's annual debt confirmation (ยืนยันยอดหนี้): the balance as of a date, agreed or disputed.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { inScope, outOfScope } from "../../shared/authorization";
import { fiscalYearOf } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { assertFundOpen, FUND, type FundRow } from "../funds/index";
import type { DebtConfirmation, DebtConfirmationBody } from "./contracts";
import {
  type DebtConfirmationRow,
  findConfirmation,
  findFundRow,
  findLoanRow,
  insertDebtConfirmation,
  repaidPrincipalAsOf,
} from "./kkj.repository";
import { loadKkjFund, requireKkjSeat } from "./kkj-access";
import { kkjErrors, LOAN } from "./kkj-errors";
import { checkStepDate } from "./kkj-rules";
import { throwIf, UUID } from "./kkj-steps";
import { toConfirmation } from "./kkj-views";

/** A household member confirms only their own household's loans; they hold no fund permission otherwise. */
async function fundForHousehold(deps: Deps, fundId: string): Promise<FundRow> {
  const fund = UUID.test(fundId) ? await findFundRow(deps.db, fundId) : undefined;
  if (!fund || !inScope(deps.actor, fund.areaCode)) throw outOfScope(FUND);
  if (fund.fundType !== "kkj") throw kkjErrors.notKkjFund(fund.fundType);
  return fund;
}

/**
 * The outstanding balance is computed here from the loan — principal paid out less the principal of the
 * receipts dated on or before `asOf` and not cancelled by then — never typed in. กข.คจ. loans carry no
 * interest, so principal is the whole debt. One confirmation per loan per fiscal year (of `asOf`), recorded
 * by the secretary, or by the household member for their own household's loan.
 */
export async function confirmDebt(
  deps: Deps,
  fundId: string,
  body: DebtConfirmationBody,
): Promise<DebtConfirmation> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const ownHousehold = deps.actor.kind === "user" && deps.actor.role === "household_member";
    const fund = ownHousehold ? await fundForHousehold(t, fundId) : await loadKkjFund(t, fundId);
    assertFundOpen(fund);
    if (!ownHousehold) await requireKkjSeat(t, fund, ["secretary"]);
    const loan = UUID.test(body.loanId) ? await findLoanRow(tx, body.loanId) : undefined;
    if (
      !loan ||
      loan.fundId !== fund.id ||
      loan.sourceType !== "kkj_contract" ||
      (ownHousehold && (!deps.actor.householdId || loan.householdId !== deps.actor.householdId))
    ) {
      throw outOfScope(LOAN);
    }
    const today = deps.clock.today();
    const asOf = body.asOf ?? today;
    throwIf(checkStepDate("asOf", asOf, today));
    if (!loan.disbursedOn || asOf < loan.disbursedOn) throw kkjErrors.loanNotDisbursed();
    const confirmedOn = body.confirmedOn ?? today;
    throwIf(
      checkStepDate("confirmedOn", confirmedOn, today, {
        date: asOf,
        what: { th: "ยอด ณ", en: "balance date" },
      }),
    );
    const fiscalYear = fiscalYearOf(asOf);
    if (await findConfirmation(tx, loan.id, fiscalYear)) throw kkjErrors.alreadyConfirmed(fiscalYear);
    if (!body.agrees && (body.claimedSatang === undefined || !body.note)) throw kkjErrors.claimRequired();
    const outstanding = loan.principalSatang - (await repaidPrincipalAsOf(tx, loan.id, asOf));
    const row: DebtConfirmationRow = {
      id: deps.ids.uuid(),
      fundId: fund.id,
      loanId: loan.id,
      householdId: loan.householdId!,
      fiscalYear,
      asOf,
      outstandingSatang: outstanding,
      agrees: body.agrees,
      claimedSatang: body.agrees ? null : body.claimedSatang!,
      note: body.note || null,
      confirmedOn,
      recordedBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    };
    await insertDebtConfirmation(tx, row);
    const view = toConfirmation(row, loan);
    await recordAudit(t, {
      action: "kkj.debt_confirmed",
      entityType: "kkj_debt_confirmation",
      entityId: row.id,
      areaCode: fund.areaCode,
      after: view,
    });
    return view;
  });
}
