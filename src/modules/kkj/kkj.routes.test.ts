import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import { findProposal, insertProposal } from "./kkj.repository";
import { isUniqueViolation } from "./kkj-steps";
import {
  buildKkjFund,
  createAccount,
  createCommitteeUsers,
  type KkjFixture,
  type Seat,
  TEST_PASSWORD,
} from "./kkj-test-fixture";

// The กข.คจ. workflow over HTTP from meeting to handover, on the demo village บ้านดอกกระเจียว (40070908)
// with its จปฐ. records; the business date is 2024-06-15 (fiscal year 2567).

let h: TestApp;
let f: KkjFixture;
let other: KkjFixture;
let expired: KkjFixture;
const c = {} as Record<Seat | "worker" | "outsider" | "district" | "auditor" | "expiredSecretary", Client>;
const VILLAGE = "40070908";

type Res = {
  statusCode: number;
  body: string;
  json(): { error: { code: string; message: string; messageEn: string } };
};
function expectError(res: Res, status: number, code: string) {
  const body = res.json();
  expect([res.statusCode, body.error?.code], res.body).toEqual([status, code]);
  expect(body.error.message).toMatch(/[ก-๙]/);
  expect(body.error.messageEn).toMatch(/[a-z]/i);
}

const TABLES = [
  "committee_meeting",
  "kkj_target",
  "kkj_proposal",
  "kkj_loan_request",
  "kkj_contract",
  "kkj_voucher",
  "kkj_debt_confirmation",
  "kkj_handover",
  "loan",
  "loan_instalment",
  "journal_entry",
  "bank_withdrawal",
];
/** Row counts, statuses and document numbers: a refusal must leave all of them as they were. */
async function state() {
  const out: Record<string, unknown> = {};
  for (const table of TABLES) {
    out[table] = (
      await rows<{ n: number }>(h.t.deps.db, sql.raw(`select count(*)::int as n from ${table}`))
    )[0]!.n;
  }
  for (const table of ["kkj_proposal", "kkj_loan_request", "kkj_voucher", "loan", "bank_withdrawal"]) {
    out[`${table}.status`] = (
      await rows<{ s: string | null }>(
        h.t.deps.db,
        sql.raw(`select string_agg(status, ',' order by id) as s from ${table}`),
      )
    )[0]!.s;
  }
  out.sequences = (
    await rows<{ s: string | null }>(
      h.t.deps.db,
      sql`select string_agg(series || ':' || fiscal_year || ':' || last_no, ',' order by fund_id, series, fiscal_year) as s from document_sequence`,
    )
  )[0]!.s;
  return out;
}

/** Runs a refused call: the status and code are checked, and nothing at all may have been written. */
async function refused(call: () => Promise<Res>, status: number, code: string) {
  const before = await state();
  expectError(await call(), status, code);
  expect(await state()).toEqual(before);
}

const url = (path: string, fundId = f.fund.id) => `/api/funds/${fundId}/kkj/${path}`;

interface Candidate {
  householdId: string;
  houseNo: string;
  incomePerPersonSatang: number | null;
  eligible: boolean;
  reason: string;
}
let eligible: Candidate[];
let ineligible: Candidate;
const ids = {} as Record<string, string>;

beforeAll(async () => {
  h = await createTestApp();
  const users = await createCommitteeUsers(h.t.deps, VILLAGE, "dok");
  f = await buildKkjFund(h.t.deps, { villageCode: VILLAGE, users });
  other = await buildKkjFund(h.t.deps, {
    villageCode: VILLAGE,
    users,
    fundType: "savings_group",
    capital: false,
  });
  const expiredUsers = await createCommitteeUsers(h.t.deps, "40070931", "exp");
  expired = await buildKkjFund(h.t.deps, {
    villageCode: "40070931",
    users: expiredUsers,
    termStart: "2019-01-01",
    termEnd: "2023-01-01",
  });
  await createAccount(h.t.deps, {
    username: "worker.other",
    displayName: "พัฒนากรตำบลอื่น",
    role: "subdistrict_worker",
    scopeCode: "400701",
  });
  for (const seat of ["chair", "secretary", "finance", "member"] as const) {
    c[seat] = await h.login(`dok.${seat}`, TEST_PASSWORD);
  }
  c.expiredSecretary = await h.login("exp.secretary", TEST_PASSWORD);
  c.outsider = await h.login("worker.other", TEST_PASSWORD);
  c.worker = await h.login("worker.saimun");
  c.district = await h.login("district.namphong");
  c.auditor = await h.login("auditor");
});
afterAll(async () => h.close());

describe("the กข.คจ. workflow over HTTP", () => {
  it("is only for a กข.คจ. fund, and an expired committee set gives no rights", async () => {
    expectError(await c.chair.get(url("targets", other.fund.id)), 422, "kkj.not_kkj_fund");
    // Meetings belong to any fund: the savings group records one through /meetings.
    const otherMeeting = await c.secretary.send("POST", `/api/funds/${other.fund.id}/meetings`, {
      heldOn: "2024-06-01",
      attendees: ["นายประจักษ์ อุ่นใจ", "นางบัวผัน ศรีสุข"],
      agenda: "ประชุมกลุ่มออมทรัพย์",
    });
    expect(otherMeeting.statusCode).toBe(201);
    ids.otherMeeting = otherMeeting.json<{ id: string }>().id;
    await refused(
      () =>
        c.secretary.send("POST", url("meetings", other.fund.id), {
          heldOn: "2024-06-01",
          attendees: ["ก"],
          agenda: "ก",
        }),
      422,
      "kkj.not_kkj_fund",
    );
    await refused(
      () =>
        c.expiredSecretary.send("POST", url("meetings", expired.fund.id), {
          heldOn: "2024-06-01",
          attendees: ["ก"],
          agenda: "ก",
        }),
      403,
      "kkj.no_current_committee",
    );
  });

  it("records committee meetings numbered per fiscal year", async () => {
    const body = {
      heldOn: "2024-06-01",
      place: "ศาลากลางบ้าน",
      attendees: ["นายประจักษ์ อุ่นใจ", "นางบัวผัน ศรีสุข", "นางมาลี ทองคำ", "นายทองดี มีสุข"],
      agenda: "พิจารณาโครงการของครัวเรือนเป้าหมาย",
      minutes: "ที่ประชุมมีมติ…",
    };
    await refused(() => c.member.send("POST", url("meetings"), body), 403, "fund.position_required");
    await refused(() => c.chair.send("POST", url("meetings"), body), 403, "fund.position_required");
    await refused(
      () => c.secretary.send("POST", url("meetings"), { ...body, heldOn: "2024-06-16" }),
      400,
      "kkj.date_in_future",
    );
    const first = await c.secretary.send("POST", url("meetings"), body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ meetingNo: "1/2567", attendeeCount: 4, heldOn: "2024-06-01" });
    ids.meeting1 = first.json<{ id: string }>().id;
    const second = await c.secretary.send("POST", url("meetings"), { ...body, heldOn: "2024-06-14" });
    expect(second.json()).toMatchObject({ meetingNo: "2/2567" });
    ids.meeting2 = second.json<{ id: string }>().id;
    expect(
      (await c.secretary.send("POST", url("meetings"), { ...body, meetingNo: "7/2567" })).statusCode,
    ).toBe(201);
    await refused(
      () => c.secretary.send("POST", url("meetings"), { ...body, meetingNo: "7/2567" }),
      409,
      "kkj.meeting_no_taken",
    );
    const page1 = (await c.auditor.get(url("meetings?limit=2"))).json<{
      items: { meetingNo: string }[];
      nextCursor: string;
    }>();
    expect(page1.items.map((m) => m.meetingNo)).toEqual(["2/2567", "7/2567"]);
    const page2 = (await c.auditor.get(url(`meetings?limit=2&cursor=${page1.nextCursor}`))).json<{
      items: { meetingNo: string }[];
      nextCursor: string | null;
    }>();
    expect(page2).toEqual({ items: [expect.objectContaining({ meetingNo: "1/2567" })], nextCursor: null });
    expect((await c.worker.get(`/api/funds/${f.fund.id}/meetings/${ids.meeting1}`)).json()).toMatchObject({
      meetingNo: "1/2567",
    });
  });

  it("registers eligible households in income order and refuses the others", async () => {
    const candidates = (await c.secretary.get(url("targets/candidates?limit=200"))).json<{
      items: Candidate[];
    }>().items;
    expect(candidates).toHaveLength(14);
    const incomes = candidates.map((x) => x.incomePerPersonSatang ?? Number.MAX_SAFE_INTEGER);
    expect(incomes).toEqual([...incomes].sort((a, b) => a - b));
    eligible = candidates.filter((x) => x.eligible);
    ineligible = candidates.find((x) => x.reason === "above_criterion")!;
    expect(eligible.length).toBeGreaterThanOrEqual(3);
    expect(ineligible).toBeDefined();
    const [a, b, cc] = eligible as [Candidate, Candidate, Candidate];
    await refused(
      () =>
        c.secretary.send("POST", url("targets"), { householdIds: [a.householdId, ineligible.householdId] }),
      422,
      "kkj.household_not_eligible",
    );
    await refused(
      () => c.chair.send("POST", url("targets"), { householdIds: [a.householdId] }),
      403,
      "fund.position_required",
    );
    const elsewhere = (await c.auditor.get("/api/households?area=55011604&limit=1")).json<{
      items: { id: string }[];
    }>().items[0]!.id;
    await refused(
      () => c.secretary.send("POST", url("targets"), { householdIds: [elsewhere] }),
      400,
      "kkj.household_not_in_village",
    );
    const registered = await c.secretary.send("POST", url("targets"), {
      householdIds: [cc.householdId, a.householdId, b.householdId],
    });
    expect(registered.statusCode).toBe(201);
    const bySeq = registered
      .json<{ items: { householdId: string; registerSeq: number }[] }>()
      .items.sort((x, y) => x.registerSeq - y.registerSeq);
    expect(bySeq.map((t) => [t.householdId, t.registerSeq])).toEqual([
      [a.householdId, 1],
      [b.householdId, 2],
      [cc.householdId, 3],
    ]);
    await refused(
      () => c.secretary.send("POST", url("targets"), { householdIds: [a.householdId] }),
      409,
      "kkj.already_target",
    );
    const targets = (await c.member.get(url("targets"))).json<{
      items: { id: string; householdId: string; registerSeq: number; incomePerPersonSatang: number }[];
    }>().items;
    expect(targets.map((t) => t.registerSeq)).toEqual([1, 2, 3]);
    ids.targetA = targets[0]!.id;
    ids.targetB = targets[1]!.id;
    ids.targetC = targets[2]!.id;
    ids.householdA = a.householdId;
    ids.householdB = b.householdId;
    ids.householdC = cc.householdId;
    const left = (await c.secretary.get(url("targets/candidates?limit=200"))).json<{ items: Candidate[] }>()
      .items;
    expect(left).toHaveLength(11);
  });

  it("takes a proposal through the worker's opinion to the committee's decision in a meeting", async () => {
    const proposal = {
      targetId: ids.targetA,
      applicantName: "นางคำแพง ใจดี",
      applicantAge: 52,
      occupation: "เลี้ยงไก่พื้นบ้าน",
      projectName: "เลี้ยงไก่พื้นบ้านเพื่อจำหน่าย",
      items: [
        { description: "พันธุ์ไก่ 100 ตัว", amountSatang: 1_500_000 },
        { description: "อาหารและวัคซีน", amountSatang: 1_000_000 },
      ],
      submittedOn: "2024-06-03",
    };
    await refused(() => c.finance.send("POST", url("proposals"), proposal), 403, "fund.position_required");
    const created = await c.secretary.send("POST", url("proposals"), proposal);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      docNo: "1/2567",
      borrowRound: 1,
      status: "submitted",
      totalSatang: 2_500_000,
      totalWords: "สองหมื่นห้าพันบาทถ้วน",
      items: [{ no: "2.1" }, { no: "2.2" }],
    });
    ids.proposalA = created.json<{ id: string }>().id;
    await refused(() => c.secretary.send("POST", url("proposals"), proposal), 409, "kkj.open_round_exists");
    const opinion = (cl: Client, body: object) =>
      cl.send("POST", url(`proposals/${ids.proposalA}/opinion`), body);
    const decide = (cl: Client, body: object) =>
      cl.send("POST", url(`proposals/${ids.proposalA}/decision`), body);
    await refused(
      () => decide(c.chair, { decision: "approve", amountSatang: 2_000_000, meetingId: ids.meeting1 }),
      409,
      "kkj.worker_opinion_required",
    );
    await refused(() => opinion(c.district, { opinion: "feasible" }), 403, "kkj.worker_required");
    await refused(() => opinion(c.chair, { opinion: "feasible" }), 403, "kkj.worker_required");
    // A worker of another sub-district does not see the fund at all.
    await refused(() => opinion(c.outsider, { opinion: "feasible" }), 404, "common.not_found");
    await refused(() => opinion(c.worker, { opinion: "not_feasible" }), 400, "kkj.reason_required");
    await refused(
      () => opinion(c.worker, { opinion: "feasible", opinionOn: "2024-06-02" }),
      400,
      "kkj.date_before_previous_step",
    );
    const reviewed = await opinion(c.worker, { opinion: "feasible", opinionOn: "2024-06-05" });
    expect(reviewed.json()).toMatchObject({
      status: "worker_reviewed",
      workerOpinion: { opinion: "feasible", name: "นางสาวมาลี บุญมา", on: "2024-06-05" },
    });
    await refused(() => opinion(c.worker, { opinion: "feasible" }), 409, "kkj.wrong_status");

    const approve = {
      decision: "approve",
      amountSatang: 2_000_000,
      meetingId: ids.meeting1,
      decidedOn: "2024-06-10",
    };
    await refused(() => decide(c.secretary, approve), 403, "fund.position_required");
    await refused(() => decide(c.chair, { ...approve, meetingId: undefined }), 422, "kkj.meeting_required");
    await refused(
      () => decide(c.chair, { ...approve, meetingId: ids.otherMeeting }),
      422,
      "kkj.meeting_unknown",
    );
    await refused(
      () => decide(c.chair, { ...approve, meetingId: ids.meeting2 }),
      422,
      "kkj.meeting_after_decision",
    );
    await refused(() => decide(c.chair, { ...approve, decidedOn: "2024-06-16" }), 400, "kkj.date_in_future");
    await refused(
      () => decide(c.chair, { ...approve, amountSatang: 2_500_001 }),
      422,
      "kkj.amount_over_limit",
    );
    await refused(
      () => decide(c.chair, { decision: "reject", meetingId: ids.meeting1 }),
      400,
      "kkj.reason_required",
    );
    const approved = await decide(c.chair, approve);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: "approved",
      decision: {
        decision: "approve",
        amountSatang: 2_000_000,
        meetingNo: "1/2567",
        decidedOn: "2024-06-10",
      },
    });
    await refused(() => decide(c.chair, approve), 409, "kkj.wrong_status");
  });

  it("records the loan request in figures and words with a plan the กข.คจ. product allows", async () => {
    const request = {
      proposalId: ids.proposalA,
      amountSatang: 2_000_000,
      plan: { scheduleType: "equal_instalments", instalmentCount: 6, frequencyMonths: 6 },
      consentName: "นายบุญมา ใจดี",
      consentRelation: "spouse",
      requestedOn: "2024-06-11",
    };
    const send = (body: object) => c.secretary.send("POST", url("requests"), body);
    await refused(() => send({ ...request, amountSatang: 2_000_001 }), 422, "kkj.amount_over_limit");
    await refused(
      () =>
        send({
          ...request,
          plan: { scheduleType: "equal_instalments", instalmentCount: 7, frequencyMonths: 1 },
        }),
      422,
      "loan.too_many_instalments",
    );
    await refused(
      () => send({ ...request, plan: { scheduleType: "lump_sum", lumpSumDueOn: "2027-06-12" } }),
      422,
      "loan.term_exceeds_product",
    );
    await refused(() => send({ ...request, amountSatang: 1_999_999.5 }), 400, "common.invalid_input");
    await refused(
      () => send({ ...request, requestedOn: "2024-06-09" }),
      400,
      "kkj.date_before_previous_step",
    );
    await refused(() => c.chair.send("POST", url("requests"), request), 403, "fund.position_required");
    const created = await send({ ...request, amountWords: "หนึ่งบาทถ้วน" });
    expect(created.statusCode).toBe(201);
    const body = created.json<{
      id: string;
      schedulePreview: { principalSatang: number; dueOn: string }[];
    }>();
    expect(body).toMatchObject({
      docNo: "1/2567",
      registerSeq: 1,
      amountSatang: 2_000_000,
      amountWords: "สองหมื่นบาทถ้วน",
      status: "submitted",
    });
    expect(body.schedulePreview.map((i) => i.principalSatang)).toEqual([
      333_300, 333_300, 333_300, 333_300, 333_300, 333_500,
    ]);
    expect(body.schedulePreview.at(-1)!.dueOn).toBe("2027-06-11");
    ids.requestA = body.id;
    expect((await c.auditor.get(url(`proposals/${ids.proposalA}`))).json()).toMatchObject({
      status: "requested",
    });
    await refused(() => send(request), 409, "kkj.wrong_status");

    const decide = (cl: Client, b: object) => cl.send("POST", url(`requests/${ids.requestA}/decision`), b);
    const opinion = (cl: Client, b: object) => cl.send("POST", url(`requests/${ids.requestA}/opinion`), b);
    const approve = { decision: "approve", amountSatang: 2_000_000, meetingId: ids.meeting1 };
    await refused(() => decide(c.chair, approve), 409, "kkj.worker_opinion_required");
    await refused(() => opinion(c.worker, { opinion: "disagree" }), 400, "kkj.reason_required");
    expect((await opinion(c.worker, { opinion: "agree", opinionOn: "2024-06-12" })).json()).toMatchObject({
      status: "worker_reviewed",
      workerOpinion: { opinion: "agree" },
    });
    await refused(() => decide(c.finance, approve), 403, "fund.position_required");
    await refused(
      () => decide(c.chair, { ...approve, amountSatang: 2_000_100 }),
      422,
      "kkj.amount_over_limit",
    );
    const approved = await decide(c.chair, approve);
    expect(approved.json()).toMatchObject({
      status: "approved",
      decision: {
        amountSatang: 2_000_000,
        amountWords: "สองหมื่นบาทถ้วน",
        meetingNo: "1/2567",
        decidedOn: "2024-06-15",
      },
    });
  });

  it("refuses a loan the fund has not the money for, and a rejected request ends the round", async () => {
    const proposal = await c.secretary.send("POST", url("proposals"), {
      targetId: ids.targetB,
      applicantName: "ผู้ยืม ข",
      occupation: "ค้าขาย",
      projectName: "ร้านค้าชุมชน",
      items: [{ description: "สินค้า", amountSatang: 27_000_000 }],
    });
    ids.proposalB = proposal.json<{ id: string }>().id;
    await c.worker.send("POST", url(`proposals/${ids.proposalB}/opinion`), { opinion: "feasible" });
    await c.chair.send("POST", url(`proposals/${ids.proposalB}/decision`), {
      decision: "approve",
      amountSatang: 27_000_000,
      meetingId: ids.meeting2,
    });
    const request = await c.secretary.send("POST", url("requests"), {
      proposalId: ids.proposalB,
      amountSatang: 27_000_000,
      plan: { scheduleType: "equal_instalments", instalmentCount: 6 },
    });
    expect(request.statusCode).toBe(201);
    const requestB = request.json<{ id: string }>().id;
    await c.worker.send("POST", url(`requests/${requestB}/opinion`), { opinion: "agree" });
    // 280,000 baht in the bank, 20,000 already approved for A: 260,000 can still be lent.
    const before = await state();
    const short = await c.chair.send("POST", url(`requests/${requestB}/decision`), {
      decision: "approve",
      amountSatang: 27_000_000,
      meetingId: ids.meeting2,
    });
    expectError(short, 422, "kkj.insufficient_funds");
    expect(short.json().error.message).toContain("260,000.00");
    expect(short.json()).toMatchObject({
      error: { details: { availableSatang: 26_000_000, committedSatang: 2_000_000 } },
    });
    expect(await state()).toEqual(before);
    const rejected = await c.chair.send("POST", url(`requests/${requestB}/decision`), {
      decision: "reject",
      reason: "เงินทุนไม่พอ ให้เสนอโครงการขนาดเล็กลง",
      meetingId: ids.meeting2,
    });
    expect(rejected.json()).toMatchObject({ status: "rejected" });
    expect((await c.auditor.get(url(`proposals/${ids.proposalB}`))).json()).toMatchObject({
      status: "closed",
    });
    // A new round for B may start; the rejected one keeps round number 1. It is withdrawn again.
    const again = await c.secretary.send("POST", url("proposals"), {
      targetId: ids.targetB,
      applicantName: "ผู้ยืม ข",
      occupation: "ค้าขาย",
      projectName: "ร้านค้าชุมชน (เล็กลง)",
      items: [{ description: "สินค้า", amountSatang: 500_000 }],
    });
    expect(again.json()).toMatchObject({ borrowRound: 2, docNo: "3/2567" });
    const withdrawn = await c.secretary.send(
      "POST",
      url(`proposals/${again.json<{ id: string }>().id}/withdrawal`),
      {
        reason: "ครัวเรือนขอถอนเรื่อง",
      },
    );
    expect(withdrawn.json()).toMatchObject({ status: "withdrawn" });
  });

  it("lets only one of two simultaneous proposals for a household open a round", async () => {
    const proposal = {
      targetId: ids.targetB,
      applicantName: "ผู้ยืม ข",
      occupation: "ค้าขาย",
      projectName: "ร้านค้า",
      items: [{ description: "สินค้า", amountSatang: 100_000 }],
    };
    const results = await Promise.all([
      c.secretary.send("POST", url("proposals"), proposal),
      c.secretary.send("POST", url("proposals"), proposal),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expectError(results.find((r) => r.statusCode === 409)!, 409, "kkj.open_round_exists");
    const winner = results.find((r) => r.statusCode === 201)!.json<{ id: string; borrowRound: number }>();
    expect(winner.borrowRound).toBe(3);
    await c.chair.send("POST", url(`proposals/${winner.id}/withdrawal`), { reason: "บันทึกซ้ำ" });
  });

  it("records the signed contract, creating the loan and its instalment table", async () => {
    const household = (await c.secretary.get(`/api/households/${ids.householdA}`)).json<{
      members: { id: string; title: string; firstName: string; lastName: string }[];
    }>();
    const borrower = household.members[0]!;
    const stranger = (await c.secretary.get(`/api/households/${ids.householdC}`)).json<{
      members: { id: string }[];
    }>().members[0]!;
    const contract = {
      requestId: ids.requestA,
      borrowerMemberId: borrower.id,
      volumeNo: "1",
      witness1Name: "นายสมศักดิ์ บุญมา",
      witness2Name: "นางประนอม แก้วมณี",
    };
    const send = (cl: Client, body: object) => cl.send("POST", url("contracts"), body);
    await refused(
      () => send(c.secretary, { ...contract, witness2Name: " นายสมศักดิ์  บุญมา" }),
      400,
      "kkj.witnesses_identical",
    );
    await refused(
      () => send(c.secretary, { ...contract, witness2Name: f.names.chair }),
      400,
      "kkj.witnesses_identical",
    );
    await refused(
      () => send(c.secretary, { ...contract, borrowerMemberId: stranger.id }),
      400,
      "kkj.borrower_not_member",
    );
    await refused(() => send(c.chair, contract), 403, "fund.position_required");
    const signed = await send(c.secretary, contract);
    expect(signed.statusCode).toBe(201);
    const body = signed.json<{
      id: string;
      loanId: string;
      instalments: { seq: number; principalSatang: number; dueOn: string }[];
      borrowerAddress: Record<string, string>;
    }>();
    expect(body).toMatchObject({
      contractNo: "1/2567",
      volumeNo: "1",
      borrowRound: 1,
      signedOn: "2024-06-15",
      amountSatang: 2_000_000,
      amountWords: "สองหมื่นบาทถ้วน",
      borrowerName: `${borrower.title}${borrower.firstName} ${borrower.lastName}`,
      lenderName: f.names.chair,
      writtenAt: "ที่ทำการกองทุน กข.คจ. บ้านดอกกระเจียว",
      consentName: "นายบุญมา ใจดี",
      consentRelation: "spouse",
      projectName: "เลี้ยงไก่พื้นบ้านเพื่อจำหน่าย",
      loanStatus: "pending_disbursement",
      borrowerAddress: { villageNo: "8", villageName: "บ้านดอกกระเจียว" },
    });
    expect(body.borrowerAddress.subdistrict).not.toBe("");
    expect(body.borrowerAddress.province).not.toBe("");
    expect(body.instalments).toHaveLength(6);
    expect(body.instalments.reduce((s, i) => s + i.principalSatang, 0)).toBe(2_000_000);
    expect(body.instalments[0]!.dueOn).toBe("2024-12-15");
    ids.contractA = body.id;
    ids.loanA = body.loanId;
    await refused(() => send(c.secretary, contract), 409, "kkj.wrong_status");
    const loan = (await c.auditor.get(`/api/loans/${ids.loanA}`)).json<{
      loan: { status: string; loanNo: string };
    }>();
    expect(loan.loan ?? loan).toMatchObject({ status: "pending_disbursement", loanNo: "1/2567" });
  });

  it("pays out through the bank: a withdrawal to cash with two signatures, then the voucher pays the borrower", async () => {
    const voucher = (cl: Client, body: object) => cl.send("POST", url("vouchers"), body);
    await refused(
      () => voucher(c.chair, { contractId: ids.contractA, source: "bank", bankAccountId: f.bankAccountId }),
      403,
      "fund.position_required",
    );
    await refused(
      () => voucher(c.finance, { contractId: ids.contractA, source: "cash" }),
      422,
      "kkj.cash_insufficient",
    );
    await refused(
      () => voucher(c.finance, { contractId: ids.contractA, source: "bank" }),
      400,
      "kkj.bank_account_required",
    );
    const issued = await voucher(c.finance, {
      contractId: ids.contractA,
      source: "bank",
      bankAccountId: f.bankAccountId,
    });
    expect(issued.statusCode).toBe(201);
    const v = issued.json<{ id: string; bankWithdrawalId: string }>();
    expect(v).toMatchObject({
      voucherNo: "1/2567",
      status: "pending",
      source: "bank",
      withdrawalStatus: "pending",
      amountSatang: 2_000_000,
      amountWords: "สองหมื่นบาทถ้วน",
    });
    ids.voucherA = v.id;
    await refused(
      () => voucher(c.finance, { contractId: ids.contractA, source: "bank", bankAccountId: f.bankAccountId }),
      409,
      "kkj.voucher_exists",
    );
    const pay = (cl: Client) => cl.send("POST", url(`vouchers/${ids.voucherA}/pay`), {});
    await refused(() => pay(c.finance), 409, "kkj.withdrawal_not_posted");
    const withdrawals = (
      await c.finance.get(`/api/funds/${f.fund.id}/ledger/withdrawals?status=pending`)
    ).json<{
      items: { id: string; purpose: { type: string; id: string } | null }[];
    }>().items;
    expect(withdrawals).toEqual([
      expect.objectContaining({ id: v.bankWithdrawalId, purpose: { type: "kkj_voucher", id: ids.voucherA } }),
    ]);
    const approve = (cl: Client) =>
      cl.send("POST", `/api/funds/${f.fund.id}/ledger/withdrawals/${v.bankWithdrawalId}/approvals`);
    expect((await approve(c.secretary)).json()).toMatchObject({ status: "pending" });
    expect((await approve(c.chair)).json()).toMatchObject({ status: "posted" });
    await refused(() => pay(c.secretary), 403, "fund.position_required");
    const paid = await pay(c.finance);
    expect(paid.statusCode).toBe(200);
    expect(paid.json()).toMatchObject({ status: "paid", paidOn: "2024-06-15", withdrawalStatus: "posted" });
    await refused(() => pay(c.finance), 409, "kkj.wrong_status");
    expect((await c.auditor.get(url(`contracts/${ids.contractA}`))).json()).toMatchObject({
      loanStatus: "active",
    });
    expect((await c.auditor.get(url(`proposals/${ids.proposalA}`))).json()).toMatchObject({
      status: "disbursed",
    });
    const position = (await c.auditor.get(`/api/funds/${f.fund.id}/ledger/position`)).json();
    expect(position).toMatchObject({
      bankSatang: 26_000_000,
      cashSatang: 0,
      loansReceivableSatang: 2_000_000,
    });
  });

  it("pays out from cash on hand at once", async () => {
    const w = await c.finance.send("POST", `/api/funds/${f.fund.id}/ledger/withdrawals`, {
      bankAccountId: f.bankAccountId,
      to: { kind: "cash" },
      amountSatang: 500_000,
      description: "ถอนเงินสดไว้จ่ายเงินยืม",
    });
    for (const cl of [c.secretary, c.chair]) {
      await cl.send(
        "POST",
        `/api/funds/${f.fund.id}/ledger/withdrawals/${w.json<{ id: string }>().id}/approvals`,
      );
    }
    ids.proposalC = (
      await c.secretary.send("POST", url("proposals"), {
        targetId: ids.targetC,
        applicantName: "ผู้ยืม ค",
        occupation: "ปลูกผัก",
        projectName: "ปลูกผักปลอดสารพิษ",
        items: [{ description: "เมล็ดพันธุ์และปุ๋ย", amountSatang: 300_000 }],
      })
    ).json<{ id: string }>().id;
    await c.worker.send("POST", url(`proposals/${ids.proposalC}/opinion`), { opinion: "feasible" });
    await c.chair.send("POST", url(`proposals/${ids.proposalC}/decision`), {
      decision: "approve",
      amountSatang: 300_000,
      meetingId: ids.meeting2,
    });
    const request = await c.secretary.send("POST", url("requests"), {
      proposalId: ids.proposalC,
      amountSatang: 300_000,
      plan: { scheduleType: "lump_sum", lumpSumDueOn: "2025-01-15" },
    });
    const requestC = request.json<{ id: string }>().id;
    await c.worker.send("POST", url(`requests/${requestC}/opinion`), { opinion: "agree" });
    await c.chair.send("POST", url(`requests/${requestC}/decision`), {
      decision: "approve",
      amountSatang: 300_000,
      meetingId: ids.meeting2,
    });
    const members = (await c.secretary.get(`/api/households/${ids.householdC}`)).json<{
      members: { id: string }[];
    }>().members;
    const contract = await c.secretary.send("POST", url("contracts"), {
      requestId: requestC,
      borrowerMemberId: members[0]!.id,
      witness1Name: "นายสมศักดิ์ บุญมา",
      witness2Name: "นางประนอม แก้วมณี",
    });
    expect(contract.json()).toMatchObject({ contractNo: "2/2567", borrowRound: 1 });
    ids.contractC = contract.json<{ id: string }>().id;
    ids.loanC = contract.json<{ loanId: string }>().loanId;
    const paid = await c.finance.send("POST", url("vouchers"), { contractId: ids.contractC, source: "cash" });
    expect(paid.statusCode).toBe(201);
    expect(paid.json()).toMatchObject({
      voucherNo: "2/2567",
      status: "paid",
      source: "cash",
      bankWithdrawalId: null,
    });
    expect((await c.auditor.get(`/api/funds/${f.fund.id}/ledger/position`)).json()).toMatchObject({
      bankSatang: 25_500_000,
      cashSatang: 200_000,
      loansReceivableSatang: 2_300_000,
    });
  });

  it("shows repayments recorded by the loans module in the yellow and green books", async () => {
    const repayA = await c.finance.send("POST", `/api/loans/${ids.loanA}/repayments`, {
      amountSatang: 333_300,
      paidOn: "2024-06-15",
      method: "bank",
      bankAccountId: f.bankAccountId,
    });
    expect(repayA.statusCode, repayA.body).toBe(201);
    const receiptA = repayA.json<{ repayment: { receiptNo: string } }>().repayment.receiptNo;
    const repayC = await c.secretary.send("POST", `/api/loans/${ids.loanC}/repayments`, {
      amountSatang: 300_000,
      paidOn: "2024-06-15",
      method: "cash",
    });
    expect(repayC.statusCode, repayC.body).toBe(201);

    const debtors = (await c.auditor.get(url("books/yellow"))).json<{
      debtors: {
        loanId: string;
        lentSatang: number;
        repaidSatang: number;
        outstandingSatang: number;
        loanStatus: string;
      }[];
    }>().debtors;
    expect(
      debtors.map((d) => [d.loanId, d.lentSatang, d.repaidSatang, d.outstandingSatang, d.loanStatus]),
    ).toEqual([
      [ids.loanA, 2_000_000, 333_300, 1_666_700, "active"],
      [ids.loanC, 300_000, 300_000, 0, "closed"],
    ]);
    const ledgerA = (await c.auditor.get(url(`books/yellow?loanId=${ids.loanA}`))).json<{
      loan: { contractNo: string };
      entries: {
        movement: string;
        docNo: string | null;
        debitSatang: number;
        creditSatang: number;
        balanceSatang: number;
      }[];
    }>();
    expect(ledgerA.loan.contractNo).toBe("1/2567");
    expect(
      ledgerA.entries.map((e) => [e.movement, e.docNo, e.debitSatang, e.creditSatang, e.balanceSatang]),
    ).toEqual([
      ["disbursement", "1/2567", 2_000_000, 0, 2_000_000],
      ["repayment", receiptA, 0, 333_300, 1_666_700],
    ]);

    const green = (await c.auditor.get(url("books/green"))).json<{
      bankAccounts: { balanceSatang: number }[];
      items: {
        docNo: string | null;
        docType: string;
        depositSatang: number;
        withdrawalSatang: number;
        balanceSatang: number;
      }[];
    }>();
    expect(
      green.items.map((i) => [i.docType, i.docNo, i.depositSatang, i.withdrawalSatang, i.balanceSatang]),
    ).toEqual([
      ["entry", null, 28_000_000, 0, 28_000_000],
      ["voucher", "1/2567", 0, 2_000_000, 26_000_000],
      ["entry", null, 0, 500_000, 25_500_000],
      ["receipt", receiptA, 333_300, 0, 25_833_300],
    ]);
    expect(green.bankAccounts[0]!.balanceSatang).toBe(25_833_300);
    const page1 = (await c.auditor.get(url("books/green?limit=2"))).json<{ nextCursor: string }>();
    const page2 = (await c.auditor.get(url(`books/green?limit=2&cursor=${page1.nextCursor}`))).json<{
      openingBalanceSatang: number;
      items: { balanceSatang: number }[];
      nextCursor: string | null;
    }>();
    expect(page2.openingBalanceSatang).toBe(26_000_000);
    expect(page2.items.map((i) => i.balanceSatang)).toEqual([25_500_000, 25_833_300]);
    expect(page2.nextCursor).toBe(null);
    expectError(await c.auditor.get(url("books/green?cursor=bogus")), 400, "common.cursor_invalid");
  });

  it("lets a household borrow again once its loan has closed", async () => {
    const again = await c.secretary.send("POST", url("proposals"), {
      targetId: ids.targetC,
      applicantName: "ผู้ยืม ค",
      occupation: "ปลูกผัก",
      projectName: "ขยายแปลงผัก",
      items: [{ description: "ปุ๋ย", amountSatang: 400_000 }],
    });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ borrowRound: 2, status: "submitted" });
    expect((await c.auditor.get(url(`proposals/${ids.proposalC}`))).json()).toMatchObject({
      status: "closed",
    });
    const closed = (await c.auditor.get(url("proposals?status=closed"))).json<{ items: { id: string }[] }>()
      .items;
    expect(closed.map((p) => p.id).sort()).toEqual([ids.proposalB, ids.proposalC].sort());
  });

  it("confirms each loan's debt once a fiscal year", async () => {
    const confirm = (cl: Client, body: object) => cl.send("POST", url("debt-confirmations"), body);
    const pending = (await c.secretary.get(url("debt-confirmations/pending"))).json<{
      fiscalYear: number;
      items: { loanId: string; outstandingSatang: number }[];
    }>();
    expect(pending).toMatchObject({
      fiscalYear: 2567,
      items: [{ loanId: ids.loanA, outstandingSatang: 1_666_700 }],
    });
    await refused(() => confirm(c.chair, { loanId: ids.loanA, agrees: true }), 403, "fund.position_required");
    await refused(
      () => confirm(c.secretary, { loanId: ids.loanA, agrees: false }),
      400,
      "kkj.claim_required",
    );
    await refused(
      () => confirm(c.secretary, { loanId: ids.loanA, agrees: true, asOf: "2024-06-16" }),
      400,
      "kkj.date_in_future",
    );
    const confirmed = await confirm(c.secretary, { loanId: ids.loanA, agrees: true, outstandingSatang: 1 });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json()).toMatchObject({
      fiscalYear: 2567,
      asOf: "2024-06-15",
      outstandingSatang: 1_666_700,
      agrees: true,
      contractNo: "1/2567",
    });
    await refused(
      () => confirm(c.secretary, { loanId: ids.loanA, agrees: true }),
      409,
      "kkj.debt_already_confirmed",
    );
    expect((await c.secretary.get(url("debt-confirmations/pending"))).json()).toMatchObject({ items: [] });

    // The household confirms its own closed loan's balance (disputed), never another household's.
    await createAccount(h.t.deps, {
      username: "household.c",
      displayName: "ครัวเรือน ค",
      role: "household_member",
      scopeCode: VILLAGE,
      householdId: ids.householdC,
    });
    const householdC = await h.login("household.c", TEST_PASSWORD);
    await refused(() => confirm(householdC, { loanId: ids.loanA, agrees: true }), 404, "common.not_found");
    const own = await confirm(householdC, {
      loanId: ids.loanC,
      agrees: false,
      claimedSatang: 0,
      note: "ชำระครบแล้ว",
    });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ outstandingSatang: 0, agrees: false, claimedSatang: 0 });
    const list = (await c.auditor.get(url("debt-confirmations?fiscalYear=2567"))).json<{
      items: unknown[];
    }>();
    expect(list.items).toHaveLength(2);
  });

  it("records a handover with the village status frozen in it", async () => {
    const handover = {
      fromName: "นางสาวมาลี บุญมา",
      fromPosition: "พัฒนากรผู้รับผิดชอบตำบลทรายมูล",
      toName: "นายวิชัย คำหอม",
      toPosition: "พัฒนากร",
      notes: "ส่งมอบสมุดบัญชี 4 เล่ม",
    };
    await refused(() => c.chair.send("POST", url("handovers"), handover), 403, "kkj.officer_required");
    await refused(() => c.outsider.send("POST", url("handovers"), handover), 404, "common.not_found");
    const recorded = await c.district.send("POST", url("handovers"), handover);
    expect(recorded.statusCode).toBe(201);
    const snapshot = recorded.json<{ snapshot: Record<string, unknown> }>().snapshot;
    expect(snapshot).toMatchObject({
      asOf: "2024-06-15",
      villageName: "บ้านดอกกระเจียว",
      originalCapitalSatang: 28_000_000,
      targetHouseholds: 3,
      borrowerHouseholds: 2,
      repayingHouseholds: 1,
      withHouseholdsSatang: 1_666_700,
      bankSatang: 25_833_300,
      cashSatang: 500_000,
      elsewhereSatang: 500_000,
      totalFundSatang: 28_000_000,
      defaultingHouseholds: 0,
      defaultedSatang: 0,
      missingSatang: 0,
      ledgerBalanced: true,
      books: {
        purple: { exists: true, correct: true },
        green: { exists: true, correct: true },
        yellow: { exists: true, correct: true },
        brown: { exists: true, correct: true },
      },
    });
    expect((await c.worker.get(url("status"))).json()).toEqual(snapshot);
    const brown = (await c.district.get(url("books/brown"))).json<{
      part1: {
        districtCode: string;
        items: { fundId: string; yearFunded: number; originalCapitalSatang: number }[];
      };
      part2: { id: string }[];
    }>();
    expect(brown.part1.districtCode).toBe("4007");
    expect(brown.part1.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fundId: f.fund.id, yearFunded: 2540, originalCapitalSatang: 28_000_000 }),
        expect.objectContaining({ fundId: expired.fund.id }),
      ]),
    );
    expect(brown.part2.map((x) => x.id)).toEqual([recorded.json<{ id: string }>().id]);
  });

  it("keeps the purple book: register with loans, committee sets, the พัฒนากร", async () => {
    const purple = (await c.member.get(url("books/purple"))).json<{
      targets: {
        items: { registerSeq: number; loans: { contractNo: string; outstandingSatang: number }[] }[];
      };
      committeeSets: { setNo: number; isCurrent: boolean; members: unknown[] }[];
      workers: { displayName: string }[];
    }>();
    expect(
      purple.targets.items.map((t) => [
        t.registerSeq,
        t.loans.map((l) => [l.contractNo, l.outstandingSatang]),
      ]),
    ).toEqual([
      [1, [["1/2567", 1_666_700]]],
      [2, []],
      [3, [["2/2567", 0]]],
    ]);
    expect(purple.committeeSets).toEqual([expect.objectContaining({ setNo: 1, isCurrent: true })]);
    // A's first contract is of 2567: the จปฐ. survey of 2568 is its income one year after.
    const survey = await c.worker.send("POST", `/api/households/${ids.householdA}/bmn`, {
      surveyYear: 2568,
      membersCount: 2,
      incomeMainSatang: 9_000_000,
    });
    expect(survey.statusCode).toBe(201);
    const targetA = (await c.member.get(url("targets?limit=1"))).json<{ items: Record<string, unknown>[] }>()
      .items[0];
    expect(targetA).toMatchObject({
      firstLoanYear: 2567,
      incomeAfter1Satang: 4_500_000,
      incomeAfter2Satang: null,
      incomeAfter3Satang: null,
    });
    expect(purple.committeeSets[0]!.members).toHaveLength(7);
    expect(purple.workers.map((w) => w.displayName)).toContain("นางสาวมาลี บุญมา");
    const actions = await rows<{ action: string; n: number }>(
      h.t.deps.db,
      sql`select action, count(*)::int as n from audit_event where action like 'kkj.%' group by action order by action`,
    );
    expect(Object.fromEntries(actions.map((a) => [a.action, a.n]))).toMatchObject({
      "kkj.contract_signed": 2,
      "kkj.voucher_issued": 2,
      "kkj.voucher_paid": 1,
      "kkj.proposal_decided": 3,
      "kkj.request_decided": 3,
      "kkj.round_closed": 1,
      "kkj.handover_recorded": 1,
      "kkj.debt_confirmed": 2,
    });
  });

  it("shows a household its own rounds only", async () => {
    await createAccount(h.t.deps, {
      username: "household.a",
      displayName: "ครัวเรือน ก",
      role: "household_member",
      scopeCode: VILLAGE,
      householdId: ids.householdA,
    });
    const householdA = await h.login("household.a", TEST_PASSWORD);
    const own = (await householdA.get(`/api/households/${ids.householdA}/kkj`)).json<{
      rounds: {
        proposal: { borrowRound: number };
        contract: { contractNo: string };
        voucher: { status: string };
        loan: { status: string };
      }[];
    }>();
    expect(own.rounds).toEqual([
      expect.objectContaining({
        proposal: expect.objectContaining({ borrowRound: 1, status: "disbursed" }),
        contract: expect.objectContaining({ contractNo: "1/2567" }),
        voucher: expect.objectContaining({ status: "paid" }),
        loan: expect.objectContaining({ status: "active", outstandingSatang: 1_666_700 }),
      }),
    ]);
    expectError(await householdA.get(`/api/households/${ids.householdB}/kkj`), 404, "common.not_found");
    expectError(await householdA.get(url("proposals")), 403, "access.permission_funds_read");
    const b = (await c.worker.get(`/api/households/${ids.householdB}/kkj`)).json<{
      rounds: { proposal: { status: string }; request: { status: string } | null }[];
    }>();
    expect(b.rounds.map((r) => [r.proposal.status, r.request?.status ?? null])).toEqual([
      ["closed", "rejected"],
      ["withdrawn", null],
      ["withdrawn", null],
    ]);
  });

  it("counts a household that has not paid for more than a year as defaulting", async () => {
    // A paid its first instalment; the second fell due on 2025-06-15 and is over a year unpaid 366 days later.
    h.t.clock.set("2026-06-16T03:00:00Z");
    try {
      // Sessions expire across two years: sign in again on the new business date.
      const auditor = await h.login("auditor");
      const status = (await auditor.get(url("status"))).json();
      expect(status).toMatchObject({
        asOf: "2026-06-16",
        defaultingHouseholds: 1,
        defaultingLoans: 1,
        defaultedSatang: 1_666_700,
        withHouseholdsSatang: 1_666_700,
        missingSatang: 1_666_700,
      });
    } finally {
      h.t.clock.set("2024-06-15T03:00:00Z");
    }
  });

  it("documents every route in the OpenAPI document", async () => {
    const doc = (await h.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{
      paths: Record<string, unknown>;
    }>();
    const kkjPaths = Object.keys(doc.paths).filter((p) => p.includes("/kkj") || p.endsWith("/meetings"));
    expect(kkjPaths).toEqual(
      expect.arrayContaining([
        "/api/funds/{fundId}/meetings",
        "/api/funds/{fundId}/kkj/vouchers/{voucherId}/pay",
        "/api/funds/{fundId}/kkj/books/yellow",
        "/api/households/{householdId}/kkj",
      ]),
    );
  });

  it("recognises a lost race on the open-round index on this engine (mapped to kkj.open_round_exists)", async () => {
    const open = (await findProposal(h.t.deps.db, ids.proposalA!))!;
    const error = await insertProposal(h.t.deps.db, {
      ...open,
      id: h.t.deps.ids.uuid(),
      borrowRound: 99,
      docNo: "99/2567",
      status: "submitted",
    }).catch((e: unknown) => e);
    expect(isUniqueViolation(error, "kkj_proposal_open_round_uq")).toBe(true);
    expect(isUniqueViolation(error, "kkj_proposal_doc_uq")).toBe(false);
  });
});
