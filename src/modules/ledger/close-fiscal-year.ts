// Closes a fund's ended fiscal year: from then on no entry may be dated in it.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { fiscalYearRange } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { loadFund } from "../funds/index";
import type { FiscalYearClose } from "./contracts";
import { insertFiscalYearClose, isFiscalYearClosed, lockFundForPosting } from "./ledger.repository";
import { ledgerErrors } from "./ledger-errors";
import { fundPosition } from "./read-ledger";

export async function closeFiscalYear(
  deps: Deps,
  fundId: string,
  fiscalYear: number,
): Promise<FiscalYearClose> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadFund(t, fundId, "ledger.close_year");
    const { to } = fiscalYearRange(fiscalYear);
    if (to >= deps.clock.today()) throw ledgerErrors.fiscalYearNotEnded(fiscalYear, to);
    // Under the fund lock, so no posting into the year slips in while it closes.
    await lockFundForPosting(tx, fund.id);
    if (await isFiscalYearClosed(tx, fund.id, fiscalYear))
      throw ledgerErrors.fiscalYearAlreadyClosed(fiscalYear);
    const row = { fundId: fund.id, fiscalYear, closedBy: deps.actor.userId, closedAt: deps.clock.now() };
    await insertFiscalYearClose(tx, row);
    await recordAudit(t, {
      action: "ledger.fiscal_year_closed",
      entityType: "fund",
      entityId: fund.id,
      areaCode: fund.areaCode,
      details: { fiscalYear, position: await fundPosition(tx, fund.id, to) },
    });
    return { fiscalYear, closedBy: row.closedBy, closedAt: row.closedAt.toISOString() };
  });
}
