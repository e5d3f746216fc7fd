// Fund health over HTTP: the manual job run (central admin only), one fund, keyset pages and area totals, all scoped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { createFund } from "../funds/index";
import { KKJ_PRODUCT, type LoanState } from "../loans/index";
import { buildHealthFund, type HealthFund, move } from "./health-test-fixture";
import { countRows, insertFixtureLoans } from "./loan-fixture.repository";

let h: TestApp;
let x: HealthFund; // 40071061: district 4007, outside the worker's sub-district 400709
let y: HealthFund; // 40010161: province 40, another district; committee term over
let z: HealthFund; // 50010161: another province
const c = {} as Record<
  "admin" | "province" | "district" | "worker" | "committee" | "household" | "auditor",
  Client
>;

type Res = { statusCode: number; json(): { error: { code: string; message: string; messageEn: string } } };
function expectError(res: Res, status: number, code: string) {
  const body = res.json();
  expect([res.statusCode, body.error?.code]).toEqual([status, code]);
  expect(body.error.message).toMatch(/[ก-๙]/);
  expect(body.error.messageEn).toMatch(/[a-z]/i);
}

function loanState(dueOn: string, principal: number, status: LoanState["status"] = "active"): LoanState {
  return {
    versionNo: 1,
    startsOn: "2023-01-01",
    status,
    postponement: null,
    instalments: [
      {
        seq: 1,
        dueOn,
        principalSatang: principal,
        interestSatang: 0,
        totalSatang: principal,
        paidPrincipalSatang: 0,
        paidInterestSatang: 0,
        waivedInterestSatang: 0,
      },
    ] as unknown as LoanState["instalments"],
  };
}

beforeAll(async () => {
  h = await createTestApp();
  const deps = h.t.deps;
  h.t.clock.set("2022-06-01T03:00:00Z");
  y = await buildHealthFund(deps, {
    villageCode: "40010161",
    prefix: "ry",
    termStart: "2019-01-01",
    termEnd: "2022-12-31",
  });
  h.t.clock.set("2024-06-15T03:00:00Z");
  x = await buildHealthFund(deps, { villageCode: "40071061", prefix: "rx", termStart: "2023-01-01" });
  z = await buildHealthFund(deps, { villageCode: "50010161", prefix: "rz", termStart: "2023-01-01" });
  await move(deps, x, "2024-06-01", "bank", "capital", 28_000_000);
  await move(deps, x, "2024-06-02", "loans_receivable", "bank", 6_000_000);
  await insertFixtureLoans(
    deps.db,
    [
      ["2024-08-01", 4_000_000],
      ["2024-04-01", 2_000_000],
    ].map(([dueOn, principal], k) => ({
      id: deps.ids.uuid(),
      fundId: x.fund.id,
      areaCode: x.fund.areaCode,
      loanNo: `X-${k}`,
      state: loanState(dueOn as string, principal as number),
      product: { ...KKJ_PRODUCT },
    })),
    h.t.clock.now(),
  );
  c.admin = await h.login("admin");
  c.province = await h.login("province.khonkaen");
  c.district = await h.login("district.namphong");
  c.worker = await h.login("worker.saimun");
  c.committee = await h.login("committee.dokkrachiao");
  c.household = await h.login("household.demo");
  c.auditor = await h.login("auditor");
});
afterAll(async () => h?.close());

describe("POST /api/jobs/daily", () => {
  it("refuses everyone but a central administrator, and bad dates, writing nothing", async () => {
    const runs = await countRows(h.t.deps.db, "job_run");
    expectError(await c.district.send("POST", "/api/jobs/daily", {}), 403, "access.permission_jobs_run");
    expectError(await c.committee.send("POST", "/api/jobs/daily", {}), 403, "access.permission_jobs_run");
    expectError(await c.auditor.send("POST", "/api/jobs/daily", {}), 403, "access.permission_jobs_run");
    expectError(
      await c.admin.send("POST", "/api/jobs/daily", { businessDate: "2024-02-31" }),
      400,
      "job.date_invalid",
    );
    expectError(
      await c.admin.send("POST", "/api/jobs/daily", { businessDate: "2024-06-16" }),
      400,
      "job.date_in_future",
    );
    expectError(
      await c.admin.send("POST", "/api/jobs/daily", { businessDate: "2024-06-15", force: true }),
      400,
      "common.invalid_input",
    );
    expect(await countRows(h.t.deps.db, "job_run")).toBe(runs);
    expectError(await c.worker.get(`/api/funds/${x.fund.id}/health`), 404, "common.not_found");
    expectError(await c.district.get(`/api/funds/${x.fund.id}/health`), 404, "health.not_computed");
  });

  it("runs the job for a central administrator, with or without a body", async () => {
    const res = await c.admin.send("POST", "/api/jobs/daily", { businessDate: "2024-06-14" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      job: "daily_overdue",
      businessDate: "2024-06-14",
      status: "succeeded",
    });
    const today = await c.admin.send("POST", "/api/jobs/daily");
    expect(today.statusCode).toBe(200);
    expect(today.json()).toMatchObject({ businessDate: "2024-06-15", loansClassified: 2 });
    expect(today.json().funds).toBeGreaterThanOrEqual(3);
  });
});

describe("GET /api/funds/:fundId/health", () => {
  it("shows the figures, classes and reasons to those whose area holds the fund", async () => {
    const res = await c.district.get(`/api/funds/${x.fund.id}/health`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      fundId: x.fund.id,
      areaCode: "40071061",
      asOf: "2024-06-15",
      loansActive: 2,
      outstandingSatang: 6_000_000,
      atRisk30Satang: 2_000_000,
      par30Bp: 3_333,
      repaymentRateBp: 0,
      bankSatang: 22_000_000,
      cashSatang: 0,
      missingSatang: 0,
      isAtRisk: true,
      atRisk: [{ reason: "par30_above_threshold", nameTh: expect.stringMatching(/[ก-๙]/) }],
    });
    expect(body.classes).toHaveLength(9);
    expect(body.classes.find((k: { loanClass: string }) => k.loanClass === "overdue_31_90")).toMatchObject({
      count: 1,
      nameTh: "ค้างชำระ 31–90 วัน",
    });
    // Y never received its capital grant and its committee's term ended in 2022.
    expect((await c.auditor.get(`/api/funds/${y.fund.id}/health`)).json()).toMatchObject({
      missingSatang: 28_000_000,
      atRisk: [{ reason: "missing_fund" }, { reason: "committee_term_expired" }],
    });
  });

  it("answers not found outside the area, forbidden without funds.read, and 400 on a bad id", async () => {
    expectError(await c.worker.get(`/api/funds/${x.fund.id}/health`), 404, "common.not_found");
    expectError(await c.district.get(`/api/funds/${z.fund.id}/health`), 404, "common.not_found");
    expectError(
      await c.admin.get("/api/funds/01900000-0000-7000-8000-000000000000/health"),
      404,
      "common.not_found",
    );
    expectError(await c.household.get(`/api/funds/${x.fund.id}/health`), 403, "access.permission_funds_read");
    expectError(await c.admin.get("/api/funds/not-a-uuid/health"), 400, "common.invalid_input");
    const late = await createFund(h.t.deps, {
      areaCode: "40071061",
      fundType: "savings_group",
      name: "กลุ่มออมทรัพย์ใหม่",
      startedOn: "2024-06-15",
      parameters: {},
      isModel: false,
      isLearningCentre: false,
    });
    expectError(await c.district.get(`/api/funds/${late.id}/health`), 404, "health.not_computed");
  });
});

describe("GET /api/health/funds and /api/health/summary", () => {
  it("pages through the actor's area in village-code order with a keyset cursor", async () => {
    const all = await c.province.get("/api/health/funds?area=40&limit=200");
    expect(all.statusCode).toBe(200);
    const codes = all.json().items.map((i: { areaCode: string }) => i.areaCode);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain("40071061");
    expect(codes).toContain("40010161");
    expect(codes).not.toContain("50010161");
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<Client["get"]>> = await c.province.get(
        `/api/health/funds?limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.statusCode).toBe(200);
      const body = page.json() as { items: Array<{ fundId: string }>; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(1);
      walked.push(...body.items.map((i) => i.fundId));
      cursor = body.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all.json().items.map((i: { fundId: string }) => i.fundId));

    const risky = await c.province.get("/api/health/funds?area=40&atRisk=true");
    const riskyIds = risky.json().items.map((i: { fundId: string }) => i.fundId);
    expect(riskyIds).toEqual(expect.arrayContaining([x.fund.id, y.fund.id]));
    expect(risky.json().items.every((i: { isAtRisk: boolean }) => i.isAtRisk)).toBe(true);
    const calm = await c.province.get("/api/health/funds?area=40&atRisk=false");
    expect(calm.json().items.every((i: { isAtRisk: boolean }) => !i.isAtRisk)).toBe(true);
    expect(calm.json().items.length + riskyIds.length).toBe(codes.length);
  });

  it("refuses areas outside the scope, bad areas and bad cursors", async () => {
    expectError(await c.province.get("/api/health/funds?area=50"), 404, "common.not_found");
    expectError(await c.worker.get("/api/health/summary?area=4007"), 404, "common.not_found");
    expectError(await c.province.get("/api/health/funds?area=4"), 400, "common.invalid_input");
    expectError(await c.province.get("/api/health/funds?cursor=bm9wZQ"), 400, "common.cursor_invalid");
    expectError(await c.province.get("/api/health/funds?limit=0"), 400, "common.invalid_input");
    expectError(await c.household.get("/api/health/summary"), 403, "access.permission_funds_read");
  });

  it("totals an area from fund_health: the same sums as its funds' rows", async () => {
    const items = (await c.district.get("/api/health/funds?limit=200")).json().items as Array<
      Record<string, number> & { isAtRisk: boolean }
    >;
    const res = await c.district.get("/api/health/summary");
    expect(res.statusCode).toBe(200);
    const sum = (key: string) => items.reduce((n, i) => n + i[key]!, 0);
    const s = res.json();
    expect(s).toMatchObject({
      area: "4007",
      funds: items.length,
      fundsAtRisk: items.filter((i) => i.isAtRisk).length,
      capitalSatang: sum("originalCapitalSatang"),
      outstandingSatang: sum("outstandingSatang"),
      atRisk30Satang: sum("atRisk30Satang"),
      missingSatang: sum("missingSatang"),
      bankSatang: sum("bankSatang"),
      newestAsOf: "2024-06-15",
    });
    expect(s.par30Bp).toBe(Math.round((s.atRisk30Satang * 10_000) / s.outstandingSatang));
    expect(
      s.classes.find((k: { loanClass: string }) => k.loanClass === "current").count,
    ).toBeGreaterThanOrEqual(1);
    expect(
      s.reasons.find((r: { reason: string }) => r.reason === "par30_above_threshold").funds,
    ).toBeGreaterThanOrEqual(1);
    const nation = (await c.admin.get("/api/health/summary")).json();
    expect(nation.area).toBe("");
    expect(nation.funds).toBeGreaterThan(s.funds);
  });

  it("documents the routes in the OpenAPI document", async () => {
    const doc = (await h.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    for (const path of [
      "/api/funds/{fundId}/health",
      "/api/health/funds",
      "/api/health/summary",
      "/api/jobs/daily",
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });
});
