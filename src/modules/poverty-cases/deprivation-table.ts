// Reads and replaces the deprivation table (dimensions, indicators, thresholds by data year); the built-in TPMAP defaults apply until a central administrator saves one.

import type { Executor } from "../../platform/database";
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { requirePermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import {
  DEFAULT_DEPRIVATION_CONFIGS,
  type DeprivationConfig,
  parseDeprivationConfigs,
} from "./deprivation-config";
import type { DeprivationTableView } from "./targets.contracts";
import { replaceDeprivationTable, selectDeprivationTable } from "./targets.repository";

/** The saved table, or the defaults (deprivation-config.ts) while none is saved. */
export async function loadDeprivationConfigs(
  db: Executor,
): Promise<{ configs: readonly DeprivationConfig[]; isDefault: boolean; updatedAt: Date | null }> {
  const saved = await selectDeprivationTable(db);
  if (saved) return { configs: saved.configs, isDefault: false, updatedAt: saved.updatedAt };
  return { configs: DEFAULT_DEPRIVATION_CONFIGS, isDefault: true, updatedAt: null };
}

function view(t: Awaited<ReturnType<typeof loadDeprivationConfigs>>): DeprivationTableView {
  return {
    isDefault: t.isDefault,
    updatedAt: t.updatedAt ? t.updatedAt.toISOString() : null,
    versions: t.configs.map((c) => ({ ...c, indicators: [...c.indicators] })),
  };
}

export async function getDeprivationTable(deps: Deps): Promise<DeprivationTableView> {
  requirePermission(deps.actor, "households.read");
  return view(await loadDeprivationConfigs(deps.db));
}

/**
 * Replaces the whole table with validated versions (parseDeprivationConfigs names every bad field); only
 * central administrators (`parameters.write`). Audited with the table before and after.
 */
export async function setDeprivationTable(
  deps: Deps,
  input: { versions: unknown[] },
): Promise<DeprivationTableView> {
  requirePermission(deps.actor, "parameters.write");
  const configs = parseDeprivationConfigs(input.versions);
  return inTransaction(deps.db, async (tx) => {
    const txDeps = { ...deps, db: tx };
    const before = await loadDeprivationConfigs(tx);
    await replaceDeprivationTable(tx, configs, {
      ids: () => deps.ids.uuid(),
      userId: deps.actor.userId,
      at: deps.clock.now(),
    });
    await recordAudit(txDeps, {
      action: "poverty.deprivation_table.set",
      entityType: "deprivation_table",
      entityId: null,
      areaCode: null,
      before: { isDefault: before.isDefault, versions: before.configs },
      after: { versions: configs },
    });
    return view(await loadDeprivationConfigs(tx));
  });
}

/** Writes the defaults as the saved table when none is saved yet (the demo's first start). */
export async function seedDeprivationDefaults(deps: Deps): Promise<boolean> {
  const current = await loadDeprivationConfigs(deps.db);
  if (!current.isDefault) return false;
  await setDeprivationTable(deps, { versions: DEFAULT_DEPRIVATION_CONFIGS.map((c) => ({ ...c })) });
  return true;
}
