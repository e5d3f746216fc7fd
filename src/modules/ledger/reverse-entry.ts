// Corrects a posted entry the only way the journal allows: a mirror entry dated today, linked to it.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { loadFund, requireSeat } from "../funds/index";
import type { JournalEntry } from "./contracts";
import { mirrorLines } from "./entry-rules";
import { findEntry, lockFundForPosting, selectLines, selectReversals } from "./ledger.repository";
import { ledgerErrors } from "./ledger-errors";
import { fundBooks } from "./operation-support";
import { postInTransaction } from "./post-entry";
import { auditRefusals, type RefusalContext } from "./refusal-audit";

/** Source types whose entries the ledger itself posts; other modules reverse their own entries. */
const LEDGER_SOURCES = new Set<string | null>([null, "bank_withdrawal"]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ReverseOptions {
  /**
   * Set by another module (e.g. loans) reversing an entry it posted, after checking its own rights and
   * updating its own records in the same transaction; committee positions are then not checked here.
   */
  bySourceModule?: boolean;
  /** The fund the caller expects the entry in (the URL's fund): an entry of another fund is "not found". */
  fundId?: string;
}

export async function reverseEntry(
  deps: Deps,
  entryId: string,
  reason: string,
  options: ReverseOptions = {},
): Promise<JournalEntry> {
  const context: RefusalContext = {
    operation: "ledger.reverse_entry",
    fundId: null,
    input: { entryId, reason },
  };
  return auditRefusals(deps, context, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const why = reason.trim();
      if (why === "" || why.length > 500) throw ledgerErrors.reasonRequired();
      const entry = UUID.test(entryId) ? await findEntry(tx, entryId) : undefined;
      if (!entry || (options.fundId !== undefined && entry.fundId !== options.fundId)) {
        throw ledgerErrors.entryNotFound();
      }
      context.fundId = entry.fundId;
      const fund = await loadFund(t, entry.fundId);
      if (entry.reversesEntryId) throw ledgerErrors.reversalOfReversal();
      if (!LEDGER_SOURCES.has(entry.sourceType) && !options.bySourceModule) {
        throw ledgerErrors.reverseInSourceModule(entry.sourceType ?? "");
      }
      const lines = await selectLines(tx, [entry.id]);
      const books = await fundBooks(tx, fund.id);
      const banks = new Set(books.accounts.filter((a) => a.role === "bank").map((a) => a.id));
      if (!options.bySourceModule) {
        await requireSeat(
          t,
          fund,
          lines.some((l) => banks.has(l.accountId)) ? ["finance"] : ["secretary", "finance"],
        );
      }
      // Under the fund lock, so two reversals of one entry cannot both pass this check.
      await lockFundForPosting(tx, fund.id);
      const already = (await selectReversals(tx, [entry.id])).get(entry.id);
      if (already) throw ledgerErrors.alreadyReversed(already);
      const reversal = await postInTransaction(
        t,
        {
          fundId: fund.id,
          entryDate: deps.clock.today(),
          kind: "reversal",
          description: `กลับรายการ: ${entry.description} (${why})`.slice(0, 500),
          // The reversal keeps the original's source, so the source module sees both entries of its record.
          sourceType: entry.sourceType,
          sourceId: entry.sourceId,
          lines: mirrorLines(lines),
        },
        { reversesEntryId: entry.id },
      );
      await recordAudit(t, {
        action: "ledger.entry_reversed",
        entityType: "journal_entry",
        entityId: entry.id,
        areaCode: fund.areaCode,
        details: { reversalEntryId: reversal.id, reason: why },
      });
      return reversal;
    }),
  );
}
