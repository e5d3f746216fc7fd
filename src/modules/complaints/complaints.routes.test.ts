import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import {
  buildComplaintFixture,
  type ComplaintFixture,
  complaintBody,
  VILLAGE,
} from "./complaints-test-fixture";

let h: TestApp;
let f: ComplaintFixture;
const c: Record<string, Client> = {};
const PASSWORD = "kaejon-test-password";

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

const track = (payload: object) =>
  h.app.inject({ method: "POST", url: "/api/complaints/track", payload: payload as Record<string, unknown> });

beforeAll(async () => {
  h = await createTestApp();
  f = await buildComplaintFixture(h.t.deps, "cmphttp");
  for (const name of ["household", "committee", "worker", "district", "outsider", "auditor"]) {
    c[name] = await h.login(`cmphttp.${name}`, PASSWORD);
  }
  c.admin = await h.login("admin");
});
afterAll(async () => h.close());

describe("complaints over HTTP", () => {
  it("takes an anonymous complaint from a household and never shows who filed it, in JSON, export or audit", async () => {
    const filed = await c.household!.send("POST", "/api/complaints", {
      anonymous: true,
      category: "missing_fund",
      subject: "เงินกองทุนหาย",
      details: "ยอดเงินสดในสมุดไม่ตรงกับที่ประกาศ",
      fundId: f.fund.id,
    });
    expect(filed.statusCode).toBe(201);
    const { id, referenceNo } = filed.json() as { id: string; referenceNo: string };
    const secrets = [f.household.userId!, "cmphttp.household", "ผู้ใช้ cmphttp.household", f.householdId];
    const clean = (text: string) => {
      for (const s of secrets) expect(text, s).not.toContain(s);
    };
    const list = await c.district!.get(`/api/complaints?area=${VILLAGE}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.find((x: { id: string }) => x.id === id)).toMatchObject({
      anonymous: true,
      complainant: null,
      referenceNo,
    });
    clean(list.body);
    const detail = await c.district!.get(`/api/complaints/${id}`);
    clean(detail.body);
    const csv = await c.district!.get(`/api/complaints/export?format=csv&area=${VILLAGE}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("ไม่ประสงค์ออกนาม");
    expect(csv.body).toContain(referenceNo);
    clean(csv.body);
    const xlsx = await c.district!.get(`/api/complaints/export?format=xlsx&area=${VILLAGE}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    const audit = await c.admin!.get(`/api/audit?entityType=complaint&limit=200`);
    expect(audit.statusCode).toBe(200);
    const event = audit.json().items.find((e: { entityId: string }) => e.entityId === id);
    expect(event).toMatchObject({ actorId: null, actorUsername: "anonymous-complainant", requestId: null });
    clean(JSON.stringify(event));
    const auditCsv = await c.admin!.get(`/api/audit/export?format=csv&entityType=complaint`);
    expect(auditCsv.body).toContain(id);
    clean(auditCsv.body);
  });

  it("tracks publicly, without a session, with the same 404 for every wrong answer", async () => {
    const filed = (
      await c.household!.send("POST", "/api/complaints", complaintBody({ fundId: f.fund.id }))
    ).json() as { id: string; referenceNo: string };
    await c.district!.send("POST", `/api/complaints/${filed.id}/replies`, {
      visibility: "internal",
      body: "บันทึกภายใน",
    });
    await c.district!.send("POST", `/api/complaints/${filed.id}/replies`, {
      visibility: "public",
      body: "รับเรื่องแล้ว",
    });
    const ok = await track({ referenceNo: filed.referenceNo, phoneLast4: "5678" });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: "replied", replies: [{ body: "รับเรื่องแล้ว" }] });
    expect(ok.body).not.toContain("บันทึกภายใน");
    expect(ok.body).not.toContain(filed.id);
    const bodies = new Set<string>();
    for (const attempt of [
      { referenceNo: filed.referenceNo, phoneLast4: "1234" },
      { referenceNo: filed.referenceNo },
      { referenceNo: "KJ-00000000000", phoneLast4: "5678" },
      { referenceNo: "garbage" },
    ]) {
      const res = await track(attempt);
      expect(res.statusCode).toBe(404);
      const { requestId: _r, ...error } = res.json().error as Record<string, unknown>;
      bodies.add(JSON.stringify(error));
    }
    expect(bodies.size).toBe(1);
    expectError(await track({ referenceNo: "KJ-00000000000" }), 404, "complaints.track_not_found");
    // Everything else about complaints needs a session.
    const anonymousList = await h.app.inject({ method: "GET", url: "/api/complaints" });
    expect(anonymousList.statusCode).toBe(401);
  });

  it("refuses bad input with Thai and English messages and writes nothing", async () => {
    const before = [await count("cmp_complaint"), await count("cmp_complainant")];
    expectError(
      await c.household!.send("POST", "/api/complaints", { anonymous: true }),
      400,
      "common.invalid_input",
    );
    expectError(
      await c.household!.send("POST", "/api/complaints", complaintBody({ complainant: undefined })),
      400,
      "complaints.complainant_required",
    );
    expectError(
      await c.household!.send("POST", "/api/complaints", complaintBody({ category: "nope" })),
      400,
      "complaints.category_unknown",
    );
    expectError(
      await c.household!.send("POST", "/api/complaints", { ...complaintBody(), surprise: 1 }),
      400,
      "common.invalid_input",
    );
    expectError(
      await c.district!.send("POST", "/api/complaints/x/status", { status: "closed" }),
      400,
      "common.invalid_input",
    );
    expectError(
      await c.household!.send("POST", "/api/complaints", complaintBody({ fundId: f.otherFund.id })),
      404,
      "common.not_found",
    );
    expect([await count("cmp_complaint"), await count("cmp_complainant")]).toEqual(before);
  });

  it("routes, replies and closes in scope; 404 outside it; 403 for roles without the right", async () => {
    const filed = (
      await c.committee!.send("POST", "/api/complaints", complaintBody({ fundId: f.fund.id }))
    ).json() as { id: string };
    expectError(await c.outsider!.get(`/api/complaints/${filed.id}`), 404, "common.not_found");
    expectError(
      await c.outsider!.send("POST", `/api/complaints/${filed.id}/status`, { status: "in_progress" }),
      404,
      "common.not_found",
    );
    expectError(
      await c.committee!.get(`/api/complaints/${filed.id}`),
      403,
      "access.permission_complaints_read",
    );
    expectError(
      await c.auditor!.send("POST", `/api/complaints/${filed.id}/route`, { officeCode: "40", reason: "x" }),
      403,
      "access.permission_complaints_handle",
    );
    const routed = await c.district!.send("POST", `/api/complaints/${filed.id}/route`, {
      officeCode: "40",
      reason: "เกี่ยวกับกรรมการหลายหมู่บ้าน",
    });
    expect(routed.json().complaint.officeCode).toBe("40");
    const refused = expectError(
      await c.worker!.send("POST", `/api/complaints/${filed.id}/status`, { status: "closed" }),
      400,
      "complaints.outcome_required",
    );
    expect(refused.message).toContain("outcome");
    const closed = await c.worker!.send("POST", `/api/complaints/${filed.id}/status`, {
      status: "rejected",
      outcome: "duplicate",
      note: "ซ้ำกับเรื่องเดิม",
    });
    expect(closed.json().complaint).toMatchObject({ status: "rejected", outcome: "duplicate" });
    expectError(
      await c.worker!.send("POST", `/api/complaints/${filed.id}/status`, { status: "in_progress" }),
      422,
      "complaints.status_move_not_allowed",
    );
    const categories = await c.household!.get("/api/complaints/categories");
    expect(categories.json().items.map((x: { code: string }) => x.code)).toContain("loan_misuse");
    expectError(
      await c.district!.send("PUT", "/api/complaints/categories/other", {
        nameTh: "อื่น",
        nameEn: "Other",
        slaDays: 10,
        isActive: true,
        sortOrder: 5,
      }),
      403,
      "access.permission_parameters_write",
    );
    const mine = await c.household!.get("/api/complaints/mine");
    expect(mine.statusCode).toBe(200);
  });
});

describe("tracking rate limit", () => {
  it("limits tracking like the login", async () => {
    const limited = await createTestApp({ demo: false, loginRatePerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await limited.app.inject({
          method: "POST",
          url: "/api/complaints/track",
          payload: { referenceNo: "KJ-00000000000" },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([404, 404, 404, 429]);
    } finally {
      await limited.close();
    }
  });
});
