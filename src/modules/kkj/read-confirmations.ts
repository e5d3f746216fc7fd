// Debt confirmations of a fiscal year, the loans still to confirm, and the fund's handovers.

import type { Deps } from "../../platform/deps";
import type { Page, PageQuery } from "../../shared/contracts/index";
import { fiscalYearOf } from "../../shared/thai-date";
import type { DebtConfirmation, Handover, UnconfirmedLoan } from "./contracts";
import {
  repaidPrincipalAsOf,
  selectConfirmationPage,
  selectHandoverPage,
  selectLoanRows,
  selectUnconfirmedLoans,
} from "./kkj.repository";
import { loadKkjFund } from "./kkj-access";
import { afterIdOf, pageOf } from "./kkj-steps";
import { toConfirmation, toHandover } from "./kkj-views";

type FiscalYearQuery = PageQuery & { fiscalYear?: number | undefined };

export async function listDebtConfirmations(
  deps: Deps,
  fundId: string,
  query: FiscalYearQuery,
): Promise<Page<DebtConfirmation>> {
  const fund = await loadKkjFund(deps, fundId);
  const found = await selectConfirmationPage(deps.db, {
    fundId: fund.id,
    fiscalYear: query.fiscalYear,
    afterId: afterIdOf(query.cursor),
    limit: query.limit + 1,
  });
  const loans = new Map(
    (
      await selectLoanRows(
        deps.db,
        found.map((r) => r.loanId),
      )
    ).map((l) => [l.id, l]),
  );
  return pageOf(found, query.limit, (rows) => rows.map((r) => toConfirmation(r, loans.get(r.loanId)!)));
}

/** Active กข.คจ. loans without a confirmation for the fiscal year (default: the current one), with today's balance. */
export async function listUnconfirmedLoans(deps: Deps, fundId: string, query: FiscalYearQuery) {
  const fund = await loadKkjFund(deps, fundId);
  const today = deps.clock.today();
  const fiscalYear = query.fiscalYear ?? fiscalYearOf(today);
  const found = await selectUnconfirmedLoans(
    deps.db,
    fund.id,
    fiscalYear,
    afterIdOf(query.cursor),
    query.limit + 1,
  );
  const page = found.slice(0, query.limit);
  const items: UnconfirmedLoan[] = [];
  for (const l of page) {
    items.push({
      loanId: l.id,
      contractNo: l.loanNo,
      householdId: l.householdId,
      borrowerName: l.borrowerName,
      loanStatus: l.status,
      outstandingSatang: l.principalSatang - (await repaidPrincipalAsOf(deps.db, l.id, today)),
    });
  }
  return { fiscalYear, ...pageOf(found, query.limit, () => items) };
}

export async function listHandovers(deps: Deps, fundId: string, query: PageQuery): Promise<Page<Handover>> {
  const fund = await loadKkjFund(deps, fundId);
  const found = await selectHandoverPage(deps.db, fund.id, afterIdOf(query.cursor), query.limit + 1);
  return pageOf(found, query.limit, (rows) => rows.map(toHandover));
}
