// Committee meetings of a fund: the list (newest first) and one meeting.
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import type { Page, PageQuery } from "../../shared/contracts/index";
import { loadFund } from "../funds/index";
import type { Meeting } from "./contracts";
import { findMeeting, selectMeetingPage } from "./kkj.repository";
import { loadKkjFund } from "./kkj-access";
import { cursorInvalid, MEETING } from "./kkj-errors";
import { decodeCursor, encodeCursor } from "./kkj-rules";
import { UUID } from "./kkj-steps";
import { toMeeting } from "./kkj-views";

export async function listMeetings(
  deps: Deps,
  fundId: string,
  query: PageQuery,
  only: "any" | "kkj" = "any",
): Promise<Page<Meeting>> {
  const fund = only === "kkj" ? await loadKkjFund(deps, fundId) : await loadFund(deps, fundId);
  let after: { heldOn: string; id: string } | undefined;
  if (query.cursor) {
    const parts = decodeCursor(query.cursor, ["string", "string"]);
    if (!parts || !UUID.test(String(parts[1])) || !/^\d{4}-\d{2}-\d{2}$/.test(String(parts[0]))) {
      throw cursorInvalid();
    }
    after = { heldOn: String(parts[0]), id: String(parts[1]) };
  }
  const found = await selectMeetingPage(deps.db, fund.id, after, query.limit + 1);
  const page = found.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toMeeting),
    nextCursor: found.length > query.limit && last ? encodeCursor([last.heldOn, last.id]) : null,
  };
}

export async function getMeeting(
  deps: Deps,
  fundId: string,
  meetingId: string,
  only: "any" | "kkj" = "any",
): Promise<Meeting> {
  const fund = only === "kkj" ? await loadKkjFund(deps, fundId) : await loadFund(deps, fundId);
  const row = UUID.test(meetingId) ? await findMeeting(deps.db, meetingId) : undefined;
  if (!row || row.fundId !== fund.id) throw outOfScope(MEETING);
  return toMeeting(row);
}
