// Adds accounts of the fund's chart by role when the fund does not have them yet (idempotent, safe under concurrent calls), for modules that need an account the standard chart lacks.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { type AccountRole, type ChartAccount, chartAccountOf } from "./chart-of-accounts";
import { FUND, fundErrors } from "./fund-errors";
import { findFund, insertLedgerAccountsIfAbsent, selectLedgerAccounts } from "./funds.repository";

export interface EnsuredAccount {
  role: AccountRole;
  id: string;
  code: string;
  /** True when this call added the account to the chart. */
  created: boolean;
}

export interface EnsureFundAccountsInput {
  fundId: string;
  roles: readonly string[];
}

/**
 * Called inside the caller's transaction, after the caller has checked its own permission on the fund (the
 * damage-cases module with damage.write, for example): the accounts are bookkeeping the caller's write needs,
 * not a change anyone asks for. A fund outside the actor's area is "not found". The added accounts are
 * audited as `fund.accounts_added`. Only the funds module writes `ledger_account`.
 */
export async function ensureFundAccounts(
  deps: Deps,
  input: EnsureFundAccountsInput,
): Promise<Map<AccountRole, EnsuredAccount>> {
  const wanted: ChartAccount[] = [];
  for (const role of new Set(input.roles)) {
    const chart = chartAccountOf(role);
    if (!chart) throw fundErrors.accountRoleUnknown(role);
    wanted.push(chart);
  }
  return inTransaction(deps.db, (tx) => ensureIn({ ...deps, db: tx }, input.fundId, wanted));
}

async function ensureIn(
  deps: Deps,
  fundId: string,
  wanted: readonly ChartAccount[],
): Promise<Map<AccountRole, EnsuredAccount>> {
  const fund = await findFund(deps.db, fundId);
  if (!fund) throw outOfScope(FUND);
  assertInScope(deps.actor, fund.areaCode, FUND);

  const found = new Map<AccountRole, EnsuredAccount>();
  const collect = (accounts: Awaited<ReturnType<typeof selectLedgerAccounts>>, created: Set<string>) => {
    for (const a of accounts) {
      const chart = chartAccountOf(a.role);
      if (chart && wanted.includes(chart) && !found.has(chart.role)) {
        found.set(chart.role, { role: chart.role, id: a.id, code: a.code, created: created.has(a.id) });
      }
    }
  };
  const before = await selectLedgerAccounts(deps.db, fund.id);
  collect(before, new Set());
  const missing = wanted.filter((w) => !found.has(w.role));
  if (missing.length === 0) return found;

  for (const m of missing) {
    if (before.some((a) => a.code === m.code)) throw fundErrors.accountCodeTaken(m.code, m.nameTh, m.nameEn);
  }
  const now = deps.clock.now();
  // A concurrent call may insert the same role first: its row wins (the unique index on fund and role) and
  // this call reads it back below instead of failing.
  const created = await insertLedgerAccountsIfAbsent(
    deps.db,
    missing.map((m) => ({
      id: deps.ids.uuid(),
      fundId: fund.id,
      code: m.code,
      nameTh: m.nameTh,
      nameEn: m.nameEn,
      accountType: m.accountType,
      normalSide: m.normalSide,
      role: m.role,
      createdAt: now,
    })),
  );
  collect(await selectLedgerAccounts(deps.db, fund.id), created);
  for (const m of missing) {
    // Still missing: a concurrent transaction took the code for an account with another role.
    if (!found.has(m.role)) throw fundErrors.accountCodeTaken(m.code, m.nameTh, m.nameEn);
  }
  const added = missing.filter((m) => found.get(m.role)?.created);
  if (added.length > 0) {
    await recordAudit(deps, {
      action: "fund.accounts_added",
      entityType: "fund",
      entityId: fund.id,
      areaCode: fund.areaCode,
      after: { accounts: added.map((a) => ({ code: a.code, role: a.role, nameTh: a.nameTh })) },
    });
  }
  return found;
}
