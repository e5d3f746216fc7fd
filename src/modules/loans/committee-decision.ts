// The committee decision behind a rescheduling or write-off: the acting chair and, when named, a meeting of this fund.
import type { Deps } from "../../platform/deps";
import type { FundRow } from "../funds/index";
import { loanRefusals } from "./loan-refusals";
import { findMeeting } from "./loans.repository";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The meeting id when it names a committee meeting of the fund; a meeting of another fund is unknown. */
export async function requireFundMeeting(
  t: Deps,
  fund: Pick<FundRow, "id">,
  meetingId: string | undefined,
): Promise<string | null> {
  if (meetingId === undefined) return null;
  const meeting = UUID.test(meetingId) ? await findMeeting(t.db, meetingId) : undefined;
  if (!meeting || meeting.fundId !== fund.id) throw loanRefusals.meetingUnknown();
  return meeting.id;
}
