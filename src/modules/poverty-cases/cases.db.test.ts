import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { AppError } from "../../shared/errors";
import { createFund } from "../funds/index";
import { closeCase } from "./case-close";
import { confirmStage } from "./case-confirm-stage";
import { openCase } from "./case-open";
import { openCasesFromTargetList } from "./case-open-from-list";
import { getCase } from "./case-reads";
import { setStageRules } from "./case-stage-rules";
import { DEFAULT_STAGE_RULES } from "./case-stages";
import { buildCaseFixture, type CaseFixture, VILLAGE, VILLAGE_2 } from "./case-test-fixture";
import { pairMentor } from "./mentor-pair";
import { importTargetList } from "./target-import";

let t: TestDatabase;
let f: CaseFixture;

async function caught(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

const count = async (table: string) =>
  (await rows<{ n: number }>(t.deps.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

beforeAll(async () => {
  t = await openTestDatabase();
  f = await buildCaseFixture(t.deps, "pcd");
});
afterAll(async () => t.close());

describe("cases from a target list", () => {
  it("opens one case per matched household; a re-run opens nothing and reports the existing cases", async () => {
    const worker = t.as(f.actors.worker);
    const manual = await openCase(worker, { householdId: f.others[0]!, programmeYear: 2568 });
    const csv = [
      "รหัสหมู่บ้าน,บ้านเลขที่,ชื่อ,นามสกุล,มิติที่ไม่ผ่าน",
      `${VILLAGE},902,ทดสอบ902,มีสุข,สุขภาพ`,
      `${VILLAGE_2},903,ทดสอบ903,มีสุข,ความเป็นอยู่`,
      `${VILLAGE_2},904,ทดสอบ904,มีสุข,ความเป็นอยู่`,
      `${VILLAGE_2},999,ไม่มี,ในทะเบียน,รายได้`,
    ].join("\n");
    await importTargetList(worker, {
      name: "บัญชี TPMAP ทดสอบ",
      sourceKind: "tpmap",
      programmeYear: 2568,
      area: "400709",
      dataYear: 2567,
      dryRun: false,
      bytes: Buffer.from(csv, "utf8"),
      fileName: "targets.csv",
    } as Parameters<typeof importTargetList>[1]);
    const [list] = await rows<{ id: string }>(
      t.deps.db,
      sql`select id from pov_target_list order by created_at desc limit 1`,
    );
    const first = await openCasesFromTargetList(worker, { listId: list!.id });
    expect(first).toMatchObject({ programmeYear: 2568, opened: 2, unmatchedRows: 1, closedHouseholds: [] });
    expect(first.alreadyOpen).toEqual([{ householdId: f.others[0], caseId: manual.id }]);
    const cases = await rows<{ household_id: string; source: string; stage: string }>(
      t.deps.db,
      sql`select household_id, source, stage from pov_case where programme_year = 2568 order by household_id`,
    );
    expect(cases.map((c) => c.household_id).sort()).toEqual([f.poor, f.others[0], f.others[1]].sort());
    expect(cases.filter((c) => c.source === "target_list")).toHaveLength(2);
    const changes = await count("pov_stage_change");
    const again = await openCasesFromTargetList(worker, { listId: list!.id });
    expect(again.opened).toBe(0);
    expect(again.alreadyOpen).toHaveLength(3);
    expect(await count("pov_stage_change")).toBe(changes);
    expect((await caught(openCasesFromTargetList(t.as(f.actors.far), { listId: list!.id }))).kind).toBe(
      "not_found",
    );
  });
});

describe("graduation and current loans", () => {
  it("refuses graduation while a loan is overdue when the province requires current loans", async () => {
    const worker = t.as(f.actors.worker);
    const opened = await openCase(worker, { householdId: f.good, programmeYear: 2567 });
    await confirmStage(worker, opened.id, { to: "sufficient" });
    await confirmStage(worker, opened.id, { to: "sustainable" });
    const fund = await createFund(
      { ...t.deps, actor: SYSTEM_ACTOR },
      {
        areaCode: VILLAGE,
        fundType: "village_fund",
        name: "กองทุนหมู่บ้านทดสอบ",
        startedOn: "2020-01-01",
        parameters: {},
        isModel: false,
        isLearningCentre: false,
      },
    );
    const at = t.clock.now();
    await t.deps.db.execute(sql`insert into loan (id, fund_id, area_code, household_id, borrower_name, loan_no, source_type,
      product, principal_satang, status, contracted_on, disbursed_on, outstanding_principal_satang, classification,
      days_past_due, classified_on, created_at, updated_at)
      values (${t.deps.ids.uuid()}, ${fund.id}, ${VILLAGE}, ${f.good}, 'ผู้ยืมทดสอบ', 'ทด 1/2567', 'manual',
      ${JSON.stringify({ code: "village_fund" })}::jsonb, 1000000, 'active', '2024-01-01', '2024-01-01', 800000,
      'overdue_31_90', 45, '2024-06-15', ${at}, ${at})`);
    const detail = await getCase(worker, opened.id);
    expect(detail.loans).toMatchObject([
      { loanNo: "ทด 1/2567", classification: "overdue_31_90", outstandingSatang: 800_000 },
    ]);
    expect(detail.evaluation.loansCurrent.met).toBe(false);

    const province = t.as(f.actors.province);
    const strict = {
      ...DEFAULT_STAGE_RULES,
      graduation: { ...DEFAULT_STAGE_RULES.graduation, requireLoansCurrent: true },
    };
    const badRules = await caught(setStageRules(province, "40", { ...strict, criteria: { survive: [] } }));
    expect([badRules.code, badRules.message]).toEqual([
      "poverty.invalid_stage_rules",
      expect.stringContaining("criteria"),
    ]);
    expect((await caught(setStageRules(worker, "40", strict))).kind).toBe("forbidden");
    await setStageRules(province, "40", strict);
    const refused = await caught(closeCase(worker, opened.id, { reason: "graduated" }));
    expect([refused.code, refused.message]).toEqual([
      "poverty.graduation_refused",
      expect.stringContaining("not current"),
    ]);
    expect((await getCase(worker, opened.id)).case.status).toBe("open");

    await t.deps.db.execute(
      sql`update loan set classification = 'current', days_past_due = 0 where household_id = ${f.good}`,
    );
    const closed = await closeCase(worker, opened.id, { reason: "graduated" });
    expect(closed.case).toMatchObject({
      status: "closed",
      closingReason: "graduated",
      closedOn: "2024-06-15",
    });
    const audit = await rows<{ action: string }>(
      t.deps.db,
      sql`select action from audit_event where entity_id = ${opened.id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      "poverty.case_opened",
      "poverty.stage_confirmed",
      "poverty.stage_confirmed",
      "poverty.case_closed",
    ]);
  });

  it("serialises pairings of one mentor: two at once never pass the maximum", async () => {
    const officer = t.as(f.actors.province);
    const results = await Promise.allSettled(
      [f.others[0]!, f.others[1]!, f.others[2]!].map((householdId) =>
        pairMentor(officer, f.mentors.two.id, { schemeId: f.scheme.id, householdId, startOn: "2024-06-01" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as AppError).code).toBe("poverty.mentor_over_limit");
  });
});
