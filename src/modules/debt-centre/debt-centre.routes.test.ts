import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import { buildCentre, type CentreFixture, debt, officerOf, TEST_PASSWORD } from "./centre-test-fixture";

let h: TestApp;
let f: CentreFixture;
const clients: Record<string, Client> = {};
const VILLAGE = "40070926";

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
  return body.error;
}

beforeAll(async () => {
  h = await createTestApp();
  f = await buildCentre(h.t.deps, VILLAGE, "dchttp");
  await officerOf(h.t.deps, "dchttp.far", "subdistrict_worker", "550116");
  for (const name of ["chair", "member", "finance", "worker", "far"]) {
    clients[name] = await h.login(`dchttp.${name}`, TEST_PASSWORD);
  }
});
afterAll(async () => h.close());

describe("debt centres over HTTP", () => {
  it("lists, shows and counts centres in the caller's area; 404 outside it", async () => {
    const list = await clients.worker!.get(`/api/debt-centres?area=${VILLAGE}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([f.centre.id]);
    const detail = await clients.member!.get(`/api/debt-centres/${f.centre.id}`);
    expect(detail.json()).toMatchObject({ centre: { rateBp: 600 }, memberFunds: [{}, {}] });
    const funds = await clients.member!.get(`/api/debt-centres/${f.centre.id}/member-funds`);
    expect(funds.json().items.map((m: { fundId: string }) => m.fundId)).toEqual([
      f.savings.fund.id,
      f.villageFund.fund.id,
    ]);
    const committee = await clients.member!.get(`/api/debt-centres/${f.centre.id}/committee`);
    expect(committee.json().items).toHaveLength(4);
    expectError(await clients.far!.get(`/api/debt-centres/${f.centre.id}`), 404, "common.not_found");
    expectError(await clients.far!.get(`/api/debt-centres?area=${VILLAGE}`), 404, "common.not_found");
    const counts = await clients.worker!.get(`/api/debt-centres/counts?area=${VILLAGE.slice(0, 6)}`);
    expect(counts.json()).toMatchObject({ centres: 1, debtFreeHouseholds: 0, relapsedHouseholds: 0 });
    const one = await clients.member!.get(`/api/debt-centres/${f.centre.id}/counts`);
    expect(one.json()).toMatchObject({ centreId: f.centre.id, surveyedHouseholds: 0, plansByStatus: {} });
    const doc = await h.app.inject({ method: "GET", url: "/api/openapi.json" });
    const paths = Object.keys(doc.json().paths);
    for (const path of [
      "/api/debt-centres",
      "/api/debt-centres/counts",
      "/api/debt-centres/{id}/surveys",
      "/api/debt-centres/{id}/plans/{planId}/approve",
      "/api/debt-centres/{id}/plans/{planId}/execute",
    ]) {
      expect(paths).toContain(path);
    }
  });

  it("answers 400 for bad bodies, 403 for committee members setting up, 409 for a second centre", async () => {
    expectError(
      await clients.worker!.send("POST", "/api/debt-centres", { areaCode: "4007", name: "x" }),
      400,
      "common.invalid_input",
    );
    expectError(
      await clients.worker!.send("POST", "/api/debt-centres", { areaCode: VILLAGE, name: "ซ้ำ" }),
      409,
      "debt.centre_exists",
    );
    expectError(
      await clients.chair!.send("POST", `/api/debt-centres/${f.centre.id}/member-funds`, {
        outsideName: "กลุ่มนอก",
        outsideBalanceSatang: 100,
        maxLoanSatang: 100,
      }),
      403,
      "access.permission_funds_write",
    );
    const outside = await clients.worker!.send("POST", `/api/debt-centres/${f.centre.id}/member-funds`, {
      outsideName: "กลุ่มนอก",
      outsideBalanceSatang: 100,
      maxLoanSatang: 100,
    });
    expect([outside.statusCode, outside.json().isOutside]).toEqual([201, true]);
    const seat = await clients.worker!.send("POST", `/api/debt-centres/${f.centre.id}/committee`, {
      name: "กรรมการเพิ่ม",
      position: "member",
      termStart: "2024-01-01",
      termEnd: "2025-12-31",
    });
    expect([seat.statusCode, seat.json().inOffice]).toEqual([201, true]);
  });

  it("surveys, proposes, approves and executes a plan; survey errors name the field", async () => {
    const surveys = `/api/debt-centres/${f.centre.id}/surveys`;
    const before = await count("debt_survey");
    const bad = expectError(
      await clients.worker!.send("POST", surveys, {
        householdId: f.householdId,
        surveyedOn: "2024-06-10",
        monthlyIncomeSatang: 3_000_000,
        monthlyExpensesSatang: -1,
        debts: [debt("d1")],
      }),
      400,
      "debt.invalid_survey",
    );
    expect(bad.messageEn).toContain("monthlyExpensesSatang");
    expect(await count("debt_survey")).toBe(before);
    const survey = await clients.worker!.send("POST", surveys, {
      householdId: f.householdId,
      surveyedOn: "2024-06-10",
      monthlyIncomeSatang: 3_000_000,
      monthlyExpensesSatang: 1_000_000,
      debts: [debt("d1")],
    });
    expect(survey.statusCode).toBe(201);
    const listed = await clients.member!.get(`${surveys}?householdId=${f.householdId}`);
    expect(listed.json().items.map((s: { id: string }) => s.id)).toEqual([survey.json().id]);

    const plans = `/api/debt-centres/${f.centre.id}/plans`;
    const refused = expectError(
      await clients.member!.send("POST", plans, {
        surveyId: survey.json().id,
        plannedOn: "2024-06-15",
        termMonths: 120,
      }),
      422,
      "debt.plan_refused",
    );
    expect(refused.messageEn).toContain("beyond the centre's maximum");
    expect(await count("debt_plan")).toBe(0);
    const plan = await clients.member!.send("POST", plans, {
      surveyId: survey.json().id,
      plannedOn: "2024-06-15",
    });
    expect([plan.statusCode, plan.json().status]).toEqual([201, "planned"]);
    const id = plan.json().id as string;
    expectError(await clients.far!.send("POST", `${plans}/${id}/approve`, {}), 404, "common.not_found");
    const approved = await clients.member!.send("POST", `${plans}/${id}/approve`, {});
    expect(approved.json().status).toBe("approved");
    expectError(
      await clients.member!.send("POST", `${plans}/${id}/execute`, {}),
      403,
      "debt.centre_position_required",
    );
    const executed = await clients.finance!.send("POST", `${plans}/${id}/execute`, { paidOn: "2024-06-15" });
    expect(executed.statusCode).toBe(200);
    expect(executed.json()).toMatchObject({ status: "repaying", loans: [{ principalSatang: 2_000_000 }] });
    const shown = await clients.member!.get(`${plans}/${id}`);
    expect(shown.json().creditorPayments).toMatchObject([{ debtId: "d1", amountSatang: 2_000_000 }]);
    const listedPlans = await clients.member!.get(`${plans}?status=repaying`);
    expect(listedPlans.json().items.map((p: { id: string }) => p.id)).toEqual([id]);
    expectError(
      await clients.member!.send("POST", `${plans}/${id}/debt-free`, {}),
      422,
      "debt.plan_loans_open",
    );
  });
});
