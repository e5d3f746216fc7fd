// Cross-check: the daily job's set-based SQL classifies random loans exactly as the pure classifyLoan does, whatever the batch size.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testEngine } from "../../../test/support/test-db";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { addDays } from "../../shared/thai-date";
import { createFund } from "../funds/index";
import {
  classifyLoan,
  type InstalmentState,
  KKJ_PRODUCT,
  LOAN_CLASSES,
  type LoanState,
  type LoanStatus,
} from "../loans/index";
import { ensureVillage } from "./health-test-fixture";
import { countRows, insertFixtureLoans, selectClassifications } from "./loan-fixture.repository";
import { runDailyJob } from "./run-daily-job";

let t: TestDatabase;
let fundId: string;
const VILLAGE = "40070961";

beforeAll(async () => {
  t = await openTestDatabase();
  t.clock.set("2031-01-01T03:00:00Z");
  await ensureVillage(t.deps, VILLAGE);
  const fund = await createFund(t.deps, {
    areaCode: VILLAGE,
    fundType: "savings_group",
    name: "กลุ่มทดสอบการจัดชั้น",
    startedOn: "2015-01-01",
    parameters: {},
    isModel: false,
    isLearningCentre: false,
  });
  fundId = fund.id;
});
afterAll(async () => t?.close());

const PAID = ["none", "partial", "principal_only", "full", "waived"] as const;

const instalmentArb = fc.record({
  gap: fc.integer({ min: 1, max: 120 }),
  principal: fc.integer({ min: 1, max: 5_000_000 }),
  interest: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500_000 })),
  paid: fc.constantFrom(...PAID),
});

/** Offsets that sit on every bucket edge, and anything else. */
const EDGES = [-400, -16, -15, -14, -1, 0, 1, 2, 29, 30, 31, 32, 89, 90, 91, 92, 364, 365, 366, 367, 2_000];

const loanArb = fc.record({
  daysOverdueOfFirst: fc.oneof(fc.constantFrom(...EDGES), fc.integer({ min: -700, max: 1_200 })),
  graceDays: fc.constantFrom(0, 0, 0, 1, 7, 30),
  instalments: fc.array(instalmentArb, { minLength: 1, maxLength: 8 }),
  status: fc.constantFrom<LoanStatus>(
    "active",
    "active",
    "active",
    "active",
    "active",
    "closed",
    "written_off",
  ),
  versionNo: fc.constantFrom(1, 1, 1, 2, 3),
});
type LoanCase = typeof loanArb extends fc.Arbitrary<infer T> ? T : never;

function stateFor(c: LoanCase, businessDate: string): LoanState {
  let dueOn = addDays(businessDate, -(c.daysOverdueOfFirst + c.graceDays));
  const startsOn = addDays(dueOn, -30);
  const instalments: InstalmentState[] = c.instalments.map((i, k) => {
    if (k > 0) dueOn = addDays(dueOn, i.gap);
    const paidPrincipal =
      i.paid === "none" ? 0 : i.paid === "partial" ? Math.floor(i.principal / 2) : i.principal;
    const waived = i.paid === "waived" ? i.interest - Math.floor(i.interest / 2) : 0;
    const paidInterest =
      i.paid === "full" ? i.interest : i.paid === "waived" ? Math.floor(i.interest / 2) : 0;
    return {
      seq: k + 1,
      dueOn,
      principalSatang: i.principal,
      interestSatang: i.interest,
      totalSatang: i.principal + i.interest,
      paidPrincipalSatang: paidPrincipal,
      paidInterestSatang: paidInterest,
      waivedInterestSatang: waived,
    } as InstalmentState;
  });
  return {
    versionNo: c.versionNo,
    startsOn,
    status: c.status,
    postponement:
      c.versionNo > 1
        ? {
            reason: "น้ำท่วมนา",
            resolutionRef: "มติที่ 3/2567",
            rescheduledOn: startsOn,
            previousVersionNo: c.versionNo - 1,
          }
        : null,
    instalments,
  };
}

describe(`daily job classification on ${testEngine}`, () => {
  it("equals classifyLoan for random loans, dates, grace days, postponements and batch sizes", async () => {
    const known = new Map<string, { state: LoanState; graceDays: number }>();
    const seen = new Set<string>();
    let counter = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3_200 }).map((d) => addDays("2022-01-01", d)),
        fc.array(loanArb, { minLength: 1, maxLength: 10 }),
        fc.constantFrom(3, 17, 50_000),
        async (businessDate, cases, batchSize) => {
          const fixtures = cases.map((c) => {
            counter++;
            const state = stateFor(c, businessDate);
            const id = t.deps.ids.uuid();
            known.set(id, { state, graceDays: c.graceDays });
            return {
              id,
              fundId,
              areaCode: VILLAGE,
              loanNo: `P-${counter}`,
              state,
              product: { ...KKJ_PRODUCT, graceDays: c.graceDays },
            };
          });
          await insertFixtureLoans(t.deps.db, fixtures, t.clock.now());
          const result = await runDailyJob(t.deps, { businessDate, batchSize });
          expect(result.loansClassified).toBe(known.size);
          expect(result.batches).toBe(Math.max(1, Math.ceil(known.size / batchSize)));
          const stored = await selectClassifications(t.deps.db, [...known.keys()]);
          expect(stored).toHaveLength(known.size);
          for (const row of stored) {
            const { state, graceDays } = known.get(row.id)!;
            const expected = classifyLoan(state, businessDate, { graceDays });
            seen.add(expected.loanClass);
            expect({ id: row.id, c: row.classification, d: row.daysPastDue, n: row.nextDueOn }).toEqual({
              id: row.id,
              c: expected.loanClass,
              d: expected.daysOverdue,
              n: expected.oldestUnpaidDueOn,
            });
          }
        },
      ),
      { numRuns: 40, seed: 20_240_615 },
    );
    // Every class was reached, so the comparison covered every branch of both.
    expect([...seen].sort()).toEqual([...LOAN_CLASSES].sort());
    expect(await countRows(t.deps.db, "loan", "classification IS NULL")).toBe(0);
  }, 240_000);

  it("refuses anyone but the system and central administrators, writing nothing", async () => {
    const runs = await countRows(t.deps.db, "job_run");
    await expect(
      runDailyJob({
        ...t.deps,
        actor: { ...SYSTEM_ACTOR, kind: "user", role: "province_officer", scopeCode: "40" },
      }),
    ).rejects.toMatchObject({ kind: "forbidden", code: "access.permission_jobs_run" });
    expect(await countRows(t.deps.db, "job_run")).toBe(runs);
  });
});
