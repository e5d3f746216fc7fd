// Evidence files over HTTP: upload and download in scope, files refused by their bytes (a page renamed .jpg, an
// executable) or their size with nothing stored, 404 outside the plan's area, and the headers that keep a file inert.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { TEST_FILES } from "../../platform/attachments/test-files";
import { rows } from "../../platform/database";
import { listAuditEvents } from "../audit/index";
import type { PlanDetail } from "./contracts";

let h: TestApp;
const c = {} as Record<"admin" | "district" | "worker" | "mentor", Client>;
let evidenceId: string; // of the district's plan for 40070908
let farEvidenceId: string; // of a plan in 55011604, another province

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

const stored = async () =>
  (
    await rows<{ n: number }>(
      h.t.deps.db,
      sql`select count(*)::int as n from attachment where owner_type = 'livelihood_evidence'`,
    )
  )[0]!.n;

async function planWithEvidence(client: Client, areaCode: string): Promise<string> {
  const plan = await client.send("POST", "/api/livelihoods/plans", {
    areaCode,
    fiscalYear: 2567,
    title: `แผนสัมมาชีพ ${areaCode}`,
    startedOn: "2024-05-01",
  });
  expect(plan.statusCode, plan.body).toBe(200);
  const added = await client.send("POST", `/api/livelihoods/plans/${plan.json<PlanDetail>().id}/evidence`, {
    evidenceOn: "2024-05-10",
    description: "ประชุมชี้แจงผู้นำชุมชน",
  });
  expect(added.statusCode, added.body).toBe(200);
  return added.json<PlanDetail & { evidenceId: string }>().evidenceId;
}

const files = (id: string) => `/api/livelihoods/evidence/${id}/files`;

beforeAll(async () => {
  h = await createTestApp();
  c.admin = await h.login("admin");
  c.district = await h.login("district.namphong");
  c.worker = await h.login("worker.saimun");
  c.mentor = await h.login("mentor.saimun");
  evidenceId = await planWithEvidence(c.district, "40070908");
  farEvidenceId = await planWithEvidence(c.admin, "55011604");
});
afterAll(async () => h?.close());

describe("evidence files over HTTP", () => {
  it("stores a PDF, lists it with the evidence and serves it inline, sandboxed and never sniffed", async () => {
    const up = await c.worker.upload(
      files(evidenceId),
      "รายงานการประชุม.pdf",
      TEST_FILES.pdf,
      "application/pdf",
    );
    expect(up.statusCode, up.body).toBe(200);
    const file = up.json<{ id: string; fileName: string; mediaType: string; sizeBytes: number }>();
    expect(file).toMatchObject({ fileName: "รายงานการประชุม.pdf", mediaType: "application/pdf" });
    const docx = await c.worker.upload(files(evidenceId), "สรุป.doc", TEST_FILES.docx);
    expect(docx.statusCode, docx.body).toBe(200);
    expect(docx.json<{ fileName: string }>().fileName).toBe("สรุป.docx");

    const plans = (await c.district.get("/api/livelihoods/plans?area=40070908")).json<{
      items: { id: string }[];
    }>();
    const plan = (await c.district.get(`/api/livelihoods/plans/${plans.items[0]!.id}`)).json<PlanDetail>();
    expect(plan.evidence.find((e) => e.id === evidenceId)!.files.map((f) => f.fileName)).toEqual([
      "รายงานการประชุม.pdf",
      "สรุป.docx",
    ]);

    const res = await c.mentor.get(`${files(evidenceId)}/${file.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(String(res.headers["content-security-policy"])).toMatch(/^sandbox; default-src 'none'/);
    expect(res.headers["content-disposition"]).toBe(
      `inline; filename="file.pdf"; filename*=UTF-8''${encodeURIComponent("รายงานการประชุม.pdf")}`,
    );
    const word = await c.mentor.get(`${files(evidenceId)}/${docx.json<{ id: string }>().id}`);
    expect(String(word.headers["content-disposition"])).toMatch(/^attachment; /);
    const audit = await listAuditEvents(h.t.deps, { entityType: "attachment", entityId: file.id, limit: 5 });
    expect(audit.items.map((e) => [e.action, e.areaCode])).toEqual([["attachment.uploaded", "40070908"]]);
  });

  it("refuses a page renamed .jpg, an executable, a macro workbook and an oversized file, storing nothing", async () => {
    const before = await stored();
    const cases: [string, Buffer, number, string][] = [
      ["photo.jpg", TEST_FILES.html, 400, "attachment.type_not_allowed"],
      ["setup.exe", TEST_FILES.exe, 400, "attachment.type_not_allowed"],
      ["report.pdf", TEST_FILES.htmlWithPdfInside, 400, "attachment.type_not_allowed"],
      ["budget.xlsx", TEST_FILES.xlsm, 400, "attachment.macro_refused"],
      [
        "big.pdf",
        Buffer.concat([TEST_FILES.pdf, Buffer.alloc(10 * 1024 * 1024)]),
        400,
        "attachment.too_large",
      ],
    ];
    for (const [name, bytes, status, code] of cases) {
      expectError(await c.worker.upload(files(evidenceId), name, bytes), status, code);
    }
    expect(await stored()).toBe(before);
  });

  it("answers 404 outside the plan's area and 403 without the right to write", async () => {
    const up = await c.admin.upload(files(farEvidenceId), "far.png", TEST_FILES.png, "image/png");
    expect(up.statusCode, up.body).toBe(200);
    const far = up.json<{ id: string }>();
    const before = await stored();
    expectError(await c.district.get(`${files(farEvidenceId)}/${far.id}`), 404, "common.not_found");
    expectError(await c.district.get(`/api/attachments/${far.id}`), 404, "common.not_found");
    expectError(
      await c.district.upload(files(farEvidenceId), "x.png", TEST_FILES.png),
      404,
      "common.not_found",
    );
    expectError(await c.admin.get(`${files(evidenceId)}/${far.id}`), 404, "common.not_found");
    expectError(
      await c.mentor.upload(files(evidenceId), "x.png", TEST_FILES.png),
      403,
      "access.permission_livelihoods_write",
    );
    expect((await c.admin.get(`${files(farEvidenceId)}/${far.id}`)).statusCode).toBe(200);
    expect(await stored()).toBe(before);
  });
});
