import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { createCentre, recordSurvey } from "../debt-centre/index";
import { openCase } from "./case-open";
import { getCase } from "./case-reads";
import { buildCaseFixture, type CaseFixture, VILLAGE } from "./case-test-fixture";

let t: TestDatabase;
let f: CaseFixture;
let centreId: string;
let surveyId: string;
const PLAN_ID = "01900000-0000-7000-8000-0000000000d1";

beforeAll(async () => {
  t = await openTestDatabase();
  f = await buildCaseFixture(t.deps, "pcdebt");
  const officer = f.as(f.actors.province);
  centreId = (await createCentre(officer, { areaCode: VILLAGE, name: "ศจก. บ้านทดสอบ" })).id;
  const debtOf = (debtId: string, outstandingSatang: number, arrearsSatang: number) => ({
    debtId,
    creditorName: `เจ้าหนี้ ${debtId}`,
    creditorType: "money_lender",
    originalPrincipalSatang: 2_000_000,
    outstandingSatang,
    arrearsSatang,
    rateBp: 1_000,
    rateBasis: "per_month",
    instalmentFrequency: "monthly",
    purpose: "ลงทุนทำนา",
    startOn: "2024-01-10",
  });
  surveyId = (
    await recordSurvey(officer, centreId, {
      householdId: f.poor,
      surveyedOn: "2024-06-10",
      monthlyIncomeSatang: 3_000_000,
      monthlyExpensesSatang: 1_000_000,
      debts: [debtOf("lender", 1_500_000, 200_000), debtOf("shop", 500_000, 0)],
    } as never)
  ).id;
  // A plan as the debt centre stores it (its planner needs member funds with cash; the case page only reads it).
  await t.deps.db.execute(sql`
    insert into debt_plan (id, centre_id, area_code, survey_id, household_id, status, planned_on, input, plan,
                           needs_chair_override, broken_rules, created_at, updated_at)
    values (${PLAN_ID}, ${centreId}, ${VILLAGE}, ${surveyId}, ${f.poor}, 'executed', '2024-06-12', '{}'::jsonb,
            '{}'::jsonb, false, '[]'::jsonb, now(), now())`);
});
afterAll(async () => t.close());

describe("debts on the case page", () => {
  it("come from the debt centre's household summary: plans and the latest survey; nothing for a household without debts", async () => {
    const opened = await openCase(f.as(f.actors.worker), { householdId: f.poor, openedOn: "2024-06-01" });
    const detail = await getCase(f.as(f.actors.worker), opened.id);
    expect(detail.debtPlans).toEqual([
      {
        id: PLAN_ID,
        centreId,
        centreName: "ศจก. บ้านทดสอบ",
        status: "executed",
        plannedOn: "2024-06-12",
        executedOn: null,
        debtFreeOn: null,
      },
    ]);
    expect(detail.debtSurvey).toEqual({
      surveyedOn: "2024-06-10",
      debts: 2,
      outstandingSatang: 2_000_000,
      arrearsSatang: 200_000,
    });
    const other = await openCase(f.as(f.actors.worker), { householdId: f.good, openedOn: "2024-06-01" });
    const none = await getCase(f.as(f.actors.worker), other.id);
    expect([none.debtPlans, none.debtSurvey]).toEqual([[], null]);
  });
});
