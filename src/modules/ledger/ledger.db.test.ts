import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testEngine } from "../../../test/support/test-db";
import { inTransaction, rows } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { type AppError, isAppError } from "../../shared/errors";
import { updateFund } from "../funds/index";
import { approveBankWithdrawal } from "./approve-bank-withdrawal";
import { cancelBankWithdrawal } from "./cancel-bank-withdrawal";
import { closeFiscalYear } from "./close-fiscal-year";
import { buildFund, createCommitteeUsers, type FundFixture, type Seat } from "./ledger-test-fixture";
import { postEntry } from "./post-entry";
import { postManualEntry } from "./post-manual-entry";
import { accountBalances, fundPosition, listEntries } from "./read-ledger";
import { recordBankDeposit } from "./record-bank-deposit";
import { recordCapitalGrant } from "./record-capital-grant";
import { recordDonation } from "./record-donation";
import { recordExpense } from "./record-expense";
import { auditRefusals } from "./refusal-audit";
import { requestBankWithdrawal } from "./request-bank-withdrawal";
import { reverseEntry } from "./reverse-entry";

let t: TestDatabase;
let f: FundFixture;
const VILLAGE = "40070911";

const count = async (table: string, where = "true") =>
  (
    await rows<{ n: number }>(t.deps.db, sql.raw(`select count(*)::int as n from ${table} where ${where}`))
  )[0]!.n;
const refusals = () => count("audit_event", "action = 'ledger.entry_refused'");

async function refused(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

const as = (seat: Seat): Deps => f.as(seat);
const grant = (amount: number, key?: string) =>
  recordCapitalGrant(as("finance"), f.fund.id, {
    bankAccountId: f.banks[0]!.id,
    amountSatang: amount,
    ...(key ? { idempotencyKey: key } : {}),
  });

beforeAll(async () => {
  t = await openTestDatabase();
  const users = await createCommitteeUsers(t.deps, VILLAGE, "ledger");
  f = await buildFund(t.deps, { villageCode: VILLAGE, users, bankAccounts: 2 });
});
afterAll(async () => t.close());

describe(`ledger postings on ${testEngine}`, () => {
  it("records the capital grant, deposits, donations and expenses, and derives balances from lines only", async () => {
    await grant(28_000_000);
    await recordDonation(as("secretary"), f.fund.id, {
      into: { kind: "cash" },
      amountSatang: 50_000,
      donor: "วัดบ้าน",
    });
    await recordBankDeposit(as("finance"), f.fund.id, {
      bankAccountId: f.banks[0]!.id,
      amountSatang: 20_000,
    });
    await recordExpense(as("secretary"), f.fund.id, {
      category: "operating",
      amountSatang: 12_550,
      description: "ค่าเครื่องเขียน",
    });
    const p = await fundPosition(t.deps.db, f.fund.id);
    expect(p).toMatchObject({
      cashSatang: 50_000 - 20_000 - 12_550,
      bankSatang: 28_020_000,
      capitalSatang: 28_050_000,
      expenseSatang: 12_550,
      incomeSatang: 0,
      loansReceivableSatang: 0,
      totalAssetsSatang: 28_037_450,
    });
    expect(p.capitalSatang + p.incomeSatang - p.expenseSatang + p.liabilitiesSatang).toBe(
      p.totalAssetsSatang,
    );
    expect(p.bankAccounts.map((b) => b.code)).toEqual(["1111", "1112"]);
    const balances = await accountBalances(t.deps.db, f.fund.id);
    expect(balances.reduce((n, b) => n + b.debitSatang, 0)).toBe(
      balances.reduce((n, b) => n + b.creditSatang, 0),
    );
    const before = await accountBalances(t.deps.db, f.fund.id, "2024-06-14");
    expect(before.every((b) => b.balanceSatang === 0)).toBe(true);
  });

  it("refuses an unbalanced entry, audits the refusal in its own transaction, and writes nothing else", async () => {
    const entries = await count("journal_entry");
    const lines = await count("journal_line");
    const audited = await refusals();
    const error = await refused(
      postEntry(t.deps, {
        fundId: f.fund.id,
        entryDate: "2024-06-15",
        description: "ผิด",
        lines: [
          { accountId: f.accounts.cash!, debitSatang: 100 },
          { accountId: f.accounts.grants!, creditSatang: 99 },
        ],
      }),
    );
    expect(error.code).toBe("ledger.unbalanced");
    expect(error.messageTh).toMatch(/ไม่สมดุล/);
    expect(error.message).toMatch(/does not balance/);
    expect(await count("journal_entry")).toBe(entries);
    expect(await count("journal_line")).toBe(lines);
    expect(await refusals()).toBe(audited + 1);
    const [event] = await rows<{ area_code: string; details: { code: string; operation: string } }>(
      t.deps.db,
      sql`select area_code, details from audit_event where action = 'ledger.entry_refused' order by id desc limit 1`,
    );
    expect(event).toMatchObject({
      area_code: VILLAGE,
      details: { code: "ledger.unbalanced", operation: "ledger.post_entry" },
    });
  });

  it("refuses bad lines, unknown and other funds' accounts, and closed funds' postings", async () => {
    const other = await buildFund(t.deps, {
      villageCode: "40070912",
      users: await createCommitteeUsers(t.deps, "40070912", "other"),
      bankAccounts: 0,
    });
    const base = { fundId: f.fund.id, entryDate: "2024-06-15", description: "ทดสอบ" };
    const cases: Array<[Parameters<typeof postEntry>[1]["lines"], string]> = [
      [[{ accountId: f.accounts.cash!, debitSatang: 100 }], "ledger.too_few_lines"],
      [
        [
          { accountId: f.accounts.cash!, debitSatang: 0 },
          { accountId: f.accounts.grants!, creditSatang: 0 },
        ],
        "ledger.line_amount_invalid",
      ],
      [
        [
          { accountId: f.accounts.cash!, debitSatang: 100, creditSatang: 100 },
          { accountId: f.accounts.grants!, creditSatang: 100 },
        ],
        "ledger.line_amount_invalid",
      ],
      [
        [
          { accountId: f.accounts.cash!, debitSatang: 1.5 },
          { accountId: f.accounts.grants!, creditSatang: 1.5 },
        ],
        "ledger.line_amount_invalid",
      ],
      [
        [
          { accountId: f.accounts.cash!, debitSatang: -100 },
          { accountId: f.accounts.grants!, creditSatang: -100 },
        ],
        "ledger.line_amount_invalid",
      ],
      [
        [
          { accountId: f.accounts.cash!, debitSatang: 100 },
          { accountId: other.accounts.grants!, creditSatang: 100 },
        ],
        "ledger.account_unknown",
      ],
      [
        [
          { accountId: f.accounts.cash!, debitSatang: 100 },
          { accountId: "00000000-0000-7000-8000-000000000000", creditSatang: 100 },
        ],
        "ledger.account_unknown",
      ],
    ];
    const entries = await count("journal_entry");
    for (const [lines, code] of cases) {
      expect((await refused(postEntry(t.deps, { ...base, lines }))).code).toBe(code);
    }
    await updateFund(t.deps, other.fund.id, { status: "closed" });
    const closed = await refused(
      postEntry(t.deps, {
        ...base,
        fundId: other.fund.id,
        lines: [
          { accountId: other.accounts.cash!, debitSatang: 100 },
          { accountId: other.accounts.grants!, creditSatang: 100 },
        ],
      }),
    );
    expect(closed.code).toBe("ledger.fund_closed");
    expect(await count("journal_entry")).toBe(entries);
  });

  it("keeps cash and every bank account from going negative, on every day from the entry's date", async () => {
    const position = await fundPosition(t.deps.db, f.fund.id);
    const entries = await count("journal_entry");
    const overdraw = await refused(
      recordExpense(as("finance"), f.fund.id, {
        category: "welfare",
        amountSatang: position.cashSatang + 1,
        description: "เกินเงินสด",
      }),
    );
    expect(overdraw.code).toBe("ledger.insufficient_funds");
    expect(overdraw.kind).toBe("rule_violation");
    // The grant arrived today: a withdrawal dated before it would have overdrawn the account on that day.
    const backdated = await refused(
      postEntry(t.deps, {
        fundId: f.fund.id,
        entryDate: "2024-06-10",
        description: "ถอนย้อนหลัง",
        lines: [
          { accountId: f.accounts.other_assets!, debitSatang: 1_000 },
          { accountId: f.banks[0]!.ledgerAccountId, creditSatang: 1_000 },
        ],
      }),
    );
    expect(backdated.code).toBe("ledger.insufficient_funds");
    expect(backdated.details).toMatchObject({ on: "2024-06-10" });
    expect(await count("journal_entry")).toBe(entries);
  });

  it("enforces the dating window and closed fiscal years", async () => {
    const g = await buildFund(t.deps, {
      villageCode: "40070913",
      users: await createCommitteeUsers(t.deps, "40070913", "years"),
      bankAccounts: 0,
    });
    const line = (amount: number) => [
      { accountId: g.accounts.other_assets!, debitSatang: amount },
      { accountId: g.accounts.grants!, creditSatang: amount },
    ];
    const post = (entryDate: string) =>
      postEntry(t.deps, { fundId: g.fund.id, entryDate, description: "ทดสอบวันที่", lines: line(100) });
    expect((await refused(post("2024-05-15"))).code).toBe("ledger.entry_date_outside_window");
    expect((await refused(post("2024-06-16"))).code).toBe("ledger.entry_date_outside_window");
    expect((await refused(post("2024-02-30"))).code).toBe("ledger.entry_date_invalid");
    expect((await post("2024-05-16")).fiscalYear).toBe(2567);

    // Travel to the new fiscal year: 2567 has ended and can be closed; back-dating into it is then refused.
    t.clock.set("2024-10-05T03:00:00Z");
    try {
      expect((await post("2024-09-30")).fiscalYear).toBe(2567);
      const worker = {
        ...t.deps,
        actor: {
          ...SYSTEM_ACTOR,
          kind: "user" as const,
          userId: null,
          role: "subdistrict_worker" as const,
          scopeCode: "400709",
          username: "w",
        },
      };
      expect((await refused(closeFiscalYear(g.as("chair"), g.fund.id, 2567))).kind).toBe("forbidden");
      expect((await refused(closeFiscalYear(worker, g.fund.id, 2568))).code).toBe(
        "ledger.fiscal_year_not_ended",
      );
      await closeFiscalYear(worker, g.fund.id, 2567);
      expect((await refused(closeFiscalYear(worker, g.fund.id, 2567))).code).toBe(
        "ledger.fiscal_year_already_closed",
      );
      const closed = await refused(post("2024-09-30"));
      expect(closed.code).toBe("ledger.fiscal_year_closed");
      expect(closed.messageTh).toMatch(/2567/);
      expect((await post("2024-10-01")).fiscalYear).toBe(2568);
    } finally {
      t.clock.set("2024-06-15T03:00:00Z");
    }
  });

  it("returns the posted entry on a retry with the same idempotency key, and refuses the key for other lines", async () => {
    const first = await grant(1_000, "grant-retry-0001");
    const entries = await count("journal_entry");
    const again = await grant(1_000, "grant-retry-0001");
    expect(again.id).toBe(first.id);
    expect(await count("journal_entry")).toBe(entries);
    expect((await refused(grant(2_000, "grant-retry-0001"))).code).toBe("ledger.idempotency_key_reused");
  });

  it("reverses an entry once with a mirror entry, and keeps other modules' entries for their module", async () => {
    const donation = await recordDonation(as("finance"), f.fund.id, {
      into: { kind: "bank", bankAccountId: f.banks[1]!.id },
      amountSatang: 7_000,
    });
    const before = await fundPosition(t.deps.db, f.fund.id);
    expect((await refused(reverseEntry(as("secretary"), donation.id, "ผิดบัญชี"))).code).toBe(
      "fund.position_required",
    );
    const reversal = await reverseEntry(as("finance"), donation.id, "ผิดบัญชี");
    expect(reversal.reversesEntryId).toBe(donation.id);
    expect(reversal.lines.map((l) => [l.accountId, l.debitSatang, l.creditSatang])).toEqual(
      donation.lines.map((l) => [l.accountId, l.creditSatang, l.debitSatang]),
    );
    const after = await fundPosition(t.deps.db, f.fund.id);
    expect(after.bankSatang).toBe(before.bankSatang - 7_000);
    expect(after.capitalSatang).toBe(before.capitalSatang - 7_000);
    expect((await refused(reverseEntry(as("finance"), donation.id, "ซ้ำ"))).code).toBe(
      "ledger.already_reversed",
    );
    expect((await refused(reverseEntry(as("finance"), reversal.id, "ซ้ำ"))).code).toBe(
      "ledger.reversal_of_reversal",
    );
    expect((await refused(reverseEntry(as("finance"), donation.id, "  "))).code).toBe(
      "ledger.reason_required",
    );

    const loan = await postEntry(t.deps, {
      fundId: f.fund.id,
      entryDate: "2024-06-15",
      description: "จ่ายเงินยืม",
      kind: "loan_disbursement",
      sourceType: "loan",
      sourceId: "loan-1",
      lines: [
        { accountId: f.accounts.loans_receivable!, debitSatang: 5_000 },
        { accountId: f.banks[0]!.ledgerAccountId, creditSatang: 5_000 },
      ],
    });
    expect((await refused(reverseEntry(as("finance"), loan.id, "ผิด"))).code).toBe("ledger.reverse_in_source");
    const undone = await reverseEntry(t.deps, loan.id, "ยกเลิกสัญญา", { bySourceModule: true });
    expect(undone).toMatchObject({ sourceType: "loan", sourceId: "loan-1", reversesEntryId: loan.id });
    const listed = await listEntries(t.deps, f.fund.id, { limit: 200 });
    expect(listed.items.find((e) => e.id === loan.id)?.reversedByEntryId).toBe(undone.id);
  });

  it("lets only the right committee seats post, and gives an expired committee no rights", async () => {
    const deposit = (seat: Seat) =>
      recordBankDeposit(as(seat), f.fund.id, { bankAccountId: f.banks[0]!.id, amountSatang: 1 });
    for (const seat of ["chair", "secretary", "member"] as const) {
      const e = await refused(deposit(seat));
      expect([seat, e.code, e.kind]).toEqual([seat, "fund.position_required", "forbidden"]);
    }
    const manual = await refused(
      postManualEntry(as("finance"), f.fund.id, {
        description: "ถอนเอง",
        lines: [
          { accountId: f.accounts.cash!, debitSatang: 100 },
          { accountId: f.banks[0]!.ledgerAccountId, creditSatang: 100 },
        ],
      }),
    );
    expect(manual.code).toBe("ledger.bank_credit_needs_withdrawal");
    t.clock.set("2027-01-05T03:00:00Z");
    try {
      const expired = await refused(
        recordExpense(as("finance"), f.fund.id, {
          category: "operating",
          amountSatang: 1,
          description: "หมดวาระ",
        }),
      );
      expect(expired.code).toBe("fund.position_required");
      expect(expired.details).toEqual({ required: ["secretary", "finance"], held: [] });
    } finally {
      t.clock.set("2024-06-15T03:00:00Z");
    }
  });

  it("posts a withdrawal only when two distinct signatories including the chair approve", async () => {
    const bank0 = f.banks[0]!;
    const start = await fundPosition(t.deps.db, f.fund.id);
    expect(
      (
        await refused(
          requestBankWithdrawal(as("secretary"), f.fund.id, {
            bankAccountId: bank0.id,
            to: { kind: "cash" },
            amountSatang: 1_000,
            description: "ถอน",
          }),
        )
      ).code,
    ).toBe("fund.position_required");
    expect(
      (
        await refused(
          requestBankWithdrawal(as("finance"), f.fund.id, {
            bankAccountId: bank0.id,
            to: { kind: "cash" },
            amountSatang: start.bankAccounts[0]!.balanceSatang + 1,
            description: "ถอนเกิน",
          }),
        )
      ).code,
    ).toBe("ledger.insufficient_funds");
    const w = await requestBankWithdrawal(as("finance"), f.fund.id, {
      bankAccountId: bank0.id,
      to: { kind: "cash" },
      amountSatang: 30_000,
      description: "ถอนเงินสดจ่ายค่าอบรม",
    });
    expect(w).toMatchObject({ status: "pending", missing: { count: 2, positions: ["chair"] } });
    // The plain member is not a signatory; the finance member and the secretary are two, but not the chair.
    expect((await refused(approveBankWithdrawal(as("member"), f.fund.id, w.id))).code).toBe(
      "ledger.not_signatory",
    );
    const one = await approveBankWithdrawal(as("finance"), f.fund.id, w.id);
    expect(one.missing).toEqual({ count: 1, positions: ["chair"] });
    expect((await refused(approveBankWithdrawal(as("finance"), f.fund.id, w.id))).code).toBe(
      "ledger.withdrawal_already_approved",
    );
    const two = await approveBankWithdrawal(as("secretary"), f.fund.id, w.id);
    expect(two).toMatchObject({ status: "pending", missing: { count: 0, positions: ["chair"] } });
    expect((await fundPosition(t.deps.db, f.fund.id)).bankSatang).toBe(start.bankSatang);
    const done = await approveBankWithdrawal(as("chair"), f.fund.id, w.id);
    expect(done.status).toBe("posted");
    const end = await fundPosition(t.deps.db, f.fund.id);
    expect(end.bankSatang).toBe(start.bankSatang - 30_000);
    expect(end.cashSatang).toBe(start.cashSatang + 30_000);

    const transfer = await requestBankWithdrawal(as("finance"), f.fund.id, {
      bankAccountId: bank0.id,
      to: { kind: "bank", bankAccountId: f.banks[1]!.id },
      amountSatang: 5_000,
      description: "โอนระหว่างบัญชี",
    });
    const cancelled = await cancelBankWithdrawal(as("chair"), f.fund.id, transfer.id);
    expect(cancelled.status).toBe("cancelled");
    expect((await refused(approveBankWithdrawal(as("chair"), f.fund.id, transfer.id))).code).toBe(
      "ledger.withdrawal_not_pending",
    );
  });

  it("records a refusal raised inside another module's transaction once that transaction has rolled back", async () => {
    const audited = await refusals();
    const entries = await count("journal_entry");
    const outer = auditRefusals(t.deps, { operation: "loans.disburse", fundId: f.fund.id, input: {} }, () =>
      inTransaction(t.deps.db, async (tx) => {
        await postEntry(
          { ...t.deps, db: tx },
          {
            fundId: f.fund.id,
            entryDate: "2024-06-15",
            description: "จ่ายเงินยืมเกินเงินในบัญชี",
            kind: "loan_disbursement",
            sourceType: "loan",
            sourceId: "loan-2",
            lines: [
              { accountId: f.accounts.loans_receivable!, debitSatang: 10 ** 12 },
              { accountId: f.banks[0]!.ledgerAccountId, creditSatang: 10 ** 12 },
            ],
          },
        );
      }),
    );
    expect((await refused(outer)).code).toBe("ledger.insufficient_funds");
    expect(await count("journal_entry")).toBe(entries);
    expect(await refusals()).toBe(audited + 1);
    const [event] = await rows<{ details: { operation: string } }>(
      t.deps.db,
      sql`select details from audit_event where action = 'ledger.entry_refused' order by id desc limit 1`,
    );
    expect(event!.details.operation).toBe("ledger.post_entry");
  });

  it("keeps the journal append-only and refuses an unbalanced entry even when written by hand", async () => {
    await expect(
      t.deps.db.execute(sql`update journal_line set debit_satang = debit_satang + 1`),
    ).rejects.toThrow();
    await expect(t.deps.db.execute(sql`delete from journal_entry`)).rejects.toThrow();
    await expect(t.deps.db.execute(sql`truncate journal_line`)).rejects.toThrow();
    const entries = await count("journal_entry");
    const id = "01900000-0000-7000-8000-00000000beef";
    await expect(
      inTransaction(t.deps.db, async (tx) => {
        await tx.execute(sql`insert into journal_entry (id, fund_id, entry_date, fiscal_year, kind, description, created_at)
          values (${id}, ${f.fund.id}, '2024-06-15', 2567, 'manual', 'by hand', now())`);
        await tx.execute(sql`insert into journal_line (entry_id, line_no, account_id, debit_satang, credit_satang)
          values (${id}, 1, ${f.accounts.cash!}, 100, 0), (${id}, 2, ${f.accounts.grants!}, 0, 99)`);
      }),
    ).rejects.toThrow();
    await expect(
      inTransaction(t.deps.db, async (tx) => {
        await tx.execute(sql`insert into journal_entry (id, fund_id, entry_date, fiscal_year, kind, description, created_at)
          values (${id}, ${f.fund.id}, '2024-06-15', 2567, 'manual', 'no lines', now())`);
      }),
    ).rejects.toThrow();
    expect(await count("journal_entry")).toBe(entries);
  });
});
