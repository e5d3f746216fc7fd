// Sets (or replaces) the repayment plan of an acknowledged debt: dated instalments adding up to the outstanding damage.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { satang } from "../../shared/money";
import { recordAudit } from "../audit/index";
import { loadCase } from "./case-access";
import type { CaseDetail, PlanBody } from "./contracts";
import { replaceInstalments, selectInstalments, selectSteps, updateCase } from "./damage-cases.repository";
import { damageErrors } from "./damage-errors";
import { PLAN_STAGES, planRefusal, type Stage } from "./damage-rules";
import { getCase } from "./read-cases";

export async function setRepaymentPlan(deps: Deps, caseId: string, body: PlanBody): Promise<CaseDetail> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const row = await loadCase(t, caseId, "damage.write", { forUpdate: true, open: true });
    if (!PLAN_STAGES.includes(row.stage as Stage)) throw damageErrors.planStage(row.stage as Stage);
    const acknowledged = (await selectSteps(tx, row.id))
      .filter((s) => s.stage === "debt_acknowledgement")
      .at(-1);
    if (!acknowledged) throw damageErrors.planStage(row.stage as Stage);
    const outstanding = satang(row.amountSatang - row.recoveredSatang);
    const refusal = planRefusal(body.instalments, outstanding, acknowledged.stepOn);
    if (refusal) throw damageErrors.planRefused(refusal, outstanding);
    const before = await selectInstalments(tx, row.id);
    const now = deps.clock.now();
    await replaceInstalments(
      tx,
      row.id,
      body.instalments.map((i, n) => ({
        caseId: row.id,
        seq: n + 1,
        dueOn: i.dueOn,
        amountSatang: i.amountSatang,
        createdAt: now,
      })),
    );
    await updateCase(tx, row.id, { updatedAt: now });
    await recordAudit(t, {
      action: "damage_case.plan_set",
      entityType: "damage_case",
      entityId: row.id,
      areaCode: row.areaCode,
      before: before.length ? before.map((i) => ({ dueOn: i.dueOn, amountSatang: i.amountSatang })) : null,
      after: body.instalments,
    });
    return getCase(t, row.id);
  });
}
