// The daily job on a worked example: every fund-health figure, as-of balances, idempotency, job runs, failures and refusals.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testEngine } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import { type InstalmentState, KKJ_PRODUCT, type LoanState } from "../loans/index";
import { findFundHealth } from "./health.repository";
import { buildHealthFund, type HealthFund, move } from "./health-test-fixture";
import { countRows, insertFixtureLoans, selectClassifications } from "./loan-fixture.repository";
import { DAILY_JOB, runDailyJob } from "./run-daily-job";

let t: TestDatabase;
let a: HealthFund;
let b: HealthFund;
const D = "2024-06-15";
const ids: Record<string, string> = {};

function inst(dueOn: string, principal: number, paid = 0, interest = 0, paidInterest = 0): InstalmentState {
  return {
    seq: 0,
    dueOn,
    principalSatang: principal,
    interestSatang: interest,
    totalSatang: principal + interest,
    paidPrincipalSatang: paid,
    paidInterestSatang: paidInterest,
    waivedInterestSatang: 0,
  } as InstalmentState;
}

function state(
  instalments: InstalmentState[],
  status: LoanState["status"] = "active",
  versionNo = 1,
): LoanState {
  return {
    versionNo,
    startsOn: "2022-06-01",
    status,
    postponement:
      versionNo > 1
        ? { reason: "ภัยแล้ง", resolutionRef: "มติ 2/2567", rescheduledOn: "2024-01-10", previousVersionNo: 1 }
        : null,
    instalments: instalments.map((i, k) => ({ ...i, seq: k + 1 })),
  };
}

beforeAll(async () => {
  t = await openTestDatabase();
  // Fund B's committee served 2019–2022: built while it was in office, examined after its term.
  t.clock.set("2022-06-01T03:00:00Z");
  b = await buildHealthFund(t.deps, {
    villageCode: "40070962",
    prefix: "hb",
    fundType: "savings_group",
    termStart: "2019-01-01",
    termEnd: "2022-12-31",
  });
  t.clock.set("2024-06-15T03:00:00Z");
  a = await buildHealthFund(t.deps, { villageCode: "40070961", prefix: "ha", termStart: "2023-01-01" });
  await move(t.deps, a, "2024-06-01", "bank", "capital", 28_000_000);
  await move(t.deps, a, "2024-06-02", "loans_receivable", "bank", 10_300_000);
  await move(t.deps, a, "2024-06-03", "cash", "bank", 1_000_000);
  await move(t.deps, a, "2024-06-04", "operating_expense", "cash", 400_000);

  const loans: Array<[string, LoanState, number?]> = [
    ["current", state([inst("2024-08-01", 3_000_000)])],
    ["dueSoon", state([inst("2024-06-20", 2_000_000)])],
    [
      "overdue14",
      state([inst("2024-03-01", 1_000_000, 1_000_000, 50_000, 50_000), inst("2024-06-01", 1_000_000)]),
    ],
    ["overdue75", state([inst("2024-04-01", 1_500_000)])],
    ["defaulted", state([inst("2023-01-01", 2_000_000)])],
    ["postponed", state([inst("2024-09-01", 500_000)], "active", 2)],
    ["closed", state([inst("2024-02-01", 700_000, 700_000)], "closed")],
    ["writtenOff", state([inst("2023-11-01", 800_000)], "written_off")],
    ["inGrace", state([inst("2024-06-10", 300_000)]), 7],
  ];
  await insertFixtureLoans(
    t.deps.db,
    loans.map(([name, s, grace], k) => {
      ids[name] = t.deps.ids.uuid();
      return {
        id: ids[name]!,
        fundId: a.fund.id,
        areaCode: a.fund.areaCode,
        loanNo: `A-${k + 1}`,
        state: s,
        product: { ...KKJ_PRODUCT, graceDays: grace ?? 0 },
      };
    }),
    t.clock.now(),
  );
});
afterAll(async () => t?.close());

const health = async (fund: HealthFund) => findFundHealth(t.deps.db, fund.fund.id);

describe(`daily job on ${testEngine}`, () => {
  it("classifies the loans and computes every health figure of the worked example", async () => {
    const result = await runDailyJob(t.deps);
    expect(result).toMatchObject({
      job: DAILY_JOB,
      businessDate: D,
      status: "succeeded",
      loansClassified: 9,
      loansChanged: 9,
      funds: 2,
      fundsChanged: 2,
      fundsAtRisk: 2,
    });
    const stored = new Map(
      (await selectClassifications(t.deps.db, Object.values(ids))).map((r) => [r.id, r]),
    );
    const of = (name: string) => stored.get(ids[name]!)!;
    expect(of("current")).toMatchObject({
      classification: "current",
      daysPastDue: 0,
      nextDueOn: "2024-08-01",
    });
    expect(of("dueSoon")).toMatchObject({ classification: "due_soon", nextDueOn: "2024-06-20" });
    expect(of("overdue14")).toMatchObject({
      classification: "overdue_1_30",
      daysPastDue: 14,
      nextDueOn: "2024-06-01",
      classifiedOn: D,
    });
    expect(of("overdue75")).toMatchObject({ classification: "overdue_31_90", daysPastDue: 75 });
    expect(of("defaulted")).toMatchObject({ classification: "overdue_over_365", daysPastDue: 531 });
    expect(of("postponed")).toMatchObject({ classification: "postponed", nextDueOn: "2024-09-01" });
    expect(of("closed")).toMatchObject({ classification: "closed", daysPastDue: 0, nextDueOn: null });
    expect(of("writtenOff")).toMatchObject({ classification: "written_off", nextDueOn: null });
    // Due 10 June with 7 grace days: past due but not overdue until 18 June.
    expect(of("inGrace")).toMatchObject({
      classification: "due_soon",
      daysPastDue: 0,
      nextDueOn: "2024-06-10",
    });

    expect(await health(a)).toMatchObject({
      asOf: D,
      loansActive: 7,
      outstandingSatang: 10_300_000,
      atRisk30Satang: 3_500_000,
      // 3,500,000 ÷ 10,300,000 = 33.98 %
      par30Bp: 3_398,
      // fell due 1 Oct 2023 – 15 Jun 2024: 1,050,000 + 1,000,000 + 1,500,000 + 700,000 + 800,000 + 300,000 =
      // 5,350,000; paid on them 1,050,000 + 700,000 = 1,750,000 → 32.71 %
      repaymentRateBp: 3_271,
      bankSatang: 16_700_000,
      cashSatang: 600_000,
      // 17,300,000 ÷ (17,300,000 + 10,300,000) = 62.68 %
      idleBp: 6_268,
      defaultedSatang: 2_000_000,
      // 28,000,000 − (16,700,000 + (10,300,000 − 2,000,000) + 600,000): the defaulted loan and the expense
      missingSatang: 2_400_000,
      classCounts: {
        current: 1,
        due_soon: 2,
        overdue_1_30: 1,
        overdue_31_90: 1,
        overdue_91_365: 0,
        overdue_over_365: 1,
        postponed: 1,
        closed: 1,
        written_off: 1,
      },
      atRisk: ["missing_fund", "par30_above_threshold", "defaulted_households"],
    });
    expect(await health(b)).toMatchObject({
      loansActive: 0,
      outstandingSatang: 0,
      par30Bp: 0,
      repaymentRateBp: null,
      bankSatang: 0,
      cashSatang: 0,
      idleBp: 0,
      missingSatang: 0,
      atRisk: ["committee_term_expired"],
    });
    const [run] = await rows<{ status: string; counts: Record<string, number>; error: string | null }>(
      t.deps.db,
      sql`SELECT status, counts, error FROM job_run WHERE id = ${result.runId}::uuid`,
    );
    expect(run).toEqual({
      status: "succeeded",
      counts: {
        watchesEnded: 0,
        povertyProgressRows: 0,
        loansClassified: 9,
        loansChanged: 9,
        batches: 1,
        funds: 2,
        fundsChanged: 2,
        fundsAtRisk: 2,
        classifyMs: expect.any(Number),
        healthMs: expect.any(Number),
      },
      error: null,
    });
    expect(await countRows(t.deps.db, "audit_event", "action = 'job.daily_run'")).toBe(1);
  });

  it("is idempotent: a second run for the same date changes nothing, computed_at included", async () => {
    const before = await health(a);
    t.clock.advance(60_000);
    const again = await runDailyJob(t.deps, { businessDate: D });
    expect(again).toMatchObject({ loansClassified: 9, loansChanged: 0, fundsChanged: 0 });
    expect(await health(a)).toEqual(before);
    expect(await countRows(t.deps.db, "job_run", "status = 'succeeded'")).toBe(2);
  });

  it("thresholds are parameters: a PAR30 limit above the fund's PAR30 drops that reason", async () => {
    await runDailyJob(t.deps, { businessDate: D, thresholds: { par30ThresholdBp: 5_000 } });
    expect((await health(a))?.atRisk).toEqual(["missing_fund", "defaulted_households"]);
    await runDailyJob(t.deps, { businessDate: D });
    expect((await health(a))?.atRisk).toContain("par30_above_threshold");
  });

  it("moves with the business date: days past due grow, grace ends, balances are as of the date", async () => {
    t.clock.set("2024-06-20T03:00:00Z");
    const next = await runDailyJob(t.deps, { businessDate: "2024-06-18" });
    // overdue14, overdue75, defaulted count on; inGrace becomes 1 day overdue (10 June + 7 grace days).
    expect(next.loansChanged).toBe(4);
    const stored = new Map(
      (await selectClassifications(t.deps.db, Object.values(ids))).map((r) => [r.id, r]),
    );
    expect(stored.get(ids.inGrace!)).toMatchObject({
      classification: "overdue_1_30",
      daysPastDue: 1,
      classifiedOn: "2024-06-18",
    });
    // Unchanged loans keep the date their classification was last written.
    expect(stored.get(ids.current!)).toMatchObject({ classification: "current", classifiedOn: D });

    await runDailyJob(t.deps, { businessDate: "2024-06-02" });
    expect(await health(a)).toMatchObject({ asOf: "2024-06-02", bankSatang: 17_700_000, cashSatang: 0 });
    await runDailyJob(t.deps, { businessDate: D });
    t.clock.set("2024-06-15T03:05:00Z");
  });

  it("refuses bad dates and bad thresholds before writing anything", async () => {
    const runs = await countRows(t.deps.db, "job_run");
    const before = await health(a);
    for (const [input, code] of [
      [{ businessDate: "2024-02-30" }, "job.date_invalid"],
      [{ businessDate: "15/06/2567" }, "job.date_invalid"],
      [{ businessDate: "2024-06-16" }, "job.date_in_future"],
      [{ thresholds: { par30ThresholdBp: -1 } }, "job.threshold_invalid"],
      [{ thresholds: { missingToleranceSatang: 1.5 } }, "job.threshold_invalid"],
    ] as const) {
      const error = await runDailyJob(t.deps, input).catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: "invalid_input", code });
      expect((error as { messageTh: string }).messageTh).toMatch(/[ก-๙]/);
    }
    expect(await countRows(t.deps.db, "job_run")).toBe(runs);
    expect(await health(a)).toEqual(before);
  });

  it("refuses a second run while one is running, and takes over a run abandoned for hours", async () => {
    const started = t.clock.now();
    const stuck = t.deps.ids.uuid();
    await t.deps.db.execute(
      sql`INSERT INTO job_run (id, job, business_date, status, started_at)
          VALUES (${stuck}::uuid, ${DAILY_JOB}, ${D}::date, 'running', ${started.toISOString()}::timestamptz)`,
    );
    await expect(runDailyJob(t.deps)).rejects.toMatchObject({
      kind: "conflict",
      code: "job.already_running",
    });
    t.clock.advance(3 * 3_600_000);
    const result = await runDailyJob(t.deps, { businessDate: D });
    expect(result.status).toBe("succeeded");
    const [old] = await rows<{ status: string; error: string }>(
      t.deps.db,
      sql`SELECT status, error FROM job_run WHERE id = ${stuck}::uuid`,
    );
    expect(old).toMatchObject({ status: "failed", error: expect.stringMatching(/abandoned/) });
  });

  it("records a failed run with its error and leaves fund health as it was; a rerun succeeds", async () => {
    const before = await health(a);
    await t.deps.db.execute(
      sql.raw(`CREATE FUNCTION test_refuse_loan_update() RETURNS trigger AS $$
               BEGIN RAISE EXCEPTION 'disk on fire'; END; $$ LANGUAGE plpgsql`),
    );
    await t.deps.db.execute(
      sql.raw(`CREATE TRIGGER test_refuse_loan_update BEFORE UPDATE ON loan
               FOR EACH ROW EXECUTE FUNCTION test_refuse_loan_update()`),
    );
    await expect(runDailyJob(t.deps, { businessDate: "2024-06-10" })).rejects.toThrow(
      /disk on fire|Failed query/,
    );
    const [failed] = await rows<{ status: string; error: string; finished: boolean }>(
      t.deps.db,
      sql`SELECT status, error, finished_at IS NOT NULL AS finished FROM job_run
           WHERE business_date = '2024-06-10' ORDER BY started_at DESC LIMIT 1`,
    );
    expect(failed).toMatchObject({ status: "failed", finished: true, error: "disk on fire" });
    expect(await health(a)).toEqual(before);
    await t.deps.db.execute(sql.raw("DROP TRIGGER test_refuse_loan_update ON loan"));
    expect((await runDailyJob(t.deps, { businessDate: "2024-06-10" })).status).toBe("succeeded");
    expect((await health(a))?.asOf).toBe("2024-06-10");
  });
});
