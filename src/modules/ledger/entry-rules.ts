// Pure double-entry rules: line checks, balance, the dating window and the never-negative running balance.
import type { AppError } from "../../shared/errors";
import { addDays, type IsoDate, isIsoDate } from "../../shared/thai-date";
import { ledgerErrors } from "./ledger-errors";

export interface LineInput {
  accountId: string;
  debitSatang?: number | undefined;
  creditSatang?: number | undefined;
  memo?: string | null | undefined;
}

export interface Line {
  accountId: string;
  debitSatang: number;
  creditSatang: number;
  memo: string | null;
}

export const MAX_LINES = 100;

const isAmount = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;

/**
 * Normalises the lines and refuses an entry that is not proper double entry: fewer than two lines, a line
 * with no or both sides, an amount that is not a positive safe integer, or debits unequal to credits.
 */
export function checkLines(lines: readonly LineInput[]): { lines: Line[] } | { error: AppError } {
  if (lines.length < 2 || lines.length > MAX_LINES) return { error: ledgerErrors.tooFewLines(lines.length) };
  const out: Line[] = [];
  let debit = 0;
  let credit = 0;
  for (const [i, l] of lines.entries()) {
    const d = l.debitSatang ?? 0;
    const c = l.creditSatang ?? 0;
    if (!isAmount(d) || !isAmount(c) || d > 0 === c > 0 || typeof l.accountId !== "string") {
      return { error: ledgerErrors.lineAmountInvalid(i + 1) };
    }
    debit += d;
    credit += c;
    // Totals stay exact: beyond 2^53 they would no longer be.
    if (!Number.isSafeInteger(debit) || !Number.isSafeInteger(credit)) {
      return { error: ledgerErrors.lineAmountInvalid(i + 1) };
    }
    out.push({ accountId: l.accountId, debitSatang: d, creditSatang: c, memo: l.memo ?? null });
  }
  if (debit !== credit) return { error: ledgerErrors.unbalanced(debit, credit) };
  return { lines: out };
}

export interface DatingWindow {
  backdateDays: number;
  forwardDays: number;
}

/** An entry is dated within [business date − back-dating days, business date + forward days]. */
export function checkEntryDate(entryDate: string, today: IsoDate, window: DatingWindow): AppError | null {
  if (!isIsoDate(entryDate)) return ledgerErrors.entryDateInvalid(entryDate);
  const earliest = addDays(today, -window.backdateDays);
  const latest = addDays(today, window.forwardDays);
  if (entryDate < earliest || entryDate > latest)
    return ledgerErrors.outsideWindow(entryDate, earliest, latest);
  return null;
}

/** The change an entry makes to an account, debit-positive. */
export function netChange(lines: readonly Line[], accountId: string): number {
  let net = 0;
  for (const l of lines) if (l.accountId === accountId) net += l.debitSatang - l.creditSatang;
  return net;
}

/**
 * The lowest end-of-day balance (debit-positive) of an account from `entryDate` on, once `delta` is added on
 * `entryDate`. `opening` is the balance before `entryDate`; `days` the net movement of each later day. A
 * back-dated withdrawal must not make any day's balance negative, not only today's.
 */
export function lowestBalanceFrom(
  opening: number,
  days: ReadonlyArray<{ entryDate: string; net: number }>,
  entryDate: IsoDate,
  delta: number,
): { balance: number; on: IsoDate } {
  // End-of-day balances: movements are summed per day first, so the order within a day does not matter.
  const byDay = new Map<string, number>();
  for (const d of days)
    if (d.entryDate >= entryDate) byDay.set(d.entryDate, (byDay.get(d.entryDate) ?? 0) + d.net);
  let balance = opening + delta + (byDay.get(entryDate) ?? 0);
  let lowest = { balance, on: entryDate };
  for (const date of [...byDay.keys()].filter((d) => d > entryDate).sort()) {
    balance += byDay.get(date)!;
    if (balance < lowest.balance) lowest = { balance, on: date };
  }
  return lowest;
}

/** The lines of a reversing entry: every debit becomes a credit and the other way round. */
export function mirrorLines(lines: readonly Line[]): Line[] {
  return lines.map((l) => ({
    accountId: l.accountId,
    debitSatang: l.creditSatang,
    creditSatang: l.debitSatang,
    memo: l.memo,
  }));
}

/** Whether a retried request carries the same lines as the entry already posted under its key. */
export function sameLines(a: readonly Line[], b: readonly Line[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (l, i) =>
        l.accountId === b[i]!.accountId &&
        l.debitSatang === b[i]!.debitSatang &&
        l.creditSatang === b[i]!.creditSatang,
    )
  );
}

/** An account's balance on its normal side (a positive balance is the usual one). */
export function normalBalance(side: "debit" | "credit", debitSatang: number, creditSatang: number): number {
  return side === "debit" ? debitSatang - creditSatang : creditSatang - debitSatang;
}
