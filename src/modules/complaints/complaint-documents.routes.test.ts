// Complaint documents over HTTP: upload, list, scoped download, audited delete; wrong types and sizes store nothing;
// an anonymous complaint's files carry a generic name; the public tracking never shows a document.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, multipart, type TestApp } from "../../../test/support/http";
import { TEST_FILES } from "../../platform/attachments/test-files";
import { rows } from "../../platform/database";
import { listAuditEvents } from "../audit/index";
import { buildComplaintFixture, type ComplaintFixture, complaintBody } from "./complaints-test-fixture";
import type { ComplaintDocument, FiledComplaint } from "./contracts";

let h: TestApp;
let f: ComplaintFixture;
const c: Record<string, Client> = {};
let named: FiledComplaint;
let anonymous: FiledComplaint;
const PASSWORD = "kaejon-test-password";

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

const stored = async (ownerId: string) =>
  (
    await rows<{ n: number }>(
      h.t.deps.db,
      sql`select count(*)::int as n from attachment where owner_type = 'complaint' and owner_id = ${ownerId}`,
    )
  )[0]!.n;

const docs = (id: string) => `/api/complaints/${id}/documents`;

beforeAll(async () => {
  h = await createTestApp();
  f = await buildComplaintFixture(h.t.deps, "cmpdoc");
  for (const name of ["household", "committee", "worker", "district", "outsider", "auditor"]) {
    c[name] = await h.login(`cmpdoc.${name}`, PASSWORD);
  }
  const a = await c.district!.send("POST", "/api/complaints", complaintBody({ fundId: f.fund.id }));
  expect(a.statusCode, a.body).toBe(201);
  named = a.json() as unknown as FiledComplaint;
  const b = await c.household!.send("POST", "/api/complaints", {
    anonymous: true,
    category: "missing_fund",
    subject: "เงินกองทุนหาย",
    details: "ยอดเงินสดไม่ตรงกับที่ประกาศ",
    fundId: f.fund.id,
  });
  expect(b.statusCode, b.body).toBe(201);
  anonymous = b.json() as unknown as FiledComplaint;
});
afterAll(async () => h?.close());

describe("complaint documents", () => {
  it("uploads a letter, lists it and serves it inert to officers of the area only", async () => {
    const up = await c.worker!.upload(docs(named.id), "หนังสือร้องเรียน.pdf", TEST_FILES.pdf, "application/pdf");
    expect(up.statusCode, up.body).toBe(201);
    const doc = up.json() as unknown as ComplaintDocument;
    expect(doc).toMatchObject({
      fileName: "หนังสือร้องเรียน.pdf",
      mediaType: "application/pdf",
      sizeBytes: TEST_FILES.pdf.length,
    });
    const photo = await c.district!.upload(docs(named.id), "ภาพถ่าย.png", TEST_FILES.jpeg, "image/png");
    expect(photo.statusCode, photo.body).toBe(201);
    // The extension follows the bytes (a JPEG), not the client's name.
    expect((photo.json() as unknown as ComplaintDocument).fileName).toBe("ภาพถ่าย.jpg");

    const list = await c.district!.get(docs(named.id));
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: ComplaintDocument[] }>().items.map((d) => d.fileName)).toEqual([
      "หนังสือร้องเรียน.pdf",
      "ภาพถ่าย.jpg",
    ]);

    const file = await c.district!.get(`${docs(named.id)}/${doc.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(String(file.headers["content-security-policy"])).toMatch(/^sandbox/);
    expect(String(file.headers["content-disposition"])).toContain(
      `filename*=UTF-8''${encodeURIComponent("หนังสือร้องเรียน.pdf")}`,
    );

    // Outside the area: the complaint and its files do not exist.
    expectError(await c.outsider!.get(docs(named.id)), 404, "common.not_found");
    expectError(await c.outsider!.get(`${docs(named.id)}/${doc.id}`), 404, "common.not_found");
    expectError(await c.outsider!.get(`/api/attachments/${doc.id}`), 404, "common.not_found");
    // Reading complaints is not handling them: the committee and the auditor see no documents.
    expectError(await c.committee!.get(docs(named.id)), 403, "access.permission_complaints_handle");
    expectError(await c.auditor!.get(`/api/attachments/${doc.id}`), 404, "common.not_found");
    // A file of another complaint is not a document of this one.
    expectError(await c.district!.get(`${docs(anonymous.id)}/${doc.id}`), 404, "common.not_found");
  });

  it("refuses a disguised or dangerous file and an oversized one, storing nothing", async () => {
    const before = await stored(named.id);
    const html = await c.district!.upload(docs(named.id), "letter.pdf", TEST_FILES.html, "application/pdf");
    expectError(html, 400, "attachment.type_not_allowed");
    expectError(
      await c.district!.upload(docs(named.id), "setup.exe", TEST_FILES.exe),
      400,
      "attachment.type_not_allowed",
    );
    expectError(
      await c.district!.upload(docs(named.id), "photo.jpg", TEST_FILES.svg),
      400,
      "attachment.type_not_allowed",
    );
    const big = Buffer.concat([TEST_FILES.pdf, Buffer.alloc(10 * 1024 * 1024)]);
    expectError(await c.district!.upload(docs(named.id), "big.pdf", big), 400, "attachment.too_large");
    const huge = multipart("huge.pdf", Buffer.concat([TEST_FILES.pdf, Buffer.alloc(21 * 1024 * 1024)]));
    const res = await h.app.inject({
      method: "POST",
      url: docs(named.id),
      headers: {
        cookie: c.district!.cookie,
        "x-csrf-token": c.district!.csrf,
        "content-type": huge.contentType,
        "content-length": String(huge.payload.length),
      },
      payload: huge.payload,
    });
    // Beyond the app-wide 20 MB, announced by Content-Length, the request is refused before its body is read.
    expectError(res, 413, "common.body_too_large");
    expectError(await c.district!.send("POST", docs(named.id), {}), 400, "attachment.file_missing");
    expectError(
      await c.district!.upload(docs(named.id), "empty.pdf", Buffer.alloc(0)),
      400,
      "attachment.empty",
    );
    expectError(
      await c.district!.upload(docs("not-a-uuid"), "a.pdf", TEST_FILES.pdf),
      400,
      "common.invalid_input",
    );
    // Uploading outside the area, or without the right to handle complaints.
    expectError(await c.outsider!.upload(docs(named.id), "a.pdf", TEST_FILES.pdf), 404, "common.not_found");
    expectError(
      await c.committee!.upload(docs(named.id), "a.pdf", TEST_FILES.pdf),
      403,
      "access.permission_complaints_handle",
    );
    expect(await stored(named.id)).toBe(before);
  });

  it("stores an anonymous complaint's file under a generic name and never shows it through tracking", async () => {
    const up = await c.district!.upload(
      docs(anonymous.id),
      "จดหมายของนางบุญมี ร้องทุกข์ 0812345678.pdf",
      TEST_FILES.pdf,
    );
    expect(up.statusCode, up.body).toBe(201);
    const doc = up.json() as unknown as ComplaintDocument;
    expect(doc.fileName).toBe("complaint-document.pdf");
    const [row] = await rows<{ file_name: string }>(
      h.t.deps.db,
      sql`select file_name from attachment where id = ${doc.id}`,
    );
    expect(row!.file_name).toBe("complaint-document.pdf");
    const audit = await listAuditEvents(h.t.deps, { entityType: "attachment", entityId: doc.id, limit: 10 });
    expect(JSON.stringify(audit.items)).not.toContain("บุญมี");
    const file = await c.district!.get(`${docs(anonymous.id)}/${doc.id}`);
    expect(String(file.headers["content-disposition"])).not.toContain("%E0%B8%9A%E0%B8%B8%E0%B8%8D");

    const track = await h.app.inject({
      method: "POST",
      url: "/api/complaints/track",
      payload: { referenceNo: anonymous.referenceNo },
    });
    expect(track.statusCode).toBe(200);
    expect(Object.keys(track.json()).sort()).toEqual(
      [
        "categoryName",
        "closedOn",
        "dueOn",
        "outcome",
        "receivedOn",
        "referenceNo",
        "replies",
        "status",
      ].sort(),
    );
    expect(track.body).not.toContain(doc.id);
    expect(track.body).not.toContain("complaint-document");
    // Without a session there is no way to the documents.
    const anon = await h.app.inject({ method: "GET", url: `${docs(anonymous.id)}/${doc.id}` });
    expect(anon.statusCode).toBe(401);
    const anonFile = await h.app.inject({ method: "GET", url: `/api/attachments/${doc.id}` });
    expect(anonFile.statusCode).toBe(401);
  });

  it("deletes a document (audited, no longer listed or served) and refuses documents on a finished complaint", async () => {
    const up = await c.district!.upload(docs(named.id), "สำเนา.pdf", TEST_FILES.pdf);
    const doc = up.json() as unknown as ComplaintDocument;
    expectError(await c.outsider!.send("DELETE", `${docs(named.id)}/${doc.id}`), 404, "common.not_found");
    expectError(await c.district!.send("DELETE", `${docs(anonymous.id)}/${doc.id}`), 404, "common.not_found");
    const del = await c.district!.send("DELETE", `${docs(named.id)}/${doc.id}`);
    expect(del.statusCode, del.body).toBe(200);
    expect((del.json() as unknown as ComplaintDocument).id).toBe(doc.id);
    const list = await c.district!.get(docs(named.id));
    expect(list.json<{ items: ComplaintDocument[] }>().items.map((d) => d.id)).not.toContain(doc.id);
    expectError(await c.district!.get(`${docs(named.id)}/${doc.id}`), 404, "common.not_found");
    expectError(await c.district!.send("DELETE", `${docs(named.id)}/${doc.id}`), 404, "common.not_found");
    const audit = await listAuditEvents(h.t.deps, { entityType: "attachment", entityId: doc.id, limit: 10 });
    expect(audit.items.map((e) => e.action).sort()).toEqual(["attachment.deleted", "attachment.uploaded"]);

    const closed = await c.district!.send("POST", `/api/complaints/${named.id}/status`, {
      status: "rejected",
      outcome: "duplicate",
      note: "ซ้ำกับเรื่องเดิม",
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const before = await stored(named.id);
    expectError(
      await c.district!.upload(docs(named.id), "late.pdf", TEST_FILES.pdf),
      422,
      "complaints.finished",
    );
    const remaining = (await c.district!.get(docs(named.id))).json<{ items: ComplaintDocument[] }>().items;
    expectError(
      await c.district!.send("DELETE", `${docs(named.id)}/${remaining[0]!.id}`),
      422,
      "complaints.finished",
    );
    expect(await stored(named.id)).toBe(before);
  });
});
