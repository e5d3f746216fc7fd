// Adds a reply to an open complaint: an internal note for officers, or a public reply the complainant sees (which marks it replied).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { loadComplaint } from "./complaint-access";
import { type ComplaintStatus, isOpen } from "./complaint-rules";
import { insertEvent, insertReply, updateComplaint } from "./complaints.repository";
import { complaintErrors } from "./complaints-errors";
import type { ComplaintDetail, ReplyBody } from "./contracts";
import { getComplaint } from "./read-complaints";

export async function replyToComplaint(deps: Deps, id: string, body: ReplyBody): Promise<ComplaintDetail> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const complaint = await loadComplaint(t, id, "complaints.handle", { forUpdate: true });
    const status = complaint.status as ComplaintStatus;
    if (!isOpen(status)) throw complaintErrors.finished();
    const now = deps.clock.now();
    const today = deps.clock.today();
    const replyId = deps.ids.uuid();
    await insertReply(tx, {
      id: replyId,
      complaintId: complaint.id,
      visibility: body.visibility,
      body: body.body,
      repliedOn: today,
      authorId: deps.actor.userId,
      authorName: deps.actor.username,
      createdAt: now,
    });
    if (body.visibility === "public" && status !== "replied") {
      await updateComplaint(tx, complaint.id, { status: "replied", updatedAt: now });
      await insertEvent(tx, {
        id: deps.ids.uuid(),
        complaintId: complaint.id,
        kind: "status",
        fromValue: status,
        toValue: "replied",
        occurredOn: today,
        note: null,
        actorId: deps.actor.userId,
        createdAt: now,
      });
    } else {
      await updateComplaint(tx, complaint.id, { updatedAt: now });
    }
    await recordAudit(t, {
      action: body.visibility === "public" ? "complaint.replied" : "complaint.noted",
      entityType: "complaint",
      entityId: complaint.id,
      areaCode: complaint.areaCode,
      before: { status },
      after: { status: body.visibility === "public" ? "replied" : status },
      details: { replyId, visibility: body.visibility },
    });
    return getComplaint(t, complaint.id);
  });
}
