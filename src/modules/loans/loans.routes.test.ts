import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import {
  buildHousehold,
  buildLoanFund,
  createCommitteeUsers,
  createHouseholdUser,
  type LoanFundFixture,
  type Seat,
  TEST_PASSWORD,
} from "./loan-test-fixture";

let h: TestApp;
let f: LoanFundFixture;
let kkj: LoanFundFixture;
let householdId: string;
let otherHouseholdId: string;
const c = {} as Record<Seat | "household" | "kkjChair", Client>;
const VILLAGE = "40070917";

const count = async (table: string, where = "true") =>
  (
    await rows<{ n: number }>(h.t.deps.db, sql.raw(`select count(*)::int as n from ${table} where ${where}`))
  )[0]!.n;
const written = async () => [
  await count("journal_entry"),
  await count("loan"),
  await count("loan_repayment"),
  await count("loan_version"),
  JSON.stringify(
    await rows(h.t.deps.db, sql`select id, outstanding_principal_satang, status from loan order by id`),
  ),
  JSON.stringify(await rows(h.t.deps.db, sql`select * from document_sequence order by fund_id`)),
];

type Res = { statusCode: number; json(): { error: { code: string; message: string; messageEn: string } } };
function expectError(res: Res, status: number, code: string, label = "") {
  const body = res.json();
  expect([label, res.statusCode, body.error?.code]).toEqual([label, status, code]);
  expect(body.error.message).toMatch(/[ก-๙]/);
  expect(body.error.messageEn).toMatch(/[a-z]/i);
}

const loanBody = (loanNo: string, extra: Record<string, unknown> = {}) => ({
  householdId,
  loanNo,
  amountSatang: 1_200_000,
  contractedOn: "2024-06-01",
  plan: { scheduleType: "equal_principal", instalmentCount: 12 },
  meetingRef: "มติที่ประชุมคณะกรรมการ ครั้งที่ 4/2567",
  ...extra,
});

async function lend(loanNo: string, extra: Record<string, unknown> = {}) {
  const res = await c.chair.send("POST", `/api/funds/${f.fund.id}/loans`, loanBody(loanNo, extra));
  expect(res.statusCode).toBe(201);
  return res.json<{ loan: { id: string; outstandingPrincipalSatang: number }; journalEntryId: string }>();
}

function repay(client: Client, loanId: string, body: unknown, key?: string) {
  return h.app.inject({
    method: "POST",
    url: `/api/loans/${loanId}/repayments`,
    headers: {
      cookie: client.cookie,
      "x-csrf-token": client.csrf,
      ...(key ? { "idempotency-key": key } : {}),
    },
    payload: body as object,
  });
}

beforeAll(async () => {
  h = await createTestApp();
  f = await buildLoanFund(h.t.deps, {
    villageCode: VILLAGE,
    users: await createCommitteeUsers(h.t.deps, VILLAGE, "rloan"),
    cashSatang: 50_000_000,
  });
  kkj = await buildLoanFund(h.t.deps, {
    villageCode: "40070918",
    users: await createCommitteeUsers(h.t.deps, "40070918", "rkkj"),
    fundType: "kkj",
    cashSatang: 1_000_000,
  });
  householdId = await buildHousehold(h.t.deps, VILLAGE, "7");
  otherHouseholdId = await buildHousehold(h.t.deps, VILLAGE, "8");
  await createHouseholdUser(h.t.deps, VILLAGE, householdId, "rloan.house");
  for (const seat of ["chair", "secretary", "finance", "member"] as const)
    c[seat] = await h.login(`rloan.${seat}`, TEST_PASSWORD);
  c.household = await h.login("rloan.house", TEST_PASSWORD);
  c.kkjChair = await h.login("rkkj.chair", TEST_PASSWORD);
});
afterAll(async () => h.close());

describe("loans over HTTP", () => {
  it("creates and pays out a direct loan for the chair only, and refuses bad bodies with nothing written", async () => {
    const created = await lend("HTTP 1/2567");
    expect(created.loan.outstandingPrincipalSatang).toBe(1_200_000);
    expect(created.journalEntryId).toMatch(/^[0-9a-f-]{36}$/);
    const before = await written();
    const url = `/api/funds/${f.fund.id}/loans`;
    expectError(
      await c.finance.send("POST", url, loanBody("HTTP 2")),
      403,
      "fund.position_required",
      "finance",
    );
    expectError(
      await c.household.send("POST", url, loanBody("HTTP 2")),
      403,
      "access.permission_funds_read",
      "household",
    );
    for (const [label, body] of [
      ["fraction", loanBody("HTTP 3", { amountSatang: 100.5 })],
      ["baht text", loanBody("HTTP 3", { amountSatang: "1,000.00" })],
      ["negative", loanBody("HTTP 3", { amountSatang: -5 })],
      ["zero", loanBody("HTTP 3", { amountSatang: 0 })],
      ["bad date", loanBody("HTTP 3", { contractedOn: "2024-02-30" })],
      ["no borrower", loanBody("HTTP 3", { householdId: undefined })],
      ["unknown field", loanBody("HTTP 3", { interest: 5 })],
      ["no meeting", loanBody("HTTP 3", { meetingRef: "" })],
      ["bad plan", loanBody("HTTP 3", { plan: { scheduleType: "weekly" } })],
    ] as const) {
      expectError(await c.chair.send("POST", url, body), 400, "common.invalid_input", label);
    }
    expectError(
      await c.chair.send("POST", url, loanBody("HTTP 1/2567")),
      409,
      "loan.number_taken",
      "duplicate number",
    );
    expectError(
      await c.chair.send(
        "POST",
        url,
        loanBody("HTTP 4", { plan: { scheduleType: "equal_principal", instalmentCount: 48 } }),
      ),
      422,
      "loan.too_many_instalments",
    );
    expectError(
      await c.chair.send("POST", url, loanBody("HTTP 5", { amountSatang: 900_000_000 })),
      422,
      "ledger.insufficient_funds",
    );
    expectError(
      await c.chair.send("POST", url, loanBody("HTTP 6", { householdId: kkj.fund.id })),
      400,
      "loan.household_outside_fund",
    );
    expectError(
      await c.kkjChair.send(
        "POST",
        `/api/funds/${kkj.fund.id}/loans`,
        loanBody("K 1", { householdId: undefined, borrowerName: "ก" }),
      ),
      422,
      "loan.kkj_use_workflow",
    );
    expect(await written()).toEqual(before);
  });

  it("records a repayment once per Idempotency-Key: 201, then 200 with the same receipt, 409 for another body", async () => {
    const { loan } = await lend("HTTP 10");
    const body = { amountSatang: 112_000, paidOn: "2024-06-15", method: "cash", payerName: "ผู้กู้" };
    const first = await repay(c.secretary, loan.id, body, "web-0001-abcdef");
    expect(first.statusCode).toBe(201);
    const receipt = first.json<{ repayment: { receiptNo: string; id: string } }>().repayment;
    const entries = await count("journal_entry");
    const again = await repay(c.secretary, loan.id, body, "web-0001-abcdef");
    expect(again.statusCode).toBe(200);
    expect(again.json<{ repayment: { receiptNo: string; id: string } }>().repayment).toEqual(
      expect.objectContaining({ id: receipt.id, receiptNo: receipt.receiptNo }),
    );
    expect(await count("journal_entry")).toBe(entries);
    expectError(
      await repay(c.secretary, loan.id, { ...body, amountSatang: 1 }, "web-0001-abcdef"),
      409,
      "loan.idempotency_mismatch",
    );
    const withoutKey = await repay(c.finance, loan.id, { ...body, amountSatang: 1_000 });
    expect(withoutKey.statusCode).toBe(201);
    expect(await count("loan_repayment", `loan_id = '${loan.id}'`)).toBe(2);
  });

  it("refuses bad repayments with 4xx in Thai and English and writes nothing", async () => {
    const { loan } = await lend("HTTP 20");
    const ok = { amountSatang: 1_000, paidOn: "2024-06-15", method: "cash" };
    const before = await written();
    for (const [label, body] of [
      ["zero", { ...ok, amountSatang: 0 }],
      ["negative", { ...ok, amountSatang: -1 }],
      ["fraction", { ...ok, amountSatang: 10.25 }],
      ["string", { ...ok, amountSatang: "100" }],
      ["no date", { amountSatang: 1_000, method: "cash" }],
      ["bad method", { ...ok, method: "cheque" }],
      ["bad bank id", { ...ok, method: "bank", bankAccountId: "x" }],
    ] as const) {
      expectError(await repay(c.finance, loan.id, body), 400, "common.invalid_input", label);
    }
    expectError(
      await repay(c.finance, loan.id, ok, "bad key with spaces"),
      400,
      "common.invalid_input",
      "key",
    );
    expectError(
      await repay(c.finance, loan.id, { ...ok, amountSatang: 99_000_000 }),
      422,
      "loan.exceeds_outstanding",
    );
    expectError(
      await repay(c.finance, loan.id, { ...ok, paidOn: "2024-07-01" }),
      422,
      "ledger.entry_date_outside_window",
    );
    expectError(
      await repay(c.secretary, loan.id, { ...ok, method: "bank", bankAccountId: f.bankAccountId }),
      403,
      "fund.position_required",
    );
    expectError(await repay(c.member, loan.id, ok), 403, "fund.position_required");
    expectError(await repay(c.kkjChair, loan.id, ok), 404, "common.not_found");
    expect(await written()).toEqual(before);
  });

  it("reverses, reschedules and writes off through the chair", async () => {
    const { loan } = await lend("HTTP 30");
    const paid = await repay(c.finance, loan.id, {
      amountSatang: 50_000,
      paidOn: "2024-06-15",
      method: "cash",
    });
    const repaymentId = paid.json<{ repayment: { id: string } }>().repayment.id;
    const reversalUrl = `/api/loans/${loan.id}/repayments/${repaymentId}/reversal`;
    expectError(await c.finance.send("POST", reversalUrl, { reason: "ผิด" }), 403, "fund.position_required");
    expectError(await c.chair.send("POST", reversalUrl, {}), 400, "common.invalid_input");
    const reversed = await c.chair.send("POST", reversalUrl, { reason: "บันทึกผิดสัญญา" });
    expect(reversed.statusCode).toBe(201);
    expect(reversed.json<{ repayment: { isCancelled: boolean } }>().repayment.isCancelled).toBe(true);

    const decision = { reason: "ภัยแล้ง", resolutionRef: "มติที่ประชุม 5/2567" };
    const rescheduled = await c.chair.send("POST", `/api/loans/${loan.id}/reschedule`, {
      ...decision,
      plan: { scheduleType: "equal_principal", instalmentCount: 6, firstDueOn: "2024-09-15" },
    });
    expect(rescheduled.statusCode).toBe(201);
    expect(rescheduled.json<{ loan: { currentVersionNo: number } }>().loan.currentVersionNo).toBe(2);
    expectError(
      await c.chair.send("POST", `/api/loans/${loan.id}/reschedule`, {
        ...decision,
        plan: { scheduleType: "lump_sum" },
      }),
      400,
      "loan.lump_sum_date_required",
    );

    const writeOff = await c.chair.send("POST", `/api/loans/${loan.id}/write-off`, decision);
    expect(writeOff.statusCode).toBe(201);
    expect(writeOff.json<{ loan: { status: string; writeOffSatang: number } }>().loan).toMatchObject({
      status: "written_off",
      writeOffSatang: 1_200_000,
    });
  });

  it("shows a household member only their own household's loans and receipts", async () => {
    const mine = await lend("HTTP 40");
    const theirs = await lend("HTTP 41", { householdId: otherHouseholdId });
    await repay(c.finance, mine.loan.id, { amountSatang: 5_000, paidOn: "2024-06-15", method: "cash" });
    const list = await c.household.get(`/api/households/${householdId}/loans?limit=100`);
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: Array<{ householdId: string }> }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((l) => l.householdId === householdId)).toBe(true);
    const detail = await c.household.get(`/api/loans/${mine.loan.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json<{ repayments: unknown[] }>().repayments).toHaveLength(1);
    expect((await c.household.get(`/api/loans/${mine.loan.id}/repayments`)).statusCode).toBe(200);
    expectError(await c.household.get(`/api/loans/${theirs.loan.id}`), 404, "common.not_found");
    expectError(await c.household.get(`/api/loans/${theirs.loan.id}/repayments`), 404, "common.not_found");
    expectError(await c.household.get(`/api/households/${otherHouseholdId}/loans`), 404, "common.not_found");
    expectError(await c.household.get(`/api/funds/${f.fund.id}/loans`), 403, "access.permission_funds_read");
    // The committee and the district officers of the village see both; another village's committee neither.
    expect((await c.member.get(`/api/households/${otherHouseholdId}/loans`)).statusCode).toBe(200);
    expectError(await c.kkjChair.get(`/api/loans/${mine.loan.id}`), 404, "common.not_found");
  });

  it("pages a fund's loans with a keyset cursor and filters them", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await c.member.get(
        `/api/funds/${f.fund.id}/loans?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      expect(res.statusCode).toBe(200);
      const page = res.json<{ items: Array<{ id: string }>; nextCursor: string | null }>();
      seen.push(...page.items.map((l) => l.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(seen.length).toBe(await count("loan", `fund_id = '${f.fund.id}'`));
    const writtenOff = await c.member.get(`/api/funds/${f.fund.id}/loans?status=written_off`);
    expect(writtenOff.json<{ items: unknown[] }>().items).toHaveLength(1);
    expectError(await c.member.get(`/api/funds/${f.fund.id}/loans?status=lost`), 400, "common.invalid_input");
    expectError(await c.member.get(`/api/funds/${f.fund.id}/loans?cursor=zzz`), 400, "common.cursor_invalid");
  });
});
