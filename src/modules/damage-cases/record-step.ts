// Records the next procedure step of a damage case with its date and documents; impossible moves are refused with the allowed ones.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { loadCase } from "./case-access";
import { type CaseDetail, type StepBody, stepBodySchema } from "./contracts";
import { insertDocuments, insertStep, selectSteps, updateCase } from "./damage-cases.repository";
import { damageErrors } from "./damage-errors";
import { STAGE_MOVES, type Stage } from "./damage-rules";
import { getCase } from "./read-cases";

export async function recordStep(deps: Deps, caseId: string, input: StepBody): Promise<CaseDetail> {
  const body = stepBodySchema.parse(input);
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const row = await loadCase(t, caseId, "damage.write", { forUpdate: true, open: true });
    const from = row.stage as Stage;
    const allowed = STAGE_MOVES[from];
    if (!allowed.includes(body.stage)) throw damageErrors.moveNotAllowed(from, body.stage, allowed);
    if (body.stepOn > deps.clock.today()) throw damageErrors.dateInFuture("stepOn");
    const last = (await selectSteps(tx, row.id)).at(-1);
    if (last && body.stepOn < last.stepOn) throw damageErrors.dateBeforePrevious("stepOn", last.stepOn);
    const now = deps.clock.now();
    const stepId = deps.ids.uuid();
    await insertStep(tx, {
      id: stepId,
      caseId: row.id,
      stage: body.stage,
      stepOn: body.stepOn,
      note: body.note ?? null,
      actorId: deps.actor.userId,
      createdAt: now,
    });
    await insertDocuments(
      tx,
      body.documents.map((d) => ({
        id: deps.ids.uuid(),
        caseId: row.id,
        stepId,
        docNo: d.docNo,
        docDate: d.docDate,
        title: d.title,
        attachmentId: null,
        createdBy: deps.actor.userId,
        createdAt: now,
      })),
    );
    await updateCase(tx, row.id, { stage: body.stage, updatedAt: now });
    await recordAudit(t, {
      action: "damage_case.step_recorded",
      entityType: "damage_case",
      entityId: row.id,
      areaCode: row.areaCode,
      before: { stage: from },
      after: { stage: body.stage, stepOn: body.stepOn, documents: body.documents.map((d) => d.docNo) },
    });
    return getCase(t, row.id);
  });
}
