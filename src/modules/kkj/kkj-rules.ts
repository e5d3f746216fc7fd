// Pure กข.คจ. rules: statuses and their order, budget lines, register ranks, document numbers, names, defaults.
import type { AppError } from "../../shared/errors";
import { addDays, type IsoDate } from "../../shared/thai-date";
import { kkjErrors } from "./kkj-errors";

/**
 * One borrowing round: submitted → worker_reviewed → approved | rejected; approved → requested → contracted →
 * disbursed → closed (when the loan closes or is written off); a request the committee rejects closes the
 * round; withdrawn before a contract exists.
 */
export const PROPOSAL_STATUSES = [
  "submitted",
  "worker_reviewed",
  "approved",
  "rejected",
  "requested",
  "contracted",
  "disbursed",
  "closed",
  "withdrawn",
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** The statuses the partial unique index kkj_proposal_open_round_uq counts as an open round. */
export const ENDED_ROUND_STATUSES: readonly ProposalStatus[] = ["rejected", "withdrawn", "closed"];
export const isOpenRound = (status: string) => !(ENDED_ROUND_STATUSES as readonly string[]).includes(status);

/** A loan request: submitted → worker_reviewed → approved | rejected; approved → contracted; or withdrawn. */
export const REQUEST_STATUSES = [
  "submitted",
  "worker_reviewed",
  "approved",
  "rejected",
  "contracted",
  "withdrawn",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A proposal may be withdrawn until a contract is signed (after that the loan's own life governs). */
export const WITHDRAWABLE: readonly ProposalStatus[] = [
  "submitted",
  "worker_reviewed",
  "approved",
  "requested",
];

/** Loan statuses that end a round: a household may propose again once its loan is closed or written off. */
export const LOAN_ENDED = ["closed", "written_off"] as const;

export interface BudgetLine {
  no: string;
  description: string;
  amountSatang: number;
}

/** Numbers the budget lines 2.1, 2.2, … as on the proposal form (section 2) and sums them exactly. */
export function budgetLines(items: ReadonlyArray<{ description: string; amountSatang: number }>): {
  lines: BudgetLine[];
  totalSatang: number;
} {
  let total = 0;
  const lines = items.map((item, i) => {
    total += item.amountSatang;
    return { no: `2.${i + 1}`, description: item.description, amountSatang: item.amountSatang };
  });
  if (!Number.isSafeInteger(total)) throw new RangeError("budget total beyond the safe range");
  return { lines, totalSatang: total };
}

export interface RankCandidate {
  householdId: string;
  houseNo: string;
  incomePerPersonSatang: number;
}

/** Compares house numbers as people read them: "9" before "10", "12/1" after "12". */
export function compareHouseNo(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

/**
 * ลำดับที่ in the purple book: households rank by per-person income before borrowing, lowest first (domain
 * §4.3). A batch registered later is ranked among itself and appended after the existing register, so a
 * printed register never renumbers; ties go by house number, then id.
 */
export function rankBatch(
  batch: readonly RankCandidate[],
  lastSeq: number,
): Array<RankCandidate & { registerSeq: number }> {
  return [...batch]
    .sort(
      (a, b) =>
        a.incomePerPersonSatang - b.incomePerPersonSatang ||
        compareHouseNo(a.houseNo, b.houseNo) ||
        a.householdId.localeCompare(b.householdId),
    )
    .map((c, i) => ({ ...c, registerSeq: lastSeq + i + 1 }));
}

/** "12/2567": the n-th document of a series in a fiscal year (B.E.). */
export const documentNo = (n: number, fiscalYear: number) => `${n}/${fiscalYear}`;

/** The place a contract is written (form §4.10): "ที่ทำการกองทุน กข.คจ. บ้าน…". */
export function defaultWrittenAt(villageName: string): string {
  const village = villageName.startsWith("บ้าน") ? villageName : `บ้าน${villageName}`;
  return `ที่ทำการกองทุน กข.คจ. ${village}`;
}

/** Names compare without case and with runs of spaces (and the spaces after a title) collapsed. */
export function normalizeName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** Two witnesses who are two people, neither of them the borrower nor the lender. */
export function checkWitnesses(
  witness1: string,
  witness2: string,
  borrower: string,
  lender: string,
): AppError | null {
  const [w1, w2] = [normalizeName(witness1), normalizeName(witness2)];
  const parties = new Set([normalizeName(borrower), normalizeName(lender)]);
  if (w1 === w2 || parties.has(w1) || parties.has(w2)) return kkjErrors.witnessesIdentical();
  return null;
}

/** Dates of a step: not after today, not before the previous step. */
export function checkStepDate(
  field: string,
  date: IsoDate,
  today: IsoDate,
  previous?: { date: IsoDate | null; what: { th: string; en: string } },
): AppError | null {
  if (date > today) return kkjErrors.dateInFuture(field, date, today);
  if (previous?.date && date < previous.date)
    return kkjErrors.dateBefore(field, date, previous.date, previous.what);
  return null;
}

/** A committee decision cites a meeting of the same fund held on or before the decision date. */
export function checkMeeting(
  meeting: { fundId: string; heldOn: string } | undefined,
  fundId: string,
  decidedOn: IsoDate,
): AppError | null {
  if (!meeting || meeting.fundId !== fundId) return kkjErrors.meetingUnknown();
  if (meeting.heldOn > decidedOn) return kkjErrors.meetingAfterDecision(meeting.heldOn, decidedOn);
  return null;
}

/**
 * Money the committee can still lend: cash + bank, less what it has approved but not yet paid out
 * (approved requests and contracts waiting for their voucher), so two approvals cannot spend it twice.
 */
export function availableToLend(cashSatang: number, bankSatang: number, committedSatang: number): number {
  return cashSatang + bankSatang - committedSatang;
}

/**
 * A household defaults when an instalment has stayed unpaid more than a year (daysOverdue ≥ 366, the
 * loans module's overdue_over_365 bucket) or its loan was written off (domain §4.8, brief item 12).
 */
export function isDefaulting(
  loan: { status: string; classification: string | null },
  oldestUnpaidDueOn: IsoDate | null,
  asOf: IsoDate,
): boolean {
  if (loan.status === "written_off" || loan.classification === "written_off") return true;
  if (loan.status !== "active") return false;
  if (loan.classification === "overdue_over_365") return true;
  return oldestUnpaidDueOn !== null && addDays(oldestUnpaidDueOn, 366) <= asOf;
}

/** เงินทุนที่ขาดหายไป (domain §4.8): original capital − (bank + outstanding non-defaulted loans + cash), ≥ 0. */
export function missingFund(
  originalCapitalSatang: number,
  bankSatang: number,
  outstandingNonDefaultedSatang: number,
  cashSatang: number,
): number {
  return Math.max(0, originalCapitalSatang - (bankSatang + outstandingNonDefaultedSatang + cashSatang));
}

/** The B.E. year of a date (the จปฐ. survey year a date falls in). */
export const beYearOf = (iso: IsoDate) => Number(iso.slice(0, 4)) + 543;

/** Keyset cursors: an opaque base64url JSON array of strings. */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

export function decodeCursor(cursor: string, shape: ReadonlyArray<"string" | "number">): unknown[] | null {
  try {
    const parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (!Array.isArray(parts) || parts.length !== shape.length) return null;
    return parts.every((p, i) => typeof p === shape[i]) ? parts : null;
  } catch {
    return null;
  }
}
