// The livelihoods demo: the four organisations of อำเภอชุมแสง, a village plan at step 3 with evidence, one training.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { seedDemo } from "../demo/index";
import { listOrganisations } from "./read-organisations";
import { getPlan } from "./read-plans";
import { listTrainings } from "./read-trainings";
import { seedLivelihoodsDemo } from "./seed-livelihoods-demo";

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
  await seedDemo(t.deps, { funds: false });
});

afterAll(async () => {
  await t?.close();
});

describe("livelihoods demo", () => {
  it("seeds the organisations, a plan at step 3 with dated evidence and households, and a training", async () => {
    const seeded = await seedLivelihoodsDemo(t.deps);
    const plan = await getPlan(t.deps, seeded!.planId);
    expect([plan.areaCode, plan.step, plan.stepNumber, plan.fiscalYear]).toEqual([
      "60030103",
      "act",
      3,
      2567,
    ]);
    expect(plan.steps.map((s) => [s.step, s.startedOn, s.completedOn, s.evidenceCount])).toEqual([
      ["prepare", "2024-02-16", "2024-03-07", 1],
      ["plan", "2024-03-07", "2024-03-27", 1],
      ["act", "2024-03-27", null, 1],
      ["evaluate", null, null, 0],
      ["summarise", null, null, 0],
    ]);
    expect([plan.targetHouseholds, plan.modelHouseholds]).toEqual([5, 1]);
    const orgs = await listOrganisations(t.deps, { area: "6003", limit: 10 });
    expect(orgs.items.map((o) => o.kind).sort()).toEqual([
      "cd_volunteers",
      "community_council",
      "savings_network",
      "women_committee",
    ]);
    const trainings = await listTrainings(t.deps, { area: "60030103", limit: 10 });
    expect(trainings.items.map((x) => [x.heldOn, x.lecturers.length, x.participants.length])).toEqual([
      ["2024-05-06", 2, 4],
    ]);
  });
});
