// Balances, the fund position, entry pages and withdrawals: everything derived from the journal lines only.
import type { Deps } from "../../platform/deps";
import type { Page } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { loadFund } from "../funds/index";
import type {
  AccountBalance,
  EntryListQuery,
  FiscalYearClose,
  FundPosition,
  JournalEntry,
  Withdrawal,
} from "./contracts";
import { normalBalance } from "./entry-rules";
import {
  accountTotals,
  type EntryRow,
  findEntry,
  selectAccounts,
  selectEntryPage,
  selectFiscalYearCloses,
  selectWithdrawals,
} from "./ledger.repository";
import { ledgerErrors } from "./ledger-errors";
import { toEntries } from "./ledger-views";
import { toWithdrawals } from "./withdrawal-views";

/** Every account of the fund with its debit and credit totals up to `asOf` (inclusive), or of all time. */
export async function accountBalances(
  db: Deps["db"],
  fundId: string,
  asOf?: string,
): Promise<AccountBalance[]> {
  const accounts = await selectAccounts(db, fundId);
  const totals = new Map((await accountTotals(db, fundId, asOf)).map((t) => [t.accountId, t]));
  return accounts.map((a) => {
    const t = totals.get(a.id) ?? { debitSatang: 0, creditSatang: 0 };
    const side = a.normalSide as "debit" | "credit";
    return {
      accountId: a.id,
      code: a.code,
      nameTh: a.nameTh,
      nameEn: a.nameEn,
      accountType: a.accountType,
      normalSide: side,
      role: a.role,
      bankAccountId: a.bankAccountId,
      debitSatang: t.debitSatang,
      creditSatang: t.creditSatang,
      balanceSatang: normalBalance(side, t.debitSatang, t.creditSatang),
    };
  });
}

/** The fund's financial position; capital + income − expense + liabilities equals total assets. */
export async function fundPosition(db: Deps["db"], fundId: string, asOf?: string): Promise<FundPosition> {
  const balances = await accountBalances(db, fundId, asOf);
  const sum = (pick: (b: AccountBalance) => boolean) =>
    balances.filter(pick).reduce((n, b) => n + b.balanceSatang, 0);
  return {
    fundId,
    asOf: asOf ?? null,
    cashSatang: sum((b) => b.role === "cash"),
    bankSatang: sum((b) => b.role === "bank"),
    bankAccounts: balances
      .filter((b) => b.role === "bank")
      .map((b) => ({
        bankAccountId: b.bankAccountId,
        ledgerAccountId: b.accountId,
        code: b.code,
        nameTh: b.nameTh,
        balanceSatang: b.balanceSatang,
      })),
    loansReceivableSatang: sum((b) => b.role === "loans_receivable"),
    otherAssetsSatang: sum((b) => b.role === "other_assets"),
    liabilitiesSatang: sum((b) => b.accountType === "liability"),
    capitalSatang: sum((b) => b.accountType === "equity"),
    incomeSatang: sum((b) => b.accountType === "income"),
    expenseSatang: sum((b) => b.accountType === "expense"),
    totalAssetsSatang: sum((b) => b.accountType === "asset"),
  };
}

export async function getAccountBalances(
  deps: Deps,
  fundId: string,
  asOf?: string,
): Promise<{ items: AccountBalance[] }> {
  const fund = await loadFund(deps, fundId, "ledger.read");
  return { items: await accountBalances(deps.db, fund.id, asOf) };
}

export async function getFundPosition(deps: Deps, fundId: string, asOf?: string): Promise<FundPosition> {
  const fund = await loadFund(deps, fundId, "ledger.read");
  return fundPosition(deps.db, fund.id, asOf);
}

function encodeCursor(row: EntryRow): string {
  return Buffer.from(JSON.stringify([row.entryDate, row.id])).toString("base64url");
}

function decodeCursor(cursor: string): { entryDate: string; id: string } {
  try {
    const [entryDate, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (
      typeof entryDate === "string" &&
      /^\d{4}-\d{2}-\d{2}$/.test(entryDate) &&
      typeof id === "string" &&
      /^[0-9a-f-]{36}$/i.test(id)
    ) {
      return { entryDate, id };
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
}

export async function listEntries(
  deps: Deps,
  fundId: string,
  query: EntryListQuery,
): Promise<Page<JournalEntry>> {
  const fund = await loadFund(deps, fundId, "ledger.read");
  const rows = await selectEntryPage(deps.db, {
    fundId: fund.id,
    from: query.from,
    to: query.to,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    items: await toEntries(deps.db, page, await selectAccounts(deps.db, fund.id)),
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}

export async function getEntry(deps: Deps, fundId: string, entryId: string): Promise<JournalEntry> {
  const fund = await loadFund(deps, fundId, "ledger.read");
  const row = /^[0-9a-f-]{36}$/i.test(entryId) ? await findEntry(deps.db, entryId) : undefined;
  if (!row || row.fundId !== fund.id) throw ledgerErrors.entryNotFound();
  const [view] = await toEntries(deps.db, [row], await selectAccounts(deps.db, fund.id));
  return view!;
}

export async function listWithdrawals(
  deps: Deps,
  fundId: string,
  status?: string,
): Promise<{ items: Withdrawal[] }> {
  const fund = await loadFund(deps, fundId, "ledger.read");
  return { items: await toWithdrawals(deps.db, await selectWithdrawals(deps.db, fund.id, status)) };
}

export async function listFiscalYearCloses(
  deps: Deps,
  fundId: string,
): Promise<{ items: FiscalYearClose[] }> {
  const fund = await loadFund(deps, fundId, "ledger.read");
  const rows = await selectFiscalYearCloses(deps.db, fund.id);
  return {
    items: rows.map((r) => ({
      fiscalYear: r.fiscalYear,
      closedBy: r.closedBy,
      closedAt: r.closedAt.toISOString(),
    })),
  };
}
