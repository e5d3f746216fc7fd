// Records a bank reconciliation: the statement balance against the fund's bank balance in the journal on that date, and the difference.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assertFundOpen } from "../funds/index";
import type { Reconciliation, ReconciliationBody } from "./contracts";
import {
  bookBankBalance,
  findReconciliation,
  hasBankAccount,
  insertReconciliation,
  type ReconciliationRow,
} from "./governance.repository";
import { actorName, loadFundForReconciler } from "./governance-access";
import { governanceErrors } from "./governance-errors";
import { toReconciliation } from "./governance-views";

export async function recordReconciliation(
  deps: Deps,
  fundId: string,
  body: ReconciliationBody,
): Promise<Reconciliation> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadFundForReconciler(t, fundId);
    assertFundOpen(fund);
    const today = deps.clock.today();
    if (body.statementDate > today)
      throw governanceErrors.dateInFuture("statementDate", body.statementDate, today);
    if (body.statementDate < fund.startedOn)
      throw governanceErrors.dateBeforeFund(body.statementDate, fund.startedOn);
    if (!(await hasBankAccount(tx, fund.id))) throw governanceErrors.noBankAccount();
    if (await findReconciliation(tx, fund.id, body.statementDate))
      throw governanceErrors.reconciliationExists(body.statementDate);
    const book = await bookBankBalance(tx, fund.id, body.statementDate);
    const difference = body.statementBalanceSatang - book;
    const note = body.note ? body.note : null;
    // A difference must be explained: it is the evidence the assessment and the risk score show.
    if (difference !== 0 && !note) throw governanceErrors.differenceNeedsNote(difference);
    const row: ReconciliationRow = {
      id: deps.ids.uuid(),
      fundId: fund.id,
      areaCode: fund.areaCode,
      statementDate: body.statementDate,
      statementBalanceSatang: body.statementBalanceSatang,
      bookBalanceSatang: book,
      differenceSatang: difference,
      note,
      recordedBy: deps.actor.userId,
      recordedByName: await actorName(t),
      createdAt: deps.clock.now(),
    };
    await insertReconciliation(tx, row);
    const view = toReconciliation(row);
    await recordAudit(t, {
      action: "gov.bank_reconciliation_recorded",
      entityType: "gov_bank_reconciliation",
      entityId: row.id,
      areaCode: fund.areaCode,
      after: view,
    });
    return view;
  });
}
