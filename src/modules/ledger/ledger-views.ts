// Maps journal rows to the entry shape the API and other modules see.
import type { Executor } from "../../platform/database";
import type { JournalEntry } from "./contracts";
import { type AccountRow, type EntryRow, selectLines, selectReversals } from "./ledger.repository";

export async function toEntries(
  db: Executor,
  rows: readonly EntryRow[],
  accounts: readonly AccountRow[],
): Promise<JournalEntry[]> {
  const ids = rows.map((r) => r.id);
  const lines = await selectLines(db, ids);
  const reversals = await selectReversals(db, ids);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return rows.map((r) => ({
    id: r.id,
    fundId: r.fundId,
    entryDate: r.entryDate,
    fiscalYear: r.fiscalYear,
    kind: r.kind,
    description: r.description,
    sourceType: r.sourceType,
    sourceId: r.sourceId,
    reversesEntryId: r.reversesEntryId,
    reversedByEntryId: reversals.get(r.id) ?? null,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    idempotencyKey: r.idempotencyKey,
    lines: lines
      .filter((l) => l.entryId === r.id)
      .map((l) => {
        const account = byId.get(l.accountId);
        return {
          lineNo: l.lineNo,
          accountId: l.accountId,
          accountCode: account?.code ?? "",
          accountNameTh: account?.nameTh ?? "",
          accountNameEn: account?.nameEn ?? "",
          debitSatang: l.debitSatang,
          creditSatang: l.creditSatang,
          memo: l.memo,
        };
      }),
  }));
}
