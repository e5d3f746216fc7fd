import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import type { Actor } from "../../shared/actor";
import { getLoan, recordRepayment } from "../loans/index";
import { approvePlan } from "./approve-plan";
import { buildCentre, type CentreFixture, debt, officerOf, TEST_PASSWORD } from "./centre-test-fixture";
import { executePlan } from "./execute-plan";
import { markDebtFree } from "./mark-debt-free";
import { proposePlan } from "./propose-plan";
import { recordSurvey } from "./record-survey";

let h: TestApp;
let f: CentreFixture;
let planId: string;
let debtFreePlanId: string;
let villageMemberId: string;
const clients: Record<string, Client> = {};
const VILLAGE = "40070929";
const base = () => `/api/debt-centres/${f.centre.id}`;

const count = async (table: string) =>
  (await rows<{ n: number }>(h.t.deps.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

function expectError(res: LightMyRequestResponse, status: number, code: string) {
  const body = res.json();
  expect([res.statusCode, body.error.code]).toEqual([status, code]);
  expect(body.error.message).toMatch(/[ก-๙]/);
  expect(body.error.messageEn).toMatch(/[a-z]/i);
  return body.error as { message: string; messageEn: string };
}

function csvRecords(res: LightMyRequestResponse): string[][] {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
  expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(res.rawPayload, { bom: true }) as string[][];
}

const column = (records: string[][], header: string) => {
  const k = records[0]!.indexOf(header);
  expect(k, header).toBeGreaterThanOrEqual(0);
  return records.slice(1).map((r) => r[k]);
};

async function debtFreePlan(actorOf: (a: Actor) => typeof h.t.deps, householdId: string, surveyedOn: string) {
  const survey = await recordSurvey(actorOf(f.officer), f.centre.id, {
    householdId,
    surveyedOn,
    monthlyIncomeSatang: 3_000_000,
    monthlyExpensesSatang: 1_000_000,
    debts: [
      debt("lender", { originalPrincipalSatang: 1_500_000, outstandingSatang: 1_500_000 }),
      debt("shop", { creditorType: "shop", creditorName: "ร้านค้าป้าแดง", outstandingSatang: 0 }),
    ],
  });
  const plan = await proposePlan(actorOf(f.officer), f.centre.id, {
    surveyId: survey.id,
    plannedOn: "2024-06-15",
  });
  await approvePlan(actorOf(f.users.chair), f.centre.id, plan.id, {});
  const done = await executePlan(actorOf(f.users.finance), f.centre.id, plan.id, { paidOn: "2024-06-15" });
  for (const l of done.loans) {
    const payoff = (await getLoan(h.t.deps, l.loanId)).payoff!.payoffSatang;
    await recordRepayment(h.t.deps, l.loanId, {
      amountSatang: payoff,
      paidOn: "2024-06-15",
      method: "cash",
      closeLoan: true,
    });
  }
  await markDebtFree(actorOf(f.users.secretary), f.centre.id, plan.id, {});
  return plan.id;
}

beforeAll(async () => {
  h = await createTestApp();
  f = await buildCentre(h.t.deps, VILLAGE, "dcwh");
  await officerOf(h.t.deps, "dcwh.far", "subdistrict_worker", "550116");
  for (const name of ["chair", "member", "finance", "worker", "far"]) {
    clients[name] = await h.login(`dcwh.${name}`, TEST_PASSWORD);
  }
  const as = (actor: Actor) => ({ ...h.t.deps, actor });
  debtFreePlanId = await debtFreePlan(as, f.householdId, "2024-06-10");
  const [member] = await rows<{ id: string }>(
    h.t.deps.db,
    sql`select id from debt_centre_member_fund where fund_id = ${f.villageFund.fund.id}`,
  );
  villageMemberId = member!.id;
  const survey = await recordSurvey(as(f.officer), f.centre.id, {
    householdId: f.householdId,
    surveyedOn: "2024-06-14",
    monthlyIncomeSatang: 3_000_000,
    monthlyExpensesSatang: 1_000_000,
    debts: [debt("again", { startOn: "2024-01-01" })],
  });
  planId = (await proposePlan(as(f.officer), f.centre.id, { surveyId: survey.id, plannedOn: "2024-06-15" }))
    .id;
});
afterAll(async () => h.close());

describe("welfare over HTTP", () => {
  it("requests, approves and pays; bad input is 400 with the field in both languages and nothing written", async () => {
    const before = await count("debt_welfare_payment");
    const bad = expectError(
      await clients.worker!.send("POST", `${base()}/welfare`, {
        welfareType: "party",
        householdId: f.householdId,
        amountSatang: -5,
        memberFundId: villageMemberId,
        reason: "",
      }),
      400,
      "common.invalid_input",
    );
    expect(bad.messageEn).toContain("welfareType");
    expect(bad.messageEn).toContain("amountSatang");
    const over = expectError(
      await clients.worker!.send("POST", `${base()}/welfare`, {
        welfareType: "elderly",
        householdId: f.householdId,
        amountSatang: 999_999_999,
        memberFundId: villageMemberId,
        reason: "เบี้ยผู้สูงอายุ",
      }),
      422,
      "debt.welfare_over_cash",
    );
    expect(over.message).toContain("amountSatang");
    expectError(
      await clients.far!.send("POST", `${base()}/welfare`, {
        welfareType: "elderly",
        beneficiaryName: "ยายมา",
        amountSatang: 10_000,
        memberFundId: villageMemberId,
        reason: "เบี้ยผู้สูงอายุ",
      }),
      404,
      "common.not_found",
    );
    expect(await count("debt_welfare_payment")).toBe(before);

    const created = await clients.member!.send("POST", `${base()}/welfare`, {
      welfareType: "education",
      householdId: f.householdId,
      amountSatang: 200_000,
      memberFundId: villageMemberId,
      reason: "ทุนการศึกษาบุตร",
    });
    expect([created.statusCode, created.json().status]).toEqual([201, "requested"]);
    const wid = created.json().id as string;
    expectError(
      await clients.finance!.send("POST", `${base()}/welfare/${wid}/pay`, {}),
      422,
      "debt.welfare_not_approved",
    );
    expectError(
      await clients.member!.send("POST", `${base()}/welfare/${wid}/approve`, {}),
      403,
      "debt.centre_position_required",
    );
    expectError(
      await clients.far!.send("POST", `${base()}/welfare/${wid}/approve`, {}),
      404,
      "common.not_found",
    );
    const approved = await clients.chair!.send("POST", `${base()}/welfare/${wid}/approve`, { note: "อนุมัติ" });
    expect(approved.json()).toMatchObject({ status: "approved", decisionNote: "อนุมัติ" });
    const paid = await clients.finance!.send("POST", `${base()}/welfare/${wid}/pay`, {
      paidOn: "2024-06-15",
    });
    expect([paid.statusCode, paid.json().status]).toEqual([200, "paid"]);
    const rejected = await clients.worker!.send("POST", `${base()}/welfare`, {
      welfareType: "other",
      beneficiaryName: "นายทดลอง ระบบ",
      amountSatang: 10_000,
      memberFundId: villageMemberId,
      reason: "ขอทดลอง",
    });
    const r = await clients.worker!.send("POST", `${base()}/welfare/${rejected.json().id}/reject`, {});
    expect(r.json().status).toBe("rejected");
    const listed = await clients.member!.get(`${base()}/welfare?status=paid`);
    expect(listed.json().items.map((w: { id: string }) => w.id)).toEqual([wid]);

    const records = csvRecords(await clients.member!.get(`${base()}/welfare/export?format=csv`));
    expect(column(records, "ประเภทสวัสดิการ")).toEqual(["การศึกษา", "อื่น ๆ"]);
    expect(column(records, "จำนวนเงิน (บาท)")).toEqual(["2000.00", "100.00"]);
    expect(column(records, "สถานะ")).toEqual(["จ่ายแล้ว", "ไม่อนุมัติ"]);
    expect(column(records, "ผู้รับสวัสดิการ")).toEqual(["นายสมชาย ใจดี", "นายทดลอง ระบบ"]);
  });
});

describe("certificate and exports over HTTP", () => {
  it("serves the certificate of a debt-free plan; 404 for a plan not debt-free or outside the area", async () => {
    const res = await clients.member!.get(`${base()}/plans/${debtFreePlanId}/certificate/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(String(res.headers["content-disposition"])).toContain("filename*=UTF-8''");
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expectError(
      await clients.member!.get(`${base()}/plans/${planId}/certificate/pdf`),
      404,
      "common.not_found",
    );
    expectError(
      await clients.far!.get(`${base()}/plans/${debtFreePlanId}/certificate/pdf`),
      404,
      "common.not_found",
    );
    expectError(
      await clients.member!.get(`${base()}/plans/not-a-uuid/certificate/pdf`),
      400,
      "common.invalid_input",
    );
    const free = await clients.member!.get(`${base()}/debt-free`);
    expect(free.json().items).toMatchObject([
      { planId: debtFreePlanId, status: "relapse_watch", relapseFlags: 0 },
    ]);
  });

  it("exports centres, surveys (a row per debt), plans, debt-free households and the district counts", async () => {
    const centres = csvRecords(
      await clients.worker!.get(`/api/debt-centres/export?format=csv&area=${VILLAGE}`),
    );
    expect(column(centres, "ชื่อศูนย์")).toEqual([f.centre.name]);
    expect(column(centres, "อัตราดอกเบี้ยต่อปี (%)")).toEqual(["6.00"]);
    expect(column(centres, "ครัวเรือนปลดหนี้")).toEqual(["1"]);
    const surveys = csvRecords(await clients.member!.get(`${base()}/surveys/export?format=csv`));
    expect(column(surveys, "รหัสหนี้")).toEqual(["lender", "shop", "again"]);
    expect(column(surveys, "ประเภทเจ้าหนี้")).toEqual(["นายทุนนอกระบบ", "ร้านค้า", "นายทุนนอกระบบ"]);
    expect(column(surveys, "หนี้คงค้าง (บาท)")).toEqual(["15000.00", "0.00", "20000.00"]);
    const plans = csvRecords(await clients.member!.get(`${base()}/plans/export?format=csv&lang=en`));
    expect(column(plans, "Status")).toEqual(["Relapse watch", "Planned"]);
    expect(column(plans, "Debt-free on (ISO)")).toEqual(["2024-06-15", ""]);
    expect(column(plans, "Debt-free on (B.E.)")[0]).toBe("15/06/2567");
    expect(Number(column(plans, "Interest saved (baht)")[0])).toBeGreaterThan(0);
    const free = csvRecords(await clients.member!.get(`${base()}/debt-free/export?format=csv`));
    expect(column(free, "หัวหน้าครัวเรือน")).toEqual(["สมชาย ใจดี"]);
    expect(column(free, "สัญญาณหนี้ซ้ำ")).toEqual(["0"]);
    const counts = csvRecords(
      await clients.worker!.get(`/api/debt-centres/counts/export?format=csv&area=${VILLAGE}`),
    );
    expect(column(counts, "ครัวเรือนที่สำรวจ")).toEqual(["1"]);
    const xlsx = await clients.member!.get(`${base()}/plans/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBeGreaterThanOrEqual(3);
    expectError(await clients.far!.get(`${base()}/plans/export?format=csv`), 404, "common.not_found");
    expectError(
      await clients.far!.get(`/api/debt-centres/counts/export?format=csv&area=${VILLAGE}`),
      404,
      "common.not_found",
    );
    expectError(await clients.member!.get(`${base()}/plans/export?format=pdf`), 400, "common.invalid_input");
  });
});
