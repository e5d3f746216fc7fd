import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { createUser } from "../access/index";
import { seedKnowledgeDemo } from "./seed-knowledge-demo";

let h: TestApp;
const c = {} as Record<"admin" | "district" | "worker" | "household" | "nan", Client>;

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
}

const q = (text: string) => encodeURIComponent(text);

beforeAll(async () => {
  h = await createTestApp();
  await seedKnowledgeDemo(h.t.deps);
  await createUser(
    { ...h.t.deps, actor: SYSTEM_ACTOR },
    {
      username: "kn.nan",
      displayName: "พัฒนากรน่าน",
      role: "subdistrict_worker",
      scopeCode: "550116",
      password: "kaejon-test-password",
    },
  );
  c.admin = await h.login("admin");
  c.district = await h.login("district.namphong");
  c.worker = await h.login("worker.saimun");
  c.household = await h.login("household.demo");
  c.nan = await h.login("kn.nan", "kaejon-test-password");
});
afterAll(async () => h.close());

describe("knowledge over HTTP", () => {
  it("searches in Thai with highlighted results for any signed-in user, and needs a session", async () => {
    const res = await c.household.get(`/api/knowledge?q=${q("การเลี้ยงไก่")}&limit=3`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.words).toEqual(["เลี้ยง", "ไก่"]);
    expect(page.matches).toEqual({ count: 1, more: false });
    expect(page.items[0]).toMatchObject({
      title: "การเลี้ยงไก่ไข่แบบปล่อยลานในครัวเรือน",
      areaName: "บ้านดอกกระเจียว",
      ownerName: "นางสมศรี ทองดี",
      status: "published",
    });
    expect(page.items[0].titleParts).toEqual([
      { text: "การ", hit: false },
      { text: "เลี้ยงไก่", hit: true },
      { text: "ไข่แบบปล่อยลานในครัวเรือน", hit: false },
    ]);
    const filtered = await c.household.get(`/api/knowledge?category=handicraft&area=55`);
    expect(filtered.json().items.map((i: { title: string }) => i.title)).toEqual([
      "ทอผ้าไหมลายน้ำไหลด้วยสีธรรมชาติ",
    ]);
    expect(filtered.json().matches).toBeNull();
    const inCategory = await c.household.get(`/api/knowledge?q=${q("ผ้าไหม")}&category=handicraft`);
    expect(inCategory.json()).toMatchObject({
      matches: { count: 1, more: false },
      items: [{ title: "ทอผ้าไหมลายน้ำไหลด้วยสีธรรมชาติ" }],
    });
    const otherCategory = await c.household.get(`/api/knowledge?q=${q("ผ้าไหม")}&category=livestock`);
    expect(otherCategory.json()).toMatchObject({ matches: { count: 0, more: false }, items: [] });
    expect((await h.app.inject({ method: "GET", url: "/api/knowledge" })).statusCode).toBe(401);
    expectError(await c.household.get("/api/knowledge?area=4x"), 400, "common.invalid_input");
    expectError(await c.household.get("/api/knowledge?limit=500"), 400, "common.invalid_input");
  });

  it("creates, reads, publishes and edits a record; 400 for bad bodies with nothing written", async () => {
    const before = await count("kn_record");
    expectError(await c.worker.send("POST", "/api/knowledge", { title: "" }), 400, "common.invalid_input");
    expectError(
      await c.worker.send("POST", "/api/knowledge", {
        title: "ทดสอบ",
        categoryCode: "agriculture",
        areaCode: "40070908",
        ownerName: "ก",
        ownerPosition: "ข",
        ownerOffice: "ค",
        ownerEmail: "not-an-email",
      }),
      400,
      "common.invalid_input",
    );
    expect(await count("kn_record")).toBe(before);
    const created = await c.worker.send("POST", "/api/knowledge", {
      title: "การทำน้ำหมักชีวภาพจากเศษผลไม้",
      categoryCode: "agriculture",
      areaCode: "40070908",
      ownerName: "นายสมหมาย ดอกไม้",
      ownerPosition: "เกษตรกร",
      ownerOffice: "บ้านดอกกระเจียว",
      ownerPhone: "081-234-5678",
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ status: "draft", canEdit: true, areaName: "บ้านดอกกระเจียว" });
    expectError(await c.household.get(`/api/knowledge/${id}`), 404, "common.not_found");
    expectError(
      await c.worker.send("PATCH", `/api/knowledge/${id}`, { status: "published" }),
      400,
      "knowledge.publish_incomplete",
    );
    const published = await c.worker.send("PATCH", `/api/knowledge/${id}`, {
      status: "published",
      background: "ผลไม้เหลือจากตลาดเน่าเสียทุกวัน",
      steps: "สับเศษผลไม้ หมักกับกากน้ำตาลในถังปิดฝาสามเดือน",
    });
    expect(published.json()).toMatchObject({ status: "published" });
    expect(published.json().publishedAt).not.toBeNull();
    expect((await c.household.get(`/api/knowledge/${id}`)).json().canEdit).toBe(false);
    expect((await c.household.get(`/api/knowledge?q=${q("กากน้ำตาล")}`)).json().items[0].id).toBe(id);
    expectError(await c.nan.send("PATCH", `/api/knowledge/${id}`, { title: "x" }), 404, "common.not_found");
    expectError(
      await c.household.send("PATCH", `/api/knowledge/${id}`, { title: "x" }),
      403,
      "access.permission_knowledge_write",
    );
    expectError(await c.worker.send("PATCH", `/api/knowledge/${id}`, {}), 400, "common.invalid_input");
  });

  it("manages categories: everyone reads, administrators write", async () => {
    const list = await c.household.get("/api/knowledge/categories");
    expect(list.json().items.map((x: { code: string }) => x.code)).toContain("food_processing");
    expectError(
      await c.district.send("PUT", "/api/knowledge/categories/herbs", { nameTh: "สมุนไพร", nameEn: "Herbs" }),
      403,
      "access.permission_parameters_write",
    );
    const saved = await c.admin.send("PUT", "/api/knowledge/categories/herbs", {
      nameTh: "สมุนไพร",
      nameEn: "Herbs",
      sortOrder: 65,
    });
    expect(saved.json()).toEqual({
      code: "herbs",
      nameTh: "สมุนไพร",
      nameEn: "Herbs",
      sortOrder: 65,
      active: true,
    });
    expectError(
      await c.admin.send("PUT", "/api/knowledge/categories/Bad%20Code", { nameTh: "x", nameEn: "x" }),
      400,
      "common.invalid_input",
    );
  });

  it("lists, creates and shows learning centres and model villages with their links", async () => {
    const centres = (await c.household.get("/api/learning-centres")).json();
    expect(centres.items.map((x: { areaCode: string }) => x.areaCode)).toEqual([
      "33091512",
      "40070908",
      "55011604",
    ]);
    const dok = centres.items[1];
    const detail = (await c.household.get(`/api/learning-centres/${dok.id}`)).json();
    expect(detail.modelVillages.map((v: { kind: string }) => v.kind)).toEqual(["kkj_model"]);
    expect(detail.records.map((r: { title: string }) => r.title).sort()).toEqual([
      "การทำปุ๋ยหมักชีวภาพจากมูลไก่และเศษพืช",
      "การเลี้ยงไก่ไข่แบบปล่อยลานในครัวเรือน",
    ]);
    expect((await c.household.get(`/api/learning-centres?q=${q("ผ้าไหม")}`)).json().items).toHaveLength(1);
    expectError(
      await c.worker.send("POST", "/api/learning-centres", {
        areaCode: "400709",
        name: "ศูนย์ใหม่",
        contactName: "ก",
        latitude: 16.1,
      }),
      400,
      "common.invalid_input",
    );
    expectError(
      await c.worker.send("POST", "/api/learning-centres", {
        areaCode: "550116",
        name: "ศูนย์ไกล",
        contactName: "ก",
      }),
      404,
      "common.not_found",
    );
    const made = await c.worker.send("POST", "/api/learning-centres", {
      areaCode: "400709",
      name: "ศูนย์เรียนรู้การแปรรูปข้าวตำบลทรายมูล",
      topics: ["ข้าวฮางงอก"],
      contactName: "นางสาวอรุณี",
      latitude: 16.75,
      longitude: 102.9,
    });
    expect(made.statusCode).toBe(201);
    const patched = await c.worker.send("PATCH", `/api/learning-centres/${made.json().id}`, {
      latitude: null,
      longitude: null,
    });
    expect(patched.json()).toMatchObject({ latitude: null, longitude: null });
    expectError(
      await c.worker.send("PATCH", `/api/learning-centres/${made.json().id}`, { latitude: 10 }),
      400,
      "knowledge.gps_incomplete",
    );

    const villages = (await c.household.get("/api/model-villages?kind=kkj_model")).json();
    expect(villages.items.map((v: { areaName: string }) => v.areaName)).toEqual([
      "บ้านดอกกระเจียว",
      "บ้านเกาะแก้ว",
    ]);
    const village = (await c.household.get(`/api/model-villages/${villages.items[0].id}`)).json();
    expect(village.learningCentreName).toBe("ศูนย์เรียนรู้เศรษฐกิจพอเพียงบ้านดอกกระเจียว");
    expect(village.records.map((r: { title: string }) => r.title).sort()).toEqual([
      "การบริหารกองทุน กข.คจ. ให้ไม่มีเงินทุนสูญหาย",
      "การเลี้ยงไก่ไข่แบบปล่อยลานในครัวเรือน",
    ]);
    expectError(
      await c.district.send("POST", "/api/model-villages", {
        areaCode: "400709",
        kind: "other",
        yearDesignated: 2024,
      }),
      400,
      "common.invalid_input",
    );
    expectError(
      await c.district.send("POST", "/api/model-villages", {
        areaCode: "40070908",
        kind: "kkj_model",
        yearDesignated: 2024,
      }),
      409,
      "knowledge.model_village_exists",
    );
    const updated = await c.district.send("PATCH", `/api/model-villages/${villages.items[0].id}`, {
      notes: "ปรับปรุงบันทึก",
    });
    expect(updated.json().notes).toBe("ปรับปรุงบันทึก");
    expectError(
      await c.nan.send("PATCH", `/api/model-villages/${villages.items[0].id}`, { notes: "x" }),
      404,
      "common.not_found",
    );
  });

  it("exports records, centres and villages as CSV and XLSX", async () => {
    const csv = await c.household.get(`/api/knowledge/export?format=csv&q=${q("ทอผ้าไหม")}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/^ชื่อองค์ความรู้,หมวดองค์ความรู้,รหัสพื้นที่/);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["ทอผ้าไหมลายน้ำไหลด้วยสีธรรมชาติ"]);
    const xlsx = await c.household.get("/api/learning-centres/export?format=xlsx&lang=en");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const villages = await c.household.get("/api/model-villages/export?format=csv");
    expect(villages.body).toContain("หมู่บ้านต้นแบบ กข.คจ.");
    expect(villages.body).toContain("2562");
  });

  it("documents its routes in the OpenAPI document", async () => {
    const doc = await h.app.inject({ method: "GET", url: "/api/openapi.json" });
    const paths = Object.keys(doc.json().paths);
    for (const path of [
      "/api/knowledge",
      "/api/knowledge/{id}",
      "/api/knowledge/{id}/attachments",
      "/api/learning-centres",
      "/api/model-villages/{id}",
      "/api/attachments/{id}",
    ]) {
      expect(paths).toContain(path);
    }
  });
});
