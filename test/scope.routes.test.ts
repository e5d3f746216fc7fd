// Every route that names a record answers an out-of-area record exactly as it answers a record that does
// not exist (404, or the same 4xx when the role may not use the route at all), for every scoped role.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "./support/http";

let h: TestApp;
let nanHouseholdId: string;
let nanUserId: string;
let ownVillageOtherHouseholdId: string;

beforeAll(async () => {
  h = await createTestApp();
  const admin = await h.login("admin");
  nanHouseholdId = (await admin.get("/api/households?area=55011604")).json().items[0].id;
  const users = await admin.get("/api/users?limit=200");
  const created = await admin.send("POST", "/api/users", {
    username: "worker.nan",
    displayName: "พัฒนากรน่าน",
    role: "subdistrict_worker",
    scopeCode: "550116",
    password: "long-enough-pw",
  });
  nanUserId = created.json().id;
  expect(users.statusCode).toBe(200);
  const village = (await admin.get("/api/households?area=40070908&limit=5")).json().items;
  ownVillageOtherHouseholdId = village[1].id;
});
afterAll(async () => h.close());

const MISSING_UUID = "00000000-0000-7000-8000-000000000000";
const bmn = { surveyYear: 2567, membersCount: 2, incomeMainSatang: 100 };
const household = (villageCode: string) => ({
  villageCode,
  houseNo: "999/9",
  members: [{ relation: "head", firstName: "ทดสอบ" }],
});

type Probe = (c: Client, target: "outside" | "missing") => Promise<{ statusCode: number; body: string }>;

const probes: Record<string, Probe> = {
  "GET /api/areas/:code": (c, t) => c.get(`/api/areas/${t === "outside" ? "55011604" : "99999999"}`),
  "GET /api/areas/:code/children": (c, t) =>
    c.get(`/api/areas/${t === "outside" ? "5501" : "9999"}/children`),
  "POST /api/areas/:code/villages": (c, t) =>
    c.send("POST", `/api/areas/${t === "outside" ? "550116" : "999999"}/villages`, {
      villageNo: 77,
      nameTh: "บ้านใหม่",
    }),
  "GET /api/households/:id": (c, t) =>
    c.get(`/api/households/${t === "outside" ? nanHouseholdId : MISSING_UUID}`),
  "POST /api/households/:id/bmn": (c, t) =>
    c.send("POST", `/api/households/${t === "outside" ? nanHouseholdId : MISSING_UUID}/bmn`, bmn),
  "GET /api/households?area=": (c, t) => c.get(`/api/households?area=${t === "outside" ? "55" : "99"}`),
  "POST /api/households": (c, t) =>
    c.send("POST", "/api/households", household(t === "outside" ? "55011604" : "99999999")),
  "GET /api/users/:id": (c, t) => c.get(`/api/users/${t === "outside" ? nanUserId : MISSING_UUID}`),
  "PATCH /api/users/:id": (c, t) =>
    c.send("PATCH", `/api/users/${t === "outside" ? nanUserId : MISSING_UUID}`, { displayName: "x" }),
};

const scopedRoles = [
  "province.khonkaen",
  "district.namphong",
  "worker.saimun",
  "committee.dokkrachiao",
  "mentor.saimun",
  "household.demo",
];

describe.each(scopedRoles)("%s", (username) => {
  it.each(Object.keys(probes))(
    "%s: an out-of-area record looks exactly like a missing one",
    async (route) => {
      const c = await h.login(username);
      const outside = await probes[route]!(c, "outside");
      const missing = await probes[route]!(c, "missing");
      expect(outside.statusCode).toBe(missing.statusCode);
      expect(outside.statusCode).toBeGreaterThanOrEqual(400);
      expect([400, 403, 404]).toContain(outside.statusCode);
      const strip = (b: string) => {
        const e = JSON.parse(b).error;
        // The message may echo the code the client sent; it must not differ in anything else.
        return { code: e.code, message: String(e.message).replace(/\d+/g, "#") };
      };
      expect(strip(outside.body)).toEqual(strip(missing.body));
      if (route.includes(":id") || route.includes(":code")) {
        // Where the role may use the route at all, the answer is 404.
        if (outside.statusCode !== 403) expect(outside.statusCode).toBe(404);
      }
    },
  );
});

describe("household member self-service", () => {
  it("sees only their own household, even in their own village", async () => {
    const c = await h.login("household.demo");
    const list = await c.get("/api/households");
    expect(list.json().items).toHaveLength(1);
    const own = list.json().items[0].id;
    expect((await c.get(`/api/households/${own}`)).statusCode).toBe(200);
    expect((await c.get(`/api/households/${ownVillageOtherHouseholdId}`)).statusCode).toBe(404);
    const detail = (await c.get(`/api/households/${own}`)).json();
    expect(detail.members[0].citizenIdMasked).toBe(true);
    expect(detail.members[0].citizenId).toMatch(/^\d-\d{4}-xxxxx-xx-\d$/);
  });
});
