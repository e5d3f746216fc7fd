// The demo visits: two visits to the demo กข.คจ. fund, one follow-up done, one overdue for the tambon worker.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { listUsers } from "../access/index";
import { seedDemo } from "../demo/index";
import { createFund } from "../funds/index";
import { listFollowUps, listVisits } from "./read-visits";
import { seedMonitoringDemo } from "./seed-monitoring-demo";

let t: TestDatabase;
let users: Map<string, { id: string; scopeCode: string }>;

beforeAll(async () => {
  t = await openTestDatabase();
  await seedDemo(t.deps, { funds: false });
  await createFund(t.deps, {
    areaCode: "40070908",
    fundType: "kkj",
    name: "กองทุน กข.คจ. บ้านดอกกระเจียว",
    startedOn: "1994-09-01",
    originalCapitalSatang: 28_000_000,
    parameters: {},
    isModel: true,
    isLearningCentre: true,
  });
  const page = await listUsers(t.deps, { limit: 100 });
  users = new Map(page.items.map((u) => [u.username, { id: u.id, scopeCode: u.scopeCode }]));
});

afterAll(async () => {
  await t?.close();
});

describe("monitoring demo", () => {
  it("seeds two fund visits whose follow-ups show as done, overdue and open as of the seeding day", async () => {
    expect(await seedMonitoringDemo(t.deps, users)).toEqual({ visits: 2 });
    const visits = await listVisits(t.deps, { limit: 10 });
    expect(visits.items.map((v) => v.visitedOn)).toEqual(["2024-06-05", "2024-03-27"]);
    expect(visits.items.map((v) => [v.followUpsOpen, v.followUpsOverdue, v.followUpsDone])).toEqual([
      [2, 0, 0],
      [1, 1, 1],
    ]);
    const worker = t.as({
      kind: "user",
      userId: users.get("worker.saimun")!.id,
      username: "worker.saimun",
      role: "subdistrict_worker",
      scopeCode: "400709",
      householdId: null,
    });
    const overdue = await listFollowUps(worker, { scope: "mine", overdue: "true", limit: 10 });
    expect(overdue.items.map((f) => [f.dueOn, f.daysOverdue])).toEqual([["2024-05-26", 20]]);
    const open = await listFollowUps(worker, { scope: "mine", overdue: "false", limit: 10 });
    expect(open.items).toHaveLength(2);
  });
});
