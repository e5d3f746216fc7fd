// A person confirms a stage move the system evaluated: forward one stage when its criteria are met, or back on a relapse with a reason.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { loadCase, requireCaseWrite } from "./case-access";
import type { ConfirmStageBody } from "./case-contracts";
import { caseEvidence } from "./case-evaluate";
import { getCase } from "./case-reads";
import { recordStageChange } from "./case-stages";
import { assertOpen, toHistory } from "./case-write-helpers";
import { insertStageChanges, selectStageChanges, updateCase } from "./cases.repository";

export async function confirmStage(deps: Deps, caseId: string, body: ConfirmStageBody) {
  requireCaseWrite(deps);
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { row } = await loadCase(t, caseId, { forUpdate: true, permission: "poverty.write" });
    assertOpen(row);
    const changes = await selectStageChanges(tx, row.id);
    const evidence = await caseEvidence(t, row);
    const on = body.on ?? deps.clock.today();
    const history = recordStageChange(toHistory(changes), {
      to: body.to,
      on,
      confirmedBy: deps.actor.username,
      evaluation: evidence.evaluation,
      ...(body.reason ? { reason: body.reason } : {}),
    });
    const entry = history[history.length - 1]!;
    await insertStageChanges(tx, [
      {
        id: deps.ids.uuid(),
        caseId: row.id,
        seq: changes.length + 1,
        stage: entry.stage,
        on: entry.on,
        kind: entry.kind,
        confirmedBy: deps.actor.userId,
        confirmedByName: deps.actor.username,
        reason: entry.reason,
        evaluatedDataYear: entry.evaluatedDataYear,
        evaluation: evidence.evaluation.stages[row.stage as keyof typeof evidence.evaluation.stages],
        createdAt: deps.clock.now(),
      },
    ]);
    await updateCase(tx, row.id, { stage: entry.stage, updatedAt: deps.clock.now() });
    await recordAudit(t, {
      action: "poverty.stage_confirmed",
      entityType: "pov_case",
      entityId: row.id,
      areaCode: row.areaCode,
      before: { stage: row.stage },
      after: { stage: entry.stage, kind: entry.kind, on: entry.on, reason: entry.reason },
    });
  });
  return getCase(deps, caseId);
}
