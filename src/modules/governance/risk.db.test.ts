// The daily risk recomputation on a worked example: every factor's input and points against the pure rules, bands, the list, history thinning, reruns.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import type { Actor } from "../../shared/actor";
import { runDailyJob } from "../health/index";
import {
  insertActiveLoan,
  insertComplaint,
  insertHousehold,
  insertMeeting,
} from "./governance-fixture.repository";
import { buildGovFund, ensureVillage, type GovFund, move } from "./governance-test-fixture";
import { getFundRisk, listFundRisk } from "./read-risk";
import { recomputeRisk } from "./recompute-risk";
import { recordReconciliation } from "./record-reconciliation";
import { RISK_CONFIG, RISK_FACTORS, scoreFund } from "./risk-rules";

let t: TestDatabase;
let a: GovFund;
let b: GovFund;
const D = "2024-06-15";
const uuid = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, "0")}`;
const officer: Actor = {
  kind: "user",
  userId: null,
  username: "risk.officer",
  role: "district_officer",
  scopeCode: "4007",
  householdId: null,
};

beforeAll(async () => {
  t = await openTestDatabase();
  t.clock.set("2022-06-01T03:00:00Z");
  b = await buildGovFund(t.deps, {
    villageCode: "40070972",
    prefix: "gb",
    termStart: "2019-01-01",
    termEnd: "2022-12-31",
  });
  t.clock.set(`${D}T03:00:00Z`);
  await ensureVillage(t.deps, "40070971");
  for (let k = 1; k <= 7; k++)
    await insertHousehold(t.deps.db, "40070971", uuid(100 + k), uuid(200 + k), `ครัวเรือน ${k}`);
  a = await buildGovFund(t.deps, {
    villageCode: "40070971",
    prefix: "ga",
    termStart: "2023-01-01",
    memberHouseholdMembers: [{ name: "นายกรรมการ ผู้ยืม", householdMemberId: uuid(201) }],
  });
  t.clock.set("2024-01-05T03:00:00Z");
  await move(t.deps, a, "2024-01-05", "bank", "capital", 28_000_000);
  t.clock.set(`${D}T03:00:00Z`);
  await move(t.deps, a, "2024-06-02", "loans_receivable", "bank", 11_000_000);
  const at = new Date(`${D}T03:00:00Z`);
  await insertActiveLoan(
    t.deps.db,
    {
      id: uuid(301),
      fundId: a.fund.id,
      areaCode: "40070971",
      loanNo: "L1",
      householdId: uuid(101),
      contractedOn: "2024-02-01",
      dueOn: "2024-08-01",
      principalSatang: 5_000_000,
    },
    at,
  );
  for (let k = 2; k <= 7; k++) {
    await insertActiveLoan(
      t.deps.db,
      {
        id: uuid(300 + k),
        fundId: a.fund.id,
        areaCode: "40070971",
        loanNo: `L${k}`,
        householdId: uuid(100 + k),
        contractedOn: "2023-09-01",
        dueOn: k === 2 ? "2024-04-01" : "2024-09-01",
        principalSatang: 1_000_000,
      },
      at,
    );
  }
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
  await insertComplaint(
    t.deps.db,
    {
      id: uuid(501),
      fundId: a.fund.id,
      areaCode: "40070971",
      status: "in_progress",
      receivedOn: "2024-05-01",
      dueOn: "2024-05-31",
    },
    at,
  );
  await insertComplaint(
    t.deps.db,
    {
      id: uuid(502),
      fundId: a.fund.id,
      areaCode: "40070971",
      status: "closed",
      receivedOn: "2024-01-10",
      dueOn: "2024-02-10",
      closedOn: "2024-02-01",
    },
    at,
  );
  t.clock.set("2024-03-10T03:00:00Z");
  await recordReconciliation({ ...t.deps, actor: a.seats.finance }, a.fund.id, {
    statementDate: "2024-03-10",
    statementBalanceSatang: 28_000_000,
  });
  t.clock.set(`${D}T03:00:00Z`);
  // A month-old score for the trend, and old days for the thinning.
  for (const [asOf, par30] of [
    ["2024-05-14", 0],
    ["2024-01-10", 100],
    ["2024-01-20", 200],
    ["2024-01-31", 300],
  ] as const) {
    await t.deps.db.execute(sql`
      INSERT INTO fund_risk_score (fund_id, as_of, area_code, score, band, par30_bp, factors, config_version, computed_at)
      VALUES (${a.fund.id}::uuid, ${asOf}::date, '40070971', 0, 'low', ${par30}, '[]'::jsonb, 1, now())`);
  }
  await runDailyJob(t.deps, { businessDate: D });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

async function stored(fundId: string) {
  const [r] = await rows<{ score: number; band: string; factors: Array<Record<string, unknown>> }>(
    t.deps.db,
    sql`SELECT score, band, factors FROM fund_risk_score WHERE fund_id = ${fundId}::uuid AND as_of = ${D}::date`,
  );
  return r!;
}

describe("daily risk recomputation", () => {
  it("scores fund A factor by factor exactly as the pure rules do", async () => {
    const r = await stored(a.fund.id);
    const expected = scoreFund(
      {
        capitalSatang: 28_000_000,
        missingSatang: 0,
        par30Bp: 909,
        atRisk30Satang: 1_000_000,
        outstandingSatang: 11_000_000,
        previousPar30Bp: 0,
        previousAsOf: "2024-05-14",
        lastStatementDate: "2024-03-10",
        idleBp: 6_071,
        bankSatang: 17_000_000,
        cashSatang: 0,
        borrowers: 7,
        topSatang: 7_000_000,
        committeeLoans: 1,
        committeeSatang: 5_000_000,
        hasCommitteeInOffice: true,
        lastTermEnd: "2026-12-31",
        meetings: 1,
        complaints: { open: 1, overdue: 1 },
      },
      D,
      2567,
      "2023-10-01",
    );
    const points = Object.fromEntries(r.factors.map((f) => [f.key, f.points]));
    expect(points).toEqual({
      missing_fund: 0,
      overdue_level: 5,
      overdue_trend: 10,
      reconciliation_age: 5,
      idle_cash: 3,
      household_concentration: 3,
      committee_lending: 10,
      committee_term_expired: 0,
      no_meeting: 0,
      open_complaints: 5,
    });
    expect(r.factors.map((f) => f.key)).toEqual([...RISK_FACTORS]);
    expect(r.factors.map((f) => [f.key, f.input, f.points])).toEqual(
      expected.factors.map((f) => [f.key, f.input, f.points]),
    );
    expect(r.score).toBe(41);
    expect(expected.score).toBe(41);
    expect(r.band).toBe("medium");
  });

  it("scores fund B: missing fund, never reconciled, term expired, no meeting", async () => {
    const r = await stored(b.fund.id);
    const points = Object.fromEntries(r.factors.map((f) => [f.key, f.points]));
    expect(points).toMatchObject({
      missing_fund: 20,
      reconciliation_age: 10,
      committee_term_expired: 10,
      no_meeting: 10,
      overdue_trend: 0,
      household_concentration: 0,
      committee_lending: 0,
    });
    expect(r.score).toBe(50);
    expect(r.band).toBe("high");
  });

  it("explains each factor in Thai and English on the fund's risk read", async () => {
    const detail = await getFundRisk({ ...t.deps, actor: officer }, b.fund.id);
    const byKey = Object.fromEntries(detail.factors.map((f) => [f.key, f]));
    expect(byKey.no_meeting!.explanationTh).toBe("ไม่มีการประชุมคณะกรรมการในปีงบประมาณ 2567");
    expect(byKey.committee_term_expired!.explanationTh).toBe(
      "คณะกรรมการหมดวาระตั้งแต่ 31 ธันวาคม 2565 และยังไม่มีชุดใหม่",
    );
    expect(byKey.missing_fund!.explanationEn).toBe(
      "280,000.00 baht of the fund is missing (100.00% of the original capital)",
    );
    expect(detail.factors[0]!.points).toBeGreaterThanOrEqual(detail.factors[1]!.points);
    const da = await getFundRisk({ ...t.deps, actor: officer }, a.fund.id);
    const trend = da.factors.find((f) => f.key === "overdue_trend")!;
    expect(trend.explanationTh).toBe("สัดส่วนค้างชำระเกิน 30 วันเพิ่มขึ้นจาก 0.00% (14 พฤษภาคม 2567) เป็น 9.09%");
    expect(da.history.map((h) => h.asOf)).toEqual([D, "2024-05-14", "2024-01-31"]);
  });

  it("thins history older than 90 days to each month's last day and keeps the trend's row", async () => {
    const days = await rows<{ d: string }>(
      t.deps.db,
      sql`SELECT as_of::text AS d FROM fund_risk_score WHERE fund_id = ${a.fund.id}::uuid ORDER BY as_of`,
    );
    expect(days.map((x) => x.d)).toEqual(["2024-01-31", "2024-05-14", D]);
  });

  it("lists an area's funds by score, highest first, in keyset pages, and filters at-risk bands", async () => {
    const first = await listFundRisk({ ...t.deps, actor: officer }, { limit: 1 });
    expect(first.asOf).toBe(D);
    expect(first.items.map((i) => [i.fundId, i.score])).toEqual([[b.fund.id, 50]]);
    const second = await listFundRisk({ ...t.deps, actor: officer }, { limit: 1, cursor: first.nextCursor! });
    expect(second.items.map((i) => [i.fundId, i.score])).toEqual([[a.fund.id, 41]]);
    expect(second.nextCursor).toBeNull();
    const high = await listFundRisk({ ...t.deps, actor: officer }, { limit: 10, band: "high" });
    expect(high.items.map((i) => i.fundId)).toEqual([b.fund.id]);
    const low = await listFundRisk({ ...t.deps, actor: officer }, { limit: 10, atRisk: "false" });
    expect(low.items).toEqual([]);
    const village = await listFundRisk({ ...t.deps, actor: officer }, { limit: 10, area: "40070971" });
    expect(village.items.map((i) => i.fundId)).toEqual([a.fund.id]);
  });

  it("refuses areas and funds outside the actor's scope as not found, and bad cursors", async () => {
    const elsewhere: Actor = { ...officer, scopeCode: "1001" };
    await expect(
      listFundRisk({ ...t.deps, actor: elsewhere }, { limit: 10, area: "4007" }),
    ).rejects.toMatchObject({
      kind: "not_found",
    });
    await expect(getFundRisk({ ...t.deps, actor: elsewhere }, a.fund.id)).rejects.toMatchObject({
      kind: "not_found",
    });
    await expect(
      listFundRisk({ ...t.deps, actor: officer }, { limit: 10, cursor: "bm90LWpzb24" }),
    ).rejects.toMatchObject({ code: "common.cursor_invalid" });
  });

  it("replaces the day's rows on a rerun and refuses other actors and bad configuration", async () => {
    const again = await recomputeRisk(t.deps, { businessDate: D });
    expect(again.funds).toBe(2);
    expect(again.high).toBe(1);
    expect(again.medium).toBe(1);
    const [n] = await rows<{ n: number }>(
      t.deps.db,
      sql`SELECT count(*)::int AS n FROM fund_risk_score WHERE as_of = ${D}::date`,
    );
    expect(n!.n).toBe(2);
    await expect(recomputeRisk({ ...t.deps, actor: officer }, { businessDate: D })).rejects.toMatchObject({
      kind: "forbidden",
    });
    await expect(recomputeRisk(t.deps, { businessDate: "2024-02-30" })).rejects.toMatchObject({
      code: "gov.date_invalid",
    });
    const bad = { ...RISK_CONFIG, bands: { mediumFrom: 30, highFrom: 20 } };
    await expect(recomputeRisk(t.deps, { businessDate: D, config: bad })).rejects.toMatchObject({
      code: "risk.config_invalid",
    });
  });
});
