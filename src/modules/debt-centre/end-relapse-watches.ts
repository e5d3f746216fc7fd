// Ends the relapse watches whose period is over (the daily job's step): the plan goes relapse_watch → debt_free for good.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, requirePermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { statusChange } from "./centre-views";
import { insertStatusChanges, lockPlan, type PlanRow, updatePlan } from "./debt-centre.repository";
import { selectExpiredWatches } from "./debt-welfare.repository";
import { assertTransition } from "./plan-status";

const AREA = { th: "พื้นที่", en: "Area" };

/** Moves one plan out of its watch (inside the caller's transaction); `on` is the business date of the move. */
export async function closeWatch(
  t: Deps,
  plan: Pick<PlanRow, "id" | "areaCode">,
  watchEndsOn: string,
  on: string,
): Promise<void> {
  assertTransition("relapse_watch", "debt_free");
  await updatePlan(t.db, plan.id, { status: "debt_free", updatedAt: t.clock.now() });
  await insertStatusChanges(t.db, [
    statusChange(
      t,
      plan.id,
      "relapse_watch",
      "debt_free",
      on,
      `สิ้นสุดการเฝ้าระวัง ${watchEndsOn} ไม่กลับมาเป็นหนี้ซ้ำ`,
    ),
  ]);
  await recordAudit(t, {
    action: "debt_plan.watch_ended",
    entityType: "debt_plan",
    entityId: plan.id,
    areaCode: plan.areaCode,
    before: { status: "relapse_watch" },
    after: { status: "debt_free", watchEndsOn },
  });
}

/** Every watch in the area that ended before `today` (default: the clock's); returns the plans moved. */
export async function endRelapseWatches(
  deps: Deps,
  input: { today?: string | undefined; area?: string | undefined } = {},
): Promise<{ ended: string[] }> {
  requirePermission(deps.actor, "funds.write");
  const area = input.area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, area, AREA);
  const today = input.today ?? deps.clock.today();
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const ended: string[] = [];
    for (const watch of await selectExpiredWatches(tx, { areaPrefix: area, today })) {
      // Locked and re-read: a survey flagging a relapse at the same moment wins or waits.
      const plan = await lockPlan(tx, watch.planId);
      if (plan?.status !== "relapse_watch") continue;
      await closeWatch(t, plan, watch.watchEndsOn, today);
      ended.push(plan.id);
    }
    return { ended };
  });
}
