import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import { createUser } from "../access/index";
import { buildFund, createCommitteeUsers, type FundFixture, type Seat } from "./ledger-test-fixture";

let h: TestApp;
let f: FundFixture;
let other: FundFixture;
let worker: Client;
const c = {} as Record<Seat | "far" | "auditor" | "household", Client>;
const PASSWORD = "kaejon-test-password";
const VILLAGE = "40070908";
const TODAY = "2024-06-15";

const count = async (table: string, where = "true") =>
  (
    await rows<{ n: number }>(h.t.deps.db, sql.raw(`select count(*)::int as n from ${table} where ${where}`))
  )[0]!.n;
const journal = async () => [
  await count("journal_entry"),
  await count("journal_line"),
  await count("bank_withdrawal"),
];
const refusals = () => count("audit_event", "action = 'ledger.entry_refused'");

type Res = { statusCode: number; json(): { error: { code: string; message: string; messageEn: string } } };
function expectError(res: Res, status: number, code: string, label = "") {
  const body = res.json();
  expect([label, res.statusCode, body.error?.code]).toEqual([label, status, code]);
  expect(body.error.message).toMatch(/[ก-๙]/);
  expect(body.error.messageEn).toMatch(/[a-z]/i);
}
const url = (path: string, fundId = f.fund.id) => `/api/funds/${fundId}/ledger/${path}`;

beforeAll(async () => {
  h = await createTestApp();
  worker = await h.login("worker.saimun");
  f = await buildFund(h.t.deps, {
    villageCode: VILLAGE,
    users: await createCommitteeUsers(h.t.deps, VILLAGE, "dok"),
    fundType: "kkj",
    bankAccounts: 2,
    termStart: "2023-01-01",
  });
  other = await buildFund(h.t.deps, {
    villageCode: "40070931",
    users: await createCommitteeUsers(h.t.deps, "40070931", "oth"),
    bankAccounts: 1,
  });
  for (const seat of ["chair", "secretary", "finance", "member"] as const)
    c[seat] = await h.login(`dok.${seat}`, PASSWORD);
  await createUser(h.t.deps, {
    username: "far.officer",
    displayName: "far",
    role: "district_officer",
    scopeCode: "5501",
    password: PASSWORD,
  });
  c.far = await h.login("far.officer", PASSWORD);
  c.auditor = await h.login("auditor");
  c.household = await h.login("household.demo");
});
afterAll(async () => h.close());

describe("ledger over HTTP", () => {
  it("records the capital grant and shows the position and balances derived from the journal", async () => {
    const res = await c.finance.send("POST", url("capital-grants"), {
      bankAccountId: f.banks[0]!.id,
      idempotencyKey: "grant-2537-0001",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: "capital_grant", entryDate: TODAY, fiscalYear: 2567 });
    expect(res.json().lines.map((l: { accountCode: string }) => l.accountCode)).toEqual(["1111", "3101"]);
    const again = await c.finance.send("POST", url("capital-grants"), {
      bankAccountId: f.banks[0]!.id,
      idempotencyKey: "grant-2537-0001",
    });
    expect(again.json().id).toBe(res.json().id);
    const position = (await c.chair.get(url("position"))).json();
    expect(position).toMatchObject({ bankSatang: 28_000_000, capitalSatang: 28_000_000, cashSatang: 0 });
    expect(position.bankAccounts[0]).toMatchObject({
      bankAccountId: f.banks[0]!.id,
      balanceSatang: 28_000_000,
    });
    const accounts = (await c.auditor.get(url("accounts?asOf=2024-06-14"))).json().items;
    expect(accounts.every((a: { balanceSatang: number }) => a.balanceSatang === 0)).toBe(true);
    expect((await worker.get(url("accounts"))).json().items).toHaveLength(12);
  });

  it("moves money through the standard operations, a withdrawal needing the chair and a second signatory", async () => {
    const w = await c.finance.send("POST", url("withdrawals"), {
      bankAccountId: f.banks[0]!.id,
      to: { kind: "cash" },
      amountSatang: 500_000,
      description: "ถอนเงินสดไว้จ่ายค่าใช้จ่าย",
    });
    expect(w.statusCode).toBe(201);
    const approve = (cl: Client) => cl.send("POST", url(`withdrawals/${w.json().id}/approvals`));
    expectError(await approve(c.member), 403, "ledger.not_signatory");
    expect((await approve(c.secretary)).json()).toMatchObject({
      status: "pending",
      missing: { count: 1, positions: ["chair"] },
    });
    const posted = await approve(c.chair);
    expect(posted.json().status).toBe("posted");
    expectError(await approve(c.finance), 409, "ledger.withdrawal_not_pending");
    const transfer = await c.finance.send("POST", url("withdrawals"), {
      bankAccountId: f.banks[0]!.id,
      to: { kind: "bank", bankAccountId: f.banks[1]!.id },
      amountSatang: 1_000_000,
      description: "โอนไปบัญชีที่สอง",
    });
    await c.finance.send("POST", url(`withdrawals/${transfer.json().id}/approvals`));
    expect(
      (await c.chair.send("POST", url(`withdrawals/${transfer.json().id}/approvals`))).json().status,
    ).toBe("posted");
    expect(
      (
        await c.secretary.send("POST", url("donations"), {
          into: { kind: "cash" },
          amountSatang: 20_000,
          donor: "อบต.",
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await c.finance.send("POST", url("deposits"), {
          bankAccountId: f.banks[1]!.id,
          amountSatang: 100_000,
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await c.secretary.send("POST", url("expenses"), {
          category: "welfare",
          amountSatang: 50_000,
          description: "ช่วยงานศพ",
        })
      ).statusCode,
    ).toBe(201);
    const p = (await worker.get(url("position"))).json();
    expect(p).toMatchObject({
      cashSatang: 500_000 + 20_000 - 100_000 - 50_000,
      bankSatang: 28_000_000 - 500_000 + 100_000,
      capitalSatang: 28_020_000,
      expenseSatang: 50_000,
    });
    expect(p.bankAccounts.map((b: { balanceSatang: number }) => b.balanceSatang)).toEqual([
      26_500_000, 1_100_000,
    ]);
    expect((await worker.get(url("withdrawals?status=posted"))).json().items).toHaveLength(2);
  });

  it("pages through the journal in a stable order without duplicates", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await c.auditor.get(url(`entries?limit=2${cursor ? `&cursor=${cursor}` : ""}`));
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items.map((e: { id: string }) => e.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(6);
    const all = (await worker.get(url("entries?limit=200"))).json().items.map((e: { id: string }) => e.id);
    expect(all).toEqual(seen);
    expectError(await worker.get(url("entries?cursor=garbage")), 400, "common.cursor_invalid");
    expectError(await worker.get(url("entries?from=2024-02-30")), 400, "common.invalid_input");
    expect((await worker.get(url(`entries/${all[0]}`))).json().id).toBe(all[0]);
    expectError(await worker.get(url(`entries/${all[0]}`, other.fund.id)), 404, "common.not_found");
  });

  it("reverses an entry once, from the fund it belongs to", async () => {
    const entries = (await worker.get(url("entries?limit=200"))).json().items;
    const expense = entries.find((e: { kind: string }) => e.kind === "welfare_expense");
    expectError(
      await c.finance.send("POST", url(`entries/${expense.id}/reversal`, other.fund.id), { reason: "ผิด" }),
      404,
      "common.not_found",
    );
    expectError(
      await c.member.send("POST", url(`entries/${expense.id}/reversal`), { reason: "ผิด" }),
      403,
      "fund.position_required",
    );
    expectError(
      await c.secretary.send("POST", url(`entries/${expense.id}/reversal`), { reason: "" }),
      400,
      "common.invalid_input",
    );
    const res = await c.secretary.send("POST", url(`entries/${expense.id}/reversal`), { reason: "บันทึกซ้ำ" });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: "reversal", reversesEntryId: expense.id });
    expectError(
      await c.secretary.send("POST", url(`entries/${expense.id}/reversal`), { reason: "อีกครั้ง" }),
      409,
      "ledger.already_reversed",
    );
    expect((await worker.get(url(`entries/${expense.id}`))).json().reversedByEntryId).toBe(res.json().id);
  });

  it("refuses bad postings on every endpoint with Thai and English messages, writing nothing to the journal", async () => {
    const before = await journal();
    const bank0 = f.banks[0]!.id;
    const manual = (lines: object[], extra: object = {}) => ({
      description: "ปรับปรุงรายการ",
      lines,
      ...extra,
    });
    const cases: Array<[string, Client, string, object, number, string]> = [
      [
        "grant 1.5",
        c.finance,
        "capital-grants",
        { bankAccountId: bank0, amountSatang: 1.5 },
        400,
        "common.invalid_input",
      ],
      [
        "grant 0",
        c.finance,
        "capital-grants",
        { bankAccountId: bank0, amountSatang: 0 },
        400,
        "common.invalid_input",
      ],
      [
        "grant bad bank",
        c.finance,
        "capital-grants",
        { bankAccountId: other.banks[0]!.id },
        400,
        "ledger.bank_account_unknown",
      ],
      [
        "deposit -1",
        c.finance,
        "deposits",
        { bankAccountId: bank0, amountSatang: -1 },
        400,
        "common.invalid_input",
      ],
      [
        "deposit text",
        c.finance,
        "deposits",
        { bankAccountId: bank0, amountSatang: "100" },
        400,
        "common.invalid_input",
      ],
      [
        "deposit 2^53",
        c.finance,
        "deposits",
        { bankAccountId: bank0, amountSatang: 2 ** 53 },
        400,
        "common.invalid_input",
      ],
      [
        "deposit by chair",
        c.chair,
        "deposits",
        { bankAccountId: bank0, amountSatang: 100 },
        403,
        "fund.position_required",
      ],
      [
        "deposit by secretary",
        c.secretary,
        "deposits",
        { bankAccountId: bank0, amountSatang: 100 },
        403,
        "fund.position_required",
      ],
      [
        "deposit by officer",
        worker,
        "deposits",
        { bankAccountId: bank0, amountSatang: 100 },
        403,
        "fund.position_required",
      ],
      [
        "deposit by auditor",
        c.auditor,
        "deposits",
        { bankAccountId: bank0, amountSatang: 100 },
        403,
        "fund.position_required",
      ],
      [
        "deposit overdraws cash",
        c.finance,
        "deposits",
        { bankAccountId: bank0, amountSatang: 10_000_000 },
        422,
        "ledger.insufficient_funds",
      ],
      [
        "deposit back-dated",
        c.finance,
        "deposits",
        { bankAccountId: bank0, amountSatang: 1, entryDate: "2024-05-01" },
        422,
        "ledger.entry_date_outside_window",
      ],
      [
        "deposit future",
        c.finance,
        "deposits",
        { bankAccountId: bank0, amountSatang: 1, entryDate: "2024-06-16" },
        422,
        "ledger.entry_date_outside_window",
      ],
      [
        "deposit no date",
        c.finance,
        "deposits",
        { bankAccountId: bank0, amountSatang: 1, entryDate: "15/06/2567" },
        400,
        "common.invalid_input",
      ],
      [
        "donation 0.25",
        c.secretary,
        "donations",
        { into: { kind: "cash" }, amountSatang: 0.25 },
        400,
        "common.invalid_input",
      ],
      [
        "donation to bank by secretary",
        c.secretary,
        "donations",
        { into: { kind: "bank", bankAccountId: bank0 }, amountSatang: 100 },
        403,
        "fund.position_required",
      ],
      [
        "donation bad kind",
        c.secretary,
        "donations",
        { into: { kind: "pocket" }, amountSatang: 100 },
        400,
        "common.invalid_input",
      ],
      [
        "expense by member",
        c.member,
        "expenses",
        { category: "operating", amountSatang: 100, description: "x" },
        403,
        "fund.position_required",
      ],
      [
        "expense no description",
        c.secretary,
        "expenses",
        { category: "operating", amountSatang: 100 },
        400,
        "common.invalid_input",
      ],
      [
        "expense overdraws",
        c.secretary,
        "expenses",
        { category: "operating", amountSatang: 99_999_999, description: "x" },
        422,
        "ledger.insufficient_funds",
      ],
      [
        "withdrawal by secretary",
        c.secretary,
        "withdrawals",
        { bankAccountId: bank0, to: { kind: "cash" }, amountSatang: 1, description: "x" },
        403,
        "fund.position_required",
      ],
      [
        "withdrawal same account",
        c.finance,
        "withdrawals",
        {
          bankAccountId: bank0,
          to: { kind: "bank", bankAccountId: bank0 },
          amountSatang: 1,
          description: "x",
        },
        400,
        "ledger.transfer_same_account",
      ],
      [
        "withdrawal too much",
        c.finance,
        "withdrawals",
        { bankAccountId: bank0, to: { kind: "cash" }, amountSatang: 10 ** 12, description: "x" },
        422,
        "ledger.insufficient_funds",
      ],
      [
        "withdrawal 1.1",
        c.finance,
        "withdrawals",
        { bankAccountId: bank0, to: { kind: "cash" }, amountSatang: 1.1, description: "x" },
        400,
        "common.invalid_input",
      ],
      [
        "manual unbalanced",
        c.finance,
        "entries",
        manual([
          { accountId: f.accounts.cash, debitSatang: 100 },
          { accountId: f.accounts.grants, creditSatang: 99 },
        ]),
        400,
        "ledger.unbalanced",
      ],
      [
        "manual one line",
        c.finance,
        "entries",
        manual([{ accountId: f.accounts.cash, debitSatang: 100 }]),
        400,
        "ledger.too_few_lines",
      ],
      [
        "manual both sides",
        c.finance,
        "entries",
        manual([
          { accountId: f.accounts.cash, debitSatang: 100, creditSatang: 100 },
          { accountId: f.accounts.grants, creditSatang: 100 },
        ]),
        400,
        "ledger.line_amount_invalid",
      ],
      [
        "manual fraction",
        c.finance,
        "entries",
        manual([
          { accountId: f.accounts.cash, debitSatang: 10.5 },
          { accountId: f.accounts.grants, creditSatang: 10.5 },
        ]),
        400,
        "common.invalid_input",
      ],
      [
        "manual unknown account",
        c.finance,
        "entries",
        manual([
          { accountId: f.accounts.cash, debitSatang: 100 },
          { accountId: "00000000-0000-7000-8000-0000000000aa", creditSatang: 100 },
        ]),
        400,
        "ledger.account_unknown",
      ],
      [
        "manual other fund's account",
        c.finance,
        "entries",
        manual([
          { accountId: f.accounts.cash, debitSatang: 100 },
          { accountId: other.accounts.grants, creditSatang: 100 },
        ]),
        400,
        "ledger.account_unknown",
      ],
      [
        "manual credits bank",
        c.finance,
        "entries",
        manual([
          { accountId: f.accounts.cash, debitSatang: 100 },
          { accountId: f.banks[0]!.ledgerAccountId, creditSatang: 100 },
        ]),
        422,
        "ledger.bank_credit_needs_withdrawal",
      ],
      [
        "manual by secretary",
        c.secretary,
        "entries",
        manual([
          { accountId: f.accounts.other_assets, debitSatang: 100 },
          { accountId: f.accounts.grants, creditSatang: 100 },
        ]),
        403,
        "fund.position_required",
      ],
      [
        "manual bad key",
        c.finance,
        "entries",
        manual(
          [
            { accountId: f.accounts.other_assets, debitSatang: 100 },
            { accountId: f.accounts.grants, creditSatang: 100 },
          ],
          { idempotencyKey: "x" },
        ),
        400,
        "common.invalid_input",
      ],
      [
        "grant key reused",
        c.finance,
        "capital-grants",
        { bankAccountId: bank0, amountSatang: 5, idempotencyKey: "grant-2537-0001" },
        409,
        "ledger.idempotency_key_reused",
      ],
    ];
    for (const [label, client, path, body, status, code] of cases) {
      expectError(await client.send("POST", url(path), body), status, code, label);
    }
    expect(await journal()).toEqual(before);
  });

  it("audits refusals that reach a use case, after their transaction has rolled back", async () => {
    const audited = await refusals();
    expectError(
      await c.finance.send("POST", url("deposits"), {
        bankAccountId: f.banks[0]!.id,
        amountSatang: 10_000_000,
      }),
      422,
      "ledger.insufficient_funds",
    );
    expectError(
      await c.chair.send("POST", url("deposits"), { bankAccountId: f.banks[0]!.id, amountSatang: 1 }),
      403,
      "fund.position_required",
    );
    expect(await refusals()).toBe(audited + 2);
    const [event] = await rows<{ actor_username: string; area_code: string; details: { code: string } }>(
      h.t.deps.db,
      sql`select actor_username, area_code, details from audit_event where action = 'ledger.entry_refused' order by id desc limit 1`,
    );
    expect(event).toMatchObject({
      actor_username: "dok.chair",
      area_code: VILLAGE,
      details: { code: "fund.position_required" },
    });
  });

  it("refuses a closed fiscal year and an expired committee", async () => {
    const before = await journal();
    h.t.clock.set("2024-10-05T03:00:00Z");
    try {
      // Sessions last 12 hours: travelling months ahead needs fresh sign-ins.
      const officer = await h.login("worker.saimun");
      const chair = await h.login("dok.chair", PASSWORD);
      const secretary = await h.login("dok.secretary", PASSWORD);
      const auditor = await h.login("auditor");
      expectError(
        await chair.send("POST", url("fiscal-years/2567/close")),
        403,
        "access.permission_ledger_close_year",
      );
      expectError(
        await officer.send("POST", url("fiscal-years/2568/close")),
        422,
        "ledger.fiscal_year_not_ended",
      );
      expectError(await officer.send("POST", url("fiscal-years/abc/close")), 400, "common.invalid_input");
      const closed = await officer.send("POST", url("fiscal-years/2567/close"));
      expect(closed.statusCode).toBe(201);
      expectError(
        await officer.send("POST", url("fiscal-years/2567/close")),
        409,
        "ledger.fiscal_year_already_closed",
      );
      expect(
        (await auditor.get(url("fiscal-years")))
          .json()
          .items.map((y: { fiscalYear: number }) => y.fiscalYear),
      ).toEqual([2567]);
      expectError(
        await secretary.send("POST", url("expenses"), {
          category: "operating",
          amountSatang: 100,
          description: "ย้อนปี",
          entryDate: "2024-09-30",
        }),
        422,
        "ledger.fiscal_year_closed",
      );
      h.t.clock.set("2027-01-05T03:00:00Z");
      const lateSecretary = await h.login("dok.secretary", PASSWORD);
      const lateFinance = await h.login("dok.finance", PASSWORD);
      const expired = await lateSecretary.send("POST", url("expenses"), {
        category: "operating",
        amountSatang: 100,
        description: "หมดวาระ",
      });
      expectError(expired, 403, "fund.position_required");
      expect(expired.json().error.details).toEqual({ required: ["secretary", "finance"], held: [] });
      expect((await lateFinance.get(`/api/funds/${f.fund.id}`)).json().myPositions).toEqual([]);
    } finally {
      h.t.clock.set("2024-06-15T03:00:00Z");
    }
    expect(await journal()).toEqual(before);
  });

  it("answers 'not found' outside the user's area and 403 to roles without ledger rights", async () => {
    expectError(await c.far.get(url("position")), 404, "common.not_found");
    expectError(
      await c.far.send("POST", url("deposits"), { bankAccountId: f.banks[0]!.id, amountSatang: 1 }),
      404,
      "common.not_found",
    );
    expectError(await c.household.get(url("entries")), 403, "access.permission_ledger_read");
    expectError(await c.chair.get(url("position", other.fund.id)), 404, "common.not_found");
    expectError(
      await worker.get(url("position", "00000000-0000-7000-8000-000000000000")),
      404,
      "common.not_found",
    );
  });

  it("documents every fund and ledger endpoint in the OpenAPI document", async () => {
    const res = await h.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const path of [
      "/api/funds",
      "/api/funds/{fundId}/bank-accounts/{bankAccountId}/approvals",
      "/api/funds/{fundId}/ledger/entries/{entryId}/reversal",
      "/api/funds/{fundId}/ledger/withdrawals/{withdrawalId}/approvals",
      "/api/funds/{fundId}/ledger/fiscal-years/{fiscalYear}/close",
    ]) {
      expect(paths).toContain(path);
    }
  });
});
