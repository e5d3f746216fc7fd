import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";

let h: TestApp;
beforeAll(async () => {
  h = await createTestApp();
});
afterAll(async () => h.close());

interface Item {
  id: number;
  action: string;
  areaCode: string | null;
  actorUsername: string | null;
  entityType: string;
  requestId: string | null;
}

describe("audit viewer", () => {
  it("records who, role, what, entity, request id and time for a write over HTTP", async () => {
    const w = await h.login("worker.saimun");
    const res = await w.send("POST", "/api/areas/400709/villages", { villageNo: 15, nameTh: "บ้านทดสอบ" });
    expect(res.statusCode).toBe(201);
    const [event] = await rows<Record<string, unknown>>(
      h.t.deps.db,
      sql`select * from audit_event where action = 'village.created' and entity_id = '40070915'`,
    );
    expect(event).toMatchObject({
      actor_username: "worker.saimun",
      actor_role: "subdistrict_worker",
      entity_type: "area",
      area_code: "40070915",
      request_id: res.headers["x-request-id"],
    });
  });

  it("filters by area, actor, entity and date, newest first, within the viewer's own area", async () => {
    const admin = await h.login("admin");
    const all = (await admin.get("/api/audit?limit=200")).json();
    expect(all.items.length).toBeGreaterThan(10);
    const ids = all.items.map((i: Item) => i.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);

    const nan = (await admin.get("/api/audit?area=55&limit=200")).json().items as Item[];
    expect(nan.length).toBeGreaterThan(0);
    expect(nan.every((i) => i.areaCode?.startsWith("55"))).toBe(true);

    const byEntity = (await admin.get("/api/audit?entityType=area&limit=200")).json().items as Item[];
    expect(byEntity.every((i) => i.entityType === "area")).toBe(true);

    const me = (await admin.get("/api/me")).json().user.id;
    const byActor = (await admin.get(`/api/audit?actor=${me}&limit=200`)).json().items as Item[];
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((i) => i.actorUsername === "admin")).toBe(true);

    expect((await admin.get("/api/audit?from=2024-06-15&to=2024-06-15")).json().items.length).toBeGreaterThan(
      0,
    );
    expect((await admin.get("/api/audit?from=2030-01-01")).json().items).toEqual([]);

    const district = await h.login("district.namphong");
    const scoped = (await district.get("/api/audit?limit=200")).json().items as Item[];
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.every((i) => i.areaCode?.startsWith("4007"))).toBe(true);
    expect((await district.get("/api/audit?area=55")).json().items).toEqual([]);
  });

  it("pages with a cursor and refuses bad filters", async () => {
    const admin = await h.login("admin");
    const first = (await admin.get("/api/audit?limit=5")).json();
    const second = (await admin.get(`/api/audit?limit=5&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).toBeLessThan(first.items[4].id);
    expect((await admin.get("/api/audit?cursor=abc")).statusCode).toBe(400);
    expect((await admin.get("/api/audit?from=24-1-1")).statusCode).toBe(400);
    expect((await admin.get("/api/audit?actor=not-a-uuid")).statusCode).toBe(400);
  });

  it("is closed to roles that may not read it", async () => {
    const committee = await h.login("committee.dokkrachiao");
    const res = await committee.get("/api/audit");
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/ไม่มีสิทธิ์/);
  });
});
