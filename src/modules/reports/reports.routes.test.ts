// The reports over HTTP on the demo data: JSON, PDF, CSV and XLSX answers, scope (404), wrong level (400), an
// empty area (a valid empty document), bad queries, and the report notes (officers only, audited, checked).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { hasText, pdfText } from "../../../test/support/pdf";
import { createUser } from "../access/index";
import { listFunds } from "../funds/index";
import { fundPosition } from "../ledger/index";

let h: TestApp;
let fundId: string;
const c = {} as Record<
  "admin" | "province" | "district" | "worker" | "committee" | "household" | "elsewhere",
  Client
>;

type Res = { statusCode: number; json(): { error: { code: string; message: string; messageEn: string } } };
function expectError(res: Res, status: number, code: string) {
  const body = res.json();
  expect([res.statusCode, body.error?.code]).toEqual([status, code]);
  expect(body.error.message).toMatch(/[ก-๙]/);
  expect(body.error.messageEn).toMatch(/[a-z]/i);
}

beforeAll(async () => {
  h = await createTestApp({ demoFunds: true });
  await createUser(h.t.deps, {
    username: "district.muang",
    displayName: "เจ้าหน้าที่อำเภอเมือง",
    role: "district_officer",
    scopeCode: "4001",
    password: "kaejon-demo",
  });
  c.admin = await h.login("admin");
  c.province = await h.login("province.khonkaen");
  c.district = await h.login("district.namphong");
  c.worker = await h.login("worker.saimun");
  c.committee = await h.login("committee.dokkrachiao");
  c.household = await h.login("household.demo");
  c.elsewhere = await h.login("district.muang");
  const funds = await listFunds(h.t.deps, { area: "40070908", limit: 10 });
  fundId = funds.items.find((f) => f.fundType === "kkj")!.id;
}, 120_000);
afterAll(async () => h?.close());

describe("report formats", () => {
  it("answers the village 26(1) as JSON that reconciles with the books", async () => {
    const res = await c.committee.get("/api/reports/26-1/village/40070908");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ report: "26-1-village", fiscalYear: 2567, asOf: "2024-06-15" });
    expect(body.fund.fundName).toBe("กองทุน กข.คจ. บ้านดอกกระเจียว");
    expect(body.chairName).toBe("นายบุญมี ทองคำ");
    expect(body.workerName).toBe("นางสาวมาลี บุญมา");
    expect(body.lines.length).toBeGreaterThanOrEqual(3);
    const f = body.figures;
    expect(f.unreconciledSatang).toBe(0);
    // The fund is its capital plus what it earned (the demo damage case's recovery) less what it spent.
    const position = await fundPosition(h.t.deps.db, fundId);
    expect(position.capitalSatang).toBe(28_000_000);
    expect(f.totalFundSatang).toBe(position.capitalSatang + position.incomeSatang - position.expenseSatang);
    expect(f.bankSatang + f.outstandingSatang + f.cashOtherSatang).toBe(f.totalFundSatang);
    const outstanding = body.lines.reduce(
      (n: number, l: { outstandingSatang: number }) => n + l.outstandingSatang,
      0,
    );
    expect(outstanding).toBe(f.outstandingSatang);
  });

  it("answers a PDF inline, uncached, with an ASCII and a Thai file name", async () => {
    const res = await c.worker.get("/api/reports/26-1/village/40070908?format=pdf&fiscalYear=2567");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["cache-control"]).toBe("no-store");
    const disposition = String(res.headers["content-disposition"]);
    const prefix = `inline; filename="report-26-1-village-40070908-2567.pdf"; filename*=UTF-8''`;
    expect(disposition.startsWith(prefix)).toBe(true);
    expect(decodeURIComponent(disposition.slice(prefix.length))).toBe(
      "แบบ26(1)-หมู่บ้าน-บ้านดอกกระเจียว-2567.pdf",
    );
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(res.rawPayload);
    expect(hasText(text, "นายบุญมี ทองคำ")).toBe(true);
    expect(text).toContain("15 มิถุนายน 2567");
  });

  it("answers CSV and XLSX downloads with the rows and a totals row, headers in Thai or English", async () => {
    const csv = await c.district.get("/api/reports/26-1/district/4007?format=csv");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(String(csv.headers["content-disposition"])).toMatch(/^attachment; filename=".*4007-2567\.csv"/);
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toContain("รหัสหมู่บ้าน,หมู่บ้าน,จำนวนผู้ยืม (ราย)");
    expect(lines[1]).toContain("40070908,บ้านดอกกระเจียว หมู่ที่ 8 ต.ทรายมูล");
    expect(lines.at(-1)).toMatch(/^,รวม,/);
    const en = await c.district.get("/api/reports/26-1/village/40070908?format=csv&lang=en");
    expect(en.body.replace(/^\uFEFF/, "").split("\r\n")[0]).toContain("No.,Borrower,Contract no.");
    const xlsx = await c.province.get("/api/reports/26-2/province/40?format=xlsx");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });

  it("answers the province, ข้อ 27 and problem reports for officers in scope", async () => {
    const province = await c.province.get("/api/reports/26-2/province/40");
    expect(province.statusCode).toBe(200);
    expect(province.json().rows.map((r: { districtCode: string }) => r.districtCode)).toContain("4007");
    const db = await c.worker.get("/api/reports/27/400709");
    expect(db.statusCode).toBe(200);
    const row = db.json().rows.find((r: { villageCode: string }) => r.villageCode === "40070908");
    expect(row.targets.targetHouseholds).toBeGreaterThanOrEqual(4);
    expect(row.targets.borrowedHouseholds).toBe(4);
    const problems = await c.district.get("/api/reports/problems/4007?format=json");
    expect(problems.statusCode).toBe(200);
    expect(problems.json()).toMatchObject({ report: "problems", provinceName: "ขอนแก่น" });
    const pdf = await c.province.get("/api/reports/problems/40?format=pdf&thaiDigits=true");
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(await pdfText(pdf.rawPayload)).toContain("๒๕๖๗");
  });
});

describe("scope, level, empty area and bad queries", () => {
  it("answers an area outside the user's scope 404, and a user without ledger rights 403", async () => {
    expectError(await c.worker.get("/api/reports/26-1/district/4007"), 404, "common.not_found");
    expectError(await c.committee.get("/api/reports/problems/4007"), 404, "common.not_found");
    expectError(
      await c.elsewhere.get("/api/reports/26-1/village/40070908?format=pdf"),
      404,
      "common.not_found",
    );
    expectError(await c.district.get("/api/reports/26-2/province/41"), 404, "common.not_found");
    expectError(await c.admin.get("/api/reports/26-1/district/4099"), 404, "common.not_found");
    expectError(
      await c.household.get("/api/reports/26-1/village/40070908"),
      403,
      "access.permission_ledger_read",
    );
  });

  it("refuses a code of the wrong level for the report with 400", async () => {
    for (const url of [
      "/api/reports/26-1/village/40",
      "/api/reports/26-1/district/40070908",
      "/api/reports/26-2/province/4007?format=pdf",
      "/api/reports/27/40",
      "/api/reports/problems/400709?format=csv",
    ]) {
      expectError(await c.admin.get(url), 400, "report.wrong_level");
    }
  });

  it("answers an empty district with a valid empty document in every format", async () => {
    const json = await c.admin.get("/api/reports/26-1/district/4002");
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ rows: [], totals: { totalFundSatang: 0 } });
    const pdf = await c.admin.get("/api/reports/26-1/district/4002?format=pdf");
    expect(pdf.statusCode).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain("ไม่มีข้อมูลที่ต้องรายงาน");
    const csv = await c.admin.get("/api/reports/26-1/district/4002?format=csv");
    expect(csv.statusCode).toBe(200);
    expect(
      csv.body
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n"),
    ).toHaveLength(1);
    const xlsx = await c.admin.get("/api/reports/27/4002?format=xlsx");
    expect([xlsx.statusCode, xlsx.rawPayload.subarray(0, 2).toString()]).toEqual([200, "PK"]);
  });

  it("refuses bad periods and formats with Thai and English messages", async () => {
    expectError(
      await c.admin.get("/api/reports/26-1/district/4007?fiscalYear=abc"),
      400,
      "report.fiscal_year_invalid",
    );
    expectError(
      await c.admin.get("/api/reports/26-1/district/4007?fiscalYear=2599"),
      400,
      "report.fiscal_year_invalid",
    );
    expectError(
      await c.admin.get("/api/reports/26-1/district/4007?asOf=2024-06-31"),
      400,
      "report.as_of_invalid",
    );
    expectError(
      await c.admin.get("/api/reports/26-1/district/4007?asOf=2030-01-01"),
      400,
      "report.as_of_in_future",
    );
    expectError(
      await c.admin.get("/api/reports/26-1/district/4007?asOf=2023-06-30&fiscalYear=2567"),
      400,
      "report.as_of_outside_year",
    );
    expectError(await c.admin.get("/api/reports/26-1/district/4007?format=doc"), 400, "common.invalid_input");
    expectError(await c.admin.get("/api/reports/26-1/district/40x7"), 400, "common.invalid_input");
  });
});

describe("report notes", () => {
  const url = () => `/api/funds/${fundId}/report-notes/2567`;

  it("lets an officer in the fund's area record the note; reads show it", async () => {
    const empty = await c.committee.get(url());
    expect(empty.json()).toMatchObject({ fiscalYear: 2567, developmentLevel: null, updatedAt: null });
    const put = await c.worker.send("PUT", url(), {
      developmentLevel: 3,
      supportingAgencies: "อบต.ทรายมูล",
      problemCause: "ไม่มีปัญหา",
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ developmentLevel: 3, supportingAgencies: "อบต.ทรายมูล" });
    const report = await c.district.get("/api/reports/27/4007");
    const row = report.json().rows.find((r: { villageCode: string }) => r.villageCode === "40070908");
    expect(row).toMatchObject({ developmentLevel: 3, supportingAgencies: "อบต.ทรายมูล" });
    const audit = await c.admin.get(`/api/audit?entityType=fund_report_note&entityId=${fundId}`);
    expect(audit.statusCode).toBe(200);
    const events = audit.json().items as Array<{ action: string; after: { developmentLevel: number } }>;
    expect(events.map((e) => [e.action, e.after.developmentLevel])).toEqual([["report_note.recorded", 3]]);
  });

  it("refuses a bad level or year (400), a committee member (403) and an officer elsewhere (404), changing nothing", async () => {
    const before = (await c.district.get(url())).json();
    expectError(
      await c.district.send("PUT", url(), { developmentLevel: 4 }),
      400,
      "report_note.level_invalid",
    );
    expectError(await c.district.send("PUT", url(), { developmentLevel: "สูง" }), 400, "common.invalid_input");
    expectError(await c.district.send("PUT", url(), { colour: "red" }), 400, "common.invalid_input");
    expectError(
      await c.district.send("PUT", `/api/funds/${fundId}/report-notes/2599`, { developmentLevel: 1 }),
      400,
      "report_note.fiscal_year_invalid",
    );
    expectError(
      await c.committee.send("PUT", url(), { developmentLevel: 1 }),
      403,
      "access.permission_funds_write",
    );
    expectError(await c.elsewhere.send("PUT", url(), { developmentLevel: 1 }), 404, "common.not_found");
    expectError(await c.elsewhere.get(url()), 404, "common.not_found");
    expect((await c.district.get(url())).json()).toEqual(before);
  });
});
