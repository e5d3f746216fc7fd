// What the workflow's steps share: the worker opinion, the committee decision citing a meeting, record lookups.
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import type { AppError, LocalizedText } from "../../shared/errors";
import type { FundRow } from "../funds/index";
import { findMeeting } from "./kkj.repository";
import { actorName } from "./kkj-access";
import { cursorInvalid, kkjErrors } from "./kkj-errors";
import { checkMeeting, checkStepDate, decodeCursor, encodeCursor } from "./kkj-rules";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record of this fund, or "not found" (a record of another fund is not revealed). */
export function requireOfFund<T extends { fundId: string }>(
  row: T | undefined,
  fund: Pick<FundRow, "id">,
  what: LocalizedText,
): T {
  if (!row || row.fundId !== fund.id) throw outOfScope(what);
  return row;
}

export function throwIf(problem: AppError | null): void {
  if (problem) throw problem;
}

export interface Opinion {
  name: string;
  userId: string | null;
  on: string;
}

/** The worker's name and the opinion date (not in the future, not before the step it comments on). */
export async function resolveOpinion(
  t: Deps,
  opinionOn: string | undefined,
  previous: { date: string; what: LocalizedText },
): Promise<Opinion> {
  const on = opinionOn ?? t.clock.today();
  throwIf(checkStepDate("opinionOn", on, t.clock.today(), previous));
  return { name: await actorName(t), userId: t.actor.userId, on };
}

export interface Decision {
  decidedOn: string;
  meetingId: string;
}

/**
 * A committee decision is dated (not in the future, not before the worker opinion) and cites a recorded
 * meeting of this fund held on or before that date: the committee decides in a meeting (domain §4.5.3).
 */
export async function resolveDecision(
  t: Deps,
  fund: Pick<FundRow, "id">,
  body: { meetingId?: string | undefined; decidedOn?: string | undefined },
  previous: { date: string | null; what: LocalizedText },
): Promise<Decision> {
  const decidedOn = body.decidedOn ?? t.clock.today();
  throwIf(checkStepDate("decidedOn", decidedOn, t.clock.today(), previous));
  if (!body.meetingId) throw kkjErrors.meetingRequired();
  const meeting = UUID.test(body.meetingId) ? await findMeeting(t.db, body.meetingId) : undefined;
  throwIf(checkMeeting(meeting, fund.id, decidedOn));
  return { decidedOn, meetingId: meeting!.id };
}

/** True when `error` is a unique violation of the named index (PostgreSQL and PGlite, wrapped or not). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const {
      code,
      constraint: name,
      message,
    } = e as { code?: unknown; constraint?: unknown; message?: unknown };
    if (code === "23505") {
      return name === constraint || (typeof message === "string" && message.includes(constraint));
    }
  }
  return false;
}

/** The id of a list cursor (lists keyed on time-ordered ids), or undefined for the first page. */
export function afterIdOf(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const parts = decodeCursor(cursor, ["string"]);
  if (!parts || !UUID.test(String(parts[0]))) throw cursorInvalid();
  return String(parts[0]);
}

/** A page from rows fetched with limit + 1. */
export function pageOf<R extends { id: string }, T>(
  found: readonly R[],
  limit: number,
  view: (rows: R[]) => T[],
): { items: T[]; nextCursor: string | null } {
  const page = found.slice(0, limit);
  const last = page[page.length - 1];
  return { items: view(page), nextCursor: found.length > limit && last ? encodeCursor([last.id]) : null };
}
