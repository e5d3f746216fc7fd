// Moves a complaint along its statuses (in progress, closed or rejected with an outcome); impossible moves are refused with the allowed ones.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { loadComplaint } from "./complaint-access";
import { type ComplaintStatus, outcomeFits, STATUS_MOVES } from "./complaint-rules";
import { insertEvent, updateComplaint } from "./complaints.repository";
import { complaintErrors } from "./complaints-errors";
import type { ComplaintDetail, StatusBody } from "./contracts";
import { getComplaint } from "./read-complaints";

export async function changeComplaintStatus(
  deps: Deps,
  id: string,
  body: StatusBody,
): Promise<ComplaintDetail> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const complaint = await loadComplaint(t, id, "complaints.handle", { forUpdate: true });
    const from = complaint.status as ComplaintStatus;
    const to = body.status;
    const allowed = STATUS_MOVES[from];
    if (!allowed.includes(to)) throw complaintErrors.moveNotAllowed(from, to, allowed);
    const finishing = to === "closed" || to === "rejected";
    if (finishing && (!body.outcome || !outcomeFits(to, body.outcome)))
      throw complaintErrors.outcomeRequired();
    if (!finishing && body.outcome) throw complaintErrors.outcomeRequired();
    const now = deps.clock.now();
    const today = deps.clock.today();
    await updateComplaint(tx, complaint.id, {
      status: to,
      updatedAt: now,
      ...(finishing
        ? { closedOn: today, outcome: body.outcome ?? null, outcomeNote: body.note ?? null }
        : {}),
    });
    await insertEvent(tx, {
      id: deps.ids.uuid(),
      complaintId: complaint.id,
      kind: "status",
      fromValue: from,
      toValue: to,
      occurredOn: today,
      note: body.note ?? null,
      actorId: deps.actor.userId,
      createdAt: now,
    });
    await recordAudit(t, {
      action: "complaint.status_changed",
      entityType: "complaint",
      entityId: complaint.id,
      areaCode: complaint.areaCode,
      before: { status: from },
      after: { status: to, outcome: body.outcome ?? null, closedOn: finishing ? today : null },
    });
    return getComplaint(t, complaint.id);
  });
}
