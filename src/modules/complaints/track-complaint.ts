// Public tracking: the status, dates and public replies of the one complaint whose reference (and phone digits) match.
import { timingSafeEqual } from "node:crypto";
import type { Deps } from "../../platform/deps";
import { type ComplaintStatus, normalizeReferenceNo, phoneLast4 } from "./complaint-rules";
import { categoryNames } from "./complaint-views";
import { findByReference, selectReplies, selectStoredCategories } from "./complaints.repository";
import { complaintErrors } from "./complaints-errors";
import type { TrackBody, TrackResult } from "./contracts";

const sameDigits = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Anyone may ask, signed in or not (the route is rate-limited like the login). A malformed, unknown or
 * mistyped reference, a wrong or missing verification: all get the same "not found", so that the answer
 * says nothing about whether a reference exists. A named complaint needs the last 4 digits of the phone
 * given at intake; an anonymous one has only its reference, which its complainant alone was given.
 */
export async function trackComplaint(deps: Deps, body: TrackBody): Promise<TrackResult> {
  const referenceNo = normalizeReferenceNo(body.referenceNo) ?? "KJ-not-a-reference";
  // Always one lookup, so a malformed reference costs the same time as a well-formed one.
  const found = await findByReference(deps.db, referenceNo);
  if (!found) throw complaintErrors.trackNotFound();
  const { complaint, phone } = found;
  if (!complaint.anonymous) {
    const expected = phone ? phoneLast4(phone) : null;
    const given = (body.phoneLast4 ?? "").replace(/\D/g, "");
    if (!expected || !sameDigits(given, expected)) throw complaintErrors.trackNotFound();
  }
  const replies = await selectReplies(deps.db, complaint.id, { publicOnly: true });
  return {
    referenceNo: complaint.referenceNo,
    status: complaint.status as ComplaintStatus,
    categoryName: categoryNames(await selectStoredCategories(deps.db))(complaint.category),
    receivedOn: complaint.receivedOn,
    dueOn: complaint.dueOn,
    closedOn: complaint.closedOn,
    outcome: complaint.outcome,
    replies: replies.map((r) => ({ repliedOn: r.repliedOn, body: r.body })),
  };
}
