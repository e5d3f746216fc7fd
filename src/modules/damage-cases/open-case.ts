// Opens a damage case against a fund: type, amount, discovery date, people responsible and first documents; its first step is "discovered".
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, requirePermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import type { CaseDetail, OpenCaseBody } from "./contracts";
import { openCaseBodySchema } from "./contracts";
import {
  findFundBrief,
  insertCase,
  insertDocuments,
  insertPersons,
  insertStep,
  isCommitteeMemberOfFund,
} from "./damage-cases.repository";
import { DAMAGE_CASE, damageErrors } from "./damage-errors";
import { getCase } from "./read-cases";

export async function openCase(deps: Deps, input: OpenCaseBody): Promise<CaseDetail> {
  requirePermission(deps.actor, "damage.write");
  const body = openCaseBodySchema.parse(input);
  const today = deps.clock.today();
  if (body.discoveredOn > today) throw damageErrors.dateInFuture("discoveredOn");
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await findFundBrief(tx, body.fundId);
    if (!fund) throw damageErrors.fundUnknown();
    assertInScope(deps.actor, fund.areaCode, DAMAGE_CASE);
    for (const [i, p] of body.persons.entries()) {
      if (p.committeeMemberId && !(await isCommitteeMemberOfFund(tx, p.committeeMemberId, fund.id))) {
        throw damageErrors.committeeMemberUnknown(i);
      }
    }
    const now = deps.clock.now();
    const id = deps.ids.uuid();
    await insertCase(tx, {
      id,
      fundId: fund.id,
      areaCode: fund.areaCode,
      caseType: body.caseType,
      title: body.title,
      description: body.description,
      amountSatang: body.amountSatang,
      recoveredSatang: 0,
      discoveredOn: body.discoveredOn,
      stage: "discovered",
      status: "open",
      closure: null,
      closedOn: null,
      closingNote: null,
      writeOffApprovedBy: null,
      writeOffApprovalRef: null,
      createdBy: deps.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await insertPersons(
      tx,
      body.persons.map((p) => ({
        id: deps.ids.uuid(),
        caseId: id,
        name: p.name,
        relation: p.relation,
        committeeMemberId: p.committeeMemberId ?? null,
        householdId: null,
        createdAt: now,
      })),
    );
    const stepId = deps.ids.uuid();
    await insertStep(tx, {
      id: stepId,
      caseId: id,
      stage: "discovered",
      stepOn: body.discoveredOn,
      note: null,
      actorId: deps.actor.userId,
      createdAt: now,
    });
    await insertDocuments(
      tx,
      body.documents.map((d) => ({
        id: deps.ids.uuid(),
        caseId: id,
        stepId,
        docNo: d.docNo,
        docDate: d.docDate,
        title: d.title,
        attachmentId: null,
        createdBy: deps.actor.userId,
        createdAt: now,
      })),
    );
    await recordAudit(t, {
      action: "damage_case.opened",
      entityType: "damage_case",
      entityId: id,
      areaCode: fund.areaCode,
      after: {
        fundId: fund.id,
        caseType: body.caseType,
        amountSatang: body.amountSatang,
        discoveredOn: body.discoveredOn,
        persons: body.persons.map((p) => p.name),
        documents: body.documents.map((d) => d.docNo),
      },
    });
    return getCase(t, id);
  });
}
