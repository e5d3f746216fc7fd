import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../test/support/http";
import { createUser } from "../modules/access/index";
import { seedKnowledgeDemo } from "../modules/knowledge/index";
import { TEST_FILES } from "../platform/attachments/test-files";
import { rows } from "../platform/database";
import { SYSTEM_ACTOR } from "../shared/actor";

let h: TestApp;
const c = {} as Record<"worker" | "household" | "nan" | "committee", Client>;
let draftId: string;
let publishedId: string;

const count = async (where = "true") =>
  (
    await rows<{ n: number }>(
      h.t.deps.db,
      sql.raw(`select count(*)::int as n from attachment where ${where}`),
    )
  )[0]!.n;

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
  c.worker = await h.login("worker.saimun");
  c.household = await h.login("household.demo");
  c.nan = await h.login("kn.nan", "kaejon-test-password");
  c.committee = await h.login("committee.dokkrachiao");
  const created = await c.worker.send("POST", "/api/knowledge", {
    title: "ร่างความรู้การเลี้ยงกบในกระชัง",
    categoryCode: "livestock",
    areaCode: "40070908",
    ownerName: "นายทดสอบ",
    ownerPosition: "เกษตรกร",
    ownerOffice: "บ้านดอกกระเจียว",
    status: "draft",
  });
  expect(created.statusCode).toBe(201);
  draftId = created.json().id;
  const published = await c.household.get(`/api/knowledge?q=${encodeURIComponent("ไก่ไข่")}`);
  publishedId = published.json().items[0].id;
});
afterAll(async () => h.close());

describe("uploads", () => {
  it("stores an allowed file with its real type, a clean name and its SHA-256", async () => {
    const res = await c.worker.upload(
      `/api/knowledge/${draftId}/attachments`,
      "../../etc/รูปกบ.exe",
      TEST_FILES.png,
      "application/x-msdownload",
    );
    expect(res.statusCode).toBe(201);
    const meta = res.json();
    expect(meta).toMatchObject({
      ownerType: "knowledge_record",
      ownerId: draftId,
      areaCode: "40070908",
      shared: false,
      fileName: "รูปกบ.png",
      mediaType: "image/png",
      sizeBytes: TEST_FILES.png.length,
    });
    expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await rows<{ action: string }>(
      h.t.deps.db,
      sql`select action from audit_event where entity_id = ${meta.id}`,
    );
    expect(audit.map((a) => a.action)).toEqual(["attachment.uploaded"]);
  });

  it("refuses HTML, SVG, executables and macro workbooks whatever their name or content type", async () => {
    const before = await count();
    const cases: [string, Buffer, string, string][] = [
      ["photo.jpg", TEST_FILES.html, "image/jpeg", "attachment.type_not_allowed"],
      ["logo.svg", TEST_FILES.svg, "image/svg+xml", "attachment.type_not_allowed"],
      ["manual.pdf", TEST_FILES.exe, "application/pdf", "attachment.type_not_allowed"],
      ["run.png", TEST_FILES.elf, "image/png", "attachment.type_not_allowed"],
      ["report.pdf", TEST_FILES.htmlWithPdfInside, "application/pdf", "attachment.type_not_allowed"],
      [
        "book.xlsx",
        TEST_FILES.xlsm,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "attachment.macro_refused",
      ],
      ["empty.pdf", Buffer.alloc(0), "application/pdf", "attachment.empty"],
    ];
    for (const [name, bytes, type, code] of cases) {
      expectError(
        await c.worker.upload(`/api/knowledge/${draftId}/attachments`, name, bytes, type),
        400,
        code,
      );
    }
    expect(await count()).toBe(before);
  });

  it("refuses a file over the limit without storing it", async () => {
    const before = await count();
    const big = Buffer.concat([TEST_FILES.pdf, Buffer.alloc(10 * 1024 * 1024)]);
    expectError(
      await c.worker.upload(`/api/knowledge/${draftId}/attachments`, "big.pdf", big),
      400,
      "attachment.too_large",
    );
    // Beyond the app-wide 20 MB the request is refused before the body is read (413) where the client sends a
    // Content-Length; the injected request may not, and then the per-file limit answers.
    const huge = await c.worker.upload(
      `/api/knowledge/${draftId}/attachments`,
      "huge.pdf",
      Buffer.alloc(21 * 1024 * 1024),
    );
    expect([
      [400, "attachment.too_large"],
      [413, "common.body_too_large"],
    ]).toContainEqual([huge.statusCode, huge.json().error.code]);
    expect(await count()).toBe(before);
  });

  it("answers 400 without a file, 404 outside the caller's area, 403 without the right", async () => {
    expectError(
      await c.worker.send("POST", `/api/knowledge/${draftId}/attachments`, {}),
      400,
      "attachment.file_missing",
    );
    expectError(
      await c.nan.upload(`/api/knowledge/${draftId}/attachments`, "a.pdf", TEST_FILES.pdf),
      404,
      "common.not_found",
    );
    expectError(
      await c.nan.upload(`/api/knowledge/${publishedId}/attachments`, "a.pdf", TEST_FILES.pdf),
      404,
      "common.not_found",
    );
    expectError(
      await c.committee.upload(`/api/knowledge/${draftId}/attachments`, "a.pdf", TEST_FILES.pdf),
      403,
      "access.permission_knowledge_write",
    );
  });
});

describe("downloads", () => {
  it("serves a PDF inline and an Office file as a download, sandboxed and never sniffed", async () => {
    const pdf = (
      await c.worker.upload(`/api/knowledge/${draftId}/attachments`, "คู่มือ การเลี้ยงกบ.pdf", TEST_FILES.pdf)
    ).json();
    const res = await c.worker.get(`/api/attachments/${pdf.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(TEST_FILES.pdf)).toBe(true);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(String(res.headers["content-security-policy"])).toMatch(/^sandbox;/);
    expect(res.headers["content-disposition"]).toBe(
      `inline; filename="file.pdf"; filename*=UTF-8''${encodeURIComponent("คู่มือ การเลี้ยงกบ.pdf")}`,
    );
    const forced = await c.worker.get(`/api/attachments/${pdf.id}?download=1`);
    expect(String(forced.headers["content-disposition"])).toMatch(/^attachment;/);
    const docx = (
      await c.worker.upload(`/api/knowledge/${draftId}/attachments`, "แผน.docx", TEST_FILES.docx)
    ).json();
    const office = await c.worker.get(`/api/attachments/${docx.id}`);
    expect(office.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(String(office.headers["content-disposition"])).toMatch(/^attachment;/);
  });

  it("hides files of draft records from everyone outside the area (404), and shares published ones", async () => {
    const png = (
      await c.worker.upload(`/api/knowledge/${publishedId}/attachments`, "เล้าไก่.png", TEST_FILES.png)
    ).json();
    expect(png.shared).toBe(true);
    expect((await c.nan.get(`/api/attachments/${png.id}`)).statusCode).toBe(200);
    expect((await c.household.get(`/api/attachments/${png.id}`)).statusCode).toBe(200);
    const [draftFile] = (await c.worker.get(`/api/knowledge/${draftId}`)).json().attachments;
    expectError(await c.nan.get(`/api/attachments/${draftFile.id}`), 404, "common.not_found");
    expectError(await c.household.get(`/api/attachments/${draftFile.id}`), 404, "common.not_found");
    expect((await h.app.inject({ method: "GET", url: `/api/attachments/${draftFile.id}` })).statusCode).toBe(
      401,
    );
    expectError(
      await c.worker.get("/api/attachments/0190a0a0-0000-7000-8000-00000000abcd"),
      404,
      "common.not_found",
    );
    expectError(await c.worker.get("/api/attachments/not-a-uuid"), 400, "common.invalid_input");
  });

  it("soft-deletes in scope only, audits it, and never serves the file again", async () => {
    const file = (
      await c.worker.upload(`/api/knowledge/${draftId}/attachments`, "ลบ.pdf", TEST_FILES.pdf)
    ).json();
    expectError(await c.nan.send("DELETE", `/api/attachments/${file.id}`), 404, "common.not_found");
    const deleted = await c.worker.send("DELETE", `/api/attachments/${file.id}`);
    expect(deleted.statusCode).toBe(200);
    expectError(await c.worker.get(`/api/attachments/${file.id}`), 404, "common.not_found");
    expectError(await c.worker.send("DELETE", `/api/attachments/${file.id}`), 404, "common.not_found");
    expect(await count(`id = '${file.id}' and deleted_at is not null`)).toBe(1);
    const ids = (await c.worker.get(`/api/knowledge/${draftId}`))
      .json()
      .attachments.map((a: { id: string }) => a.id);
    expect(ids).not.toContain(file.id);
    const audit = await rows<{ action: string }>(
      h.t.deps.db,
      sql`select action from audit_event where entity_id = ${file.id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(["attachment.uploaded", "attachment.deleted"]);
  });
});
