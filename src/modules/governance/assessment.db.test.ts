// Bank reconciliations and the governance assessment on a worked example: evidence read from data, assessor items, score and level, submission, refusals that write nothing.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import type { Actor } from "../../shared/actor";
import { runDailyJob } from "../health/index";
import { createAssessment } from "./create-assessment";
import {
  insertActiveLoan,
  insertComplaint,
  insertHousehold,
  insertMeeting,
} from "./governance-fixture.repository";
import { buildGovFund, ensureVillage, type GovFund, move } from "./governance-test-fixture";
import { getAssessment, listAssessments } from "./read-assessments";
import { listReconciliations } from "./read-reconciliations";
import { recordReconciliation } from "./record-reconciliation";
import { refreshAssessment } from "./refresh-assessment";
import { submitAssessment } from "./submit-assessment";
import { updateAssessmentItem } from "./update-assessment-item";

let t: TestDatabase;
let a: GovFund;
let noBank: GovFund;
const D = "2024-06-15";
const uuid = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, "0")}`;
const officer: Actor = {
  kind: "user",
  userId: null,
  username: "gov.officer",
  role: "district_officer",
  scopeCode: "4007",
  householdId: null,
};
const elsewhere: Actor = { ...officer, username: "gov.elsewhere", scopeCode: "1001" };
const as = (actor: Actor) => ({ ...t.deps, actor });

async function count(table: "gov_bank_reconciliation" | "gov_assessment" | "audit_event"): Promise<number> {
  const [r] = await rows<{ n: number }>(t.deps.db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`);
  return r!.n;
}

beforeAll(async () => {
  t = await openTestDatabase();
  t.clock.set(`${D}T03:00:00Z`);
  await ensureVillage(t.deps, "40070981");
  await insertHousehold(t.deps.db, "40070981", uuid(101), uuid(201), "ครัวเรือนกรรมการ");
  a = await buildGovFund(t.deps, {
    villageCode: "40070981",
    prefix: "aa",
    termStart: "2023-01-01",
    memberHouseholdMembers: [{ name: "นายกรรมการ ผู้ยืม", householdMemberId: uuid(201) }],
  });
  noBank = await buildGovFund(t.deps, {
    villageCode: "40070982",
    prefix: "an",
    termStart: "2023-01-01",
    withBank: false,
  });
  t.clock.set("2024-01-05T03:00:00Z");
  await move(t.deps, a, "2024-01-05", "bank", "capital", 28_000_000);
  t.clock.set(`${D}T03:00:00Z`);
  await move(t.deps, a, "2024-06-02", "loans_receivable", "bank", 5_200_000);
  const at = new Date(`${D}T03:00:00Z`);
  await insertActiveLoan(
    t.deps.db,
    {
      id: uuid(301),
      fundId: a.fund.id,
      areaCode: "40070981",
      loanNo: "C1",
      householdId: uuid(101),
      contractedOn: "2024-02-01",
      dueOn: "2024-08-01",
      principalSatang: 5_000_000,
    },
    at,
  );
  await insertActiveLoan(
    t.deps.db,
    {
      id: uuid(302),
      fundId: a.fund.id,
      areaCode: "40070981",
      loanNo: "C2",
      householdId: null,
      contractedOn: "2023-09-01",
      dueOn: "2024-04-01",
      principalSatang: 1_000_000,
      paidSatang: 800_000,
    },
    at,
  );
  await insertMeeting(
    t.deps.db,
    {
      id: uuid(401),
      fundId: a.fund.id,
      meetingNo: "1/2567",
      heldOn: "2023-11-01",
      minutes: "รับรองรายงาน",
      attendees: ["กรรมการ chair"],
    },
    at,
  );
  await insertMeeting(
    t.deps.db,
    {
      id: uuid(402),
      fundId: a.fund.id,
      meetingNo: "2/2567",
      heldOn: "2024-02-01",
      minutes: null,
      attendees: ["กรรมการ chair"],
    },
    at,
  );
  await insertComplaint(
    t.deps.db,
    {
      id: uuid(501),
      fundId: a.fund.id,
      areaCode: "40070981",
      status: "received",
      receivedOn: "2024-05-01",
      dueOn: "2024-05-31",
    },
    at,
  );
  await runDailyJob(t.deps, { businessDate: D });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe("bank reconciliation", () => {
  it("compares the statement with the books on the statement date and keeps the difference", async () => {
    t.clock.set("2024-03-10T03:00:00Z");
    const even = await recordReconciliation(as(a.seats.finance), a.fund.id, {
      statementDate: "2024-03-10",
      statementBalanceSatang: 28_000_000,
    });
    expect(even).toMatchObject({
      bookBalanceSatang: 28_000_000,
      differenceSatang: 0,
      recordedByName: "finance aa",
    });
    t.clock.set(`${D}T03:00:00Z`);
    const off = await recordReconciliation(as(officer), a.fund.id, {
      statementDate: "2024-06-10",
      statementBalanceSatang: 22_850_000,
      note: "ดอกเบี้ยเงินฝากยังไม่ได้บันทึก",
    });
    expect(off).toMatchObject({ bookBalanceSatang: 22_800_000, differenceSatang: 50_000 });
    const list = await listReconciliations(as(officer), a.fund.id);
    expect(list.map((r) => r.statementDate)).toEqual(["2024-06-10", "2024-03-10"]);
  });

  it("refuses bad input with Thai and English messages and writes nothing", async () => {
    const before = await count("gov_bank_reconciliation");
    const audits = await count("audit_event");
    const cases: Array<[Actor, string, Parameters<typeof recordReconciliation>[2], string]> = [
      [officer, a.fund.id, { statementDate: "2024-06-16", statementBalanceSatang: 1 }, "gov.date_in_future"],
      [
        officer,
        a.fund.id,
        { statementDate: "2014-12-31", statementBalanceSatang: 1 },
        "gov.date_before_fund",
      ],
      [
        officer,
        a.fund.id,
        { statementDate: "2024-06-11", statementBalanceSatang: 1 },
        "gov.difference_needs_note",
      ],
      [
        officer,
        a.fund.id,
        { statementDate: "2024-06-10", statementBalanceSatang: 22_800_000 },
        "gov.reconciliation_exists",
      ],
      [
        officer,
        noBank.fund.id,
        { statementDate: "2024-06-10", statementBalanceSatang: 0 },
        "gov.no_bank_account",
      ],
      [
        a.seats.member,
        a.fund.id,
        { statementDate: "2024-06-12", statementBalanceSatang: 22_000_000 },
        "gov.reconciler_required",
      ],
      [
        elsewhere,
        a.fund.id,
        { statementDate: "2024-06-12", statementBalanceSatang: 22_000_000 },
        "common.not_found",
      ],
    ];
    for (const [actor, fundId, body, code] of cases) {
      const error = await recordReconciliation(as(actor), fundId, body).then(
        () => null,
        (e: unknown) => e as { code: string; message: string; messageTh: string },
      );
      expect(error?.code, code).toBe(code);
      expect(error!.messageTh).toMatch(/[\u0E00-\u0E7F]/);
      expect(error!.message).toMatch(/[a-z]/);
    }
    expect(await count("gov_bank_reconciliation")).toBe(before);
    expect(await count("audit_event")).toBe(audits);
  });
});

describe("governance assessment", () => {
  let id: string;

  it("fills the system items from data with their evidence and leaves the assessor items pending", async () => {
    const draft = await createAssessment(as(officer), { fundId: a.fund.id, fiscalYear: 2567 });
    id = draft.id;
    expect(draft).toMatchObject({
      status: "draft",
      fiscalYear: 2567,
      evaluatedAsOf: D,
      fundName: "กองทุนทดสอบ aa",
    });
    const items = Object.fromEntries(draft.items.map((i) => [i.key, i]));
    expect(items.committee_term).toMatchObject({ source: "system", result: "met", points: 10 });
    expect(items.meetings_with_minutes).toMatchObject({ source: "system", result: "partly", points: 5 });
    expect(items.meetings_with_minutes!.evidenceTh).toBe(
      "ปีงบประมาณ 2567 ประชุม 2 ครั้ง มีบันทึกรายงานการประชุม 1 ครั้ง (เกณฑ์ 4 ครั้ง)",
    );
    expect(items.bank_reconciled).toMatchObject({ source: "system", result: "partly", points: 5 });
    expect(items.bank_reconciled!.facts).toMatchObject({ count: 2, lastDifferenceSatang: 50_000 });
    expect(items.missing_fund_zero).toMatchObject({ source: "system", result: "met", points: 15 });
    expect(items.repayment_rate).toMatchObject({ source: "system", result: "partly", points: 7 });
    expect(items.repayment_rate!.facts).toMatchObject({
      fallenDueSatang: 1_000_000,
      collectedSatang: 800_000,
      rateBp: 8_000,
    });
    expect(items.complaints_resolved).toMatchObject({ source: "system", result: "not_met", points: 0 });
    expect(items.complaints_resolved!.facts).toMatchObject({ received: 1, resolved: 0, open: 1, overdue: 1 });
    expect(items.committee_loans_no_vote).toMatchObject({ source: "assessor", result: "pending" });
    expect(items.committee_loans_no_vote!.facts.loans).toEqual([
      {
        loanNo: "C1",
        borrowerName: "ผู้ยืม C1",
        memberName: "นายกรรมการ ผู้ยืม",
        contractedOn: "2024-02-01",
        meetingNo: null,
        memberAttended: null,
      },
    ]);
    expect(items.annual_report_filed).toMatchObject({ source: "assessor", result: "pending" });
    expect(items.accounts_disclosed).toMatchObject({ source: "assessor", result: "pending" });
    // 10 + 5 + 5 + 15 + 7 + 0 of 100 so far.
    expect(draft).toMatchObject({ score: 42, maxScore: 100, level: "needs_improvement", levelNo: 1 });
  });

  it("lets the assessor fill assessor items, only note system items, and needs a note for a weak result", async () => {
    const refusals: Array<[string, Parameters<typeof updateAssessmentItem>[3], string]> = [
      ["repayment_rate", { result: "met" }, "gov.item_from_system"],
      ["accounts_disclosed", { result: "not_met" }, "gov.note_needed"],
      ["no_such_item", { result: "met" }, "gov.item_unknown"],
    ];
    for (const [key, body, code] of refusals)
      await expect(updateAssessmentItem(as(officer), id, key, body)).rejects.toMatchObject({ code });
    await expect(submitAssessment(as(officer), id)).rejects.toMatchObject({ code: "gov.items_pending" });
    await updateAssessmentItem(as(officer), id, "annual_report_filed", { result: "met" });
    await updateAssessmentItem(as(officer), id, "accounts_disclosed", {
      result: "not_met",
      note: "ไม่ได้แจ้งที่ประชุม",
    });
    await updateAssessmentItem(as(officer), id, "repayment_rate", { note: "ติดตามรายที่ค้าง" });
    const filled = await updateAssessmentItem(as(officer), id, "committee_loans_no_vote", {
      result: "partly",
      note: "รายงานการประชุมไม่ระบุผู้งดออกเสียง",
    });
    const items = Object.fromEntries(filled.items.map((i) => [i.key, i]));
    expect(items.repayment_rate).toMatchObject({ result: "partly", note: "ติดตามรายที่ค้าง" });
    expect(items.committee_loans_no_vote).toMatchObject({ result: "partly", points: 5 });
    // 42 + 10 (report) + 0 (disclosure) + 5 (committee loans) = 57 → 57 %.
    expect(filled).toMatchObject({ score: 57, maxScore: 100, percent: 57, level: "needs_improvement" });
  });

  it("keeps assessor answers when it re-reads the data", async () => {
    const refreshed = await refreshAssessment(as(officer), id);
    expect(refreshed.score).toBe(57);
    expect(refreshed.items.find((i) => i.key === "accounts_disclosed")).toMatchObject({ result: "not_met" });
  });

  it("submits once nothing is pending, freezes it, and audits every step", async () => {
    const done = await submitAssessment(as(officer), id);
    expect(done).toMatchObject({ status: "submitted", score: 57, submittedByName: "gov.officer" });
    await expect(
      updateAssessmentItem(as(officer), id, "annual_report_filed", { note: "x" }),
    ).rejects.toMatchObject({
      code: "gov.assessment_submitted",
    });
    await expect(submitAssessment(as(officer), id)).rejects.toMatchObject({
      code: "gov.assessment_submitted",
    });
    const actions = await rows<{ action: string }>(
      t.deps.db,
      sql`SELECT action FROM audit_event WHERE entity_id = ${id} ORDER BY occurred_at, action`,
    );
    expect(new Set(actions.map((r) => r.action))).toEqual(
      new Set([
        "gov.assessment_created",
        "gov.assessment_item_updated",
        "gov.assessment_refreshed",
        "gov.assessment_submitted",
      ]),
    );
    const page = await listAssessments(as(officer), { fiscalYear: 2567, limit: 10 });
    expect(page.items.map((i) => [i.id, i.status, i.score])).toEqual([[id, "submitted", 57]]);
    expect((await getAssessment(as(officer), id)).items).toHaveLength(9);
  });

  it("refuses bad input and other actors with clear errors and writes nothing", async () => {
    const before = await count("gov_assessment");
    const cases: Array<[Actor, Parameters<typeof createAssessment>[1], string]> = [
      [officer, { fundId: a.fund.id, fiscalYear: 2567 }, "gov.assessment_exists"],
      [officer, { fundId: a.fund.id, fiscalYear: 2568 }, "gov.fiscal_year_invalid"],
      [officer, { fundId: a.fund.id, fiscalYear: 2556 }, "gov.fiscal_year_before_fund"],
      [a.seats.chair, { fundId: a.fund.id, fiscalYear: 2566 }, "gov.assessor_required"],
      [elsewhere, { fundId: a.fund.id, fiscalYear: 2566 }, "common.not_found"],
      [officer, { fundId: uuid(999), fiscalYear: 2566 }, "common.not_found"],
    ];
    for (const [actor, body, code] of cases) {
      const error = await createAssessment(as(actor), body).then(
        () => null,
        (e: unknown) => e as { code: string; message: string; messageTh: string },
      );
      expect(error?.code, code).toBe(code);
      expect(error!.messageTh).toMatch(/[\u0E00-\u0E7F]/);
    }
    expect(await count("gov_assessment")).toBe(before);
    await expect(getAssessment(as(elsewhere), id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(
      listAssessments(as(elsewhere), { fiscalYear: 2567, area: "4007", limit: 10 }),
    ).rejects.toMatchObject({
      kind: "not_found",
    });
  });
});
