import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import { createUser } from "../access/index";
import { buildCaseFixture, CASE_TEST_PASSWORD } from "./case-test-fixture";
import { buildProgressFixture } from "./progress-fixture.repository";

let h: TestApp;
const c: Record<string, Client> = {};

const refreshRows = async () =>
  rows(h.t.deps.db, sql`SELECT as_of::text, computed_at::text FROM pov_progress_refresh`);

function expectError(
  res: { statusCode: number; json(): { error: { code: string; message: string; messageEn: string } } },
  status: number,
  code: string,
) {
  const body = res.json();
  expect([res.statusCode, body.error.code]).toEqual([status, code]);
  expect(body.error.message).toMatch(/[ก-๙]/);
  expect(body.error.messageEn).toMatch(/[a-z]/i);
}

beforeAll(async () => {
  // No demo data: the fixture is the whole country's cases, so the rollup's figures are only the fixture's.
  h = await createTestApp({ demo: false });
  await buildCaseFixture(h.t.deps, "ppr");
  await createUser(h.t.deps, {
    username: "ppr.admin",
    displayName: "ppr.admin",
    role: "central_admin",
    scopeCode: "",
    password: CASE_TEST_PASSWORD,
  });
  await buildProgressFixture(h.t.deps.db);
  for (const name of ["province", "far", "health", "mentor"]) {
    c[name] = await h.login(`ppr.${name}`, CASE_TEST_PASSWORD);
  }
  c.admin = await h.login("ppr.admin", CASE_TEST_PASSWORD);
});
afterAll(async () => h.close());

describe("poverty progress over HTTP", () => {
  it("refreshes on demand (central administrators only) and then reads the rollup with its time", async () => {
    const live = await c.province!.get("/api/poverty/progress?area=40&year=2567");
    expect(live.statusCode).toBe(200);
    expect(live.json()).toMatchObject({ source: "live", refreshedAt: null, asOf: "2024-06-15" });

    expectError(
      await c.province!.send("POST", "/api/poverty/progress/refresh", {}),
      403,
      "access.permission_jobs_run",
    );
    expectError(
      await c.admin!.send("POST", "/api/poverty/progress/refresh", { businessDate: "2024-13-01" }),
      400,
      "poverty.progress_date_invalid",
    );
    expectError(
      await c.admin!.send("POST", "/api/poverty/progress/refresh", { businessDate: "2024-06-15", extra: 1 }),
      400,
      "common.invalid_input",
    );
    expect(await refreshRows()).toEqual([]);

    const refreshed = await c.admin!.send("POST", "/api/poverty/progress/refresh", {});
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.json()).toMatchObject({ businessDate: "2024-06-15" });
    expect(refreshed.json().rowsWritten).toBeGreaterThan(100);

    const rollup = await c.province!.get("/api/poverty/progress?area=40&year=2567");
    const body = rollup.json();
    expect(body).toMatchObject({
      source: "rollup",
      asOf: "2024-06-15",
      refreshedAt: refreshed.json().refreshedAt,
    });
    const { asOf: _a, refreshedAt: _r, source: _s, ...figures } = body;
    const { asOf: _b, refreshedAt: _q, source: _t, ...liveFigures } = live.json();
    expect(figures).toEqual(liveFigures);
    expect(body.total.targeted).toBeGreaterThan(100);

    const table = await c.province!.get("/api/poverty/progress/provinces/40/districts?year=2567");
    expect(table.json()).toMatchObject({ source: "rollup", province: "40" });
    expect(table.json().total.targeted).toBe(body.total.targeted);
    const d4001 = table.json().rows.find((r: { code: string }) => r.code === "4001");
    expect(d4001.targeted).toBeGreaterThan(0);
  });

  it("exports with the figures' date and refresh time on every row and in the title", async () => {
    const csv = await c.province!.get("/api/poverty/progress/export?format=csv&area=4001&year=2567");
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toContain("ข้อมูล ณ วันที่");
    expect(lines[0]).toContain("ประมวลผลเมื่อ");
    expect(lines[1]).toContain("15/06/2567");
    const en = await c.province!.get(
      "/api/poverty/progress/provinces/40/districts/export?format=csv&lang=en",
    );
    expect(en.body).toContain("Refreshed at");
    expect(en.body).toContain("รวม ขอนแก่น");
    const xlsx = await c.province!.get("/api/poverty/progress/provinces/40/districts/export?format=xlsx");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
  });

  it("keeps every read in the actor's area, and mentors and agencies out", async () => {
    expectError(await c.far!.get("/api/poverty/progress?area=40"), 404, "common.not_found");
    expectError(await c.far!.get("/api/poverty/progress/provinces/40/districts"), 404, "common.not_found");
    expectError(
      await c.far!.get("/api/poverty/progress/export?format=csv&area=4001"),
      404,
      "common.not_found",
    );
    expectError(await c.province!.get("/api/poverty/progress?area=33"), 404, "common.not_found");
    expectError(
      await c.province!.get("/api/poverty/progress?area=40&cursor=abc"),
      400,
      "common.cursor_invalid",
    );
    expectError(
      await c.mentor!.get("/api/poverty/progress?area=400709"),
      403,
      "access.permission_poverty_read",
    );
    expectError(await c.health!.get("/api/poverty/progress?area=40"), 403, "access.permission_poverty_read");
  });
});
