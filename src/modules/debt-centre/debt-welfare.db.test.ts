import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "../../../test/support/pdf";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import { type AppError, isAppError } from "../../shared/errors";
import { createVillage, findArea } from "../geography/index";
import { createHousehold } from "../households/index";
import { accountBalances } from "../ledger/index";
import { getLoan, recordRepayment } from "../loans/index";
import { addMemberFund } from "./add-member-fund";
import { approvePlan } from "./approve-plan";
import { buildCentre, type CentreFixture, debt, officerOf } from "./centre-test-fixture";
import { createCentre } from "./create-centre";
import { decideWelfare } from "./decide-welfare";
import { endRelapseWatches } from "./end-relapse-watches";
import { executePlan } from "./execute-plan";
import { markDebtFree } from "./mark-debt-free";
import { payWelfare } from "./pay-welfare";
import { printCertificate } from "./print-certificate";
import { proposePlan } from "./propose-plan";
import { getPlan } from "./read-centres";
import { listDebtFree, listWelfare } from "./read-welfare";
import { recordSurvey } from "./record-survey";
import { requestWelfare } from "./request-welfare";

let t: TestDatabase;
let f: CentreFixture;
let far: Actor;
let outsideMemberId: string;
let savingsMemberId: string;
let villageMemberId: string;
let otherHouseholdId: string;
const VILLAGE = "40070927";
const TODAY = "2024-06-15";

const count = async (table: string, where = "true") =>
  (
    await rows<{ n: number }>(t.deps.db, sql.raw(`select count(*)::int as n from ${table} where ${where}`))
  )[0]!.n;

const snapshot = async () => ({
  welfare: await count("debt_welfare_payment"),
  paid: await count("debt_welfare_payment", "status = 'paid'"),
  approved: await count("debt_welfare_payment", "status = 'approved'"),
  entries: await count("journal_entry"),
  audit: await count("audit_event"),
  plans: await count("debt_plan", "status = 'debt_free'"),
});

async function refusedCleanly(p: () => Promise<unknown>): Promise<AppError> {
  const before = await snapshot();
  const e = await p().then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  expect(e.messageTh).toMatch(/[ก-๙]/);
  expect(e.message).toMatch(/[a-z]/i);
  expect(await snapshot()).toEqual(before);
  return e;
}

const as = (actor: Actor): Deps => ({ ...t.deps, actor });
const seat = (s: "chair" | "secretary" | "finance" | "member") => as(f.users[s]);
const cashOf = async (fundId: string) =>
  (await accountBalances(t.deps.db, fundId)).find((b) => b.role === "cash")!.balanceSatang;

beforeAll(async () => {
  t = await openTestDatabase();
  f = await buildCentre(t.deps, VILLAGE, "dcwf");
  far = await officerOf(t.deps, "dcwf.far", "subdistrict_worker", "550116");
  const outside = await addMemberFund(as(f.officer), f.centre.id, {
    outsideName: "กลุ่มสัจจะสะสมทรัพย์",
    outsideBalanceSatang: 50_000_000,
    maxLoanSatang: 1_000_000,
    mayRefinance: false,
  });
  outsideMemberId = outside.id;
  const members = (await rows<{ id: string; fund_id: string }>(
    t.deps.db,
    sql`select id, fund_id from debt_centre_member_fund where centre_id = ${f.centre.id} and fund_id is not null`,
  )) as { id: string; fund_id: string }[];
  savingsMemberId = members.find((m) => m.fund_id === f.savings.fund.id)!.id;
  villageMemberId = members.find((m) => m.fund_id === f.villageFund.fund.id)!.id;
  for (const code of ["40070926", "40070928"]) {
    if (await findArea(t.deps.db, code)) continue;
    await createVillage({ ...t.deps, actor: SYSTEM_ACTOR }, code.slice(0, 6), {
      villageNo: Number(code.slice(6)),
      nameTh: `บ้านทดสอบ ${code}`,
    });
  }
  const other = await createHousehold(
    { ...t.deps, actor: SYSTEM_ACTOR },
    {
      villageCode: "40070926",
      houseNo: "dcwf-far",
      members: [{ relation: "head", title: "นาง", firstName: "ไกล", lastName: "บ้าน" }],
    },
  );
  otherHouseholdId = other.id;
});
afterAll(async () => t.close());

describe("welfare", () => {
  it("requests, approves (chair or officer) and pays from the member fund's cash into its ledger", async () => {
    const cashBefore = await cashOf(f.villageFund.fund.id);
    const w = await requestWelfare(seat("secretary"), f.centre.id, {
      welfareType: "death",
      householdId: f.householdId,
      amountSatang: 300_000,
      memberFundId: villageMemberId,
      reason: "ช่วยค่าฌาปนกิจบิดาของหัวหน้าครัวเรือน",
    });
    expect(w).toMatchObject({
      status: "requested",
      beneficiaryName: "นายสมชาย ใจดี",
      fundId: f.villageFund.fund.id,
      requestedOn: TODAY,
      journalEntryId: null,
    });
    const early = await refusedCleanly(() => payWelfare(seat("finance"), f.centre.id, w.id, {}));
    expect([early.kind, early.code]).toEqual(["rule_violation", "debt.welfare_not_approved"]);
    const byMember = await refusedCleanly(() => decideWelfare(seat("member"), f.centre.id, w.id, true, {}));
    expect([byMember.kind, byMember.code]).toEqual(["forbidden", "debt.centre_position_required"]);
    const byFar = await refusedCleanly(() => decideWelfare(as(far), f.centre.id, w.id, true, {}));
    expect(byFar.kind).toBe("not_found");
    const approved = await decideWelfare(seat("chair"), f.centre.id, w.id, true, { note: "มติ 3/2567" });
    expect(approved).toMatchObject({
      status: "approved",
      decidedBy: f.users.chair.userId,
      decisionNote: "มติ 3/2567",
    });
    const [event] = await rows<{ actor_username: string }>(
      t.deps.db,
      sql`select actor_username from audit_event where action = 'debt_welfare.approved' and entity_id = ${w.id}`,
    );
    expect(event!.actor_username).toBe(f.users.chair.username);
    const byMemberPay = await refusedCleanly(() => payWelfare(seat("member"), f.centre.id, w.id, {}));
    expect(byMemberPay.kind).toBe("forbidden");
    const future = await refusedCleanly(() =>
      payWelfare(seat("finance"), f.centre.id, w.id, { paidOn: "2024-06-16" }),
    );
    expect(future.message).toContain("paidOn");

    const paid = await payWelfare(seat("finance"), f.centre.id, w.id, {});
    expect(paid).toMatchObject({ status: "paid", paidOn: TODAY });
    expect(await cashOf(f.villageFund.fund.id)).toBe(cashBefore - 300_000);
    const balances = await accountBalances(t.deps.db, f.villageFund.fund.id);
    expect(balances.find((b) => b.role === "welfare_expense")!.balanceSatang).toBe(300_000);
    const [entry] = await rows<{ kind: string; source_type: string; description: string }>(
      t.deps.db,
      sql`select kind, source_type, description from journal_entry where id = ${paid.journalEntryId}`,
    );
    expect(entry).toMatchObject({ kind: "welfare_expense", source_type: "debt_welfare" });
    expect(entry!.description).toContain("ฌาปนกิจ");
    expect(entry!.description).toContain("นายสมชาย ใจดี");
    const twice = await refusedCleanly(() => payWelfare(seat("finance"), f.centre.id, w.id, {}));
    expect(twice.code).toBe("debt.welfare_status");
  });

  it("names a member or a person, lets an officer approve or reject, and lists by status", async () => {
    const [member] = await rows<{ id: string }>(
      t.deps.db,
      sql`select id from household_member where household_id = ${f.householdId} limit 1`,
    );
    const byMember = await requestWelfare(as(f.officer), f.centre.id, {
      welfareType: "illness",
      householdId: f.householdId,
      memberId: member!.id,
      amountSatang: 100_000,
      memberFundId: savingsMemberId,
      reason: "นอนโรงพยาบาล 5 วัน",
      requestedOn: "2024-06-10",
    });
    expect(byMember).toMatchObject({ memberId: member!.id, beneficiaryName: "นายสมชาย ใจดี" });
    const named = await requestWelfare(as(f.officer), f.centre.id, {
      welfareType: "disaster",
      beneficiaryName: "นางเพ็ญ ศรีสุข",
      amountSatang: 50_000,
      memberFundId: savingsMemberId,
      reason: "บ้านถูกพายุ",
    });
    expect(named).toMatchObject({ householdId: null, beneficiaryName: "นางเพ็ญ ศรีสุข" });
    expect((await decideWelfare(as(f.officer), f.centre.id, byMember.id, true, {})).status).toBe("approved");
    expect((await decideWelfare(seat("chair"), f.centre.id, named.id, false, { note: "ซ้ำซ้อน" })).status).toBe(
      "rejected",
    );
    const rejectedPay = await refusedCleanly(() => payWelfare(seat("chair"), f.centre.id, named.id, {}));
    expect(rejectedPay.code).toBe("debt.welfare_not_approved");
    const approved = await listWelfare(as(f.users.member), f.centre.id, { limit: 50, status: "approved" });
    expect(approved.items.map((x) => x.id)).toEqual([byMember.id]);
    const all = await listWelfare(as(f.users.member), f.centre.id, { limit: 2 });
    expect(all.items).toHaveLength(2);
    const rest = await listWelfare(as(f.users.member), f.centre.id, { limit: 2, cursor: all.nextCursor! });
    expect([...all.items, ...rest.items].map((x) => x.status).sort()).toEqual([
      "approved",
      "paid",
      "rejected",
    ]);
    expect(rest.nextCursor).toBeNull();
    const farList = await refusedCleanly(() => listWelfare(as(far), f.centre.id, { limit: 5 }));
    expect(farList.kind).toBe("not_found");
  });

  it("refuses bad beneficiaries, outside funds, amounts over the cash and other areas, writing nothing", async () => {
    const base = {
      welfareType: "birth" as const,
      householdId: f.householdId,
      amountSatang: 100_000,
      memberFundId: villageMemberId,
      reason: "คลอดบุตร",
    };
    const cash = await cashOf(f.villageFund.fund.id);
    const over = await refusedCleanly(() =>
      requestWelfare(as(f.officer), f.centre.id, { ...base, amountSatang: cash + 1 }),
    );
    expect([over.code, over.message]).toEqual([
      "debt.welfare_over_cash",
      expect.stringContaining("amountSatang"),
    ]);
    expect(over.messageTh).toContain("27,000.00");
    const outside = await refusedCleanly(() =>
      requestWelfare(as(f.officer), f.centre.id, { ...base, memberFundId: outsideMemberId }),
    );
    expect([outside.code, outside.message]).toEqual([
      "debt.welfare_fund",
      expect.stringContaining("memberFundId"),
    ]);
    const foreign = await refusedCleanly(() =>
      requestWelfare(as(f.officer), f.centre.id, { ...base, householdId: otherHouseholdId }),
    );
    expect(foreign.message).toContain("householdId");
    const strayMember = await refusedCleanly(() =>
      requestWelfare(as(f.officer), f.centre.id, { ...base, memberId: f.householdId }),
    );
    expect(strayMember.message).toContain("memberId");
    const nobody = await refusedCleanly(() =>
      requestWelfare(as(f.officer), f.centre.id, { ...base, householdId: undefined }),
    );
    expect(nobody.message).toContain("beneficiaryName");
    const byFar = await refusedCleanly(() => requestWelfare(as(far), f.centre.id, base));
    expect(byFar.kind).toBe("not_found");

    // Two approved benefits that each fit but not together: the second payment is refused.
    const a = await requestWelfare(as(f.officer), f.centre.id, { ...base, amountSatang: cash - 500_000 });
    const b = await requestWelfare(as(f.officer), f.centre.id, { ...base, amountSatang: 1_000_000 });
    await decideWelfare(seat("chair"), f.centre.id, a.id, true, {});
    await decideWelfare(seat("chair"), f.centre.id, b.id, true, {});
    await payWelfare(seat("chair"), f.centre.id, a.id, {});
    const drained = await refusedCleanly(() => payWelfare(seat("finance"), f.centre.id, b.id, {}));
    expect([drained.code, drained.messageTh]).toEqual([
      "debt.welfare_over_cash",
      expect.stringContaining("5,000.00"),
    ]);
  });
});

describe("debt-free households: certificate and the end of the watch", () => {
  it("prints the certificate of a debt-free plan only, ends the watch after its period, and lists the household", async () => {
    const survey = await recordSurvey(as(f.officer), f.centre.id, {
      householdId: f.householdId,
      surveyedOn: "2024-06-10",
      monthlyIncomeSatang: 3_000_000,
      monthlyExpensesSatang: 1_000_000,
      debts: [debt("lender", { originalPrincipalSatang: 2_000_000, outstandingSatang: 2_000_000 })],
    });
    const plan = await proposePlan(as(f.officer), f.centre.id, { surveyId: survey.id, plannedOn: TODAY });
    const notYet = await refusedCleanly(() => printCertificate(seat("member"), f.centre.id, plan.id));
    expect(notYet.kind).toBe("not_found");
    await approvePlan(seat("chair"), f.centre.id, plan.id, {});
    const done = await executePlan(seat("finance"), f.centre.id, plan.id, { paidOn: TODAY });
    for (const l of done.loans) {
      const payoff = (await getLoan(t.deps, l.loanId)).payoff!.payoffSatang;
      await recordRepayment(t.deps, l.loanId, {
        amountSatang: payoff,
        paidOn: TODAY,
        method: "cash",
        closeLoan: true,
      });
    }
    await markDebtFree(seat("secretary"), f.centre.id, plan.id, {});

    const doc = await printCertificate(seat("member"), f.centre.id, plan.id);
    expect(doc.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(doc.fileName).toBe("ใบประกาศเกียรติคุณ-นายสมชาย ใจดี.pdf");
    const text = (await pdfText(doc.bytes)).replace(/[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, "");
    for (const needle of [
      "ใบประกาศเกียรติคุณ",
      "นายสมชายใจดี",
      "๑๕มิถุนายนพ.ศ.๒๕๖๗",
      "๒๐,๐๐๐.๐๐บาท",
      "(ผแทนchair)",
    ]) {
      expect(text).toContain(needle.replace(/[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, ""));
    }
    const again = await printCertificate(seat("member"), f.centre.id, plan.id);
    expect(again.bytes.equals(doc.bytes)).toBe(true);
    const byFar = await refusedCleanly(() => printCertificate(as(far), f.centre.id, plan.id));
    expect(byFar.kind).toBe("not_found");

    const listed = await listDebtFree(as(f.users.member), f.centre.id, { limit: 10 });
    expect(listed.items).toEqual([
      {
        planId: plan.id,
        householdId: f.householdId,
        houseNo: "dcwf-1",
        headName: "สมชาย ใจดี",
        debtFreeOn: TODAY,
        watchEndsOn: "2026-06-15",
        status: "relapse_watch",
        relapseFlags: 0,
      },
    ]);

    const none = await endRelapseWatches(as(f.officer), { today: "2026-06-15" });
    expect(none.ended).toEqual([]);
    const memberJob = await refusedCleanly(() => endRelapseWatches(seat("chair"), { today: "2026-06-16" }));
    expect(memberJob.kind).toBe("forbidden");
    const ended = await endRelapseWatches(as(f.officer), { today: "2026-06-16" });
    expect(ended.ended).toEqual([plan.id]);
    const after = await getPlan(as(f.users.member), f.centre.id, plan.id);
    expect(after.status).toBe("debt_free");
    expect(after.history.at(-1)).toMatchObject({ from: "relapse_watch", to: "debt_free", on: "2026-06-16" });
    // The certificate stays: the household kept out of debt for the whole watch.
    expect((await printCertificate(seat("member"), f.centre.id, plan.id)).bytes.length).toBeGreaterThan(1000);
  });

  it("closes the watch instead of flagging when a survey after the watch shows a new debt; one centre per village under a race", async () => {
    const household = await createHousehold(
      { ...t.deps, actor: SYSTEM_ACTOR },
      {
        villageCode: VILLAGE,
        houseNo: "dcwf-2",
        members: [{ relation: "head", title: "นาง", firstName: "มาลี", lastName: "ดีงาม" }],
      },
    );
    const survey = await recordSurvey(as(f.officer), f.centre.id, {
      householdId: household.id,
      surveyedOn: "2024-06-10",
      monthlyIncomeSatang: 3_000_000,
      monthlyExpensesSatang: 1_000_000,
      debts: [
        debt("shop", { creditorType: "shop", originalPrincipalSatang: 500_000, outstandingSatang: 500_000 }),
      ],
    });
    const plan = await proposePlan(as(f.officer), f.centre.id, { surveyId: survey.id, plannedOn: TODAY });
    await approvePlan(seat("chair"), f.centre.id, plan.id, {});
    const done = await executePlan(seat("finance"), f.centre.id, plan.id, { paidOn: TODAY });
    for (const l of done.loans) {
      const payoff = (await getLoan(t.deps, l.loanId)).payoff!.payoffSatang;
      await recordRepayment(t.deps, l.loanId, {
        amountSatang: payoff,
        paidOn: TODAY,
        method: "cash",
        closeLoan: true,
      });
    }
    await markDebtFree(seat("secretary"), f.centre.id, plan.id, {});
    t.clock.set("2026-07-01T03:00:00Z");
    try {
      const later = await recordSurvey(as(f.officer), f.centre.id, {
        householdId: household.id,
        surveyedOn: "2026-07-01",
        monthlyIncomeSatang: 3_000_000,
        monthlyExpensesSatang: 1_000_000,
        debts: [debt("new", { startOn: "2026-06-20" })],
      });
      expect(later.relapseFlags).toBe(0);
    } finally {
      t.clock.set("2024-06-15T03:00:00Z");
    }
    const after = await getPlan(as(f.officer), f.centre.id, plan.id);
    expect(after.status).toBe("debt_free");
    expect(after.history.at(-1)).toMatchObject({ from: "relapse_watch", to: "debt_free", on: "2026-07-01" });
    expect(after.relapseFlags).toEqual([]);
    // Two centres for one village at the same moment: one is created, the other is a clean 409.
    const results = await Promise.allSettled([
      createCentre(as(f.officer), { areaCode: "40070928", name: "ศจก. ก" }),
      createCentre(as(f.officer), { areaCode: "40070928", name: "ศจก. ข" }),
    ]);
    const failures = results
      .filter((r) => r.status === "rejected")
      .map((r) => (r as PromiseRejectedResult).reason);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(failures.map((e: AppError) => [e.kind, e.code])).toEqual([["conflict", "debt.centre_exists"]]);
  });
});
