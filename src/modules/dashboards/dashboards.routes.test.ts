// Dashboards and maps over HTTP: scope (404 outside, a district officer sees its own district), empty areas, bad parameters, the refresh, the maps.
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { buildRollupFund, lend } from "./dashboards-test-fixture";
import type { Dashboard, MapPayload } from "./index";

let h: TestApp;
const c = {} as Record<
  "admin" | "province" | "district" | "committee" | "household" | "auditor" | "itsupport",
  Client
>;

type Res = { statusCode: number; json(): { error: { code: string; message: string; messageEn: string } } };
function expectError(res: Res, status: number, code: string) {
  const body = res.json();
  expect([res.statusCode, body.error?.code]).toEqual([status, code]);
  expect(body.error.message).toMatch(/[ก-๙]/);
  expect(body.error.messageEn).toMatch(/[a-z]/i);
}

beforeAll(async () => {
  h = await createTestApp();
  const system = { ...h.t.deps, actor: SYSTEM_ACTOR };
  const inside = await buildRollupFund(system, h.t.clock, {
    villageCode: "40071001",
    cashSatang: 5_000_000,
    cashOn: "2023-11-01",
  });
  const otherDistrict = await buildRollupFund(system, h.t.clock, {
    villageCode: "40010101",
    cashSatang: 5_000_000,
    cashOn: "2023-11-01",
  });
  await lend(system, h.t.clock, inside, {
    loanNo: "I1",
    on: "2023-12-01",
    amountSatang: 1_000_000,
    months: 4,
  });
  await lend(system, h.t.clock, otherDistrict, {
    loanNo: "O1",
    on: "2023-12-01",
    amountSatang: 3_000_000,
    months: 4,
  });
  h.t.clock.set("2024-06-15T03:00:00Z");
  c.admin = await h.login("admin");
  c.province = await h.login("province.khonkaen");
  c.district = await h.login("district.namphong");
  c.committee = await h.login("committee.dokkrachiao");
  c.household = await h.login("household.demo");
  c.auditor = await h.login("auditor");
  c.itsupport = await h.login("itsupport");
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe("POST /api/dashboards/refresh", () => {
  it("is for central administrators only, and checks its body", async () => {
    expectError(
      await c.province.send("POST", "/api/dashboards/refresh", {}),
      403,
      "access.permission_jobs_run",
    );
    expectError(
      await c.admin.send("POST", "/api/dashboards/refresh", { businessDate: "15/06/2567" }),
      400,
      "dashboard.date_invalid",
    );
    expectError(
      await c.admin.send("POST", "/api/dashboards/refresh", { nonsense: 1 }),
      400,
      "common.invalid_input",
    );
    const res = await c.admin.send("POST", "/api/dashboards/refresh", { businessDate: "2024-06-15" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      currentYear: 2567,
      backfilledYears: [2564, 2565, 2566],
      fundYearsWritten: 8,
    });
  });
});

describe("GET /api/dashboards", () => {
  it("gives the national dashboard to the central administrator by default", async () => {
    const res = await c.admin.get("/api/dashboards");
    expect(res.statusCode).toBe(200);
    const d = res.json<Dashboard>();
    expect(d).toMatchObject({ fiscalYear: 2567, fundType: "", asOf: "2024-06-15", childLevel: "province" });
    expect(d.totals).toMatchObject({ funds: 2, disbursedSatang: 4_000_000, outstandingSatang: 4_000_000 });
    expect(d.children.items).toHaveLength(77);
    expect(d.fiscalYears).toEqual([2564, 2565, 2566, 2567]);
  });

  it("a district officer sees its own district and only its sub-districts; anything outside is 404", async () => {
    const own = await c.district.get("/api/dashboards?fiscalYear=2567");
    expect(own.statusCode).toBe(200);
    const d = own.json<Dashboard>();
    expect(d.area).toMatchObject({ code: "4007", level: "district" });
    expect(d.ancestors.map((a) => a.code)).toEqual(["40"]);
    expect(d.totals).toMatchObject({ funds: 1, outstandingSatang: 1_000_000 });
    expect(d.children.items.length).toBeGreaterThan(0);
    expect(d.children.items.every((i) => i.code.startsWith("4007") && i.code.length === 6)).toBe(true);
    expect(d.children.items.find((i) => i.code === "400710")).toMatchObject({
      funds: 1,
      outstandingSatang: 1_000_000,
    });
    expectError(await c.district.get("/api/dashboards?area=4001"), 404, "common.not_found");
    expectError(await c.district.get("/api/dashboards?area=40"), 404, "common.not_found");
    expectError(await c.district.get("/api/dashboards?area=50010101"), 404, "common.not_found");
    // A province officer may drill into the other district, one level at a time.
    const other = await c.province.get("/api/dashboards?area=4001&fiscalYear=2567");
    expect(other.json<Dashboard>().totals).toMatchObject({ funds: 1, outstandingSatang: 3_000_000 });
    const village = await c.province.get("/api/dashboards?area=40071001");
    expect(village.json<Dashboard>()).toMatchObject({
      childLevel: null,
      children: { items: [], nextCursor: null },
    });
  });

  it("answers an empty area with a valid empty dashboard, and an unknown one with 404", async () => {
    const res = await c.province.get("/api/dashboards?area=4002&fiscalYear=2567&fundType=kkj");
    expect(res.statusCode).toBe(200);
    expect(res.json<Dashboard>()).toMatchObject({
      asOf: null,
      totals: { funds: 0, par30Bp: 0, outstandingSatang: 0 },
    });
    expectError(await c.province.get("/api/dashboards?area=4099"), 404, "common.not_found");
  });

  it("refuses bad parameters in Thai and English", async () => {
    expectError(await c.admin.get("/api/dashboards?fiscalYear=24"), 400, "dashboard.fiscal_year_invalid");
    expectError(await c.admin.get("/api/dashboards?fiscalYear=2024x"), 400, "dashboard.fiscal_year_invalid");
    expectError(await c.admin.get("/api/dashboards?fiscalYear=1999"), 400, "dashboard.fiscal_year_invalid");
    expectError(await c.admin.get("/api/dashboards?area=400"), 400, "dashboard.area_invalid");
    expectError(await c.admin.get("/api/dashboards?area=4a"), 400, "dashboard.area_invalid");
    expectError(await c.admin.get("/api/dashboards?fundType=bank"), 400, "dashboard.fund_type_invalid");
    expectError(await c.admin.get("/api/dashboards?area=40&cursor=5001"), 400, "common.cursor_invalid");
    expectError(await c.admin.get("/api/dashboards?limit=0"), 400, "common.cursor_invalid");
  });

  it("is refused to roles that cannot read funds", async () => {
    expectError(await c.household.get("/api/dashboards"), 403, "access.permission_funds_read");
    expectError(await c.itsupport.get("/api/dashboards"), 403, "access.permission_funds_read");
    expect((await c.auditor.get("/api/dashboards")).statusCode).toBe(200);
    expect((await c.committee.get("/api/dashboards")).json<Dashboard>().area.code).toBe("40070908");
    expect((await h.app.inject({ method: "GET", url: "/api/dashboards" })).statusCode).toBe(401);
  });
});

describe("GET /api/maps", () => {
  it("gives the 77 provinces as SVG paths, gzipped when asked, with the attribution", async () => {
    const res = await h.app.inject({
      method: "GET",
      url: "/api/maps/provinces",
      headers: { cookie: c.district.cookie, "accept-encoding": "gzip, deflate" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    const map = JSON.parse(gunzipSync(res.rawPayload).toString("utf8")) as MapPayload;
    expect(map.features).toHaveLength(77);
    expect(map.attribution).toBe("Boundaries: Royal Thai Survey Department via OCHA HDX");
    expect(map.viewBox).toMatch(/^0 0 1000 \d+$/);
    expect(map.features.find((f) => f.code === "40")).toMatchObject({
      nameTh: "ขอนแก่น",
      nameEn: "Khon Kaen",
    });
    expect(map.features.every((f) => /^M[\d.,LZM-]+$/.test(f.d))).toBe(true);
    expect(res.rawPayload.length).toBeLessThan(20_000);
    const plain = await c.household.get("/api/maps/provinces");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.json<MapPayload>().features).toHaveLength(77);
  });

  it("gives the districts of one province, and refuses a bad or unknown province", async () => {
    const res = await c.province.get("/api/maps/districts?province=40");
    expect(res.statusCode).toBe(200);
    const map = res.json<MapPayload>();
    expect(map.features).toHaveLength(26);
    expect(map.features.every((f) => f.code.startsWith("40") && f.code.length === 4)).toBe(true);
    expect(map.attribution).toContain("Royal Thai Survey Department");
    expectError(await c.province.get("/api/maps/districts?province=4"), 400, "map.province_invalid");
    expectError(await c.province.get("/api/maps/districts?province=99"), 404, "common.not_found");
    expect((await h.app.inject({ method: "GET", url: "/api/maps/provinces" })).statusCode).toBe(401);
  });
});
