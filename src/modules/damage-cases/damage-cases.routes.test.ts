import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import { buildDamageFixture, caseBody, type DamageFixture, VILLAGE } from "./damage-test-fixture";

let h: TestApp;
let f: DamageFixture;
const c: Record<string, Client> = {};

const count = async (table: string) =>
  (await rows<{ n: number }>(h.t.deps.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

function expectError(
  res: { statusCode: number; json(): { error: { code: string; message: string; messageEn: string } } },
  status: number,
  code: string,
) {
  const body = res.json();
  expect([res.statusCode, body.error.code]).toEqual([status, code]);
  expect(body.error.message).toMatch(/[ก-๙]/);
  expect(body.error.messageEn).toMatch(/[a-z]/i);
  return body.error;
}

beforeAll(async () => {
  h = await createTestApp();
  f = await buildDamageFixture(h.t.deps, "dmghttp");
  for (const name of ["district", "province", "outsider", "committee", "auditor"]) {
    c[name] = await h.login(`dmghttp.${name}`, "kaejon-test-password");
  }
});
afterAll(async () => h.close());

describe("damage cases over HTTP", () => {
  it("opens a case, walks its steps, posts recoveries to the ledger and exports the list", async () => {
    const opened = await c.district!.send(
      "POST",
      "/api/damage-cases",
      caseBody(f.fund.id, { amountSatang: 1_000_000 }),
    );
    expect(opened.statusCode).toBe(201);
    const id = opened.json().case.id as string;
    for (const [stage, stepOn] of [
      ["reported_to_district", "2024-06-02"],
      ["fact_finding", "2024-06-04"],
      ["debt_acknowledgement", "2024-06-06"],
    ]) {
      const res = await c.district!.send("POST", `/api/damage-cases/${id}/steps`, { stage, stepOn });
      expect(res.statusCode).toBe(200);
    }
    const plan = await c.district!.send("PUT", `/api/damage-cases/${id}/repayment-plan`, {
      instalments: [
        { dueOn: "2024-07-06", amountSatang: 600_000 },
        { dueOn: "2024-08-06", amountSatang: 400_000 },
      ],
    });
    expect(plan.json().instalments.map((i: { state: string }) => i.state)).toEqual(["due", "due"]);
    const recovered = await c.district!.send("POST", `/api/damage-cases/${id}/recoveries`, {
      amountSatang: 600_000,
      payer: "นางเหรัญญิก เงินหาย",
      into: { kind: "cash" },
    });
    expect(recovered.statusCode).toBe(200);
    expect(recovered.json().case).toMatchObject({ recoveredSatang: 600_000, outstandingSatang: 400_000 });
    const entryId = recovered.json().recoveries[0].journalEntryId as string;
    const [sums] = await rows<{ debit: number; credit: number }>(
      h.t.deps.db,
      sql`select sum(debit_satang)::int as debit, sum(credit_satang)::int as credit from journal_line where entry_id = ${entryId}`,
    );
    expect(sums).toEqual({ debit: 600_000, credit: 600_000 });
    expectError(
      await c.district!.send("POST", `/api/damage-cases/${id}/recoveries`, {
        amountSatang: 400_001,
        payer: "x",
        into: { kind: "cash" },
      }),
      422,
      "damage.recovery_above_outstanding",
    );
    const csv = await c.district!.get(`/api/damage-cases/export?format=csv&area=${VILLAGE}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("เหรัญญิกนำเงินกองทุนไปใช้ส่วนตัว");
    expect(csv.body).toContain(",10000.00,6000.00,4000.00,");
    const list = await c.auditor!.get(`/api/damage-cases?area=${VILLAGE}`);
    expect(list.json().items.map((x: { id: string }) => x.id)).toContain(id);
  });

  it("refuses bad input and impossible moves with Thai and English messages, writing nothing", async () => {
    const before = [await count("dmg_case"), await count("dmg_step"), await count("journal_entry")];
    expectError(
      await c.district!.send("POST", "/api/damage-cases", caseBody(f.fund.id, { caseType: "theft" })),
      400,
      "common.invalid_input",
    );
    expectError(
      await c.district!.send("POST", "/api/damage-cases", caseBody(f.fund.id, { amountSatang: -1 })),
      400,
      "common.invalid_input",
    );
    expect([await count("dmg_case"), await count("dmg_step"), await count("journal_entry")]).toEqual(before);
    const id = (await c.district!.send("POST", "/api/damage-cases", caseBody(f.fund.id))).json().case
      .id as string;
    const refused = expectError(
      await c.district!.send("POST", `/api/damage-cases/${id}/steps`, {
        stage: "civil_action",
        stepOn: "2024-06-10",
      }),
      422,
      "damage.stage_move_not_allowed",
    );
    expect(refused.message).toContain("รายงานอำเภอ");
    expectError(
      await c.district!.send("POST", `/api/damage-cases/${id}/recoveries`, {
        amountSatang: 0,
        payer: "x",
        into: { kind: "cash" },
      }),
      400,
      "common.invalid_input",
    );
    expectError(
      await c.district!.send("POST", `/api/damage-cases/${id}/close`, {
        closure: "written_off",
        note: "x",
        approvalRef: "1",
      }),
      422,
      "damage.closing_facts_not_established",
    );
  });

  it("answers 404 outside the area and 403 to roles without damage rights", async () => {
    const id = (await c.district!.send("POST", "/api/damage-cases", caseBody(f.fund.id))).json().case
      .id as string;
    expectError(await c.outsider!.get(`/api/damage-cases/${id}`), 404, "common.not_found");
    expectError(
      await c.outsider!.send("POST", `/api/damage-cases/${id}/recoveries`, {
        amountSatang: 1,
        payer: "x",
        into: { kind: "cash" },
      }),
      404,
      "common.not_found",
    );
    expectError(
      await c.outsider!.send("POST", "/api/damage-cases", caseBody(f.fund.id)),
      404,
      "common.not_found",
    );
    expectError(await c.committee!.get(`/api/damage-cases/${id}`), 403, "access.permission_damage_read");
    expectError(
      await c.auditor!.send("POST", `/api/damage-cases/${id}/steps`, {
        stage: "reported_to_district",
        stepOn: "2024-06-02",
      }),
      403,
      "access.permission_damage_write",
    );
    const unauthenticated = await h.app.inject({ method: "GET", url: `/api/damage-cases/${id}` });
    expect(unauthenticated.statusCode).toBe(401);
  });
});
