import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { createUser } from "../access/index";

let app: TestApp;
let officer: Client;
let secretary: Client;
let finance: Client;
let chair: Client;
let household: Client;
let elsewhere: Client;
let fundId = "";
const members: { id: string; memberNo: string }[] = [];
const VILLAGE = "40070908";

beforeAll(async () => {
  app = await createTestApp();
  await createUser(app.t.deps, {
    username: "sg.elsewhere",
    displayName: "เจ้าหน้าที่จังหวัดอื่น",
    role: "province_officer",
    scopeCode: "10",
    password: "kaejon-test-password",
  });
  [officer, secretary, finance, chair, household, elsewhere] = await Promise.all([
    app.login("district.namphong"),
    app.login("secretary.dokkrachiao"),
    app.login("finance.dokkrachiao"),
    app.login("committee.dokkrachiao"),
    app.login("household.demo"),
    app.login("sg.elsewhere", "kaejon-test-password"),
  ]);
  const created = await officer.send("POST", "/api/savings-groups", {
    areaCode: VILLAGE,
    name: "กลุ่มออมทรัพย์เพื่อการผลิตบ้านดอกกระเจียว",
    startedOn: "2024-01-01",
    bylaws: { shareValueSatang: 10_000, maxSharesPerMonth: 10 },
    // The group's books start in January: entries may be recorded up to 200 days late.
    backdateDays: 200,
  });
  expect(created.statusCode, created.body).toBe(201);
  fundId = created.json<{ fundId: string }>().fundId;
  const users = new Map<string, string>();
  for (const c of [chair, secretary, finance]) {
    const me = await c.get("/api/me");
    users.set(c.username, me.json<{ user: { id: string } }>().user.id);
  }
  const set = await officer.send("POST", `/api/funds/${fundId}/committee-sets`, {
    termStart: "2024-01-01",
    termEnd: "2026-12-31",
    members: [
      { name: "นายบุญมี ทองคำ", position: "chair", userId: users.get("committee.dokkrachiao") },
      { name: "นางสาวจันทร์เพ็ญ ศรีสวัสดิ์", position: "secretary", userId: users.get("secretary.dokkrachiao") },
      { name: "นางบัวผัน แก้วมณี", position: "finance", userId: users.get("finance.dokkrachiao") },
    ],
  });
  expect(set.statusCode, set.body).toBe(201);
}, 120_000);

afterAll(async () => app?.close());

describe("savings groups over HTTP", () => {
  it("refuses bad input with field-named Thai and English errors", async () => {
    const bad = await officer.send("POST", "/api/savings-groups", {
      areaCode: "123",
      name: "",
      startedOn: "2024-02-30",
    });
    expect(bad.statusCode).toBe(400);
    const body = bad.json<{ error: { message: string; messageEn: string } }>().error;
    expect(body.message).toContain("body.areaCode");
    expect(body.messageEn).toContain("body.startedOn");
    const bylaws = await officer.send("POST", "/api/savings-groups", {
      areaCode: VILLAGE,
      name: "กลุ่มที่สอง",
      startedOn: "2024-01-01",
      bylaws: { minSharesPerMonth: 5, maxSharesPerMonth: 2 },
    });
    expect(bylaws.statusCode).toBe(400);
    expect(bylaws.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: "savings.invalid_bylaws",
      message: expect.stringContaining("maxSharesPerMonth"),
    });
    const list = await officer.get(`/api/savings-groups?area=${VILLAGE}`);
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it("shows the group to its area and the committee, not to another province", async () => {
    const seen = await chair.get(`/api/savings-groups/${fundId}`);
    expect(seen.statusCode).toBe(200);
    const g = seen.json<{ bylaws: { shareValueSatang: number }; can: Record<string, boolean> }>();
    expect(g.bylaws.shareValueSatang).toBe(10_000);
    expect(g.can).toMatchObject({ overrideLoanRules: true, recordDeposits: false, closeYear: true });
    expect((await elsewhere.get(`/api/savings-groups/${fundId}`)).statusCode).toBe(404);
    expect((await elsewhere.get(`/api/savings-groups/${fundId}/members`)).statusCode).toBe(404);
  });

  it("admits members, one of them from the register of the household user", async () => {
    const me = await household.get("/api/me");
    const householdId = me.json<{ user: { householdId: string } }>().user.householdId;
    const detail = await officer.get(`/api/households/${householdId}`);
    const head = detail.json<{ members: { id: string }[] }>().members[0]!;
    const own = await secretary.send("POST", `/api/savings-groups/${fundId}/members`, {
      householdMemberId: head.id,
      joinedOn: "2024-01-05",
      beneficiaries: [{ name: "นางสมศรี ใจดี", relationship: "คู่สมรส", shareBp: 10_000 }],
    });
    expect(own.statusCode, own.body).toBe(201);
    members.push(own.json());
    for (const name of ["นายสอง ออมดี", "นางสาม ออมดี"]) {
      const res = await secretary.send("POST", `/api/savings-groups/${fundId}/members`, {
        name,
        joinedOn: "2024-01-05",
        beneficiaries: [{ name: "ทายาท", relationship: "บุตร", shareBp: 10_000 }],
      });
      expect(res.statusCode).toBe(201);
      members.push(res.json());
    }
    expect(members.map((m) => m.memberNo)).toEqual(["1", "2", "3"]);
    const bad = await secretary.send("POST", `/api/savings-groups/${fundId}/members`, {
      name: "นายสี่ ออมดี",
      joinedOn: "2024-01-05",
      beneficiaries: [{ name: "ก", relationship: "บุตร", shareBp: 0 }],
    });
    expect(bad.statusCode).toBe(400);
    const err = bad.json<{ error: { message: string; messageEn: string } }>().error;
    expect(err.message).toContain("beneficiaries[0].shareBp");
    expect(err.messageEn).toContain("beneficiaries[0].shareBp");
    const list = await chair.get(`/api/savings-groups/${fundId}/members`);
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(3);
  });

  it("saves a deposit sheet, shows it, and refuses a second one for the month", async () => {
    const rows = members.map((m, k) => ({ memberId: m.id, shares: [5, 10, 1][k]! }));
    for (const month of ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]) {
      const res = await finance.send("POST", `/api/savings-groups/${fundId}/deposits`, {
        month,
        paidOn: `${month}-10`,
        rows,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<{ totalSatang: number }>().totalSatang).toBe(16 * 10_000);
    }
    const again = await finance.send("POST", `/api/savings-groups/${fundId}/deposits`, {
      month: "2024-06",
      paidOn: "2024-06-10",
      rows: [{ memberId: members[0]!.id, shares: 1 }],
    });
    expect(again.statusCode).toBe(409);
    const tooMany = await finance.send("POST", `/api/savings-groups/${fundId}/deposits`, {
      month: "2024-07",
      paidOn: "2024-06-10",
      rows: [{ memberId: members[0]!.id, shares: 11 }],
    });
    expect(tooMany.statusCode).toBe(400);
    const sheet = await finance.get(`/api/savings-groups/${fundId}/deposit-sheet?month=2024-06`);
    expect(sheet.json<{ rows: { shares: number }[] }>().rows.map((r) => r.shares)).toEqual([5, 10, 1]);
    const badMonth = await finance.get(`/api/savings-groups/${fundId}/deposit-sheet?month=2024-13`);
    expect(badMonth.statusCode).toBe(400);
  });

  it("checks and refuses a loan above the limit with every reason, and lends within it", async () => {
    const request = { memberId: members[2]!.id, amountSatang: 2_000_000, guarantorIds: [members[0]!.id] };
    const check = await chair.send("POST", `/api/savings-groups/${fundId}/loans/check`, request);
    expect(check.statusCode).toBe(200);
    // Six months of 1 share of 100 baht: 600 baht saved, 1,200 baht limit.
    expect(check.json()).toMatchObject({ isAllowed: false, limitSatang: 120_000, availableSatang: 120_000 });
    const refused = await chair.send("POST", `/api/savings-groups/${fundId}/loans`, {
      ...request,
      instalmentCount: 6,
      contractedOn: "2024-06-15",
      resolutionRef: "มติที่ประชุม 9/2567",
    });
    expect(refused.statusCode).toBe(422);
    const issues = refused.json<{ error: { details: { issues: { path: string }[] } } }>().error.details
      .issues;
    expect(issues.map((i) => i.path)).toEqual(["amountSatang", "guarantorIds"]);
    const lent = await chair.send("POST", `/api/savings-groups/${fundId}/loans`, {
      memberId: members[1]!.id,
      amountSatang: 800_000,
      guarantorIds: [members[0]!.id, members[2]!.id],
      instalmentCount: 6,
      contractedOn: "2024-06-15",
      resolutionRef: "มติที่ประชุม 9/2567",
    });
    expect(lent.statusCode, lent.body).toBe(201);
    expect(lent.json<{ loanNo: string; status: string }>()).toMatchObject({
      loanNo: "สก.1/2567",
      status: "active",
    });
    const loans = await officer.get(`/api/savings-groups/${fundId}/loans`);
    expect(loans.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it("records meetings and refuses a close before the year is over", async () => {
    const meeting = await secretary.send("POST", `/api/savings-groups/${fundId}/meetings`, {
      kind: "monthly",
      heldOn: "2024-06-10",
      attendeeMemberIds: members.map((m) => m.id),
      minutes: "รับฝากเงินสัจจะ",
      resolutions: ["อนุมัติเงินกู้"],
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const close = await officer.send("POST", `/api/savings-groups/${fundId}/close`, { fiscalYear: 2567 });
    expect(close.statusCode).toBe(422);
    expect(close.json<{ error: { code: string } }>().error.code).toBe("savings.year_not_over");
    const preview = await officer.get(`/api/savings-groups/${fundId}/close?fiscalYear=2567`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json<{ isClosed: boolean; incomeSatang: number }>()).toMatchObject({
      isClosed: false,
      incomeSatang: 3 * 2_000,
    });
  });

  it("gives a household member their own statement and PDF, and nobody else's", async () => {
    const own = await household.get(
      `/api/savings-groups/${fundId}/members/${members[0]!.id}/statement?fiscalYear=2567`,
    );
    expect(own.statusCode, own.body).toBe(200);
    const s = own.json<{ closingSharesSatang: number; months: unknown[] }>();
    expect(s.closingSharesSatang).toBe(6 * 5 * 10_000);
    expect(s.months).toHaveLength(12);
    const pdf = await household.get(`/api/savings-groups/${fundId}/members/${members[0]!.id}/statement/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(
      (await household.get(`/api/savings-groups/${fundId}/members/${members[1]!.id}/statement`)).statusCode,
    ).toBe(404);
    expect((await household.get(`/api/savings-groups/${fundId}/members`)).statusCode).toBe(403);
  });

  it("exports members, deposits and the close as CSV and XLSX", async () => {
    const csv = await officer.get(`/api/savings-groups/${fundId}/members/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toContain("เลขที่สมาชิก");
    expect(lines).toHaveLength(4);
    const deposits = await officer.get(
      `/api/savings-groups/${fundId}/deposits/export?format=csv&lang=en&from=2024-06&to=2024-06`,
    );
    const depositLines = deposits.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(depositLines[0]).toContain("Member no.");
    expect(depositLines).toHaveLength(4);
    const xlsx = await officer.get(`/api/savings-groups/${fundId}/close/export?format=xlsx&fiscalYear=2567`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    expect((await elsewhere.get(`/api/savings-groups/${fundId}/members/export?format=csv`)).statusCode).toBe(
      404,
    );
  });
});
