// The demo seed with funds: what `npm start` shows on a fresh machine must be consistent money.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import { listCommitteeSets, listFunds } from "../funds/index";
import { fundPosition } from "../ledger/index";
import { seedDemo } from "./index";

describe("demo seed with funds", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
    t.clock.set("2026-11-24T03:00:00Z");
    const summary = await seedDemo(t.deps, { funds: true });
    expect(summary.seeded).toBe(true);
  }, 300_000);
  afterAll(async () => t?.close());

  it("creates the กข.คจ. fund of บ้านดอกกระเจียว with a current committee and its capital in the bank", async () => {
    const funds = await listFunds(t.deps, { area: "40070908", limit: 10 });
    const kkj = funds.items.find((f) => f.fundType === "kkj");
    expect(kkj?.name).toBe("กองทุน กข.คจ. บ้านดอกกระเจียว");
    expect(kkj?.originalCapitalSatang).toBe(28_000_000);
    const sets = await listCommitteeSets(t.deps, kkj!.id);
    const current = sets.items.find((s) => s.isCurrent);
    expect(current?.members.map((m) => m.position).sort()).toEqual(
      ["chair", "finance", "member", "member", "member", "member", "secretary"].sort(),
    );
    const position = await fundPosition(t.deps.db, kkj!.id);
    expect(position.capitalSatang).toBe(28_000_000);
    // Capital = bank + cash + loans receivable + other assets − liabilities.
    expect(
      position.bankSatang +
        position.cashSatang +
        position.loansReceivableSatang +
        position.otherAssetsSatang -
        position.liabilitiesSatang,
    ).toBe(position.capitalSatang + position.incomeSatang - position.expenseSatang);
  });

  it("walks four borrowing rounds through the กข.คจ. workflow: one repaid, one overdue after the harvest", async () => {
    const loans = await rows<{ status: string; principal: number; outstanding: number; repayments: number }>(
      t.deps.db,
      sql`select l.status, l.principal_satang as principal, l.outstanding_principal_satang as outstanding,
            (select count(*)::int from loan_repayment r where r.loan_id = l.id) as repayments
          from loan l join fund f on f.id = l.fund_id
          where f.area_code = '40070908' and f.fund_type = 'kkj' order by l.contracted_on`,
    );
    expect(loans.map((l) => l.status)).toEqual(["closed", "active", "active", "active"]);
    expect(loans[0]).toMatchObject({ outstanding: 0, repayments: 6 });
    expect(loans[2]).toMatchObject({ outstanding: 1_000_000, repayments: 0 });
    const kkj = (await listFunds(t.deps, { area: "40070908", limit: 10 })).items.find(
      (f) => f.fundType === "kkj",
    )!;
    const position = await fundPosition(t.deps.db, kkj.id);
    const outstanding = loans.reduce((n, l) => n + l.outstanding, 0);
    // The journal's loans receivable is the sum of what the loans say is outstanding, and nothing was lost.
    expect(position.loansReceivableSatang).toBe(outstanding);
    // Other demo data posts income (a damage recovery) and expenses (welfare) to the fund too.
    expect(position.bankSatang + position.cashSatang + position.loansReceivableSatang).toBe(
      28_000_000 + position.incomeSatang - position.expenseSatang,
    );
    const steps = await rows<{ proposals: number; contracts: number; vouchers: number; handovers: number }>(
      t.deps.db,
      sql`select (select count(*)::int from kkj_proposal) as proposals,
                 (select count(*)::int from kkj_contract) as contracts,
                 (select count(*)::int from kkj_voucher where status = 'paid') as vouchers,
                 (select count(*)::int from kkj_handover) as handovers`,
    );
    expect(steps[0]).toEqual({ proposals: 4, contracts: 4, vouchers: 4, handovers: 1 });
  });

  it("is idempotent: a second seed adds nothing", { timeout: 120_000 }, async () => {
    const again = await seedDemo(t.deps, { funds: true });
    expect(again.seeded).toBe(false);
    const funds = await listFunds(t.deps, { area: "40070908", limit: 10 });
    expect(funds.items.filter((f) => f.fundType === "kkj")).toHaveLength(1);
  });
});
