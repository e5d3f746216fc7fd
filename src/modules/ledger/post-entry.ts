// Posts a balanced journal entry to a fund's books: the one door through which anything enters the journal.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { fiscalYearOf, type IsoDate } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { effectiveParameters, type FundType, loadFund } from "../funds/index";
import type { JournalEntry } from "./contracts";
import {
  checkEntryDate,
  checkLines,
  type Line,
  type LineInput,
  lowestBalanceFrom,
  netChange,
  sameLines,
} from "./entry-rules";
import {
  type AccountRow,
  balancesBefore,
  dailyNetFrom,
  type EntryRow,
  findEntryByKey,
  insertEntry,
  insertLines,
  isFiscalYearClosed,
  lockFundForPosting,
  selectAccounts,
} from "./ledger.repository";
import { ledgerErrors } from "./ledger-errors";
import { toEntries } from "./ledger-views";
import { auditRefusals } from "./refusal-audit";

export interface PostEntryInput {
  fundId: string;
  /** The business date the entry belongs to (YYYY-MM-DD, Asia/Bangkok). */
  entryDate: IsoDate;
  description: string;
  lines: LineInput[];
  /** What kind of operation this is ("manual", "loan_disbursement", …); "manual" when absent. */
  kind?: string | undefined;
  /** The record that caused the entry (e.g. "loan" + its id), for the source module's own queries. */
  sourceType?: string | null | undefined;
  sourceId?: string | null | undefined;
  /** A retry with the same key gets the entry already posted instead of a second one. */
  idempotencyKey?: string | null | undefined;
}

/**
 * Posts an entry after checking the accounting rules (≥ 2 one-sided lines, balanced, accounts of this fund,
 * date inside the fund's window and in an open fiscal year, cash and bank never negative) and the actor's
 * area. It does not check committee positions: the calling use case decides who may post what. Refusals
 * are AppErrors and are audited (see auditRefusals); nothing of a refused entry is written.
 */
export async function postEntry(deps: Deps, input: PostEntryInput): Promise<JournalEntry> {
  return auditRefusals(
    deps,
    { operation: "ledger.post_entry", fundId: input.fundId, input: refusalView(input) },
    () => inTransaction(deps.db, (tx) => postInTransaction({ ...deps, db: tx }, input)),
  );
}

export function refusalView(input: PostEntryInput) {
  return {
    entryDate: input.entryDate,
    kind: input.kind ?? "manual",
    description: input.description,
    sourceType: input.sourceType ?? null,
    sourceId: input.sourceId ?? null,
    idempotencyKey: input.idempotencyKey ?? null,
    lines: input.lines,
  };
}

/** Cash and bank accounts that the lines take money out of must stay ≥ 0 at the end of every day. */
export async function checkFundsSuffice(
  db: Deps["db"],
  lines: readonly Line[],
  accounts: ReadonlyMap<string, AccountRow>,
  entryDate: IsoDate,
): Promise<void> {
  const watched = [...new Set(lines.map((l) => l.accountId))].filter((id) => {
    const role = accounts.get(id)?.role;
    return (role === "cash" || role === "bank") && netChange(lines, id) < 0;
  });
  if (watched.length === 0) return;
  const opening = await balancesBefore(db, watched, entryDate);
  const days = await dailyNetFrom(db, watched, entryDate);
  for (const id of watched) {
    const lowest = lowestBalanceFrom(
      opening.get(id) ?? 0,
      days.filter((d) => d.accountId === id),
      entryDate,
      netChange(lines, id),
    );
    if (lowest.balance < 0)
      throw ledgerErrors.insufficientFunds(accounts.get(id)!, lowest.balance, lowest.on);
  }
}

/** Posts inside the caller's open transaction; the ledger's own use cases call this after checking rights. */
export async function postInTransaction(
  deps: Deps,
  input: PostEntryInput,
  internal: { reversesEntryId?: string } = {},
): Promise<JournalEntry> {
  const checked = checkLines(input.lines);
  if ("error" in checked) throw checked.error;
  const description = input.description.trim();
  if (description === "" || description.length > 500) throw ledgerErrors.descriptionRequired();
  const kind = input.kind ?? "manual";
  if (kind.length > 32) throw ledgerErrors.fieldTooLong("kind", 32);
  if ((input.sourceType?.length ?? 0) > 32) throw ledgerErrors.fieldTooLong("sourceType", 32);
  if ((input.idempotencyKey?.length ?? 0) > 100) throw ledgerErrors.fieldTooLong("idempotencyKey", 100);
  const fund = await loadFund(deps, input.fundId);
  if (fund.status === "closed") throw ledgerErrors.fundClosed();
  await lockFundForPosting(deps.db, fund.id);
  const accountRows = await selectAccounts(deps.db, fund.id);
  if (input.idempotencyKey) {
    const existing = await findEntryByKey(deps.db, fund.id, input.idempotencyKey);
    if (existing) {
      const [view] = await toEntries(deps.db, [existing], accountRows);
      if (!sameLines(view!.lines, checked.lines)) throw ledgerErrors.idempotencyMismatch();
      return view!;
    }
  }
  const accounts = new Map(accountRows.map((a) => [a.id, a]));
  checked.lines.forEach((l, i) => {
    // Another fund's account is "unknown" too: the refusal must not reveal what other funds hold.
    if (!accounts.has(l.accountId)) throw ledgerErrors.accountUnknown(i + 1);
  });
  const window = effectiveParameters(fund.fundType as FundType, fund.parameters);
  const dateProblem = checkEntryDate(input.entryDate, deps.clock.today(), window);
  if (dateProblem) throw dateProblem;
  const fiscalYear = fiscalYearOf(input.entryDate);
  if (await isFiscalYearClosed(deps.db, fund.id, fiscalYear)) throw ledgerErrors.fiscalYearClosed(fiscalYear);
  await checkFundsSuffice(deps.db, checked.lines, accounts, input.entryDate);

  const row: EntryRow = {
    id: deps.ids.uuid(),
    fundId: fund.id,
    entryDate: input.entryDate,
    fiscalYear,
    kind,
    description,
    sourceType: input.sourceType ?? null,
    sourceId: input.sourceId ?? null,
    reversesEntryId: internal.reversesEntryId ?? null,
    createdBy: deps.actor.userId,
    createdAt: deps.clock.now(),
    idempotencyKey: input.idempotencyKey ?? null,
  };
  await insertEntry(deps.db, row);
  await insertLines(
    deps.db,
    checked.lines.map((l, i) => ({ entryId: row.id, lineNo: i + 1, ...l })),
  );
  const [view] = await toEntries(deps.db, [row], accountRows);
  await recordAudit(deps, {
    action: "ledger.entry_posted",
    entityType: "journal_entry",
    entityId: row.id,
    areaCode: fund.areaCode,
    after: {
      fundId: fund.id,
      entryDate: row.entryDate,
      kind,
      description,
      sourceType: row.sourceType,
      sourceId: row.sourceId,
      reversesEntryId: row.reversesEntryId,
      idempotencyKey: row.idempotencyKey,
      lines: view!.lines.map((l) => ({
        code: l.accountCode,
        debitSatang: l.debitSatang,
        creditSatang: l.creditSatang,
      })),
    },
  });
  return view!;
}
