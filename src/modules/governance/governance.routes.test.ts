// Governance over HTTP (demo accounts, fixture funds seeded by the demo seeding function): the funds-at-risk list and a fund's risk, assessments and reconciliations, exports, validation, roles and scope.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { fixedClock } from "../../platform/clock";
import { rows } from "../../platform/database";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { runDailyJob } from "../health/index";
import { buildGovFund, move } from "./governance-test-fixture";
import { seedGovernanceDemo } from "./seed-governance-demo";

let h: TestApp;
let demoFundId: string;
let otherProvinceFundId: string;
const c = {} as Record<
  "district" | "worker" | "committee" | "finance" | "province" | "admin" | "household",
  Client
>;
const D = "2024-06-15";
const PASSWORD = "kaejon-test-password";

beforeAll(async () => {
  h = await createTestApp();
  const deps = h.t.deps;
  h.t.clock.set("2023-09-01T03:00:00Z");
  const fund = await buildGovFund(deps, { villageCode: "40070991", prefix: "gd", termStart: "2023-01-01" });
  await move(deps, fund, "2023-09-01", "bank", "capital", 28_000_000);
  demoFundId = fund.fund.id;
  h.t.clock.set(`${D}T03:00:00Z`);
  const other = await buildGovFund(deps, { villageCode: "50010171", prefix: "rg", termStart: "2023-01-01" });
  otherProvinceFundId = other.fund.id;
  await runDailyJob(deps, { businessDate: D });
  // The demo seeding function, on this fund shaped like the demo's.
  const users = new Map(
    (
      await rows<{ username: string; id: string; scopeCode: string }>(
        deps.db,
        sql`SELECT username, id::text AS id, scope_code AS "scopeCode" FROM app_user`,
      )
    ).map((u) => [u.username, { id: u.id, scopeCode: u.scopeCode }]),
  );
  await seedGovernanceDemo(
    deps,
    {
      fund: { id: fund.fund.id },
      today: D,
      at: (on, seat) => ({
        ...deps,
        clock: fixedClock(`${on}T05:00:00Z`),
        actor: seat && seat !== "system" ? fund.seats[seat] : SYSTEM_ACTOR,
      }),
    },
    users,
  );
  c.district = await h.login("district.namphong");
  c.worker = await h.login("worker.saimun");
  c.committee = await h.login("gd.chair", PASSWORD);
  c.finance = await h.login("gd.finance", PASSWORD);
  c.province = await h.login("province.khonkaen");
  c.admin = await h.login("admin");
  c.household = await h.login("household.demo");
}, 300_000);

afterAll(async () => {
  await h?.close();
});

describe("risk", () => {
  it("lists the district's funds by score with every factor explained", async () => {
    const res = await c.district.get("/api/risk/funds");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.asOf).toBe("2024-06-15");
    const demo = body.items.find((i: { fundId: string }) => i.fundId === demoFundId);
    expect(demo.factors).toHaveLength(10);
    for (const f of demo.factors) {
      expect(f.explanationTh).toMatch(/[\u0E00-\u0E7F]/);
      expect(f.explanationEn).toMatch(/[a-z]/);
    }
    expect(demo.score).toBe(demo.factors.reduce((n: number, f: { points: number }) => n + f.points, 0));
    // The demo's reconciliation (last fiscal year's end) is seen by the day's score.
    const rec = demo.factors.find((f: { key: string }) => f.key === "reconciliation_age");
    expect(rec.facts.lastStatementDate).toBe("2023-09-30");
    const scores = body.items.map((i: { score: number }) => i.score);
    expect(scores).toEqual([...scores].sort((x: number, y: number) => y - x));
  });

  it("shows one fund's risk with history; outside the area it is not found", async () => {
    const res = await c.worker.get(`/api/funds/${demoFundId}/risk`);
    expect(res.statusCode).toBe(200);
    expect(res.json().history[0].asOf).toBe("2024-06-15");
    const far = await c.district.get(`/api/funds/${otherProvinceFundId}/risk`);
    expect(far.statusCode).toBe(404);
    expect(far.json().error.message).toMatch(/ไม่พบ/);
    const area = await c.district.get("/api/risk/funds?area=50");
    expect(area.statusCode).toBe(404);
  });

  it("validates the list query and answers 403 to a household member", async () => {
    const bad = await c.district.get("/api/risk/funds?band=severe");
    expect(bad.statusCode).toBe(400);
    expect((await c.district.get("/api/risk/funds?area=4x")).statusCode).toBe(400);
    expect((await c.district.get("/api/risk/funds?cursor=zzz")).json().error.code).toBe(
      "common.cursor_invalid",
    );
    expect((await c.household.get("/api/risk/funds")).statusCode).toBe(403);
  });

  it("exports the list as CSV and XLSX", async () => {
    const csv = await c.district.get("/api/risk/funds/export?format=csv");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    expect(csv.body).toContain("คะแนนความเสี่ยง");
    const xlsx = await c.district.get("/api/risk/funds/export?format=xlsx&lang=en&atRisk=true");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });
});

describe("assessments", () => {
  it("lists the demo's submitted assessment of last fiscal year", async () => {
    const res = await c.province.get("/api/governance/assessments?fiscalYear=2566");
    expect(res.statusCode).toBe(200);
    const [a] = res.json().items;
    expect(a).toMatchObject({ fundId: demoFundId, status: "submitted", fiscalYear: 2566 });
    const one = await c.committee.get(`/api/governance/assessments/${a.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().items).toHaveLength(9);
    const csv = await c.province.get("/api/governance/assessments/export?format=csv&fiscalYear=2566");
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("คะแนนเต็ม");
  });

  it("runs draft → items → submit for an officer, with validation and role errors", async () => {
    const bad = await c.district.send("POST", "/api/governance/assessments", {
      fundId: demoFundId,
      fiscalYear: "2567",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBeTruthy();
    const extra = await c.district.send("POST", "/api/governance/assessments", {
      fundId: demoFundId,
      fiscalYear: 2567,
      score: 100,
    });
    expect(extra.statusCode).toBe(400);
    const committee = await c.committee.send("POST", "/api/governance/assessments", {
      fundId: demoFundId,
      fiscalYear: 2567,
    });
    expect(committee.statusCode).toBe(403);
    expect(committee.json().error.code).toBe("gov.assessor_required");
    const far = await c.district.send("POST", "/api/governance/assessments", {
      fundId: otherProvinceFundId,
      fiscalYear: 2567,
    });
    expect(far.statusCode).toBe(404);

    const created = await c.worker.send("POST", "/api/governance/assessments", {
      fundId: demoFundId,
      fiscalYear: 2567,
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft.status).toBe("draft");
    const again = await c.district.send("POST", "/api/governance/assessments", {
      fundId: demoFundId,
      fiscalYear: 2567,
    });
    expect(again.statusCode).toBe(409);
    const early = await c.worker.send("POST", `/api/governance/assessments/${draft.id}/submit`);
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe("gov.items_pending");
    const badResult = await c.worker.send(
      "PUT",
      `/api/governance/assessments/${draft.id}/items/accounts_disclosed`,
      {
        result: "excellent",
      },
    );
    expect(badResult.statusCode).toBe(400);
    let last = draft;
    for (const item of draft.items.filter((i: { result: string }) => i.result === "pending")) {
      const res = await c.worker.send("PUT", `/api/governance/assessments/${draft.id}/items/${item.key}`, {
        result: "met",
        note: "ตรวจเอกสารแล้ว",
      });
      expect(res.statusCode).toBe(200);
      last = res.json();
    }
    expect(last.items.every((i: { result: string }) => i.result !== "pending")).toBe(true);
    const refreshed = await c.worker.send("POST", `/api/governance/assessments/${draft.id}/refresh`);
    expect(refreshed.statusCode).toBe(200);
    const submitted = await c.worker.send("POST", `/api/governance/assessments/${draft.id}/submit`);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: "submitted", score: last.score, level: last.level });
    const locked = await c.worker.send(
      "PUT",
      `/api/governance/assessments/${draft.id}/items/accounts_disclosed`,
      {
        note: "แก้ไข",
      },
    );
    expect(locked.statusCode).toBe(422);
    expect((await c.district.get("/api/governance/assessments/not-a-uuid")).statusCode).toBe(400);
  });
});

describe("bank reconciliations", () => {
  it("records one for the finance member and lists it; refuses bad input", async () => {
    const book = await c.finance.get(`/api/governance/funds/${demoFundId}/bank-reconciliations`);
    expect(book.statusCode).toBe(200);
    expect(book.json().items[0].statementDate).toBe("2023-09-30");
    const noNote = await c.finance.send("POST", `/api/governance/funds/${demoFundId}/bank-reconciliations`, {
      statementDate: "2024-06-14",
      statementBalanceSatang: 1,
    });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.code).toBe("gov.difference_needs_note");
    const fraction = await c.finance.send(
      "POST",
      `/api/governance/funds/${demoFundId}/bank-reconciliations`,
      {
        statementDate: "2024-06-14",
        statementBalanceSatang: 1.5,
      },
    );
    expect(fraction.statusCode).toBe(400);
    const badDate = await c.finance.send("POST", `/api/governance/funds/${demoFundId}/bank-reconciliations`, {
      statementDate: "14/06/2567",
      statementBalanceSatang: 1,
    });
    expect(badDate.statusCode).toBe(400);
    const ok = await c.finance.send("POST", `/api/governance/funds/${demoFundId}/bank-reconciliations`, {
      statementDate: "2024-06-14",
      statementBalanceSatang: 1,
      note: "ยอดตามสมุดบัญชีธนาคารยังไม่ปรับปรุง",
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().differenceSatang).toBe(1 - ok.json().bookBalanceSatang);
    const household = await c.household.send(
      "POST",
      `/api/governance/funds/${demoFundId}/bank-reconciliations`,
      {
        statementDate: "2024-06-13",
        statementBalanceSatang: 1,
        note: "x",
      },
    );
    expect(household.statusCode).toBe(403);
  });
});
