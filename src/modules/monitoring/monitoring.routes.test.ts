// Monitoring visits over HTTP: recording with team and follow-ups, bad input (nothing written), area scope (404),
// my follow-ups and the district view (overdue by Bangkok business date, keyset pages), completion rules, the
// report PDF, exports and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { hasText, pdfText } from "../../../test/support/pdf";
import { fixedClock } from "../../platform/clock";
import { listAuditEvents } from "../audit/index";
import { createFund } from "../funds/index";
import { createVillage } from "../geography/index";
import { listHouseholds } from "../households/index";
import { type FollowUp, followUpListQuerySchema, type VisitDetail, type VisitSummary } from "./contracts";
import { listFollowUps } from "./read-visits";

const followUpQuery = followUpListQuerySchema.parse({});

let h: TestApp;
const c = {} as Record<
  "admin" | "province" | "district" | "worker" | "committee" | "household" | "auditor",
  Client
>;
const ids = {} as Record<"worker" | "district" | "province" | "committee", string>;
let fundId: string;
let householdId: string; // in 40070908
let nanHouseholdId: string; // in 55011604, another province
let visit: VisitDetail; // the worker's visit to the fund
let farVisit: VisitDetail; // the province officer's visit to 40010161, outside district 4007

type Res = { statusCode: number; json(): { error: { code: string; message: string; messageEn: string } } };
function expectError(res: Res, status: number, code: string) {
  const body = res.json();
  expect([res.statusCode, body.error?.code]).toEqual([status, code]);
  expect(body.error.message).toMatch(/[ก-๙]/);
  expect(body.error.messageEn).toMatch(/[a-z]/i);
}

async function visitCount(): Promise<number> {
  const res = await c.admin.get("/api/monitoring/visits?limit=200");
  return res.json<{ items: unknown[] }>().items.length;
}

function goodBody(over: Record<string, unknown> = {}) {
  return {
    subjectType: "fund",
    subjectId: fundId,
    visitedOn: "2024-05-01",
    purpose: "ติดตามการชำระคืนเงินยืม",
    peopleMet: [{ name: "นายบุญมี ทองคำ", role: "ประธาน" }],
    findings: "ชำระคืนตามกำหนด",
    recommendations: "บันทึกสมุดบัญชีให้เป็นปัจจุบัน",
    team: [{ userId: ids.worker }, { name: "นางสาวจิตตวดี นกพะเนาว์", position: "นักวิชาการพัฒนาชุมชน" }],
    followUps: [
      { description: "ตรวจสมุดบัญชีคุมลูกหนี้", ownerId: ids.worker, dueOn: "2024-05-20" },
      { description: "ประชุมคณะกรรมการเรื่องผ่อนผัน", ownerId: ids.district, dueOn: "2024-07-01" },
    ],
    ...over,
  };
}

beforeAll(async () => {
  h = await createTestApp();
  const deps = h.t.deps;
  const fund = await createFund(deps, {
    areaCode: "40070908",
    fundType: "kkj",
    name: "กองทุน กข.คจ. บ้านดอกกระเจียว",
    startedOn: "1994-09-01",
    originalCapitalSatang: 28_000_000,
    parameters: {},
    isModel: true,
    isLearningCentre: false,
  });
  fundId = fund.id;
  await createVillage(deps, "400101", { villageNo: 61, nameTh: "บ้านโคกทดสอบ" });
  householdId = (await listHouseholds(deps, { area: "40070908", limit: 1 })).items[0]!.id;
  nanHouseholdId = (await listHouseholds(deps, { area: "55011604", limit: 1 })).items[0]!.id;
  c.admin = await h.login("admin");
  c.province = await h.login("province.khonkaen");
  c.district = await h.login("district.namphong");
  c.worker = await h.login("worker.saimun");
  c.committee = await h.login("committee.dokkrachiao");
  c.household = await h.login("household.demo");
  c.auditor = await h.login("auditor");
  const assignees = (await c.admin.get("/api/monitoring/assignees?area=40070908")).json<{
    items: { id: string; role: string; scopeCode: string }[];
  }>().items;
  ids.worker = assignees.find((a) => a.role === "subdistrict_worker")!.id;
  ids.district = assignees.find((a) => a.role === "district_officer")!.id;
  ids.province = assignees.find((a) => a.role === "province_officer")!.id;
  const users = (await c.admin.get("/api/users?limit=100")).json<{
    items: { id: string; username: string }[];
  }>();
  ids.committee = users.items.find((u) => u.username === "committee.dokkrachiao")!.id;
});

afterAll(async () => {
  await h?.close();
});

describe("recording a visit", () => {
  it("records a fund visit with its team, people met and follow-ups; overdue by business date", async () => {
    const res = await c.worker.send("POST", "/api/monitoring/visits", goodBody());
    expect(res.statusCode, res.body).toBe(200);
    visit = res.json<VisitDetail>();
    expect(visit.subjectType).toBe("fund");
    expect(visit.subjectName).toBe("กองทุน กข.คจ. บ้านดอกกระเจียว");
    expect(visit.areaCode).toBe("40070908");
    expect(visit.areaPath.map((a) => a.code)).toEqual(["40", "4007", "400709", "40070908"]);
    expect(visit.team.map((m) => [m.seq, m.name, m.userId !== null])).toEqual([
      [1, "นางสาวมาลี บุญมา", true],
      [2, "นางสาวจิตตวดี นกพะเนาว์", false],
    ]);
    expect(visit.team[0]!.position).toBe("พัฒนากรผู้รับผิดชอบตำบลทรายมูล");
    expect(visit.peopleMet).toEqual([{ name: "นายบุญมี ทองคำ", role: "ประธาน" }]);
    // The test clock stands at 2024-06-15 (Bangkok): due 2024-05-20 is 26 days overdue, 2024-07-01 is not due.
    expect(visit.followUps.map((f) => [f.dueOn, f.ownerName, f.isOverdue, f.daysOverdue])).toEqual([
      ["2024-05-20", "นางสาวมาลี บุญมา", true, 26],
      ["2024-07-01", "นายธีระ ศรีสุข", false, 0],
    ]);
    expect([visit.followUpsOpen, visit.followUpsOverdue, visit.followUpsDone]).toEqual([2, 1, 0]);
  });

  it("records visits to a village and a household, named from the register", async () => {
    const village = await c.worker.send(
      "POST",
      "/api/monitoring/visits",
      goodBody({ subjectType: "village", subjectId: undefined, villageCode: "40070908", followUps: [] }),
    );
    expect(village.statusCode).toBe(200);
    expect(village.json<VisitDetail>()).toMatchObject({ subjectId: null, subjectName: "บ้านดอกกระเจียว" });
    const home = await c.worker.send(
      "POST",
      "/api/monitoring/visits",
      goodBody({ subjectType: "household", subjectId: householdId, followUps: [] }),
    );
    expect(home.statusCode).toBe(200);
    expect(home.json<VisitDetail>().subjectName).toMatch(/^ครัวเรือน .+ บ้านเลขที่ \d+$/);
    const far = await c.province.send(
      "POST",
      "/api/monitoring/visits",
      goodBody({
        subjectType: "village",
        subjectId: undefined,
        villageCode: "40010161",
        team: [{ userId: ids.province }],
        followUps: [{ description: "ส่งรายงาน", ownerId: ids.province, dueOn: "2024-06-01" }],
      }),
    );
    expect(far.statusCode).toBe(200);
    farVisit = far.json<VisitDetail>();
  });

  it("refuses bad input with Thai and English messages and writes nothing", async () => {
    const before = await visitCount();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ visitedOn: "2024-06-16" }, 400, "monitoring.visit_in_future"],
      [{ visitedOn: "2024-02-30" }, 400, "monitoring.date_invalid"],
      [{ visitedOn: "15/06/2567" }, 400, "monitoring.date_invalid"],
      [{ subjectId: undefined }, 400, "monitoring.subject_required"],
      [{ subjectType: "village", subjectId: undefined }, 400, "monitoring.subject_required"],
      [{ team: [] }, 400, "monitoring.team_empty"],
      [{ team: [{ position: "ไม่มีชื่อ" }] }, 400, "monitoring.team_member_nameless"],
      [{ team: [{ userId: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b" }] }, 400, "monitoring.team_member_unknown"],
      [{ team: [{ userId: ids.worker }, { userId: ids.worker }] }, 400, "monitoring.team_member_twice"],
      [
        { followUps: [{ description: "x", ownerId: ids.worker, dueOn: "2024-04-30" }] },
        400,
        "monitoring.due_before_visit",
      ],
      [
        { followUps: [{ description: "x", ownerId: ids.committee, dueOn: "2024-06-30" }] },
        400,
        "monitoring.owner_invalid",
      ],
      [{ purpose: "" }, 400, "common.invalid_input"],
      [{ findings: "x".repeat(10_001) }, 400, "common.invalid_input"],
      [{ subjectType: "school" }, 400, "common.invalid_input"],
      [{ extra: 1 }, 400, "common.invalid_input"],
    ];
    for (const [over, status, code] of cases) {
      expectError(await c.worker.send("POST", "/api/monitoring/visits", goodBody(over)), status, code);
    }
    // The worker of ทรายมูล may not name as owner someone whose area does not cover the visit: a Nan village.
    expectError(
      await c.admin.send(
        "POST",
        "/api/monitoring/visits",
        goodBody({
          subjectType: "household",
          subjectId: nanHouseholdId,
          followUps: [{ description: "x", ownerId: ids.worker, dueOn: "2024-06-30" }],
        }),
      ),
      400,
      "monitoring.owner_invalid",
    );
    expect(await visitCount()).toBe(before);
  });

  it("a subject outside the actor's area is not found, and only officers may record", async () => {
    expectError(
      await c.worker.send(
        "POST",
        "/api/monitoring/visits",
        goodBody({ subjectType: "household", subjectId: nanHouseholdId, followUps: [] }),
      ),
      404,
      "common.not_found",
    );
    expectError(
      await c.worker.send(
        "POST",
        "/api/monitoring/visits",
        goodBody({ subjectType: "village", subjectId: undefined, villageCode: "40010161" }),
      ),
      404,
      "common.not_found",
    );
    expectError(
      await c.worker.send(
        "POST",
        "/api/monitoring/visits",
        goodBody({ subjectId: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b" }),
      ),
      404,
      "common.not_found",
    );
    expectError(
      await c.committee.send("POST", "/api/monitoring/visits", goodBody()),
      403,
      "access.permission_monitoring_write",
    );
    expectError(
      await c.auditor.send("POST", "/api/monitoring/visits", goodBody()),
      403,
      "access.permission_monitoring_write",
    );
  });
});

describe("reading visits in scope", () => {
  it("lists visits newest first in the actor's area, in keyset pages", async () => {
    const mine = (await c.worker.get("/api/monitoring/visits")).json<{ items: VisitSummary[] }>();
    expect(mine.items.map((v) => v.id)).toContain(visit.id);
    expect(mine.items.map((v) => v.id)).not.toContain(farVisit.id);
    const province = (await c.province.get("/api/monitoring/visits?limit=200")).json<{
      items: VisitSummary[];
    }>();
    expect(province.items.map((v) => v.id)).toEqual(expect.arrayContaining([visit.id, farVisit.id]));
    const first = (await c.worker.get("/api/monitoring/visits?limit=2")).json<{
      items: VisitSummary[];
      nextCursor: string | null;
    }>();
    expect(first.items).toHaveLength(2);
    const second = (
      await c.worker.get(`/api/monitoring/visits?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`)
    ).json<{ items: VisitSummary[]; nextCursor: string | null }>();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items].map((v) => v.id);
    expect(new Set(all).size).toBe(3);
    const summary = mine.items.find((v) => v.id === visit.id)!;
    expect([summary.followUpsOpen, summary.followUpsOverdue, summary.teamNames]).toEqual([
      2,
      1,
      ["นางสาวมาลี บุญมา", "นางสาวจิตตวดี นกพะเนาว์"],
    ]);
    const funds = (await c.worker.get(`/api/monitoring/visits?subjectType=fund&subjectId=${fundId}`)).json<{
      items: VisitSummary[];
    }>();
    expect(funds.items.map((v) => v.id)).toEqual([visit.id]);
  });

  it("answers 404 outside the actor's area and 403 without the permission", async () => {
    expect((await c.district.get(`/api/monitoring/visits/${visit.id}`)).statusCode).toBe(200);
    expect((await c.committee.get(`/api/monitoring/visits/${visit.id}`)).statusCode).toBe(200);
    expectError(await c.worker.get(`/api/monitoring/visits/${farVisit.id}`), 404, "common.not_found");
    expectError(await c.district.get(`/api/monitoring/visits/${farVisit.id}`), 404, "common.not_found");
    expectError(await c.worker.get("/api/monitoring/visits?area=4001"), 404, "common.not_found");
    expectError(
      await c.household.get(`/api/monitoring/visits/${visit.id}`),
      403,
      "access.permission_monitoring_read",
    );
    expectError(await c.worker.get("/api/monitoring/visits?cursor=bad"), 400, "common.cursor_invalid");
    expectError(await c.worker.get("/api/monitoring/visits?from=2024-13-01"), 400, "monitoring.date_invalid");
    expectError(await c.worker.get(`/api/monitoring/visits/${farVisit.id}/pdf`), 404, "common.not_found");
  });

  it("corrects a visit and keeps the change in the audit log", async () => {
    const res = await c.worker.send("PATCH", `/api/monitoring/visits/${visit.id}`, {
      findings: "ชำระคืนตามกำหนด 5 ใน 6 ครัวเรือน",
      team: [{ userId: ids.worker }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<VisitDetail>().findings).toBe("ชำระคืนตามกำหนด 5 ใน 6 ครัวเรือน");
    expect(res.json<VisitDetail>().team.map((m) => m.name)).toEqual(["นางสาวมาลี บุญมา"]);
    expectError(
      await c.worker.send("PATCH", `/api/monitoring/visits/${visit.id}`, { visitedOn: "2024-05-25" }),
      400,
      "monitoring.due_before_visit",
    );
    expectError(
      await c.worker.send("PATCH", `/api/monitoring/visits/${visit.id}`, {}),
      400,
      "common.invalid_input",
    );
    expectError(
      await c.worker.send("PATCH", `/api/monitoring/visits/${farVisit.id}`, { findings: "x" }),
      404,
      "common.not_found",
    );
    const audit = await listAuditEvents(h.t.deps, { entityId: visit.id, limit: 10 });
    const updated = audit.items.find((e) => e.action === "monitoring.visit_updated")!;
    expect(updated.before).toMatchObject({
      findings: "ชำระคืนตามกำหนด",
      team: ["นางสาวมาลี บุญมา", "นางสาวจิตตวดี นกพะเนาว์"],
    });
    expect(updated.after).toMatchObject({ findings: "ชำระคืนตามกำหนด 5 ใน 6 ครัวเรือน" });
    expect(audit.items.some((e) => e.action === "monitoring.visit_recorded")).toBe(true);
  });
});

describe("follow-ups", () => {
  it("lists my overdue follow-ups, every open one on request, and the district's area view", async () => {
    const mine = (await c.worker.get("/api/monitoring/follow-ups")).json<{ items: FollowUp[] }>();
    expect(mine.items.map((f) => [f.description, f.daysOverdue, f.subjectName])).toEqual([
      ["ตรวจสมุดบัญชีคุมลูกหนี้", 26, "กองทุน กข.คจ. บ้านดอกกระเจียว"],
    ]);
    const districtMine = (await c.district.get("/api/monitoring/follow-ups")).json<{ items: FollowUp[] }>();
    expect(districtMine.items).toEqual([]);
    const districtOpen = (await c.district.get("/api/monitoring/follow-ups?overdue=false")).json<{
      items: FollowUp[];
    }>();
    expect(districtOpen.items.map((f) => f.dueOn)).toEqual(["2024-07-01"]);
    const area = (await c.district.get("/api/monitoring/follow-ups?scope=area")).json<{
      items: FollowUp[];
    }>();
    expect(area.items.map((f) => f.ownerName)).toEqual(["นางสาวมาลี บุญมา"]);
    const province = (await c.province.get("/api/monitoring/follow-ups?scope=area&limit=1")).json<{
      items: FollowUp[];
      nextCursor: string | null;
    }>();
    // Oldest due first across the province: ทรายมูล's (2024-05-20), then the far village's (2024-06-01).
    expect(province.items.map((f) => f.dueOn)).toEqual(["2024-05-20"]);
    const next = (
      await c.province.get(
        `/api/monitoring/follow-ups?scope=area&limit=1&cursor=${encodeURIComponent(province.nextCursor!)}`,
      )
    ).json<{ items: FollowUp[]; nextCursor: string | null }>();
    expect(next.items.map((f) => f.dueOn)).toEqual(["2024-06-01"]);
    expect(next.nextCursor).toBeNull();
    expectError(
      await c.worker.get("/api/monitoring/follow-ups?scope=area&area=4007"),
      404,
      "common.not_found",
    );
  });

  it("becomes overdue the day after its due date, by the Bangkok business date", async () => {
    const due = visit.followUps.find((f) => f.dueOn === "2024-07-01")!;
    const district = (at: string) => ({
      ...h.t.deps,
      clock: fixedClock(at),
      actor: {
        kind: "user" as const,
        userId: ids.district,
        username: "district.namphong",
        role: "district_officer" as const,
        scopeCode: "4007",
        householdId: null,
      },
    });
    // 2024-07-01T17:30Z is already 2 July in Bangkok (UTC+7); 16:59Z is still 1 July, the due date itself.
    const onDueDate = await listFollowUps(district("2024-07-01T16:59:00Z"), followUpQuery);
    expect(onDueDate.items.map((f) => f.id)).not.toContain(due.id);
    const dayAfter = await listFollowUps(district("2024-07-01T17:30:00Z"), followUpQuery);
    expect(dayAfter.items.map((f) => [f.id, f.daysOverdue])).toEqual([[due.id, 1]]);
  });

  it("records a follow-up done once, by its owner or a supervising officer", async () => {
    const mine = visit.followUps.find((f) => f.dueOn === "2024-05-20")!;
    const theirs = visit.followUps.find((f) => f.dueOn === "2024-07-01")!;
    expectError(
      await c.worker.send("POST", `/api/monitoring/follow-ups/${theirs.id}/complete`, {
        doneOn: "2024-06-10",
        note: "x",
      }),
      422,
      "monitoring.not_owner",
    );
    expectError(
      await c.worker.send("POST", `/api/monitoring/follow-ups/${mine.id}/complete`, {
        doneOn: "2024-06-16",
        note: "x",
      }),
      400,
      "monitoring.done_in_future",
    );
    expectError(
      await c.worker.send("POST", `/api/monitoring/follow-ups/${mine.id}/complete`, {
        doneOn: "2024-04-30",
        note: "x",
      }),
      400,
      "monitoring.done_before_visit",
    );
    expectError(
      await c.worker.send("POST", `/api/monitoring/follow-ups/${mine.id}/complete`, {
        doneOn: "2024-06-10",
        note: "",
      }),
      400,
      "common.invalid_input",
    );
    const done = await c.worker.send("POST", `/api/monitoring/follow-ups/${mine.id}/complete`, {
      doneOn: "2024-06-10",
      note: "ตรวจแล้ว ถูกต้อง",
    });
    expect(done.statusCode).toBe(200);
    expect(done.json<FollowUp>()).toMatchObject({ status: "done", doneOn: "2024-06-10", isOverdue: false });
    expectError(
      await c.worker.send("POST", `/api/monitoring/follow-ups/${mine.id}/complete`, {
        doneOn: "2024-06-10",
        note: "x",
      }),
      409,
      "monitoring.follow_up_done",
    );
    expectError(
      await c.worker.send("PATCH", `/api/monitoring/follow-ups/${mine.id}`, { dueOn: "2024-06-30" }),
      409,
      "monitoring.follow_up_done",
    );
    expect((await c.worker.get("/api/monitoring/follow-ups")).json<{ items: FollowUp[] }>().items).toEqual(
      [],
    );
    expectError(
      await c.worker.send("POST", `/api/monitoring/follow-ups/${farVisit.followUps[0]!.id}/complete`, {
        doneOn: "2024-06-10",
        note: "x",
      }),
      404,
      "common.not_found",
    );
    const audit = await listAuditEvents(h.t.deps, { entityId: mine.id, limit: 10 });
    expect(audit.items.map((e) => e.action)).toEqual(["monitoring.follow_up_done"]);
    expect(audit.items[0]!.after).toEqual({ status: "done", doneOn: "2024-06-10", note: "ตรวจแล้ว ถูกต้อง" });
  });

  it("adds and reassigns follow-ups with the same checks", async () => {
    const added = await c.district.send("POST", `/api/monitoring/visits/${visit.id}/follow-ups`, {
      description: "ติดตามผลการผ่อนผัน",
      ownerId: ids.worker,
      dueOn: "2024-08-01",
    });
    expect(added.statusCode).toBe(200);
    const f = added.json<FollowUp>();
    expect([f.ownerName, f.status, f.isOverdue]).toEqual(["นางสาวมาลี บุญมา", "open", false]);
    expectError(
      await c.district.send("POST", `/api/monitoring/visits/${visit.id}/follow-ups`, {
        description: "x",
        ownerId: ids.committee,
        dueOn: "2024-08-01",
      }),
      400,
      "monitoring.owner_invalid",
    );
    const moved = await c.district.send("PATCH", `/api/monitoring/follow-ups/${f.id}`, {
      ownerId: ids.district,
      dueOn: "2024-06-01",
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json<FollowUp>()).toMatchObject({
      ownerName: "นายธีระ ศรีสุข",
      isOverdue: true,
      daysOverdue: 14,
    });
    expectError(
      await c.district.send("PATCH", `/api/monitoring/follow-ups/${f.id}`, { dueOn: "2024-04-01" }),
      400,
      "monitoring.due_before_visit",
    );
    expectError(
      await c.worker.send("PATCH", `/api/monitoring/follow-ups/${f.id}`, { description: "x" }),
      422,
      "monitoring.not_owner",
    );
    const assignees = (await c.worker.get("/api/monitoring/assignees?area=40070908")).json<{
      items: { role: string }[];
    }>();
    expect(assignees.items.map((a) => a.role)).toEqual([
      "subdistrict_worker",
      "district_officer",
      "province_officer",
      "central_admin",
    ]);
    expectError(await c.worker.get("/api/monitoring/assignees?area=4001"), 404, "common.not_found");
  });
});

describe("documents and exports", () => {
  it("prints the visit report with the subject, team and follow-ups", async () => {
    const res = await c.district.get(`/api/monitoring/visits/${visit.id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(String(res.headers["content-disposition"])).toMatch(/^inline; /);
    const text = await pdfText(res.rawPayload);
    expect(hasText(text, "กองทุน กข.คจ. บ้านดอกกระเจียว")).toBe(true);
    expect(hasText(text, "ตำบลทรายมูล")).toBe(true);
    expect(text).toContain("1 พฤษภาคม 2567");
    expect(hasText(text, "ตรวจแล้ว ถูกต้อง")).toBe(true);
  });

  it("exports visits and overdue follow-ups as CSV in scope", async () => {
    const visits = await c.worker.get("/api/monitoring/visits/export?format=csv");
    expect(visits.statusCode).toBe(200);
    const lines = visits.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toContain("วันที่ลงพื้นที่");
    expect(lines).toHaveLength(4);
    expect(visits.body).toContain("กองทุน กข.คจ. บ้านดอกกระเจียว");
    expect(visits.body).not.toContain("บ้านโคกทดสอบ");
    const followUps = await c.district.get("/api/monitoring/follow-ups/export?format=csv&scope=area&lang=en");
    expect(followUps.statusCode).toBe(200);
    expect(followUps.body).toContain("Days overdue");
    expect(followUps.body).toContain("ติดตามผลการผ่อนผัน");
    expectError(
      await c.worker.get("/api/monitoring/visits/export?format=csv&area=4001"),
      404,
      "common.not_found",
    );
    const xlsx = await c.worker.get("/api/monitoring/visits/export?format=xlsx");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString("latin1")).toBe("PK");
  });
});
