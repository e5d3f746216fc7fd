// Community livelihoods over HTTP: organisations, the five-step plan (no skipping, evidence first), target and model
// households, lecturer teams, trainings, a household's fund access; bad input writes nothing; scope answers 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { listAuditEvents } from "../audit/index";
import { listHouseholds } from "../households/index";
import type { FundAccess, LecturerTeam, Organisation, PlanDetail, Training } from "./contracts";

let h: TestApp;
const c = {} as Record<"admin" | "district" | "worker" | "mentor" | "committee", Client>;
let homes: string[]; // households of 40070908
let nanHome: string; // a household of 55011604, another province
let plan: PlanDetail;
let team: LecturerTeam;

type Res = {
  statusCode: number;
  body: string;
  json(): { error: { code: string; message: string; messageEn: string } };
};
function expectError(res: Res, status: number, code: string) {
  const body = res.json();
  expect([res.statusCode, body.error?.code], res.body).toEqual([status, code]);
  expect(body.error.message).toMatch(/[ก-๙]/);
  expect(body.error.messageEn).toMatch(/[a-z]/i);
}

beforeAll(async () => {
  h = await createTestApp();
  homes = (await listHouseholds(h.t.deps, { area: "40070908", limit: 5 })).items.map((x) => x.id);
  nanHome = (await listHouseholds(h.t.deps, { area: "55011604", limit: 1 })).items[0]!.id;
  c.admin = await h.login("admin");
  c.district = await h.login("district.namphong");
  c.worker = await h.login("worker.saimun");
  c.mentor = await h.login("mentor.saimun");
  c.committee = await h.login("committee.dokkrachiao");
});

afterAll(async () => {
  await h?.close();
});

describe("supporting organisations", () => {
  it("records the district's organisations with members and roles, listed in scope", async () => {
    const res = await c.district.send("POST", "/api/livelihoods/organisations", {
      areaCode: "4007",
      kind: "women_committee",
      name: "คณะกรรมการพัฒนาสตรีอำเภอน้ำพอง",
      mission: "คัดเลือกครัวเรือนสัมมาชีพตัวอย่าง",
      members: [{ name: "นางสมใจ ทองมา", role: "chair", phone: "0812345678" }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const org = res.json<Organisation>();
    const added = await c.district.send("POST", `/api/livelihoods/organisations/${org.id}/members`, {
      name: "นางอรุณี แสงทอง",
      role: "secretary",
    });
    expect(added.json<Organisation>().members.map((m) => [m.name, m.role])).toEqual([
      ["นางสมใจ ทองมา", "chair"],
      ["นางอรุณี แสงทอง", "secretary"],
    ]);
    // The district's organisation lies above the worker's sub-district: not in the worker's list.
    const listed = await c.worker.get("/api/livelihoods/organisations");
    expect(listed.json<{ items: Organisation[] }>().items, listed.body).toEqual([]);
    expectError(await c.worker.get("/api/livelihoods/organisations?area=4007"), 404, "common.not_found");
    expect(
      (await c.district.get("/api/livelihoods/organisations")).json<{ items: Organisation[] }>().items,
    ).toHaveLength(1);
    expectError(await c.worker.get(`/api/livelihoods/organisations/${org.id}`), 404, "common.not_found");
    expectError(
      await c.district.send("POST", "/api/livelihoods/organisations", {
        areaCode: "4007",
        kind: "club",
        name: "x",
      }),
      400,
      "common.invalid_input",
    );
    expectError(
      await c.worker.send("POST", "/api/livelihoods/organisations", {
        areaCode: "4007",
        kind: "other",
        name: "x",
      }),
      404,
      "common.not_found",
    );
    expectError(
      await c.mentor.send("POST", "/api/livelihoods/organisations", {
        areaCode: "400709",
        kind: "other",
        name: "x",
      }),
      403,
      "access.permission_livelihoods_write",
    );
  });
});

describe("action plans", () => {
  it("opens a village plan at step 1 and refuses bad plans, writing nothing", async () => {
    const res = await c.worker.send("POST", "/api/livelihoods/plans", {
      areaCode: "40070908",
      fiscalYear: 2567,
      title: "แผนสัมมาชีพชุมชนบ้านดอกกระเจียว",
      startedOn: "2024-01-10",
    });
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json<PlanDetail>();
    expect([plan.step, plan.stepNumber, plan.areaName]).toEqual(["prepare", 1, "บ้านดอกกระเจียว"]);
    expect(plan.steps.map((s) => [s.step, s.startedOn])).toEqual([
      ["prepare", "2024-01-10"],
      ["plan", null],
      ["act", null],
      ["evaluate", null],
      ["summarise", null],
    ]);
    const bad: [Record<string, unknown>, number, string][] = [
      [{ fiscalYear: 2567 }, 409, "livelihood.plan_exists"],
      [{ fiscalYear: 2559 }, 400, "livelihood.fiscal_year"],
      [{ fiscalYear: 2569 }, 400, "livelihood.fiscal_year"],
      [{ fiscalYear: 2566, startedOn: "2024-06-16" }, 400, "livelihood.date_in_future"],
      [{ fiscalYear: 2566, startedOn: "2024-02-30" }, 400, "livelihood.date_invalid"],
      [{ fiscalYear: 2566, areaCode: "4007" }, 400, "common.invalid_input"],
      [{ fiscalYear: 2566, areaCode: "55011604" }, 404, "common.not_found"],
      [{ fiscalYear: 2566, areaCode: "40070999" }, 404, "common.not_found"],
    ];
    for (const [over, status, code] of bad) {
      expectError(
        await c.worker.send("POST", "/api/livelihoods/plans", { areaCode: "40070908", title: "x", ...over }),
        status,
        code,
      );
    }
    const list = (await c.worker.get("/api/livelihoods/plans")).json<{ items: unknown[] }>();
    expect(list.items).toHaveLength(1);
  });

  it("moves step by step only with evidence, never skipping", async () => {
    const url = `/api/livelihoods/plans/${plan.id}`;
    expectError(
      await c.worker.send("POST", `${url}/advance`, { to: "plan" }),
      422,
      "livelihood.evidence_required",
    );
    expectError(await c.worker.send("POST", `${url}/advance`, { to: "act" }), 422, "livelihood.step_skipped");
    expectError(
      await c.worker.send("POST", `${url}/evidence`, {
        step: "act",
        evidenceOn: "2024-01-15",
        description: "x",
      }),
      422,
      "livelihood.evidence_step",
    );
    expectError(
      await c.worker.send("POST", `${url}/evidence`, { evidenceOn: "2024-01-09", description: "x" }),
      400,
      "livelihood.evidence_before_step",
    );
    expectError(
      await c.worker.send("POST", `${url}/evidence`, { evidenceOn: "2024-01-15", description: "" }),
      400,
      "common.invalid_input",
    );
    const ev = await c.worker.send("POST", `${url}/evidence`, {
      evidenceOn: "2024-01-15",
      description: "ประชุมสร้างความเข้าใจทีมสนับสนุน 4 องค์กร",
    });
    expect(ev.statusCode, ev.body).toBe(200);
    expectError(
      await c.worker.send("POST", `${url}/advance`, { to: "plan", on: "2024-01-01" }),
      400,
      "livelihood.advance_before_start",
    );
    const moved = await c.worker.send("POST", `${url}/advance`, { to: "plan", on: "2024-02-01" });
    expect(moved.statusCode, moved.body).toBe(200);
    const p = moved.json<PlanDetail>();
    expect([p.step, p.stepNumber]).toEqual(["plan", 2]);
    expect(p.steps.slice(0, 2).map((s) => [s.startedOn, s.completedOn, s.evidenceCount])).toEqual([
      ["2024-01-10", "2024-02-01", 1],
      ["2024-02-01", null, 0],
    ]);
    expectError(
      await c.worker.send("POST", `${url}/advance`, { to: "act" }),
      422,
      "livelihood.evidence_required",
    );
    // Evidence may still be added to a step already passed.
    const late = await c.worker.send("POST", `${url}/evidence`, {
      step: "prepare",
      evidenceOn: "2024-02-05",
      description: "รายงานการประชุม",
    });
    expect(late.json<PlanDetail>().steps[0]!.evidenceCount).toBe(2);
    expectError(
      await c.mentor.send("POST", `${url}/advance`, { to: "act" }),
      403,
      "access.permission_livelihoods_write",
    );
    expect((await c.mentor.get(url)).statusCode).toBe(200);
    expectError(await c.committee.get(url), 403, "access.permission_livelihoods_read");
    const audit = await listAuditEvents(h.t.deps, { entityId: plan.id, limit: 20 });
    expect(audit.items.map((e) => e.action).sort()).toEqual([
      "livelihood.evidence_added",
      "livelihood.evidence_added",
      "livelihood.plan_advanced",
      "livelihood.plan_created",
    ]);
  });

  it("adds target and model households of the plan's area only", async () => {
    const url = `/api/livelihoods/plans/${plan.id}/households`;
    const res = await c.worker.send("POST", url, {
      householdId: homes[0],
      occupation: "เพาะเห็ดฟาง",
      isModel: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    await c.worker.send("POST", url, { householdId: homes[1], occupation: "ทอผ้า" });
    const p = (await c.worker.get(`/api/livelihoods/plans/${plan.id}`)).json<PlanDetail>();
    expect([p.targetHouseholds, p.modelHouseholds]).toEqual([2, 1]);
    expect(p.households[0]).toMatchObject({ householdId: homes[0], isModel: true, occupation: "เพาะเห็ดฟาง" });
    expectError(
      await c.worker.send("POST", url, { householdId: homes[0], occupation: "x" }),
      409,
      "livelihood.household_twice",
    );
    expectError(
      await c.admin.send("POST", url, { householdId: nanHome, occupation: "x" }),
      400,
      "livelihood.household_outside_area",
    );
    expectError(
      await c.worker.send("POST", url, {
        householdId: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
        occupation: "x",
      }),
      404,
      "common.not_found",
    );
  });
});

describe("lecturer teams and trainings", () => {
  it("records a village lecturer team and a training with lecturers and participants", async () => {
    const res = await c.worker.send("POST", "/api/livelihoods/teams", {
      areaCode: "40070908",
      name: "ทีมวิทยากรสัมมาชีพบ้านดอกกระเจียว",
      formedOn: "2024-01-20",
      lecturers: [
        { name: "นายสมบัติ พูนผล", role: "leader", expertise: "เพาะเห็ด", householdId: homes[2] },
        { name: "นางมาลัย รุ่งเรือง", expertise: "น้ำพริก" },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    team = res.json<LecturerTeam>();
    expect(team.lecturers.map((l) => l.role)).toEqual(["leader", "member"]);
    expectError(
      await c.worker.send("POST", "/api/livelihoods/teams", {
        areaCode: "400709",
        name: "x",
        formedOn: "2024-01-20",
        lecturers: [{ name: "x" }],
      }),
      400,
      "common.invalid_input",
    );
    expectError(
      await c.admin.send("POST", "/api/livelihoods/teams", {
        areaCode: "40070908",
        name: "x",
        formedOn: "2024-01-20",
        lecturers: [{ name: "x", householdId: nanHome }],
      }),
      400,
      "livelihood.household_outside_area",
    );
    const training = await c.worker.send("POST", "/api/livelihoods/trainings", {
      areaCode: "40070908",
      planId: plan.id,
      heldOn: "2024-03-01",
      topic: "การเพาะเห็ดฟางในตะกร้า",
      place: "ศาลาประชาคม",
      lecturerIds: [team.lecturers[0]!.id],
      participants: [
        { householdId: homes[0], name: "นางคำปุน ศรีหาบุตร" },
        { householdId: homes[1], name: "นายทองใบ ใจดี" },
      ],
    });
    expect(training.statusCode, training.body).toBe(200);
    const t = training.json<Training>();
    expect(t.lecturers.map((l) => l.name)).toEqual(["นายสมบัติ พูนผล"]);
    expect(t.participants).toHaveLength(2);
    const bad: [Record<string, unknown>, number, string][] = [
      [{ heldOn: "2024-07-01" }, 400, "livelihood.date_in_future"],
      [{ participants: [{ householdId: nanHome, name: "x" }] }, 400, "livelihood.household_outside_area"],
      [{ lecturerIds: ["0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"] }, 400, "livelihood.lecturer_outside_area"],
      [{ areaCode: "55011604" }, 404, "common.not_found"],
    ];
    for (const [over, status, code] of bad) {
      expectError(
        await c.worker.send("POST", "/api/livelihoods/trainings", {
          areaCode: "40070908",
          heldOn: "2024-03-01",
          topic: "x",
          ...over,
        }),
        status,
        code,
      );
    }
    const list = (await c.worker.get("/api/livelihoods/trainings")).json<{ items: Training[] }>();
    expect(list.items.map((x) => x.topic)).toEqual(["การเพาะเห็ดฟางในตะกร้า"]);
    const teams = (await c.district.get("/api/livelihoods/teams")).json<{ items: LecturerTeam[] }>();
    expect(teams.items.map((x) => x.lecturers.length)).toEqual([2]);
    const csv = await c.worker.get("/api/livelihoods/trainings/export?format=csv");
    expect(csv.body).toContain("การเพาะเห็ดฟางในตะกร้า");
    const plans = await c.worker.get("/api/livelihoods/plans/export?format=csv&lang=en");
    expect(plans.body).toContain("Target households");
    expect(plans.body).toContain("แผนสัมมาชีพชุมชนบ้านดอกกระเจียว");
  });
});

describe("a household's fund access", () => {
  it("lists outside funds recorded by hand (no Kaejon loans here) in scope", async () => {
    const url = `/api/livelihoods/households/${homes[0]}/funds`;
    const empty = (await c.worker.get(url)).json<FundAccess>();
    expect([empty.kaejon, empty.outside]).toEqual([[], []]);
    const res = await c.worker.send("POST", url, {
      fundName: "กองทุนหมู่บ้านและชุมชนเมือง บ้านดอกกระเจียว",
      accessKind: "borrower",
      since: "2023-05-01",
      note: "ยืม 20,000 บาท",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<FundAccess>().outside.map((o) => [o.fundName, o.accessKind, o.since])).toEqual([
      ["กองทุนหมู่บ้านและชุมชนเมือง บ้านดอกกระเจียว", "borrower", "2023-05-01"],
    ]);
    expectError(
      await c.worker.send("POST", url, { fundName: "x", accessKind: "gift", since: "2023-05-01" }),
      400,
      "common.invalid_input",
    );
    expectError(
      await c.worker.send("POST", url, { fundName: "x", accessKind: "grant", since: "2030-01-01" }),
      400,
      "livelihood.date_in_future",
    );
    expectError(await c.worker.get(`/api/livelihoods/households/${nanHome}/funds`), 404, "common.not_found");
    expect((await c.worker.get(url)).json<FundAccess>().outside).toHaveLength(1);
  });
});
