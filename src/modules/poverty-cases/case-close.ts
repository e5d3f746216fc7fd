// Closes a case with a reason (graduated, moved, died, merged, other); graduation needs the last stage met and, when the province says so, current loans.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { invalidInput } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { CASE, isUuid, loadCase, requireCaseWrite } from "./case-access";
import type { CloseCaseBody } from "./case-contracts";
import { caseEvidence } from "./case-evaluate";
import { getCase } from "./case-reads";
import { assertClosing } from "./case-stages";
import { assertOpen, toHistory } from "./case-write-helpers";
import { findCase, selectStageChanges, updateCase } from "./cases.repository";

export async function closeCase(deps: Deps, caseId: string, body: CloseCaseBody) {
  requireCaseWrite(deps);
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { row } = await loadCase(t, caseId, { forUpdate: true, permission: "poverty.write" });
    assertOpen(row);
    const on = body.on ?? deps.clock.today();
    if (on > deps.clock.today()) {
      throw invalidInput(
        "poverty.invalid_closing",
        { th: "on: เป็นวันในอนาคต", en: "on: is in the future" },
        { field: "on" },
      );
    }
    const evidence = await caseEvidence(t, row);
    assertClosing(
      { reason: body.reason, on, note: body.note, mergedIntoCaseId: body.mergedIntoCaseId },
      {
        history: toHistory(await selectStageChanges(tx, row.id)),
        evaluation: evidence.evaluation,
        loanClasses: evidence.loanClasses,
        rules: evidence.rules,
      },
    );
    if (body.reason === "merged") {
      const other = isUuid(body.mergedIntoCaseId ?? "")
        ? await findCase(tx, body.mergedIntoCaseId!)
        : undefined;
      if (!other || other.id === row.id || !other.areaCode.startsWith(deps.actor.scopeCode))
        throw outOfScope(CASE);
    }
    const patch = {
      status: "closed",
      closedOn: on,
      closingReason: body.reason,
      closingNote: body.note?.trim() || null,
      mergedIntoCaseId: body.reason === "merged" ? body.mergedIntoCaseId! : null,
      updatedAt: deps.clock.now(),
    };
    await updateCase(tx, row.id, patch);
    await recordAudit(t, {
      action: "poverty.case_closed",
      entityType: "pov_case",
      entityId: row.id,
      areaCode: row.areaCode,
      before: { status: row.status },
      after: { ...patch, updatedAt: undefined },
    });
  });
  return getCase(deps, caseId);
}
