// Files of damage-case documents over HTTP: attach, list with the case, scoped download, audited delete; files
// refused by their bytes or size with nothing stored; 404 outside the case's area, 403 without the permission.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { TEST_FILES } from "../../platform/attachments/test-files";
import { rows } from "../../platform/database";
import { listAuditEvents } from "../audit/index";
import type { CaseDetail } from "./contracts";
import { buildDamageFixture, caseBody, type DamageFixture } from "./damage-test-fixture";

let h: TestApp;
let f: DamageFixture;
const c: Record<string, Client> = {};
let caseId: string;
let documentIds: string[];

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

const fileUrl = (documentId: string, id = caseId) => `/api/damage-cases/${id}/documents/${documentId}/file`;
const stored = async () =>
  (
    await rows<{ n: number }>(
      h.t.deps.db,
      sql`select count(*)::int as n from attachment where owner_type = 'damage_document'`,
    )
  )[0]!.n;
const attachmentIdOf = async (documentId: string) =>
  (
    await rows<{ attachment_id: string | null }>(
      h.t.deps.db,
      sql`select attachment_id from dmg_document where id = ${documentId}`,
    )
  )[0]!.attachment_id;
const documentsOf = (detail: CaseDetail) => detail.steps.flatMap((s) => s.documents);

beforeAll(async () => {
  h = await createTestApp();
  f = await buildDamageFixture(h.t.deps, "dmgfile");
  for (const name of ["district", "province", "outsider", "committee", "auditor"]) {
    c[name] = await h.login(`dmgfile.${name}`, "kaejon-test-password");
  }
  const opened = await c.district!.send(
    "POST",
    "/api/damage-cases",
    caseBody(f.fund.id, {
      documents: [{ docNo: "กข.คจ. 1/2567", docDate: "2024-06-01", title: "บันทึกการตรวจพบเงินขาดบัญชี" }],
    }),
  );
  expect(opened.statusCode, opened.body).toBe(201);
  caseId = opened.json<CaseDetail>().case.id;
  const step = await c.district!.send("POST", `/api/damage-cases/${caseId}/steps`, {
    stage: "reported_to_district",
    stepOn: "2024-06-03",
    documents: [{ docNo: "นม 0023/145", docDate: "2024-06-03", title: "หนังสือรายงานอำเภอ" }],
  });
  expect(step.statusCode, step.body).toBe(200);
  documentIds = documentsOf(step.json<CaseDetail>()).map((d) => d.id);
  expect(documentIds).toHaveLength(2);
});
afterAll(async () => h?.close());

describe("damage case document files over HTTP", () => {
  it("attaches a PDF to a step's document, lists it with the case and serves it to readers in the area", async () => {
    const up = await c.district!.upload(fileUrl(documentIds[1]!), "หนังสือรายงานอำเภอ.pdf", TEST_FILES.pdf);
    expect(up.statusCode, up.body).toBe(200);
    const doc = documentsOf(up.json<CaseDetail>()).find((d) => d.id === documentIds[1])!;
    expect(doc.file).toMatchObject({
      fileName: "หนังสือรายงานอำเภอ.pdf",
      mediaType: "application/pdf",
      sizeBytes: TEST_FILES.pdf.length,
    });
    expect(doc.attachmentId).toBe(doc.file!.id);
    expect(await attachmentIdOf(documentIds[1]!)).toBe(doc.file!.id);
    const other = documentsOf(up.json<CaseDetail>()).find((d) => d.id === documentIds[0])!;
    expect([other.file, other.attachmentId]).toEqual([null, null]);

    const detail = (await c.auditor!.get(`/api/damage-cases/${caseId}`)).json<CaseDetail>();
    expect(documentsOf(detail).map((d) => d.file?.fileName ?? null)).toEqual([null, "หนังสือรายงานอำเภอ.pdf"]);

    for (const reader of [c.province!, c.auditor!]) {
      const res = await reader.get(fileUrl(documentIds[1]!));
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
      expect(res.headers["content-type"]).toBe("application/pdf");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(String(res.headers["content-security-policy"])).toMatch(/^sandbox; default-src 'none'/);
    }
    const download = await c.province!.get(`${fileUrl(documentIds[1]!)}?download=1`);
    expect(String(download.headers["content-disposition"])).toMatch(/^attachment; /);
    const generic = await c.auditor!.get(`/api/attachments/${doc.file!.id}`);
    expect(generic.statusCode).toBe(200);

    const caseAudit = await listAuditEvents(h.t.deps, {
      entityType: "damage_case",
      entityId: caseId,
      limit: 20,
    });
    const attached = caseAudit.items.find((e) => e.action === "damage_case.document_file_attached")!;
    expect(attached.after).toMatchObject({
      documentId: documentIds[1],
      docNo: "นม 0023/145",
      attachmentId: doc.file!.id,
    });
    const fileAudit = await listAuditEvents(h.t.deps, {
      entityType: "attachment",
      entityId: doc.file!.id,
      limit: 5,
    });
    expect(fileAudit.items.map((e) => [e.action, e.areaCode])).toEqual([
      ["attachment.uploaded", f.fund.areaCode],
    ]);
  });

  it("refuses a second file, a page renamed .pdf, an executable, an oversized file and no file, storing nothing", async () => {
    const before = await stored();
    expectError(
      await c.district!.upload(fileUrl(documentIds[1]!), "อีกฉบับ.pdf", TEST_FILES.pdf),
      409,
      "damage.document_has_file",
    );
    const refusals: [string, Buffer, number, string][] = [
      ["scan.pdf", TEST_FILES.html, 400, "attachment.type_not_allowed"],
      ["scan.jpg", TEST_FILES.htmlWithPdfInside, 400, "attachment.type_not_allowed"],
      ["setup.exe", TEST_FILES.exe, 400, "attachment.type_not_allowed"],
      [
        "big.pdf",
        Buffer.concat([TEST_FILES.pdf, Buffer.alloc(10 * 1024 * 1024)]),
        400,
        "attachment.too_large",
      ],
    ];
    for (const [name, bytes, status, code] of refusals) {
      expectError(await c.district!.upload(fileUrl(documentIds[0]!), name, bytes), status, code);
    }
    expectError(
      await c.district!.send("POST", fileUrl(documentIds[0]!), { fileName: "x.pdf" }),
      400,
      "attachment.file_missing",
    );
    expect(await stored()).toBe(before);
    expect(await attachmentIdOf(documentIds[0]!)).toBeNull();
  });

  it("answers 404 outside the case's area or for another case's document, and 403 without the permission", async () => {
    const before = await stored();
    const fileId = (await attachmentIdOf(documentIds[1]!))!;
    expectError(await c.outsider!.get(fileUrl(documentIds[1]!)), 404, "common.not_found");
    expectError(await c.outsider!.get(`/api/attachments/${fileId}`), 404, "common.not_found");
    expectError(
      await c.outsider!.upload(fileUrl(documentIds[0]!), "x.pdf", TEST_FILES.pdf),
      404,
      "common.not_found",
    );
    expectError(await c.outsider!.send("DELETE", fileUrl(documentIds[1]!)), 404, "common.not_found");

    const otherCase = await c.district!.send(
      "POST",
      "/api/damage-cases",
      caseBody(f.fund.id, { title: "อีกกรณีหนึ่ง" }),
    );
    const otherId = otherCase.json<CaseDetail>().case.id;
    expectError(await c.district!.get(fileUrl(documentIds[1]!, otherId)), 404, "common.not_found");
    expectError(
      await c.district!.upload(fileUrl(documentIds[0]!, otherId), "x.pdf", TEST_FILES.pdf),
      404,
      "common.not_found",
    );
    expectError(await c.district!.get(fileUrl(documentIds[0]!)), 404, "common.not_found");

    expectError(
      await c.auditor!.upload(fileUrl(documentIds[0]!), "x.pdf", TEST_FILES.pdf),
      403,
      "access.permission_damage_write",
    );
    expectError(
      await c.auditor!.send("DELETE", fileUrl(documentIds[1]!)),
      403,
      "access.permission_damage_write",
    );
    expectError(await c.committee!.get(fileUrl(documentIds[1]!)), 403, "access.permission_damage_read");
    expect(await stored()).toBe(before);
    expect(await attachmentIdOf(documentIds[1]!)).toBe(fileId);
  });

  it("deletes a file with an audit trail, never serves it again, and takes a new file for the document", async () => {
    const fileId = (await attachmentIdOf(documentIds[1]!))!;
    const del = await c.district!.send("DELETE", fileUrl(documentIds[1]!));
    expect(del.statusCode, del.body).toBe(200);
    const doc = documentsOf(del.json<CaseDetail>()).find((d) => d.id === documentIds[1])!;
    expect([doc.docNo, doc.file, doc.attachmentId]).toEqual(["นม 0023/145", null, null]);
    expectError(await c.province!.get(fileUrl(documentIds[1]!)), 404, "common.not_found");
    expectError(await c.province!.get(`/api/attachments/${fileId}`), 404, "common.not_found");
    expectError(await c.district!.send("DELETE", fileUrl(documentIds[1]!)), 404, "common.not_found");
    const fileAudit = await listAuditEvents(h.t.deps, {
      entityType: "attachment",
      entityId: fileId,
      limit: 5,
    });
    expect(fileAudit.items.map((e) => e.action).sort()).toEqual([
      "attachment.deleted",
      "attachment.uploaded",
    ]);
    const caseAudit = await listAuditEvents(h.t.deps, {
      entityType: "damage_case",
      entityId: caseId,
      limit: 20,
    });
    expect(
      caseAudit.items.find((e) => e.action === "damage_case.document_file_removed")?.before,
    ).toMatchObject({
      documentId: documentIds[1],
      attachmentId: fileId,
    });

    const again = await c.district!.upload(fileUrl(documentIds[1]!), "สแกนใหม่.png", TEST_FILES.png);
    expect(again.statusCode, again.body).toBe(200);
    const fresh = documentsOf(again.json<CaseDetail>()).find((d) => d.id === documentIds[1])!;
    expect(fresh.file).toMatchObject({ fileName: "สแกนใหม่.png", mediaType: "image/png" });
    expect(fresh.file!.id).not.toBe(fileId);
  });
});
