// Records an officer's note on a กข.คจ. fund for a fiscal year (development level, supporting agencies, problem cause and remedy).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { fiscalYearOf } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { loadFund } from "../funds/index";
import type { ReportNote, ReportNoteBody } from "./contracts";
import { reportErrors } from "./report-errors";
import { FIRST_FISCAL_YEAR } from "./report-rules";
import { findReportNote, type ReportNoteRow, upsertReportNote } from "./reports.repository";

const MAX_TEXT = 2000;

/** A B.E. fiscal year from FIRST_FISCAL_YEAR to the current one; notes are not written ahead. */
export function parseNoteFiscalYear(value: string, today: string): number {
  const n = /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  const latest = fiscalYearOf(today);
  if (!Number.isInteger(n) || n < FIRST_FISCAL_YEAR || n > latest) {
    throw reportErrors.noteFiscalYearInvalid(value, latest);
  }
  return n;
}

function cleanText(field: string, value: string | null | undefined, before: string | null): string | null {
  if (value === undefined) return before;
  if (value === null) return null;
  const text = value.trim();
  if (text.length > MAX_TEXT) throw reportErrors.noteTextTooLong(field, MAX_TEXT);
  return text === "" ? null : text;
}

export function toReportNote(row: ReportNoteRow | undefined, fundId: string, fiscalYear: number): ReportNote {
  return {
    fundId,
    fiscalYear,
    developmentLevel: row?.developmentLevel ?? null,
    supportingAgencies: row?.supportingAgencies ?? null,
    problemCause: row?.problemCause ?? null,
    problemRemedy: row?.problemRemedy ?? null,
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}

/**
 * Officers in the fund's area (funds.write: district and provincial officers, the sub-district worker)
 * record what the ledger cannot know. Fields left out keep their value; null clears one. Audited.
 */
export async function recordReportNote(
  deps: Deps,
  fundId: string,
  fiscalYearText: string,
  body: ReportNoteBody,
): Promise<ReportNote> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadFund(t, fundId, "funds.write");
    if (fund.fundType !== "kkj") throw reportErrors.noteNotKkj();
    const fiscalYear = parseNoteFiscalYear(fiscalYearText, deps.clock.today());
    const level = body.developmentLevel;
    if (level !== undefined && level !== null && !(Number.isInteger(level) && level >= 1 && level <= 3)) {
      throw reportErrors.levelInvalid(level);
    }
    const before = await findReportNote(tx, fund.id, fiscalYear);
    const row: ReportNoteRow = {
      fundId: fund.id,
      fiscalYear,
      developmentLevel: level === undefined ? (before?.developmentLevel ?? null) : level,
      supportingAgencies: cleanText(
        "supportingAgencies",
        body.supportingAgencies,
        before?.supportingAgencies ?? null,
      ),
      problemCause: cleanText("problemCause", body.problemCause, before?.problemCause ?? null),
      problemRemedy: cleanText("problemRemedy", body.problemRemedy, before?.problemRemedy ?? null),
      updatedBy: deps.actor.userId,
      updatedAt: deps.clock.now(),
    };
    const saved = await upsertReportNote(tx, row);
    const view = (r: ReportNoteRow | undefined) => (r ? toReportNote(r, fund.id, fiscalYear) : null);
    await recordAudit(t, {
      action: "report_note.recorded",
      entityType: "fund_report_note",
      entityId: fund.id,
      areaCode: fund.areaCode,
      before: view(before),
      after: view(saved),
      details: { fiscalYear },
    });
    return toReportNote(saved, fund.id, fiscalYear);
  });
}
