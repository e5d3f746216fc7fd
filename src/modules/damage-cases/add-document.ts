// Adds a document reference (number, date, title) to a step of a damage case, the latest step by default; allowed after closing too (a judgment may come later).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { loadCase } from "./case-access";
import type { AddDocumentBody, CaseDetail } from "./contracts";
import { insertDocuments, selectSteps } from "./damage-cases.repository";
import { damageErrors } from "./damage-errors";
import { getCase } from "./read-cases";

export async function addDocument(deps: Deps, caseId: string, body: AddDocumentBody): Promise<CaseDetail> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const row = await loadCase(t, caseId, "damage.write", { forUpdate: true });
    const steps = await selectSteps(tx, row.id);
    const step = body.stepId ? steps.find((s) => s.id === body.stepId) : steps.at(-1);
    if (!step) throw damageErrors.stepUnknown();
    if (body.docDate > deps.clock.today()) throw damageErrors.dateInFuture("docDate");
    const id = deps.ids.uuid();
    await insertDocuments(tx, [
      {
        id,
        caseId: row.id,
        stepId: step.id,
        docNo: body.docNo,
        docDate: body.docDate,
        title: body.title,
        attachmentId: null,
        createdBy: deps.actor.userId,
        createdAt: deps.clock.now(),
      },
    ]);
    await recordAudit(t, {
      action: "damage_case.document_added",
      entityType: "damage_case",
      entityId: row.id,
      areaCode: row.areaCode,
      after: { documentId: id, stepId: step.id, docNo: body.docNo, docDate: body.docDate, title: body.title },
    });
    return getCase(t, row.id);
  });
}
