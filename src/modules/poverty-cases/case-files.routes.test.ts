import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { TEST_FILES } from "../../platform/attachments/test-files";
import { rows } from "../../platform/database";
import { buildCaseFixture, CASE_TEST_PASSWORD, type CaseFixture } from "./case-test-fixture";

let h: TestApp;
let f: CaseFixture;
const c: Record<string, Client> = {};
const ids: Record<string, string> = {};

const count = async (query: ReturnType<typeof sql>) => (await rows<{ n: number }>(h.t.deps.db, query))[0]!.n;
const attachments = (ownerType: string) =>
  count(
    sql`select count(*)::int as n from attachment where owner_type = ${ownerType} and deleted_at is null`,
  );
const audits = (action: string) =>
  count(sql`select count(*)::int as n from audit_event where action = ${action}`);

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

beforeAll(async () => {
  h = await createTestApp();
  f = await buildCaseFixture(h.t.deps, "pcf");
  for (const name of ["worker", "province", "far", "health", "cdd", "mentor", "mentor2"]) {
    c[name] = await h.login(`pcf.${name}`, CASE_TEST_PASSWORD);
  }
  c.admin = await h.login("admin");
  const opened = await c.worker!.send("POST", "/api/poverty/cases", {
    householdId: f.poor,
    openedOn: "2024-06-01",
  });
  ids.case = opened.json().id;
  const pairing = await c.admin.send("POST", `/api/poverty/mentors/${f.mentors.one.id}/pairings`, {
    schemeId: f.scheme.id,
    householdId: f.poor,
    startOn: "2024-05-01",
  });
  ids.pairing = pairing.json().id;
  const visit = await c.mentor!.send("POST", "/api/poverty/mentors/visits", {
    pairingId: ids.pairing,
    visitedOn: "2024-06-14",
    findings: { health: "ผู้สูงอายุความดันสูง ยังไม่ได้พบแพทย์" },
    nextStep: "พาไป รพ.สต.",
  });
  expect(visit.json().photos).toEqual([]);
  ids.visit = visit.json().id;
  const plan = await c.worker!.send("POST", `/api/poverty/cases/${ids.case}/plan-items`, {
    menuItemId: f.menu.clinic.id,
    quantity: 1,
  });
  const chickens = await c.worker!.send("POST", `/api/poverty/cases/${ids.case}/plan-items`, {
    menuItemId: f.menu.chickens.id,
    quantity: 1,
  });
  const items = chickens.json().plan as { id: string; menuCode: string }[];
  expect(plan.statusCode).toBe(201);
  const delivered = async (menuCode: string) => {
    const res = await c.worker!.send("POST", `/api/poverty/cases/${ids.case}/deliveries`, {
      planItemId: items.find((i) => i.menuCode === menuCode)!.id,
      deliveredOn: "2024-06-12",
      quantity: 1,
      evidence: [{ kind: "receipt", ref: "ใบสำคัญรับเงิน 7/2567" }],
    });
    return (res.json().deliveries as { id: string; planItemId: string }[]).at(-1)!.id;
  };
  ids.clinicDelivery = await delivered("HEA-CHECKUP");
  ids.chickenDelivery = await delivered("INC-CHICKEN");
});
afterAll(async () => h.close());

describe("mentor visit photos", () => {
  const photos = () => `/api/poverty/mentors/visits/${ids.visit}/photos`;

  it("refuses bad files with a clear reason and writes nothing", async () => {
    const before = await attachments("poverty_visit");
    const text = expectError(
      await c.mentor!.upload(photos(), "photo.png", Buffer.from("not an image at all"), "image/png"),
      400,
      "attachment.type_not_allowed",
    );
    expect(text.messageEn).toContain("JPEG");
    expectError(
      await c.mentor!.upload(photos(), "scan.pdf", TEST_FILES.pdf),
      400,
      "attachment.type_not_allowed",
    );
    expectError(await c.mentor!.upload(photos(), "empty.png", Buffer.alloc(0)), 400, "attachment.empty");
    expectError(await c.mentor!.send("POST", photos(), {}), 400, "attachment.file_missing");
    expectError(
      await c.mentor!.upload(`/api/poverty/mentors/visits/${ids.pairing}/photos`, "a.png", TEST_FILES.png),
      404,
      "common.not_found",
    );
    expect(await attachments("poverty_visit")).toBe(before);
  });

  it("only the visit's own mentor and officers of the area add photos", async () => {
    const before = await attachments("poverty_visit");
    expectError(await c.mentor2!.upload(photos(), "a.png", TEST_FILES.png), 404, "common.not_found");
    expectError(await c.far!.upload(photos(), "a.png", TEST_FILES.png), 404, "common.not_found");
    expectError(
      await c.health!.upload(photos(), "a.png", TEST_FILES.png),
      403,
      "access.permission_poverty_visit",
    );
    expect(await attachments("poverty_visit")).toBe(before);

    const audited = await audits("attachment.uploaded");
    const res = await c.mentor!.upload(photos(), "บ้านป้าสมร.png", TEST_FILES.png, "image/png");
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      fileName: "บ้านป้าสมร.png",
      mediaType: "image/png",
      sizeBytes: TEST_FILES.png.length,
    });
    ids.photo = res.json().id;
    expect(await audits("attachment.uploaded")).toBe(audited + 1);
    const jpeg = await c.worker!.upload(photos(), "kitchen", TEST_FILES.jpeg);
    expect(jpeg.json()).toMatchObject({ fileName: "kitchen.jpg", mediaType: "image/jpeg" });
    ids.jpeg = jpeg.json().id;
  });

  it("lists visits with photos and serves a photo only to those who may read the visit", async () => {
    const mine = await c.mentor!.get(`/api/poverty/mentors/pairings/${ids.pairing}/visits`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toHaveLength(1);
    expect(mine.json().items[0]).toMatchObject({ id: ids.visit, nextStep: "พาไป รพ.สต." });
    expect(mine.json().items[0].photos.map((p: { id: string }) => p.id)).toEqual([ids.photo, ids.jpeg]);
    const onCase = await c.worker!.get(`/api/poverty/cases/${ids.case}/visits`);
    expect(onCase.json().items[0].photos).toHaveLength(2);
    expectError(
      await c.mentor2!.get(`/api/poverty/mentors/pairings/${ids.pairing}/visits`),
      404,
      "common.not_found",
    );
    expectError(
      await c.far!.get(`/api/poverty/mentors/pairings/${ids.pairing}/visits`),
      404,
      "common.not_found",
    );

    const url = `${photos()}/${ids.photo}`;
    const own = await c.mentor!.get(url);
    expect([own.statusCode, own.headers["content-type"]]).toEqual([200, "image/png"]);
    expect(Buffer.from(own.rawPayload).equals(TEST_FILES.png)).toBe(true);
    expect((await c.worker!.get(url)).statusCode).toBe(200);
    expectError(await c.mentor2!.get(url), 404, "common.not_found");
    expectError(await c.far!.get(url), 404, "common.not_found");
    expectError(await c.health!.get(url), 403, "access.permission_poverty_visit");
    // The generic attachment routes check only area and permission, so they never serve or delete a visit photo:
    // another mentor of the same village would otherwise reach it by id.
    expectError(await c.mentor2!.get(`/api/attachments/${ids.photo}`), 404, "common.not_found");
    expectError(await c.worker!.get(`/api/attachments/${ids.photo}`), 404, "common.not_found");
    expectError(await c.worker!.send("DELETE", `/api/attachments/${ids.photo}`), 404, "common.not_found");
    expect((await c.mentor!.get(url)).statusCode).toBe(200);
    // A real photo asked for under another visit is not found.
    const other = await c.mentor!.send("POST", "/api/poverty/mentors/visits", {
      pairingId: ids.pairing,
      visitedOn: "2024-06-15",
      findings: { income: "เริ่มเลี้ยงไก่" },
    });
    ids.visit2 = other.json().id;
    expectError(
      await c.mentor!.get(`/api/poverty/mentors/visits/${ids.visit2}/photos/${ids.photo}`),
      404,
      "common.not_found",
    );
  });

  it("deletes a photo (audited); others cannot, and it is gone afterwards", async () => {
    const url = `${photos()}/${ids.jpeg}`;
    expectError(await c.mentor2!.send("DELETE", url), 404, "common.not_found");
    expectError(await c.far!.send("DELETE", url), 404, "common.not_found");
    expectError(
      await c.mentor!.send("DELETE", `/api/poverty/mentors/visits/${ids.visit2}/photos/${ids.jpeg}`),
      404,
      "common.not_found",
    );
    const audited = await audits("attachment.deleted");
    const res = await c.mentor!.send("DELETE", url);
    expect([res.statusCode, res.json().id]).toEqual([200, ids.jpeg]);
    expect(await audits("attachment.deleted")).toBe(audited + 1);
    expectError(await c.worker!.get(url), 404, "common.not_found");
    const list = await c.mentor!.get(`/api/poverty/mentors/pairings/${ids.pairing}/visits`);
    const first = list.json().items.find((v: { id: string }) => v.id === ids.visit);
    expect(first.photos.map((p: { id: string }) => p.id)).toEqual([ids.photo]);
  });
});

describe("delivery evidence files", () => {
  const files = (deliveryId: string) => `/api/poverty/cases/${ids.case}/deliveries/${deliveryId}/files`;

  it("refuses bad files and actors without the right, writing nothing", async () => {
    const before = await attachments("poverty_delivery");
    expectError(
      await c.worker!.upload(files(ids.clinicDelivery!), "form.docx", TEST_FILES.docx),
      400,
      "attachment.type_not_allowed",
    );
    expectError(await c.worker!.send("POST", files(ids.clinicDelivery!), {}), 400, "attachment.file_missing");
    expectError(
      await c.mentor!.upload(files(ids.clinicDelivery!), "a.png", TEST_FILES.png),
      403,
      "access.permission_poverty_deliver",
    );
    expectError(
      await c.far!.upload(files(ids.clinicDelivery!), "a.pdf", TEST_FILES.pdf),
      404,
      "common.not_found",
    );
    // The health agency's account reaches the clinic item only, not the chickens of community development.
    expectError(
      await c.health!.upload(files(ids.chickenDelivery!), "a.pdf", TEST_FILES.pdf),
      404,
      "common.not_found",
    );
    expectError(
      await c.worker!.upload(
        `/api/poverty/cases/${ids.case}/deliveries/${ids.visit}/files`,
        "a.pdf",
        TEST_FILES.pdf,
      ),
      404,
      "common.not_found",
    );
    expect(await attachments("poverty_delivery")).toBe(before);
  });

  it("attaches evidence, shows it on the case page and serves it in scope", async () => {
    const receipt = await c.worker!.upload(files(ids.chickenDelivery!), "ใบสำคัญรับเงิน.pdf", TEST_FILES.pdf);
    expect(receipt.statusCode).toBe(201);
    expect(receipt.json()).toMatchObject({ fileName: "ใบสำคัญรับเงิน.pdf", mediaType: "application/pdf" });
    ids.receipt = receipt.json().id;
    const signed = await c.health!.upload(files(ids.clinicDelivery!), "ลายมือชื่อผู้รับ.jpg", TEST_FILES.jpeg);
    expect(signed.statusCode).toBe(201);
    ids.signed = signed.json().id;

    const detail = (await c.worker!.get(`/api/poverty/cases/${ids.case}`)).json();
    const byId = Object.fromEntries(
      (detail.deliveries as { id: string; files: { id: string }[] }[]).map((d) => [
        d.id,
        d.files.map((x) => x.id),
      ]),
    );
    expect(byId).toEqual({ [ids.clinicDelivery!]: [ids.signed], [ids.chickenDelivery!]: [ids.receipt] });
    const healthView = (await c.health!.get(`/api/poverty/cases/${ids.case}`)).json();
    expect(healthView.deliveries.map((d: { files: { id: string }[] }) => d.files.map((x) => x.id))).toEqual([
      [ids.signed],
    ]);

    const receiptUrl = `${files(ids.chickenDelivery!)}/${ids.receipt}`;
    const pdf = await c.worker!.get(receiptUrl);
    expect([pdf.statusCode, pdf.headers["content-type"]]).toEqual([200, "application/pdf"]);
    expectError(await c.health!.get(receiptUrl), 404, "common.not_found");
    expectError(await c.far!.get(receiptUrl), 404, "common.not_found");
    expectError(await c.worker!.get(`${files(ids.clinicDelivery!)}/${ids.receipt}`), 404, "common.not_found");
    expect((await c.cdd!.get(receiptUrl)).statusCode).toBe(200);
  });

  it("deletes evidence with an audit event; an agency only its own items'", async () => {
    const receiptUrl = `${files(ids.chickenDelivery!)}/${ids.receipt}`;
    expectError(await c.health!.send("DELETE", receiptUrl), 404, "common.not_found");
    expectError(await c.mentor!.send("DELETE", receiptUrl), 403, "access.permission_poverty_deliver");
    const audited = await audits("attachment.deleted");
    expect((await c.cdd!.send("DELETE", receiptUrl)).statusCode).toBe(200);
    expect(await audits("attachment.deleted")).toBe(audited + 1);
    expectError(await c.worker!.get(receiptUrl), 404, "common.not_found");
  });
});
