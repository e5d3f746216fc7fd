// Re-routes a complaint to another responsible office (the province or district containing its area); audited with the reason.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { loadComplaint } from "./complaint-access";
import { type ComplaintStatus, isOpen, isValidOffice } from "./complaint-rules";
import { insertEvent, updateComplaint } from "./complaints.repository";
import { complaintErrors } from "./complaints-errors";
import type { ComplaintDetail, RouteBody } from "./contracts";
import { getComplaint } from "./read-complaints";

export async function routeComplaint(deps: Deps, id: string, body: RouteBody): Promise<ComplaintDetail> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const complaint = await loadComplaint(t, id, "complaints.handle", { forUpdate: true });
    if (!isOpen(complaint.status as ComplaintStatus)) throw complaintErrors.finished();
    if (!isValidOffice(body.officeCode, complaint.areaCode))
      throw complaintErrors.officeInvalid(body.officeCode);
    if (body.officeCode === complaint.officeCode) throw complaintErrors.officeUnchanged();
    const now = deps.clock.now();
    await updateComplaint(tx, complaint.id, { officeCode: body.officeCode, updatedAt: now });
    await insertEvent(tx, {
      id: deps.ids.uuid(),
      complaintId: complaint.id,
      kind: "route",
      fromValue: complaint.officeCode,
      toValue: body.officeCode,
      occurredOn: deps.clock.today(),
      note: body.reason,
      actorId: deps.actor.userId,
      createdAt: now,
    });
    await recordAudit(t, {
      action: "complaint.routed",
      entityType: "complaint",
      entityId: complaint.id,
      areaCode: complaint.areaCode,
      before: { officeCode: complaint.officeCode },
      after: { officeCode: body.officeCode },
      details: { reason: body.reason },
    });
    return getComplaint(t, complaint.id);
  });
}
