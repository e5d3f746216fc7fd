import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { AppError } from "../../shared/errors";
import { buildCentre, type CentreFixture, debt, officerOf } from "./centre-test-fixture";
import { householdDebtSummary } from "./household-debt-summary";
import { proposePlan } from "./propose-plan";
import { recordSurvey } from "./record-survey";

const VILLAGE = "40070931";
let t: TestDatabase;
let f: CentreFixture;
let far: Actor;
let agencyAccount: Actor;
let planId: string;

const as = (actor: Actor): Deps => ({ ...t.deps, actor });

beforeAll(async () => {
  t = await openTestDatabase();
  f = await buildCentre(t.deps, VILLAGE, "hdsum");
  far = await officerOf(t.deps, "hdsum.far", "subdistrict_worker", "550116");
  agencyAccount = await officerOf(t.deps, "hdsum.agency", "agency_officer", VILLAGE.slice(0, 6));
  // An older survey first: the summary must show the latest one.
  await recordSurvey(as(f.officer), f.centre.id, {
    householdId: f.householdId,
    surveyedOn: "2024-06-01",
    monthlyIncomeSatang: 2_000_000,
    monthlyExpensesSatang: 1_000_000,
    debts: [debt("old")],
  } as never);
  const s = await recordSurvey(as(f.officer), f.centre.id, {
    householdId: f.householdId,
    surveyedOn: "2024-06-10",
    monthlyIncomeSatang: 3_000_000,
    monthlyExpensesSatang: 1_000_000,
    debts: [
      debt("lender", { outstandingSatang: 1_500_000, arrearsSatang: 200_000 }),
      debt("shop", { creditorType: "shop", outstandingSatang: 500_000 }),
    ],
  } as never);
  planId = (await proposePlan(as(f.officer), f.centre.id, { surveyId: s.id, plannedOn: "2024-06-15" })).id;
});
afterAll(async () => t.close());

describe("a household's debt summary", () => {
  it("gives the latest survey's totals and the plans, only inside the reader's area", async () => {
    const summary = await householdDebtSummary(as(f.officer), f.householdId);
    expect(summary.latestSurvey).toMatchObject({
      surveyedOn: "2024-06-10",
      debts: 2,
      outstandingSatang: 2_000_000,
      arrearsSatang: 200_000,
      monthlyIncomeSatang: 3_000_000,
    });
    expect(summary.plans).toEqual([
      {
        id: planId,
        centreId: f.centre.id,
        centreName: "ศจก. hdsum",
        status: "planned",
        plannedOn: "2024-06-15",
        executedOn: null,
        debtFreeOn: null,
      },
    ]);
    const outside = await householdDebtSummary(as(far), f.householdId);
    expect([outside.latestSurvey, outside.plans]).toEqual([null, []]);
    const refused = await householdDebtSummary(as(agencyAccount), f.householdId).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).kind).toBe("forbidden");
    const none = await householdDebtSummary(as(f.officer), "01900000-0000-7000-8000-000000000000");
    expect([none.latestSurvey, none.plans]).toEqual([null, []]);
  });
});
