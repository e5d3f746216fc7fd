// Visit photos over HTTP: upload and download in scope, files refused by their bytes (a page renamed .jpg, an
// executable, a PDF) or their size with nothing stored, 404 outside the area, and the headers that keep a file inert.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { TEST_FILES } from "../../platform/attachments/test-files";
import { rows } from "../../platform/database";
import { listAuditEvents } from "../audit/index";
import { createVillage } from "../geography/index";
import type { Photo, VisitDetail } from "./contracts";

let h: TestApp;
const c = {} as Record<"province" | "district" | "worker" | "committee" | "household", Client>;
let visit: VisitDetail; // the worker's visit to 40070908
let farVisit: VisitDetail; // the province officer's visit to 40010161, outside district 4007

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
      sql`select count(*)::int as n from attachment where owner_type = 'monitoring_visit'`,
    )
  )[0]!.n;

const villageVisit = (villageCode: string) => ({
  subjectType: "village",
  villageCode,
  visitedOn: "2024-06-01",
  purpose: "ติดตามการใช้เงินกองทุน",
  peopleMet: [{ name: "นายบุญมี ทองคำ", role: "ผู้ใหญ่บ้าน" }],
  findings: "ชาวบ้านรวมกลุ่มทำปุ๋ยหมัก",
  recommendations: "จัดทำบัญชีกลุ่ม",
  team: [{ name: "นางสาวจิตตวดี นกพะเนาว์", position: "นักวิชาการพัฒนาชุมชน" }],
  followUps: [],
});
const photos = (v: VisitDetail) => `/api/monitoring/visits/${v.id}/photos`;

beforeAll(async () => {
  h = await createTestApp();
  await createVillage(h.t.deps, "400101", { villageNo: 61, nameTh: "บ้านโคกทดสอบ" });
  c.province = await h.login("province.khonkaen");
  c.district = await h.login("district.namphong");
  c.worker = await h.login("worker.saimun");
  c.committee = await h.login("committee.dokkrachiao");
  c.household = await h.login("household.demo");
  const near = await c.worker.send("POST", "/api/monitoring/visits", villageVisit("40070908"));
  expect(near.statusCode, near.body).toBe(200);
  visit = near.json<VisitDetail>();
  const far = await c.province.send("POST", "/api/monitoring/visits", villageVisit("40010161"));
  expect(far.statusCode, far.body).toBe(200);
  farVisit = far.json<VisitDetail>();
});
afterAll(async () => h?.close());

describe("visit photos over HTTP", () => {
  it("stores a JPEG, lists it on the visit and serves it inline, sandboxed and never sniffed", async () => {
    const up = await c.worker.upload(photos(visit), "ลงพื้นที่ บ้านดอกกระเจียว.jpg", TEST_FILES.jpeg, "image/jpeg");
    expect(up.statusCode, up.body).toBe(200);
    const photo = up.json<Photo>();
    expect(photo).toMatchObject({
      fileName: "ลงพื้นที่ บ้านดอกกระเจียว.jpg",
      mediaType: "image/jpeg",
      sizeBytes: TEST_FILES.jpeg.length,
    });
    const detail = (await c.district.get(`/api/monitoring/visits/${visit.id}`)).json<VisitDetail>();
    expect(detail.photos.map((p) => p.id)).toEqual([photo.id]);

    const file = await c.district.get(`${photos(visit)}/${photo.id}`);
    expect(file.statusCode).toBe(200);
    expect(Buffer.compare(file.rawPayload, TEST_FILES.jpeg)).toBe(0);
    expect(file.headers["content-type"]).toBe("image/jpeg");
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["content-security-policy"]).toBe(
      "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
    );
    expect(file.headers["content-disposition"]).toBe(
      `inline; filename="file.jpg"; filename*=UTF-8''${encodeURIComponent("ลงพื้นที่ บ้านดอกกระเจียว.jpg")}`,
    );
    const audit = await listAuditEvents(h.t.deps, { entityType: "attachment", entityId: photo.id, limit: 5 });
    expect(audit.items.map((e) => [e.action, e.areaCode])).toEqual([["attachment.uploaded", "40070908"]]);
  });

  it("refuses a page renamed .jpg, an executable, a PDF and an oversized photo, storing nothing", async () => {
    const before = await stored();
    const cases: [string, Buffer, string][] = [
      ["photo.jpg", TEST_FILES.html, "image/jpeg"],
      ["setup.exe", TEST_FILES.exe, "application/x-msdownload"],
      ["report.jpg", TEST_FILES.pdf, "image/jpeg"],
      ["logo.jpg", TEST_FILES.svg, "image/jpeg"],
    ];
    for (const [name, bytes, type] of cases) {
      const res = await c.worker.upload(photos(visit), name, bytes, type);
      expectError(res, 400, "attachment.type_not_allowed");
      expect(res.json().error.message).toContain("ไม่ดูจากนามสกุลไฟล์");
    }
    const big = Buffer.concat([TEST_FILES.jpeg, Buffer.alloc(10 * 1024 * 1024)]);
    expectError(
      await c.worker.upload(photos(visit), "big.jpg", big, "image/jpeg"),
      400,
      "attachment.too_large",
    );
    expectError(await c.worker.upload(photos(visit), "empty.jpg", Buffer.alloc(0)), 400, "attachment.empty");
    expectError(await c.worker.send("POST", photos(visit), {}), 400, "attachment.file_missing");
    expect(await stored()).toBe(before);
  });

  it("answers 404 outside the visit's area and 403 without the right to record visits", async () => {
    const up = await c.province.upload(photos(farVisit), "far.png", TEST_FILES.png, "image/png");
    expect(up.statusCode, up.body).toBe(200);
    const farPhoto = up.json<Photo>();
    const before = await stored();
    expectError(await c.district.get(`${photos(farVisit)}/${farPhoto.id}`), 404, "common.not_found");
    expectError(await c.district.get(`/api/attachments/${farPhoto.id}`), 404, "common.not_found");
    expectError(await c.district.upload(photos(farVisit), "x.png", TEST_FILES.png), 404, "common.not_found");
    // A photo of another visit through this visit's URL is not found either.
    expectError(await c.province.get(`${photos(visit)}/${farPhoto.id}`), 404, "common.not_found");
    expectError(
      await c.committee.upload(photos(visit), "x.png", TEST_FILES.png),
      403,
      "access.permission_monitoring_write",
    );
    expect((await c.province.get(`${photos(farVisit)}/${farPhoto.id}`)).statusCode).toBe(200);
    const anon = await h.app.inject({ method: "GET", url: `${photos(farVisit)}/${farPhoto.id}` });
    expect(anon.statusCode).toBe(401);
    expect(await stored()).toBe(before);
  });
});
