// Files a complaint by staff or a signed-in household, named or anonymous; routes it and sets its due date from the category's SLA.
import { randomBytes } from "node:crypto";
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, requirePermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { ANONYMOUS_COMPLAINANT } from "./complaint-access";
import {
  defaultOffice,
  dueDate,
  isValidOffice,
  mergeCategories,
  newReferenceNo,
  phoneLast4,
} from "./complaint-rules";
import {
  areaExists,
  findFundBrief,
  insertComplainant,
  insertComplaint,
  insertEvent,
  referenceTaken,
  selectStoredCategories,
} from "./complaints.repository";
import { COMPLAINT, complaintErrors } from "./complaints-errors";
import type { FileComplaintBody, FiledComplaint } from "./contracts";

/** Start of the Bangkok day: anonymous intakes are stamped with the day only, never the minute. */
const startOfBangkokDay = (iso: string): Date => new Date(`${iso}T00:00:00+07:00`);

export async function fileComplaint(
  deps: Deps,
  body: FileComplaintBody,
  random: (size: number) => Uint8Array = randomBytes,
): Promise<FiledComplaint> {
  requirePermission(deps.actor, "complaints.file");
  const isHousehold = deps.actor.role === "household_member";
  if (body.anonymous && body.complainant) throw complaintErrors.complainantWithAnonymous();
  if (!body.anonymous && !body.complainant) throw complaintErrors.complainantRequired();
  if (body.complainant) {
    const digits = body.complainant.phone.replace(/\D/g, "");
    if (digits.length < 9 || digits.length > 10 || phoneLast4(digits) === null)
      throw complaintErrors.phoneInvalid();
  }
  const today = deps.clock.today();
  if (isHousehold && body.receivedOn !== undefined) throw complaintErrors.receivedOnNotAllowed();
  const receivedOn = body.receivedOn ?? today;
  if (receivedOn > today) throw complaintErrors.receivedInFuture();

  return inTransaction(deps.db, async (tx) => {
    const category = mergeCategories(await selectStoredCategories(tx)).find(
      (c) => c.code === body.category && c.isActive,
    );
    if (!category) throw complaintErrors.categoryUnknown(body.category);

    let fund: Awaited<ReturnType<typeof findFundBrief>>;
    if (body.fundId) {
      fund = await findFundBrief(tx, body.fundId);
      if (!fund) throw complaintErrors.fundUnknown();
      // A fund outside the actor's area is reported exactly like a missing one.
      assertInScope(deps.actor, fund.areaCode, COMPLAINT);
    }
    // A household files about its own village unless it names a fund or area.
    const areaCode = body.areaCode ?? fund?.areaCode ?? (isHousehold ? deps.actor.scopeCode : undefined);
    if (!areaCode) throw complaintErrors.areaRequired();
    if (fund && !fund.areaCode.startsWith(areaCode)) throw complaintErrors.areaNotOfFund();
    assertInScope(deps.actor, areaCode, COMPLAINT);
    if (!(await areaExists(tx, areaCode))) throw complaintErrors.areaUnknown(areaCode);
    const officeCode = body.officeCode ?? defaultOffice(areaCode);
    if (!isValidOffice(officeCode, areaCode)) throw complaintErrors.officeInvalid(officeCode);

    let referenceNo = newReferenceNo(random);
    // 50 random bits make a clash vanishingly rare; a few retries make it harmless.
    for (let attempt = 0; await referenceTaken(tx, referenceNo); attempt++) {
      if (attempt >= 4) throw complaintErrors.referenceCollision();
      referenceNo = newReferenceNo(random);
    }
    const now = body.anonymous ? startOfBangkokDay(today) : deps.clock.now();
    const row = {
      id: deps.ids.uuid(),
      referenceNo,
      fundId: fund?.id ?? null,
      areaCode,
      officeCode,
      category: category.code,
      subject: body.subject,
      details: body.details,
      concernedName: body.concernedName ?? null,
      concernedCommitteeMemberId: null,
      concernedHouseholdId: null,
      // An anonymous complaint does not even say which kind of account filed it.
      channel: body.anonymous ? "anonymous" : isHousehold ? "household" : "staff",
      status: "received",
      receivedOn,
      dueOn: dueDate(receivedOn, category.slaDays),
      closedOn: null,
      outcome: null,
      outcomeNote: null,
      anonymous: body.anonymous,
      createdAt: now,
      updatedAt: now,
    };
    await insertComplaint(tx, row);
    if (body.complainant) {
      await insertComplainant(tx, {
        complaintId: row.id,
        name: body.complainant.name,
        phone: body.complainant.phone.replace(/[^\d+]/g, ""),
        address: body.complainant.address ?? null,
        userId: isHousehold ? deps.actor.userId : null,
        householdId: isHousehold ? deps.actor.householdId : null,
      });
    }
    await insertEvent(tx, {
      id: deps.ids.uuid(),
      complaintId: row.id,
      kind: "status",
      fromValue: null,
      toValue: "received",
      occurredOn: receivedOn,
      note: null,
      actorId: body.anonymous ? null : deps.actor.userId,
      createdAt: now,
    });
    const auditDeps = body.anonymous
      ? {
          ...deps,
          db: tx,
          actor: ANONYMOUS_COMPLAINANT,
          requestId: undefined,
          clock: { now: () => now, today: () => today },
        }
      : { ...deps, db: tx };
    await recordAudit(auditDeps, {
      action: "complaint.filed",
      entityType: "complaint",
      entityId: row.id,
      areaCode,
      after: {
        referenceNo,
        fundId: row.fundId,
        areaCode,
        officeCode,
        category: row.category,
        channel: row.channel,
        status: row.status,
        receivedOn,
        dueOn: row.dueOn,
        anonymous: row.anonymous,
      },
    });
    return {
      id: row.id,
      referenceNo,
      status: "received",
      receivedOn,
      dueOn: row.dueOn,
      anonymous: row.anonymous,
      trackWith: row.anonymous ? "reference_only" : "reference_and_phone_last4",
    };
  });
}
