// The demo debt centres as `npm start` shows them: built through the use cases, consistent with the ledger.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import { seedDemo } from "../demo/index";
import { fundPosition } from "../ledger/index";
import { printCertificate } from "./print-certificate";
import { areaCounts, listCentres, listPlans } from "./read-centres";
import { listDebtFree, listWelfare } from "./read-welfare";

describe("demo debt centres", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
    t.clock.set("2026-11-24T03:00:00Z");
    await seedDemo(t.deps, { funds: true });
  }, 300_000);
  afterAll(async () => t?.close());

  it("seeds บ้านดอกกระเจียว with funds, outside funds, surveys, an approved and a proposed plan and welfare", async () => {
    const [centre] = (await listCentres(t.deps, { area: "40070908", limit: 5 })).items;
    expect(centre?.name).toBe("ศูนย์จัดการกองทุนชุมชนบ้านดอกกระเจียว");
    const plans = await listPlans(t.deps, centre!.id, { limit: 10 });
    expect(plans.items.map((p) => p.status).sort()).toEqual(["approved", "planned"]);
    const approved = plans.items.find((p) => p.status === "approved")!;
    const stored = approved.plan as { debts: { creditorType: string; decision: string }[] };
    expect(stored.debts.map((d) => [d.creditorType, d.decision])).toEqual([
      ["money_lender", "refinance"],
      ["shop", "refinance"],
      ["baac", "keep_low_rate"],
    ]);
    const welfare = await listWelfare(t.deps, centre!.id, { limit: 10 });
    expect(welfare.items.map((w) => [w.welfareType, w.status, w.amountSatang])).toEqual([
      ["death", "paid", 300_000],
      ["illness", "requested", 150_000],
    ]);
    // The village fund: 200,000 baht drawn as cash, 3,000 paid as welfare.
    const paid = welfare.items[0]!;
    expect((await fundPosition(t.deps.db, paid.fundId)).cashSatang).toBe(20_000_000 - 300_000);
    const [members] = await rows<{ kaejon: number; outside: number }>(
      t.deps.db,
      sql`select count(*) filter (where fund_id is not null)::int as kaejon, count(*) filter (where fund_id is null)::int as outside
          from debt_centre_member_fund where centre_id = ${centre!.id}`,
    );
    expect(members).toEqual({ kaejon: 3, outside: 2 });
  });

  it("seeds บ้านเชียงยืน with a household made debt-free whose certificate prints", async () => {
    const [centre] = (await listCentres(t.deps, { area: "55011604", limit: 5 })).items;
    const free = await listDebtFree(t.deps, centre!.id, { limit: 5 });
    expect(free.items).toHaveLength(1);
    expect(free.items[0]).toMatchObject({
      status: "relapse_watch",
      debtFreeOn: "2026-11-09",
      relapseFlags: 0,
    });
    const doc = await printCertificate(t.deps, centre!.id, free.items[0]!.planId);
    expect(doc.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const nan = await areaCounts(t.deps, "55");
    expect(nan).toMatchObject({
      centres: 1,
      surveyedHouseholds: 1,
      debtFreeHouseholds: 1,
      relapsedHouseholds: 0,
    });
  });
});
