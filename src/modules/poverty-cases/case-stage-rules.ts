// A province's stage rules (criteria per stage, whether graduation requires current loans): read with defaults, and set.

import type { Executor } from "../../platform/database";
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assertProvinceAccess } from "./case-access";
import { DEFAULT_STAGE_RULES, parseStageRules, type StageRules } from "./case-stages";
import { findStageRules, upsertStageRules } from "./cases.repository";

/** The rules in force in a province: its own row, else the defaults. */
export async function stageRulesOf(db: Executor, province: string): Promise<StageRules> {
  const stored = await findStageRules(db, province);
  return stored ? parseStageRules(stored) : DEFAULT_STAGE_RULES;
}

export async function setStageRules(deps: Deps, province: string, input: unknown): Promise<StageRules> {
  assertProvinceAccess(deps, province, "poverty.configure");
  const rules = parseStageRules(input);
  return inTransaction(deps.db, async (tx) => {
    const before = await findStageRules(tx, province);
    await upsertStageRules(
      tx,
      province,
      rules as unknown as Record<string, unknown>,
      deps.actor.userId,
      deps.clock.now(),
    );
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "poverty.stage_rules_set",
        entityType: "pov_stage_rules",
        entityId: province,
        areaCode: province,
        before,
        after: rules,
      },
    );
    return rules;
  });
}
