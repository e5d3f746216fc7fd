// Closes a damage case: fully recovered, written off with a provincial approval, or on the outcome of legal action.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { hasPermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { loadCase } from "./case-access";
import type { CaseDetail, CloseBody } from "./contracts";
import { selectSteps, updateCase } from "./damage-cases.repository";
import { damageErrors } from "./damage-errors";
import { closingRefusal, type Stage } from "./damage-rules";
import { getCase } from "./read-cases";

export async function closeCase(deps: Deps, caseId: string, body: CloseBody): Promise<CaseDetail> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const row = await loadCase(t, caseId, "damage.write", { forUpdate: true, open: true });
    const visited = (await selectSteps(tx, row.id)).map((s) => s.stage as Stage);
    const outstanding = row.amountSatang - row.recoveredSatang;
    const refusal = closingRefusal(body.closure, {
      outstandingSatang: outstanding,
      visited,
      mayApprove: hasPermission(deps.actor, "damage.approve"),
      approvalRef: body.approvalRef,
    });
    if (refusal) throw damageErrors.closingRefused(refusal);
    const writtenOff = body.closure === "written_off";
    const today = deps.clock.today();
    await updateCase(tx, row.id, {
      status: "closed",
      closure: body.closure,
      closedOn: today,
      closingNote: body.note,
      writeOffApprovedBy: writtenOff ? deps.actor.userId : null,
      writeOffApprovalRef: writtenOff ? (body.approvalRef ?? null) : null,
      updatedAt: deps.clock.now(),
    });
    await recordAudit(t, {
      action: "damage_case.closed",
      entityType: "damage_case",
      entityId: row.id,
      areaCode: row.areaCode,
      before: { status: "open", stage: row.stage, outstandingSatang: outstanding },
      after: {
        status: "closed",
        closure: body.closure,
        closedOn: today,
        ...(writtenOff ? { writtenOffSatang: outstanding, approvalRef: body.approvalRef } : {}),
      },
    });
    return getCase(t, row.id);
  });
}
