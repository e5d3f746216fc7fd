// The demo seed with funds: what `npm start` shows on a fresh machine must be consistent money.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
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
  });
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

  it("is idempotent: a second seed adds nothing", async () => {
    const again = await seedDemo(t.deps, { funds: true });
    expect(again.seeded).toBe(false);
    const funds = await listFunds(t.deps, { area: "40070908", limit: 10 });
    expect(funds.items.filter((f) => f.fundType === "kkj")).toHaveLength(1);
  });
});
