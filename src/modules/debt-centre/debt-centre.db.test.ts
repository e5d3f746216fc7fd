import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import { type AppError, isAppError } from "../../shared/errors";
import { recordBmn } from "../households/index";
import { accountBalances } from "../ledger/index";
import { getLoan, recordRepayment } from "../loans/index";
import { addCentreCommitteeMember } from "./add-centre-committee-member";
import { addMemberFund } from "./add-member-fund";
import { approvePlan } from "./approve-plan";
import { buildCentre, type CentreFixture, debt, officerOf } from "./centre-test-fixture";
import { createCentre } from "./create-centre";
import { executePlan } from "./execute-plan";
import { markDebtFree } from "./mark-debt-free";
import { proposePlan } from "./propose-plan";
import { areaCounts, centreCounts, getCentre, getPlan, listCentres, listSurveys } from "./read-centres";
import { recordSurvey } from "./record-survey";

let t: TestDatabase;
let f: CentreFixture;
let far: Actor;
const VILLAGE = "40070925";
const TODAY = "2024-06-15";

const count = async (table: string, where = "true") =>
  (
    await rows<{ n: number }>(t.deps.db, sql.raw(`select count(*)::int as n from ${table} where ${where}`))
  )[0]!.n;

/** Everything a refused write must leave untouched. */
const snapshot = async () => ({
  centres: await count("debt_centre"),
  members: await count("debt_centre_member_fund"),
  seats: await count("debt_centre_committee_member"),
  surveys: await count("debt_survey"),
  debts: await count("debt_survey_debt"),
  plans: await count("debt_plan"),
  history: await count("debt_plan_status_change"),
  loans: await count("loan"),
  entries: await count("journal_entry"),
  payments: await count("debt_creditor_payment"),
  audit: await count("audit_event"),
});

async function refused(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  expect(e.messageTh).toMatch(/[ก-๙]/);
  expect(e.message).toMatch(/[a-z]/i);
  return e;
}

/** The refusal, and proof that nothing was written. */
async function refusedCleanly(p: () => Promise<unknown>): Promise<AppError> {
  const before = await snapshot();
  const e = await refused(p());
  expect(await snapshot()).toEqual(before);
  return e;
}

const as = (actor: Actor): Deps => ({ ...t.deps, actor });
const seat = (s: "chair" | "secretary" | "finance" | "member") => as(f.users[s]);

async function survey(debts: Record<string, unknown>[], over: Record<string, unknown> = {}) {
  return recordSurvey(as(f.officer), f.centre.id, {
    householdId: f.householdId,
    surveyedOn: "2024-06-10",
    monthlyIncomeSatang: 3_000_000,
    monthlyExpensesSatang: 1_000_000,
    debts,
    ...over,
  } as never);
}

beforeAll(async () => {
  t = await openTestDatabase();
  f = await buildCentre(t.deps, VILLAGE, "dcdb");
  far = await officerOf(t.deps, "dcdb.far", "subdistrict_worker", "550116");
});
afterAll(async () => t.close());

describe("centres, member funds and the committee", () => {
  it("creates a centre with the default parameters and lists it in the officer's area only", async () => {
    expect(f.centre).toMatchObject({
      areaCode: VILLAGE,
      rateBp: 600,
      maxTermMonths: 60,
      affordabilityBp: 5_000,
      consolidateByDefault: true,
      relapseWindowMonths: 24,
    });
    const detail = await getCentre(as(f.users.member), f.centre.id);
    expect(detail.memberFunds.map((m) => [m.fundId, m.preference, m.maxLoanSatang, m.maxTermMonths])).toEqual(
      [
        [f.savings.fund.id, 1, 5_000_000, 60],
        [f.villageFund.fund.id, 2, 2_000_000, 36],
      ],
    );
    expect(detail.committee.map((s) => [s.position, s.inOffice])).toEqual([
      ["chair", true],
      ["secretary", true],
      ["finance", true],
      ["member", true],
    ]);
    const mine = await listCentres(as(f.officer), { limit: 50 });
    expect(mine.items.map((c) => c.id)).toContain(f.centre.id);
    const theirs = await listCentres(as(far), { limit: 50 });
    expect(theirs.items.map((c) => c.id)).not.toContain(f.centre.id);
  });

  it("refuses a second centre, an unknown village, bad parameters and other areas, writing nothing", async () => {
    const dup = await refusedCleanly(() => createCentre(as(f.officer), { areaCode: VILLAGE, name: "ซ้ำ" }));
    expect([dup.kind, dup.code]).toEqual(["conflict", "debt.centre_exists"]);
    const unknown = await refusedCleanly(() =>
      createCentre(as(f.officer), { areaCode: "40070999", name: "ไม่มีหมู่บ้าน" }),
    );
    expect([unknown.kind, unknown.code]).toEqual(["invalid_input", "debt.centre_village_unknown"]);
    expect(unknown.message).toContain("areaCode");
    const rate = await refusedCleanly(() =>
      createCentre(as(f.officer), { areaCode: "40070998", name: "x", rateBp: 99_999 }),
    );
    expect(rate.code).toBe("debt.invalid_plan_input");
    expect(rate.message).toContain("centre.rateBp");
    const outside = await refusedCleanly(() => createCentre(as(far), { areaCode: VILLAGE, name: "x" }));
    expect(outside.kind).toBe("not_found");
    const farRead = await refused(getCentre(as(far), f.centre.id));
    expect(farRead.kind).toBe("not_found");
  });

  it("adds an outside fund, refuses bad member funds and leaves set-up to officers", async () => {
    const outside = await addMemberFund(as(f.officer), f.centre.id, {
      outsideName: "กลุ่มสัจจะวันละบาท",
      outsideBalanceSatang: 45_000_000,
      maxLoanSatang: 1_000_000,
      mayRefinance: false,
    });
    expect(outside).toMatchObject({ isOutside: true, fundId: null, preference: 3, maxTermMonths: 60 });
    const both = await refusedCleanly(() =>
      addMemberFund(as(f.officer), f.centre.id, {
        fundId: f.savings.fund.id,
        outsideName: "x",
        mayRefinance: true,
      }),
    );
    expect([both.kind, both.message]).toEqual(["invalid_input", expect.stringContaining("fundId")]);
    const noBalance = await refusedCleanly(() =>
      addMemberFund(as(f.officer), f.centre.id, { outsideName: "x", maxLoanSatang: 1, mayRefinance: true }),
    );
    expect(noBalance.message).toContain("outsideBalanceSatang");
    const again = await refusedCleanly(() =>
      addMemberFund(as(f.officer), f.centre.id, { fundId: f.savings.fund.id, mayRefinance: true }),
    );
    expect(again.code).toBe("debt.member_fund_exists");
    const byMember = await refusedCleanly(() =>
      addMemberFund(seat("chair"), f.centre.id, {
        outsideName: "x",
        outsideBalanceSatang: 1,
        maxLoanSatang: 1,
        mayRefinance: true,
      }),
    );
    expect(byMember.kind).toBe("forbidden");
    const byFar = await refusedCleanly(() =>
      addMemberFund(as(far), f.centre.id, {
        outsideName: "x",
        outsideBalanceSatang: 1,
        maxLoanSatang: 1,
        mayRefinance: true,
      }),
    );
    expect(byFar.kind).toBe("not_found");
  });

  it("keeps one chair at a time and checks the seat's account and term", async () => {
    const body = {
      name: "ประธานคนที่สอง",
      position: "chair" as const,
      termStart: "2025-01-01",
      termEnd: "2026-12-31",
    };
    const taken = await refusedCleanly(() => addCentreCommitteeMember(as(f.officer), f.centre.id, body));
    expect([taken.kind, taken.code]).toEqual(["conflict", "debt.committee_seat_taken"]);
    const order = await refusedCleanly(() =>
      addCentreCommitteeMember(as(f.officer), f.centre.id, {
        ...body,
        position: "member",
        termStart: "2025-01-01",
        termEnd: "2024-01-01",
      }),
    );
    expect(order.message).toContain("termEnd");
    const account = await refusedCleanly(() =>
      addCentreCommitteeMember(as(f.officer), f.centre.id, {
        ...body,
        position: "member",
        userId: f.officer.userId!,
      }),
    );
    expect(account.message).toContain("userId");
  });
});

describe("surveys", () => {
  it("pre-fills the income from the latest จปฐ. record and names every bad field", async () => {
    const noBmn = await refusedCleanly(() => survey([debt("d1")], { monthlyIncomeSatang: undefined }));
    expect([noBmn.code, noBmn.message]).toEqual([
      "debt.invalid_survey",
      expect.stringContaining("monthlyIncomeSatang"),
    ]);
    await recordBmn({ ...t.deps, actor: SYSTEM_ACTOR }, f.householdId, {
      surveyYear: 2566,
      membersCount: 3,
      incomeMainSatang: 18_000_000,
      incomeSecondarySatang: 6_000_001,
      incomeOtherSatang: 0,
      incomeOwnProductionSatang: 0,
      indicators: {},
    });
    const prefilled = await survey([], { monthlyIncomeSatang: undefined, surveyedOn: "2024-06-01" });
    // 240,000.01 baht a year ÷ 12, rounded down to the satang.
    expect(prefilled).toMatchObject({ incomeSource: "bmn", bmnYear: 2566, monthlyIncomeSatang: 2_000_000 });

    const bad = await refusedCleanly(() =>
      survey([debt("d1"), debt("d2", { outstandingSatang: -5, rateBasis: "per_week" })]),
    );
    expect(bad.code).toBe("debt.invalid_survey");
    expect(bad.message).toContain("debts[1].outstandingSatang");
    expect(bad.messageTh).toContain("debts[1].outstandingSatang");
    expect((bad.details as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      "debts[1].outstandingSatang",
      "debts[1].rateBasis",
    ]);
    const noExpenses = await refusedCleanly(() => survey([], { monthlyExpensesSatang: undefined }));
    expect(noExpenses.message).toContain("monthlyExpensesSatang");
    const foreign = await refusedCleanly(() => survey([], { householdId: f.savings.fund.id }));
    expect(foreign.message).toContain("householdId");
    const byFar = await refusedCleanly(() =>
      recordSurvey(as(far), f.centre.id, {
        householdId: f.householdId,
        surveyedOn: "2024-06-10",
        monthlyIncomeSatang: 1,
        monthlyExpensesSatang: 1,
        debts: [],
      }),
    );
    expect(byFar.kind).toBe("not_found");
  });

  it("lets a committee seat survey and stores every field of every debt", async () => {
    const s = await recordSurvey(seat("secretary"), f.centre.id, {
      householdId: f.householdId,
      surveyedOn: "2024-06-05",
      monthlyIncomeSatang: 3_000_000,
      monthlyExpensesSatang: 1_000_000,
      debts: [
        debt("shop", {
          creditorType: "shop",
          rateBp: 100,
          rateBasis: "flat_per_month",
          instalmentSatang: 50_000,
          endOn: "2025-01-10",
          collateral: "ไม่มี",
          guarantor: "นายดำ",
          arrearsSatang: 10_000,
        }),
      ],
    });
    const listed = await listSurveys(as(f.users.member), f.centre.id, { limit: 50 });
    const stored = listed.items.find((x) => x.id === s.id)!;
    expect(stored.debts).toEqual([
      {
        debtId: "shop",
        creditorName: "เจ้าหนี้ shop",
        creditorType: "shop",
        communityFundId: null,
        originalPrincipalSatang: 2_000_000,
        outstandingSatang: 2_000_000,
        arrearsSatang: 10_000,
        rateBp: 100,
        rateBasis: "flat_per_month",
        instalmentSatang: 50_000,
        instalmentFrequency: "monthly",
        collateral: "ไม่มี",
        guarantor: "นายดำ",
        purpose: "ลงทุนทำนา",
        startOn: "2024-01-10",
        endOn: "2025-01-10",
      },
    ]);
  });
});

describe("plans", () => {
  it("refuses a plan that needs more cash than a fund has, and stores nothing", async () => {
    const s = await survey([
      debt("big", { originalPrincipalSatang: 4_000_000, outstandingSatang: 4_000_000 }),
    ]);
    const e = await refusedCleanly(() =>
      proposePlan(as(f.officer), f.centre.id, {
        surveyId: s.id,
        plannedOn: TODAY,
        overrides: { forceFunds: [{ debtId: "big", fundId: f.villageFund.fund.id }] },
      }),
    );
    expect([e.kind, e.code]).toEqual(["rule_violation", "debt.plan_refused"]);
    expect((e.details as { refusals: { rule: string }[] }).refusals.map((r) => r.rule)).toEqual([
      "fund_cash",
    ]);
    expect(e.messageTh).toContain("30,000.00");
  });

  it("names a bad planning input field and hides other centres' surveys", async () => {
    const s = await survey([debt("d1")]);
    const bad = await refusedCleanly(() =>
      proposePlan(as(f.officer), f.centre.id, { surveyId: s.id, plannedOn: "2024-06-01" }),
    );
    expect(bad.message).toContain("plannedOn");
    const unknownFund = await refusedCleanly(() =>
      proposePlan(as(f.officer), f.centre.id, {
        surveyId: s.id,
        plannedOn: TODAY,
        overrides: { forceFunds: [{ debtId: "d1", fundId: "nope" }] },
      }),
    );
    expect(unknownFund.message).toContain("overrides.forceFunds[0].fundId");
    const byFar = await refusedCleanly(() =>
      proposePlan(as(far), f.centre.id, { surveyId: s.id, plannedOn: TODAY }),
    );
    expect(byFar.kind).toBe("not_found");
  });

  it("needs the chair for an override beyond a bylaw limit and audits the broken rules", async () => {
    const s = await survey([
      debt("lender", { originalPrincipalSatang: 2_500_000, outstandingSatang: 2_500_000 }),
    ]);
    const plan = await proposePlan(seat("member"), f.centre.id, {
      surveyId: s.id,
      plannedOn: TODAY,
      overrides: { forceFunds: [{ debtId: "lender", fundId: f.villageFund.fund.id }] },
    });
    expect(plan).toMatchObject({ status: "planned", needsChairOverride: true });
    expect(plan.brokenRules.map((r) => [r.rule, r.fundId])).toEqual([
      ["bylaw_max_loan", f.villageFund.fund.id],
    ]);
    const byMember = await refusedCleanly(() => approvePlan(seat("member"), f.centre.id, plan.id, {}));
    expect([byMember.kind, byMember.code]).toEqual(["forbidden", "debt.centre_position_required"]);
    const byOfficer = await refusedCleanly(() => approvePlan(as(f.officer), f.centre.id, plan.id, {}));
    expect(byOfficer.kind).toBe("forbidden");
    const approved = await approvePlan(seat("chair"), f.centre.id, plan.id, { note: "มติที่ประชุม 2/2567" });
    expect(approved).toMatchObject({
      status: "approved",
      approvedBy: f.users.chair.userId,
      approvedWithChairOverride: true,
    });
    const [event] = await rows<{ actor_username: string; details: { brokenRules: { rule: string }[] } }>(
      t.deps.db,
      sql`select actor_username, details from audit_event where action = 'debt_plan.approved_with_override' and entity_id = ${plan.id}`,
    );
    expect(event!.actor_username).toBe(f.users.chair.username);
    expect(event!.details.brokenRules.map((r) => r.rule)).toEqual(["bylaw_max_loan"]);
    const twice = await refusedCleanly(() => approvePlan(seat("chair"), f.centre.id, plan.id, {}));
    expect(twice.code).toBe("debt.plan_status");
  });

  it("executes a plan: loans in the chosen funds, creditors paid, journals balanced, then debt-free and relapse", async () => {
    const s = await survey([
      debt("lender", { originalPrincipalSatang: 6_000_000, outstandingSatang: 6_000_000 }),
      debt("bank", {
        creditorType: "baac",
        rateBp: 500,
        rateBasis: "per_year",
        outstandingSatang: 1_000_000,
      }),
    ]);
    const plan = await proposePlan(as(f.officer), f.centre.id, { surveyId: s.id, plannedOn: TODAY });
    expect(plan.needsChairOverride).toBe(false);
    const stored = plan.plan as {
      contracts: { participations: { fundId: string; principalSatang: number }[] }[];
    };
    // 60,000 baht: the savings group lends its bylaw maximum of 50,000, the village fund the rest.
    expect(stored.contracts[0]!.participations.map((p) => [p.fundId, p.principalSatang])).toEqual([
      [f.savings.fund.id, 5_000_000],
      [f.villageFund.fund.id, 1_000_000],
    ]);
    await approvePlan(seat("secretary"), f.centre.id, plan.id, {});
    const notFinance = await refusedCleanly(() => executePlan(seat("member"), f.centre.id, plan.id, {}));
    expect(notFinance.kind).toBe("forbidden");
    const byFar = await refusedCleanly(() => executePlan(as(far), f.centre.id, plan.id, {}));
    expect(byFar.kind).toBe("not_found");

    const cashBefore = await Promise.all(
      [f.savings, f.villageFund].map(
        async (x) =>
          (await accountBalances(t.deps.db, x.fund.id)).find((b) => b.role === "cash")!.balanceSatang,
      ),
    );
    const done = await executePlan(seat("finance"), f.centre.id, plan.id, { paidOn: TODAY });
    expect(done).toMatchObject({ status: "repaying", executedOn: TODAY });
    expect(done.loans.map((l) => [l.fundId, l.principalSatang, l.status])).toEqual([
      [f.savings.fund.id, 5_000_000, "active"],
      [f.villageFund.fund.id, 1_000_000, "active"],
    ]);
    expect(done.creditorPayments.map((p) => [p.debtId, p.creditorName, p.fundId, p.amountSatang])).toEqual([
      ["lender", "เจ้าหนี้ lender", f.savings.fund.id, 5_000_000],
      ["lender", "เจ้าหนี้ lender", f.villageFund.fund.id, 1_000_000],
    ]);
    expect(done.history.map((h) => h.to)).toEqual(["planned", "approved", "repaying"]);
    for (const [k, x] of [f.savings, f.villageFund].entries()) {
      const balances = await accountBalances(t.deps.db, x.fund.id);
      const receivable = balances.find((b) => b.role === "loans_receivable")!.balanceSatang;
      const [open] = await rows<{ s: number }>(
        t.deps.db,
        sql`select coalesce(sum(outstanding_principal_satang), 0)::bigint as s from loan where fund_id = ${x.fund.id}`,
      );
      expect(receivable).toBe(Number(open!.s));
      const lent = done.loans.find((l) => l.fundId === x.fund.id)!.principalSatang;
      expect(balances.find((b) => b.role === "cash")!.balanceSatang).toBe(cashBefore[k]! - lent);
    }
    const [entries] = await rows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from journal_entry where source_type = 'debt_plan' and source_id = ${plan.id}`,
    );
    expect(entries!.n).toBe(2);

    const early = await refusedCleanly(() => markDebtFree(seat("secretary"), f.centre.id, plan.id, {}));
    expect(early.code).toBe("debt.plan_loans_open");
    for (const l of done.loans) {
      const payoff = (await getLoan(t.deps, l.loanId)).payoff!.payoffSatang;
      await recordRepayment(t.deps, l.loanId, {
        amountSatang: payoff,
        paidOn: TODAY,
        method: "cash",
        closeLoan: true,
      });
    }
    const kept = await refusedCleanly(() => markDebtFree(seat("secretary"), f.centre.id, plan.id, {}));
    expect([kept.code, kept.message]).toEqual(["debt.other_debts_remain", expect.stringContaining("bank")]);
    await survey([debt("bank", { creditorType: "baac", outstandingSatang: 0, startOn: "2024-01-10" })], {
      surveyedOn: TODAY,
    });
    const free = await markDebtFree(seat("secretary"), f.centre.id, plan.id, {});
    expect(free).toMatchObject({ status: "relapse_watch", debtFreeOn: TODAY });
    expect(free.history.map((h) => h.to)).toEqual([
      "planned",
      "approved",
      "repaying",
      "debt_free",
      "relapse_watch",
    ]);
    const [watch] = await rows<{ watch_ends_on: string }>(
      t.deps.db,
      sql`select watch_ends_on from debt_free_event where plan_id = ${plan.id}`,
    );
    expect(watch!.watch_ends_on).toBe("2026-06-15");

    // A debt older than the debt-free date is a correction, not a relapse; a new one within the window is.
    const old = await survey([debt("old", { startOn: "2024-06-01" })], { surveyedOn: TODAY });
    expect(old.relapseFlags).toBe(0);
    const relapse = await survey([debt("new", { startOn: TODAY })], { surveyedOn: TODAY });
    expect(relapse.relapseFlags).toBe(1);
    const listedFlags = await listSurveys(as(f.officer), f.centre.id, { limit: 200 });
    expect(listedFlags.items.find((x) => x.id === relapse.id)!.relapseFlags).toBe(1);
    expect(listedFlags.items.find((x) => x.id === old.id)!.relapseFlags).toBe(0);
    const after = await getPlan(as(f.users.member), f.centre.id, plan.id);
    expect(after.status).toBe("relapse");
    expect(after.relapseFlags.map((r) => [r.debtId, r.takenOn])).toEqual([["new", TODAY]]);

    const counts = await centreCounts(as(f.users.member), f.centre.id);
    expect(counts).toMatchObject({ surveyedHouseholds: 1, debtFreeHouseholds: 1, relapsedHouseholds: 1 });
    expect(counts.plansByStatus).toMatchObject({ relapse: 1, approved: 1 });
    const districtOfficer = await officerOf(t.deps, "dcdb.district", "district_officer", "4007");
    const district = await areaCounts(as(districtOfficer), undefined);
    expect(district).toMatchObject({ area: "4007", debtFreeHouseholds: 1, relapsedHouseholds: 1 });
    expect(district.byCentre.map((c) => c.centreId)).toContain(f.centre.id);
    const farCounts = await refused(areaCounts(as(far), "4007"));
    expect(farCounts.kind).toBe("not_found");
  });
});
