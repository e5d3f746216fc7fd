// Records a meeting of the group (monthly or the annual general meeting): attendance of members, minutes and resolutions, numbered n/<fiscal year>.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { fiscalYearOf } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { IssueList, throwIfIssues } from "../debt-centre/index";
import type { MeetingBody, SgMeeting } from "./contracts";
import {
  insertMeeting,
  lockGroup,
  type MeetingRow,
  selectMeetingPage,
  selectMembersByIds,
  updateGroupCounters,
} from "./savings.repository";
import { loadGroupForWrite } from "./savings-access";
import { savingsErrors } from "./savings-errors";
import { toMeeting } from "./savings-views";

/** The secretary or the chair records a meeting; every attendee must be a member of the group. */
export async function recordSgMeeting(deps: Deps, fundId: string, body: MeetingBody): Promise<SgMeeting> {
  if (body.heldOn > deps.clock.today()) throw savingsErrors.dateInFuture("heldOn", body.heldOn);
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { fund } = await loadGroupForWrite(t, fundId, ["secretary", "chair"]);
    const group = (await lockGroup(tx, fund.id))!;
    const ids = [...new Set(body.attendeeMemberIds)];
    const found = new Set((await selectMembersByIds(tx, fund.id, ids)).map((m) => m.id));
    const v = new IssueList();
    body.attendeeMemberIds.forEach((id, k) => {
      if (!found.has(id)) {
        v.add(
          `attendeeMemberIds[${k}]`,
          "not_member",
          "ผู้เข้าประชุมต้องเป็นสมาชิกของกลุ่ม",
          "an attendee must be a member of the group",
        );
      }
    });
    if (ids.length !== body.attendeeMemberIds.length) {
      v.add("attendeeMemberIds", "duplicate", "ระบุผู้เข้าประชุมซ้ำ", "names an attendee twice");
    }
    throwIfIssues("savings.invalid_meeting", { th: "บันทึกการประชุม", en: "The meeting record" }, v.issues);
    const fiscalYear = fiscalYearOf(body.heldOn);
    // Meetings are numbered within the fiscal year, under the group lock (no gap, no repeat).
    const all = await selectMeetingPage(tx, { fundId: fund.id, after: undefined, limit: 100_000 });
    const n = all.filter((m) => fiscalYearOf(m.heldOn) === fiscalYear).length + 1;
    const row: MeetingRow = {
      id: deps.ids.uuid(),
      fundId: fund.id,
      meetingNo: `${n}/${fiscalYear}`,
      kind: body.kind,
      heldOn: body.heldOn,
      attendeeMemberIds: ids,
      attendeeCount: ids.length,
      minutes: body.minutes,
      resolutions: body.resolutions,
      recordedBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    };
    await insertMeeting(tx, row);
    await updateGroupCounters(tx, fund.id, { lastMeetingNo: group.lastMeetingNo + 1 });
    await recordAudit(t, {
      action: "savings.meeting_recorded",
      entityType: "sg_meeting",
      entityId: row.id,
      areaCode: fund.areaCode,
      after: {
        meetingNo: row.meetingNo,
        kind: row.kind,
        heldOn: row.heldOn,
        attendeeCount: row.attendeeCount,
        resolutions: row.resolutions,
        minutes: `${row.minutes.length} chars`,
      },
    });
    return toMeeting(row);
  });
}
