// The secretary records a committee meeting (ครั้งที่ n/ปี, date, place, attendees, agenda, minutes); any fund.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { fiscalYearOf } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { assertFundOpen, loadFund } from "../funds/index";
import type { Meeting, MeetingBody } from "./contracts";
import {
  findCurrentSet,
  findMeetingByNo,
  insertMeeting,
  type MeetingRow,
  nextDocumentNo,
} from "./kkj.repository";
import { loadKkjFund, requireKkjSeat } from "./kkj-access";
import { kkjErrors } from "./kkj-errors";
import { checkStepDate, documentNo } from "./kkj-rules";
import { throwIf } from "./kkj-steps";
import { toMeeting } from "./kkj-views";

/** A meeting number given by hand may already be taken by the series; skipping never loops for long. */
const MAX_SKIPS = 1000;

export async function recordMeeting(
  deps: Deps,
  fundId: string,
  body: MeetingBody,
  only: "any" | "kkj" = "any",
): Promise<Meeting> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = only === "kkj" ? await loadKkjFund(t, fundId) : await loadFund(t, fundId);
    assertFundOpen(fund);
    await requireKkjSeat(t, fund, ["secretary"]);
    throwIf(checkStepDate("heldOn", body.heldOn, deps.clock.today()));
    const fiscalYear = fiscalYearOf(body.heldOn);
    let meetingNo = body.meetingNo;
    if (meetingNo) {
      if (await findMeetingByNo(tx, fund.id, meetingNo)) throw kkjErrors.meetingNoTaken(meetingNo);
    } else {
      for (let i = 0; i < MAX_SKIPS && !meetingNo; i++) {
        const candidate = documentNo(await nextDocumentNo(tx, fund.id, "meeting", fiscalYear), fiscalYear);
        if (!(await findMeetingByNo(tx, fund.id, candidate))) meetingNo = candidate;
      }
      if (!meetingNo) throw kkjErrors.meetingNoTaken(`?/${fiscalYear}`);
    }
    const set = await findCurrentSet(tx, fund.id, body.heldOn);
    const row: MeetingRow = {
      id: deps.ids.uuid(),
      fundId: fund.id,
      committeeSetId: set?.id ?? null,
      meetingNo,
      heldOn: body.heldOn,
      place: body.place || null,
      attendeeCount: body.attendees.length,
      attendees: body.attendees,
      agenda: body.agenda,
      minutes: body.minutes || null,
      recordedBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    };
    await insertMeeting(tx, row);
    const view = toMeeting(row);
    await recordAudit(t, {
      action: "kkj.meeting_recorded",
      entityType: "committee_meeting",
      entityId: row.id,
      areaCode: fund.areaCode,
      after: { ...view, minutes: view.minutes ? `${view.minutes.length} chars` : null },
    });
    return view;
  });
}
