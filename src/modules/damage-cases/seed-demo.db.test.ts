import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import { SYSTEM_ACTOR } from "../../shared/actor";
import type { Role } from "../../shared/roles";
import { createUser } from "../access/index";
import { listComplaints, seedDemoComplaints, trackComplaint } from "../complaints/index";
import { createFund } from "../funds/index";
import { createVillage, findArea } from "../geography/index";
import { createHousehold } from "../households/index";
import { listCases } from "./read-cases";
import { seedDemoDamageCases } from "./seed-demo-damage-cases";

let t: TestDatabase;
const users = new Map<string, { id: string; scopeCode: string }>();
let fundId: string;

beforeAll(async () => {
  t = await openTestDatabase();
  if (!(await findArea(t.deps.db, "40070908"))) {
    await createVillage(t.deps, "400709", { villageNo: 8, nameTh: "บ้านดอกกระเจียว" });
  }
  const accounts: Array<[string, Role, string]> = [
    ["household.demo", "household_member", "40070908"],
    ["district.namphong", "district_officer", "4007"],
    ["worker.saimun", "subdistrict_worker", "400709"],
  ];
  const household = await createHousehold(t.deps, {
    villageCode: "40070908",
    houseNo: "seed-1",
    members: [{ relation: "head", title: "นาง", firstName: "สมศรี", lastName: "ใจงาม" }],
  });
  for (const [username, role, scopeCode] of accounts) {
    const u = await createUser(t.deps, {
      username,
      displayName: username,
      role,
      scopeCode,
      password: "kaejon-test-password",
      ...(role === "household_member" ? { householdId: household.id } : {}),
    });
    users.set(username, { id: u.id, scopeCode });
  }
  fundId = (
    await createFund(t.deps, {
      areaCode: "40070908",
      fundType: "kkj",
      name: "กองทุน กข.คจ. บ้านดอกกระเจียว",
      startedOn: "1994-09-01",
      parameters: {},
      isModel: false,
      isLearningCentre: false,
    })
  ).id;
  await seedDemoComplaints(t.deps, users, fundId);
  await seedDemoDamageCases(t.deps, users, fundId);
});
afterAll(async () => t?.close());

describe("demo seeding", () => {
  it("files two complaints about the demo fund, one anonymous and overdue, one named with a public reply", async () => {
    const list = await listComplaints({ ...t.deps, actor: SYSTEM_ACTOR }, { limit: 10 });
    expect(list.items.map((c) => [c.anonymous, c.status, c.overdue])).toEqual([
      [true, "received", true],
      [false, "replied", false],
    ]);
    expect(list.items[0]!.complainant).toBeNull();
    const named = list.items[1]!;
    const tracked = await trackComplaint(t.deps, { referenceNo: named.referenceNo, phoneLast4: "5678" });
    expect(tracked.replies).toHaveLength(1);
  });

  it("opens one damage case with a plan and two recoveries that reconcile with the fund's journal", async () => {
    const [c] = (await listCases({ ...t.deps, actor: SYSTEM_ACTOR }, { limit: 10 })).items;
    expect(c).toMatchObject({
      amountSatang: 2_500_000,
      recoveredSatang: 1_000_000,
      stage: "recovery",
      status: "open",
    });
    const [ledger] = await rows<{ credit: number; entries: number }>(
      t.deps.db,
      sql`select sum(l.credit_satang)::int as credit, count(distinct e.id)::int as entries
          from journal_line l join journal_entry e on e.id = l.entry_id join ledger_account a on a.id = l.account_id
          where e.source_type = 'damage_case' and e.source_id = ${c!.id} and a.role = 'damage_recovery'`,
    );
    expect(ledger).toEqual({ credit: 1_000_000, entries: 2 });
  });
});
