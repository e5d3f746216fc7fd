import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import { buildCaseFixture, CASE_TEST_PASSWORD, type CaseFixture, VILLAGE } from "./case-test-fixture";

let h: TestApp;
let f: CaseFixture;
const c: Record<string, Client> = {};
const ids: Record<string, string> = {};

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

const caseIdsOf = (res: { json(): { items: { id: string }[] } }) =>
  res
    .json()
    .items.map((i) => i.id)
    .sort();

beforeAll(async () => {
  h = await createTestApp();
  f = await buildCaseFixture(h.t.deps, "pcr");
  for (const name of ["worker", "province", "far", "health", "cdd", "mentor", "mentor2"]) {
    c[name] = await h.login(`pcr.${name}`, CASE_TEST_PASSWORD);
  }
  c.admin = await h.login("admin");
});
afterAll(async () => h.close());

describe("poverty cases over HTTP", () => {
  it("opens one case per household per programme year; bad input and other areas are refused", async () => {
    const before = await count("pov_case");
    expectError(
      await c.worker!.send("POST", "/api/poverty/cases", { householdId: "nope" }),
      400,
      "common.invalid_input",
    );
    const future = expectError(
      await c.worker!.send("POST", "/api/poverty/cases", { householdId: f.good, openedOn: "2024-07-01" }),
      400,
      "poverty.invalid_case",
    );
    expect(future.messageEn).toContain("openedOn");
    expectError(
      await c.worker!.send("POST", "/api/poverty/cases", { householdId: f.far }),
      404,
      "common.not_found",
    );
    expectError(
      await c.mentor!.send("POST", "/api/poverty/cases", { householdId: f.good }),
      403,
      "access.permission_poverty_write",
    );
    expect(await count("pov_case")).toBe(before);

    for (const [key, hh] of [
      ["good", f.good],
      ["poor", f.poor],
      ["o1", f.others[0]!],
      ["o2", f.others[1]!],
      ["o3", f.others[2]!],
    ] as const) {
      const res = await c.worker!.send("POST", "/api/poverty/cases", {
        householdId: hh,
        openedOn: "2024-06-01",
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ programmeYear: 2567, stage: "survive", status: "open" });
      ids[key] = res.json().id;
    }
    expect(ids.poor).toBeDefined();
    const poor = await c.worker!.get(`/api/poverty/cases/${ids.poor}`);
    expect(poor.json().case.failingDimensions).toEqual(["health", "income"]);
    const again = expectError(
      await c.worker!.send("POST", "/api/poverty/cases", { householdId: f.good }),
      409,
      "poverty.case_exists",
    );
    expect(again.messageEn).toContain("2567");
    expect(await count("pov_case")).toBe(before + 5);
    const adminFar = await c.admin!.send("POST", "/api/poverty/cases", {
      householdId: f.far,
      openedOn: "2024-06-01",
    });
    ids.far = adminFar.json().id;

    expectError(await c.far!.get(`/api/poverty/cases/${ids.good}`), 404, "common.not_found");
    expectError(await c.far!.get(`/api/poverty/cases?area=${VILLAGE}`), 404, "common.not_found");
    const list = await c.worker!.get(`/api/poverty/cases?area=${VILLAGE}&year=2567`);
    expect(caseIdsOf(list)).toEqual([ids.good, ids.poor].sort());
    const byDimension = await c.worker!.get("/api/poverty/cases?dimension=health");
    expect(caseIdsOf(byDimension)).toEqual([ids.poor]);
  });

  it("plans menu items and logs deliveries with evidence; bad items and deliveries write nothing", async () => {
    const plan = `/api/poverty/cases/${ids.poor}/plan-items`;
    const badQty = expectError(
      await c.worker!.send("POST", plan, { menuItemId: f.menu.clinic.id, quantity: 0 }),
      400,
      "poverty.invalid_plan_item",
    );
    expect(badQty.messageEn).toContain("quantity");
    expect(await count("pov_plan_item")).toBe(0);
    const clinic = await c.worker!.send("POST", plan, { menuItemId: f.menu.clinic.id, quantity: 2 });
    expect(clinic.statusCode).toBe(201);
    expect(clinic.json().plan[0]).toMatchObject({
      menuCode: "HEA-CHECKUP",
      plannedValueSatang: 100_000,
      agencyId: f.agencies.health.id,
    });
    const chickens = await c.worker!.send("POST", plan, { menuItemId: f.menu.chickens.id, quantity: 1 });
    const items = chickens.json().plan as { id: string; menuCode: string }[];
    ids.clinicItem = items.find((i) => i.menuCode === "HEA-CHECKUP")!.id;
    ids.chickenItem = items.find((i) => i.menuCode === "INC-CHICKEN")!.id;
    await c.worker!.send("POST", `/api/poverty/cases/${ids.o1}/plan-items`, {
      menuItemId: f.menu.chickens.id,
      quantity: 1,
    });

    const deliveries = `/api/poverty/cases/${ids.poor}/deliveries`;
    const bad = expectError(
      await c.worker!.send("POST", deliveries, {
        planItemId: ids.chickenItem,
        deliveredOn: "2024-07-01",
        quantity: 1,
        evidence: [],
      }),
      400,
      "poverty.invalid_delivery",
    );
    expect(bad.messageEn).toContain("deliveredOn");
    expect(await count("pov_delivery")).toBe(0);
    const ok = await c.worker!.send("POST", deliveries, {
      planItemId: ids.chickenItem,
      deliveredOn: "2024-06-10",
      quantity: 1,
      evidence: [{ kind: "receipt", ref: "ใบสำคัญรับเงิน 12/2567" }],
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().deliveries).toMatchObject([{ valueSatang: 150_000, agencyId: f.agencies.cdd.id }]);
    expect(ok.json().totals).toEqual({ plannedSatang: 250_000, deliveredSatang: 150_000 });
  });

  it("an agency account sees only households with its items, and only those items", async () => {
    const list = await c.health!.get("/api/poverty/cases");
    expect(caseIdsOf(list)).toEqual([ids.poor]);
    const cddList = await c.cdd!.get("/api/poverty/cases");
    expect(caseIdsOf(cddList)).toEqual([ids.o1, ids.poor].sort());
    expectError(await c.health!.get(`/api/poverty/cases/${ids.o1}`), 404, "common.not_found");
    const detail = await c.health!.get(`/api/poverty/cases/${ids.poor}`);
    expect(detail.json().plan.map((p: { menuCode: string }) => p.menuCode)).toEqual(["HEA-CHECKUP"]);
    expect(detail.json().deliveries).toEqual([]);
    expect(detail.json().loans).toBeNull();
    const csv = await c.health!.get("/api/poverty/cases/export?format=csv");
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split("\r\n").filter((l) => l.length > 0)).toHaveLength(2);

    const deliveries = `/api/poverty/cases/${ids.poor}/deliveries`;
    expectError(
      await c.health!.send("POST", deliveries, {
        planItemId: ids.chickenItem,
        deliveredOn: "2024-06-12",
        quantity: 1,
        evidence: [{ kind: "note", ref: "ส่งมอบแล้ว" }],
      }),
      404,
      "common.not_found",
    );
    const own = await c.health!.send("POST", deliveries, {
      planItemId: ids.clinicItem,
      deliveredOn: "2024-06-12",
      agencyId: f.agencies.cdd.id,
      quantity: 1,
      evidence: [{ kind: "signature", ref: "ลายมือชื่อผู้รับ" }],
    });
    expect(own.statusCode).toBe(201);
    expect(own.json().deliveries).toMatchObject([{ agencyId: f.agencies.health.id, valueSatang: 50_000 }]);
    expectError(
      await c.health!.send("POST", `/api/poverty/cases/${ids.poor}/stage`, { to: "sufficient" }),
      403,
      "access.permission_poverty_write",
    );
    expectError(await c.health!.get("/api/poverty/progress"), 403, "access.permission_poverty_read");
  });

  it("pairs mentors up to the scheme's maximum and inside their area; a mentor sees only paired households", async () => {
    const pair = (mentorId: string, householdId: string) =>
      c.admin!.send("POST", `/api/poverty/mentors/${mentorId}/pairings`, {
        schemeId: f.scheme.id,
        householdId,
        startOn: "2024-05-01",
      });
    expect((await pair(f.mentors.one.id, f.poor)).statusCode).toBe(201);
    const second = await pair(f.mentors.one.id, f.others[0]!);
    expect(second.statusCode).toBe(201);
    ids.pairing = second.json().id;
    const before = await count("pov_pairing");
    const over = expectError(await pair(f.mentors.one.id, f.others[1]!), 422, "poverty.mentor_over_limit");
    expect(over.messageEn).toContain("maximum");
    expectError(await pair(f.mentors.two.id, f.far), 422, "poverty.mentor_outside_area");
    expectError(await pair(f.mentors.two.id, f.poor), 409, "poverty.household_has_mentor");
    expectError(
      await c.far!.send("POST", `/api/poverty/mentors/${f.mentors.two.id}/pairings`, {
        schemeId: f.scheme.id,
        householdId: f.others[1],
      }),
      404,
      "common.not_found",
    );
    expect(await count("pov_pairing")).toBe(before);
    expect((await pair(f.mentors.two.id, f.others[1]!)).statusCode).toBe(201);

    const mine = await c.mentor!.get("/api/poverty/cases");
    expect(caseIdsOf(mine)).toEqual([ids.o1, ids.poor].sort());
    expectError(await c.mentor!.get(`/api/poverty/cases/${ids.o2}`), 404, "common.not_found");
    expectError(await c.mentor!.get(`/api/poverty/cases/${ids.good}`), 404, "common.not_found");
    // The case page names the mentor and the scheme, not their ids and codes.
    const paired = await c.mentor!.get(`/api/poverty/cases/${ids.poor}`);
    expect(paired.json().mentors).toMatchObject([
      {
        mentorId: f.mentors.one.id,
        mentorName: f.mentors.one.name,
        schemeCode: f.scheme.code,
        schemeName: { th: f.scheme.nameTh, en: f.scheme.nameEn },
      },
    ]);
    const csv = await c.mentor!.get("/api/poverty/cases/export?format=csv&lang=en");
    const lines = csv.body.split("\r\n").filter((l) => l.length > 0);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("Head of household");
    const other = await c.mentor2!.get("/api/poverty/cases");
    expect(caseIdsOf(other)).toEqual([ids.o2]);
    expectError(await c.mentor!.get("/api/poverty/progress"), 403, "access.permission_poverty_read");

    const work = await c.mentor!.get("/api/poverty/mentors/me/households");
    expect(work.statusCode).toBe(200);
    expect(work.json().items).toHaveLength(2);
    // Paired on 1 May 2024, never visited, 30-day interval: due 31 May, overdue 15 days on 15 June.
    expect(work.json().items[0]).toMatchObject({ dueOn: "2024-05-31", overdueDays: 15, isOverdue: true });
    expect(work.json().overdue).toBe(2);
  });

  it("logs a mentor's visits to its own pairings only; findings and GPS are checked", async () => {
    const before = await count("pov_visit");
    const bad = expectError(
      await c.mentor!.send("POST", "/api/poverty/mentors/visits", {
        pairingId: ids.pairing,
        visitedOn: "2024-06-14",
        findings: { wealth: "x" },
        latitude: 48.85,
        longitude: 2.35,
      }),
      400,
      "poverty.invalid_visit",
    );
    expect(bad.messageEn).toContain("findings.wealth");
    expectError(
      await c.mentor2!.send("POST", "/api/poverty/mentors/visits", {
        pairingId: ids.pairing,
        visitedOn: "2024-06-14",
        findings: { income: "เลี้ยงไก่ได้ไข่วันละ 5 ฟอง" },
      }),
      404,
      "common.not_found",
    );
    expect(await count("pov_visit")).toBe(before);
    const ok = await c.mentor!.send("POST", "/api/poverty/mentors/visits", {
      pairingId: ids.pairing,
      visitedOn: "2024-06-14",
      findings: { income: "เลี้ยงไก่ได้ไข่วันละ 5 ฟอง", health: "แข็งแรงดี" },
      advice: "ทำบัญชีครัวเรือน",
      nextStep: "เยี่ยมอีกครั้งปลายเดือน",
      latitude: 16.62,
      longitude: 102.86,
    });
    expect(ok.statusCode).toBe(201);
    const work = await c.mentor!.get("/api/poverty/mentors/me/households");
    const visited = work.json().items.find((i: { pairingId: string }) => i.pairingId === ids.pairing);
    expect(visited).toMatchObject({ lastVisitOn: "2024-06-14", dueOn: "2024-07-14", isOverdue: false });
    const visits = await c.mentor!.get(`/api/poverty/cases/${ids.o1}/visits`);
    expect(visits.json().items).toMatchObject([{ mentorName: "นายวิชัย คำหอม", advice: "ทำบัญชีครัวเรือน" }]);
    const overdue = await c.worker!.get("/api/poverty/mentors/overdue");
    expect(
      overdue
        .json()
        .items.map((i: { householdId: string }) => i.householdId)
        .sort(),
    ).toEqual([f.others[1], f.poor].sort());
  });

  it("evaluates stages; a person confirms moves; graduation follows the rules", async () => {
    const url = `/api/poverty/cases/${ids.good}`;
    const detail = await c.worker!.get(url);
    expect(detail.json().evaluation).toMatchObject({
      dataYear: 2567,
      highestMet: "sustainable",
      proposedStage: "sufficient",
    });
    const poor = await c.worker!.get(`/api/poverty/cases/${ids.poor}`);
    expect(poor.json().evaluation.proposedStage).toBeNull();
    const unmet = expectError(
      await c.worker!.send("POST", `/api/poverty/cases/${ids.poor}/stage`, { to: "sufficient" }),
      422,
      "poverty.stage_criteria_unmet",
    );
    expect(unmet.messageEn).toContain("health");
    expectError(
      await c.worker!.send("POST", `${url}/stage`, { to: "sustainable" }),
      422,
      "poverty.stage_skip",
    );
    const grad = expectError(
      await c.worker!.send("POST", `${url}/close`, { reason: "graduated" }),
      422,
      "poverty.graduation_refused",
    );
    expect(grad.messageEn).toContain("sustainable first");
    expect(
      (await c.worker!.send("POST", `${url}/stage`, { to: "sufficient", on: "2024-06-10" })).statusCode,
    ).toBe(200);
    const back = expectError(
      await c.worker!.send("POST", `${url}/stage`, { to: "survive" }),
      400,
      "poverty.relapse_reason_required",
    );
    expect(back.messageEn).toContain("reason");
    const up = await c.worker!.send("POST", `${url}/stage`, { to: "sustainable" });
    expect(up.json().history.map((e: { stage: string; kind: string }) => `${e.kind}:${e.stage}`)).toEqual([
      "opened:survive",
      "forward:sufficient",
      "forward:sustainable",
    ]);
    expectError(
      await c.worker!.send("POST", `${url}/close`, { reason: "other" }),
      400,
      "poverty.invalid_closing",
    );
    const closed = await c.worker!.send("POST", `${url}/close`, { reason: "graduated" });
    expect(closed.json().case).toMatchObject({
      status: "closed",
      closingReason: "graduated",
      closedOn: "2024-06-15",
    });
    expectError(
      await c.worker!.send("POST", `${url}/plan-items`, { menuItemId: f.menu.clinic.id, quantity: 1 }),
      422,
      "poverty.case_closed",
    );
  });

  it("reports progress by area and the districts table, refuses other areas, exports CSV", async () => {
    const p = await c.province!.get("/api/poverty/progress?area=4007&year=2567");
    expect(p.statusCode).toBe(200);
    const body = p.json();
    expect(body.total).toMatchObject({
      targeted: 5,
      open: 4,
      survive: 4,
      graduated: 1,
      helped: 1,
      deliveries: 2,
      deliveredSatang: 200_000,
    });
    expect(body.total.helpedByDimension).toMatchObject({ health: 1, income: 1, living: 0 });
    expect(body.total).toMatchObject({
      mentors: 2,
      pairedHouseholds: 3,
      visitedRecently: 1,
      lastVisitOn: "2024-06-14",
    });
    const namphong = body.children.find((r: { code: string }) => r.code === "400709");
    expect(namphong).toMatchObject({ targeted: 5, graduated: 1 });
    expect(
      body.agencies.map((a: { code: string; deliveredSatang: number }) => [a.code, a.deliveredSatang]),
    ).toEqual([
      ["community_development", 150_000],
      ["public_health", 50_000],
    ]);
    const page = await c.province!.get("/api/poverty/progress?area=40&year=2567&limit=2");
    expect(page.json().children).toHaveLength(2);
    const next = await c.province!.get(
      `/api/poverty/progress?area=40&year=2567&limit=2&cursor=${page.json().nextCursor}`,
    );
    expect(next.json().children[0].code > page.json().children[1].code).toBe(true);

    const table = await c.province!.get("/api/poverty/progress/provinces/40/districts?year=2567");
    expect(table.json().rows.length).toBeGreaterThanOrEqual(20);
    expect(table.json().total).toMatchObject({ targeted: 5, graduated: 1 });
    expect(table.json().rows.find((r: { code: string }) => r.code === "4007")).toMatchObject({
      targeted: 5,
      mentors: 2,
    });
    expectError(await c.worker!.get("/api/poverty/progress/provinces/40/districts"), 404, "common.not_found");
    expectError(await c.far!.get("/api/poverty/progress?area=40"), 404, "common.not_found");
    const csv = await c.province!.get(
      "/api/poverty/progress/provinces/40/districts/export?format=csv&year=2567",
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("ครัวเรือนเป้าหมาย");
    expect(csv.body).toContain("รวม ขอนแก่น");
    const xlsx = await c.province!.get("/api/poverty/progress/export?format=xlsx&area=4007&year=2567");
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
  });

  it("edits the responsibility table and the menu (province officers only), with clear errors", async () => {
    const table = await c.worker!.get("/api/poverty/agencies/responsibilities?province=40");
    expect(
      table.json().dimensions.find((d: { dimension: string }) => d.dimension === "health").agencies[0].code,
    ).toBe("public_health");
    expectError(
      await c.worker!.send("PUT", "/api/poverty/agencies/responsibilities", {
        areaCode: "40",
        dimension: "living",
        agencyIds: [f.agencies.cdd.id],
      }),
      403,
      "access.permission_poverty_configure",
    );
    const set = await c.province!.send("PUT", "/api/poverty/agencies/responsibilities", {
      areaCode: "40",
      dimension: "living",
      agencyIds: [f.agencies.cdd.id, f.agencies.health.id],
    });
    expect(
      set
        .json()
        .dimensions.find((d: { dimension: string }) => d.dimension === "living")
        .agencies.map((a: { code: string }) => a.code),
    ).toEqual(["community_development", "public_health"]);
    expectError(
      await c.province!.send("PUT", "/api/poverty/agencies/responsibilities", {
        areaCode: "55",
        dimension: "living",
        agencyIds: [],
      }),
      404,
      "common.not_found",
    );
    const before = await count("pov_menu_item");
    const bad = expectError(
      await c.province!.send("POST", "/api/poverty/menu", {
        areaCode: "40",
        code: "bad code!",
        nameTh: "",
        dimension: "wealth",
        agencyId: f.agencies.cdd.id,
        unitValueSatang: 1.5,
        unit: "ชุด",
      }),
      400,
      "poverty.invalid_menu",
    );
    expect(bad.messageEn).toContain("code");
    expectError(
      await c.province!.send("POST", "/api/poverty/menu", {
        ...f.menu.chickens,
        id: undefined,
        isActive: undefined,
        eligibilityNotes: undefined,
        nameEn: undefined,
      }),
      409,
      "poverty.menu_code_exists",
    );
    expect(await count("pov_menu_item")).toBe(before);
    const menu = await c.health!.get("/api/poverty/menu?province=40");
    expect(menu.json().items.map((m: { code: string }) => m.code)).toEqual(["HEA-CHECKUP", "INC-CHICKEN"]);
  });

  it("creates agency-officer accounts through the users admin and links them to an agency", async () => {
    const created = await c.admin!.send("POST", "/api/users", {
      username: "pcr.newagency",
      displayName: "เจ้าหน้าที่ พมจ.",
      role: "agency_officer",
      scopeCode: "40",
      password: "a-long-enough-password-1",
    });
    expect(created.statusCode).toBe(201);
    const link = await c.province!.send("POST", `/api/poverty/agencies/${f.agencies.health.id}/users`, {
      userId: created.json().id,
    });
    expect(link.json()).toEqual({ userId: created.json().id, agencyId: f.agencies.health.id });
    expectError(
      await c.province!.send("POST", `/api/poverty/agencies/${f.agencies.health.id}/users`, {
        userId: f.actors.worker.userId,
      }),
      422,
      "poverty.not_agency_officer",
    );
  });
});
