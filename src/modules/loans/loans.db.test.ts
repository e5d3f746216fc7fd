import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testEngine } from "../../../test/support/test-db";
import { inTransaction, rows } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { type AppError, isAppError } from "../../shared/errors";
import { loadFund } from "../funds/index";
import { fundPosition } from "../ledger/index";
import { createLoan, type LoanRow } from "./create-loan";
import { disburseLoan } from "./disburse-loan";
import type { RepaymentBody } from "./loan-contracts";
import { SAVINGS_GROUP_PRODUCT } from "./loan-product";
import {
  buildHousehold,
  buildLoanFund,
  createCommitteeUsers,
  createHouseholdUser,
  type LoanFundFixture,
  type Seat,
} from "./loan-test-fixture";
import { makeDirectLoan } from "./make-direct-loan";
import { getLoan, listFundLoans, listHouseholdLoans, listLoanRepayments } from "./read-loans";
import { recordRepayment } from "./record-repayment";
import { recordRescheduling } from "./record-rescheduling";
import { recordWriteOff } from "./record-write-off";
import { reverseRepayment } from "./reverse-repayment";

let t: TestDatabase;
let f: LoanFundFixture;
let kkj: LoanFundFixture;
let expired: LoanFundFixture;
let householdId: string;
const VILLAGE = "40070912";
const TODAY = "2024-06-15";
let loanCounter = 0;

const count = async (table: string, where = "true") =>
  (
    await rows<{ n: number }>(t.deps.db, sql.raw(`select count(*)::int as n from ${table} where ${where}`))
  )[0]!.n;
/** Refusals audited for a loan operation (a refusal inside the ledger's posting is audited as the posting's). */
const refusals = (operation: string) =>
  count(
    "audit_event",
    `action = 'ledger.entry_refused' and details->>'operation' in ('${operation}', 'ledger.post_entry')`,
  );

/** Everything a refused operation must leave untouched. */
async function snapshot() {
  return {
    entries: await count("journal_entry"),
    lines: await count("journal_line"),
    repayments: await count("loan_repayment"),
    versions: await count("loan_version"),
    loans: await rows(t.deps.db, sql`select * from loan order by id`),
    instalments: await rows(t.deps.db, sql`select * from loan_instalment order by loan_id, version_no, seq`),
    sequences: await rows(
      t.deps.db,
      sql`select * from document_sequence order by fund_id, series, fiscal_year`,
    ),
  };
}

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

/** Creates and disburses a loan in one transaction, as the chair (or the system for other funds). */
async function lend(
  fx: LoanFundFixture,
  options: {
    principalSatang?: number;
    instalments?: number;
    householdId?: string | null;
    paidOn?: string;
  } = {},
): Promise<LoanRow> {
  const deps = fx.as("chair");
  return inTransaction(deps.db, async (tx) => {
    const d = { ...deps, db: tx };
    const fund = await loadFund(d, fx.fund.id);
    const loan = await createLoan(d, {
      fund,
      householdId: options.householdId ?? null,
      borrowerName: "นางสมศรี มีสุข",
      loanNo: `ทดสอบ ${++loanCounter}/2567`,
      sourceType: "manual",
      sourceId: null,
      product: SAVINGS_GROUP_PRODUCT,
      principalSatang: options.principalSatang ?? 1_200_000,
      contractedOn: "2024-06-01",
      plan: { scheduleType: "equal_principal", instalmentCount: options.instalments ?? 12 },
    });
    const { loan: paid } = await disburseLoan(d, {
      loanId: loan.id,
      paidOn: options.paidOn ?? "2024-06-01",
      from: "cash",
      description: `จ่ายเงินกู้ ${loan.loanNo}`,
      sourceType: "loan",
      sourceId: loan.id,
    });
    return paid;
  });
}

const cash = (amountSatang: number, extra: Partial<RepaymentBody> = {}): RepaymentBody => ({
  amountSatang,
  paidOn: TODAY,
  method: "cash",
  ...extra,
});
const pay = (loanId: string, body: RepaymentBody, seat: Seat = "secretary", key?: string, fx = f) =>
  recordRepayment(fx.as(seat), loanId, body, key);

beforeAll(async () => {
  t = await openTestDatabase();
  f = await buildLoanFund(t.deps, {
    villageCode: VILLAGE,
    users: await createCommitteeUsers(t.deps, VILLAGE, "loan"),
    cashSatang: 100_000_000,
  });
  kkj = await buildLoanFund(t.deps, {
    villageCode: "40070913",
    users: await createCommitteeUsers(t.deps, "40070913", "kkjl"),
    fundType: "kkj",
    cashSatang: 1_000_000,
  });
  expired = await buildLoanFund(t.deps, {
    villageCode: "40070914",
    users: await createCommitteeUsers(t.deps, "40070914", "expl"),
    cashSatang: 10_000_000,
    termStart: "2020-01-01",
    termEnd: "2023-12-31",
    withBank: false,
  });
  householdId = await buildHousehold(t.deps, VILLAGE, "12/1");
});
afterAll(async () => t.close());

describe(`loans in the database on ${testEngine}`, () => {
  it("creates a contract pending disbursement with version 1, then pays it out through the journal", async () => {
    const deps = f.as("chair");
    const before = await fundPosition(t.deps.db, f.fund.id);
    const loan = await inTransaction(deps.db, async (tx) => {
      const d = { ...deps, db: tx };
      const created = await createLoan(d, {
        fund: await loadFund(d, f.fund.id),
        householdId,
        borrowerName: "นายสมชาย ใจดี",
        loanNo: "ออม 1/2567",
        sourceType: "savings_group",
        sourceId: null,
        product: SAVINGS_GROUP_PRODUCT,
        principalSatang: 600_000,
        contractedOn: "2024-06-01",
        plan: { scheduleType: "equal_instalments", instalmentCount: 6 },
      });
      expect(created).toMatchObject({ status: "pending_disbursement", outstandingPrincipalSatang: 0 });
      return (
        await disburseLoan(d, {
          loanId: created.id,
          paidOn: "2024-06-02",
          from: "cash",
          description: "จ่ายเงินกู้",
          sourceType: "loan",
          sourceId: created.id,
        })
      ).loan;
    });
    expect(loan).toMatchObject({
      status: "active",
      disbursedOn: "2024-06-02",
      outstandingPrincipalSatang: 600_000,
      nextDueOn: "2024-07-01",
      currentVersionNo: 1,
    });
    expect(loan.outstandingInterestSatang).toBeGreaterThan(0);
    const after = await fundPosition(t.deps.db, f.fund.id);
    expect(after.loansReceivableSatang - before.loansReceivableSatang).toBe(600_000);
    expect(after.cashSatang - before.cashSatang).toBe(-600_000);
    const [entry] = await rows<{ kind: string; source_type: string }>(
      t.deps.db,
      sql`select kind, source_type from journal_entry where id = ${loan.disbursementEntryId}`,
    );
    expect(entry).toEqual({ kind: "loan_disbursement", source_type: "loan" });
    expect(await count("loan_instalment", `loan_id = '${loan.id}' and version_no = 1`)).toBe(6);
  });

  it("refuses a disbursement beyond the cash on hand and writes nothing, contract included", async () => {
    const before = await snapshot();
    const e = await refused(lend(f, { principalSatang: 500_000_000 }));
    expect(e.code).toBe("ledger.insufficient_funds");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a duplicate contract number, a household of another village and a bad plan", async () => {
    const deps = f.as("chair");
    const attempt = (patch: Record<string, unknown>) =>
      inTransaction(deps.db, async (tx) => {
        const d = { ...deps, db: tx };
        return createLoan(d, {
          fund: await loadFund(d, f.fund.id),
          householdId: null,
          borrowerName: "ผู้กู้",
          loanNo: "ออม 1/2567",
          sourceType: "manual",
          sourceId: null,
          product: SAVINGS_GROUP_PRODUCT,
          principalSatang: 100_000,
          contractedOn: "2024-06-01",
          plan: { scheduleType: "lump_sum", lumpSumDueOn: "2024-12-01" },
          ...patch,
        });
      });
    const before = await snapshot();
    expect((await refused(attempt({}))).code).toBe("loan.number_taken");
    const otherHousehold = await buildHousehold(t.deps, "40070914", "99");
    expect((await refused(attempt({ loanNo: "x1", householdId: otherHousehold }))).code).toBe(
      "loan.household_outside_fund",
    );
    expect((await refused(attempt({ loanNo: "x2", plan: { scheduleType: "lump_sum" } }))).code).toBe(
      "loan.lump_sum_date_required",
    );
    expect((await refused(attempt({ loanNo: "x3", principalSatang: 10.5 }))).code).toBe(
      "loan.amount_too_many_decimals",
    );
    expect(
      (
        await refused(
          attempt({ loanNo: "x4", plan: { scheduleType: "equal_principal", instalmentCount: 40 } }),
        )
      ).code,
    ).toBe("loan.too_many_instalments");
    expect(await snapshot()).toEqual(before);
  });

  it("allocates a repayment interest first, numbers the receipt per fiscal year and posts it", async () => {
    const loan = await lend(f);
    const before = await fundPosition(t.deps.db, f.fund.id);
    // Declining 12 % a year on 30/360: the first month's interest is 1 % of 12,000 baht.
    const r = await pay(loan.id, cash(112_000, { payerName: "นางสมศรี มีสุข" }));
    expect(r.replayed).toBe(false);
    expect(r.repayment).toMatchObject({
      receiptNo: "1/2567",
      fiscalYear: 2567,
      amountSatang: 112_000,
      interestSatang: 12_000,
      principalSatang: 100_000,
      allocation: [
        { versionNo: 1, seq: 1, principalSatang: 100_000, interestSatang: 12_000, waivedInterestSatang: 0 },
      ],
      isCancelled: false,
    });
    // Classified at once as of the business date (2024-06-15), not left for the daily job.
    expect(r.loan).toMatchObject({
      outstandingPrincipalSatang: 1_100_000,
      nextDueOn: "2024-08-01",
      classification: "current",
      daysPastDue: 0,
    });
    const after = await fundPosition(t.deps.db, f.fund.id);
    expect(after.cashSatang - before.cashSatang).toBe(112_000);
    expect(after.loansReceivableSatang - before.loansReceivableSatang).toBe(-100_000);
    expect(after.incomeSatang - before.incomeSatang).toBe(12_000);
    const second = await pay(loan.id, cash(50_000), "finance");
    expect(second.repayment.receiptNo).toBe("2/2567");
    const detail = await getLoan(f.as("member"), loan.id);
    expect(detail.schedule[0]).toMatchObject({ seq: 1, unpaidSatang: 0 });
    expect(detail.schedule[1]).toMatchObject({
      seq: 2,
      paidInterestSatang: 11_000,
      paidPrincipalSatang: 39_000,
    });
    expect(detail.repayments.map((x) => x.receiptNo)).toEqual(["2/2567", "1/2567"]);
    expect(detail.outstanding.principalSatang).toBe(1_061_000);
    expect(detail.payoff).not.toBeNull();
    const audit = await count(
      "audit_event",
      `action = 'loan.repayment_recorded' and entity_id = '${r.repayment.id}'`,
    );
    expect(audit).toBe(1);
  });

  it("takes a bank repayment from the finance member only, into the fund's bank account", async () => {
    const loan = await lend(f);
    const before = await snapshot();
    const bank = cash(10_000, { method: "bank", bankAccountId: f.bankAccountId });
    const e = await refused(pay(loan.id, bank, "secretary"));
    expect([e.kind, e.code]).toEqual(["forbidden", "fund.position_required"]);
    expect(await snapshot()).toEqual(before);
    const r = await pay(loan.id, bank, "finance");
    const [line] = await rows<{ debit_satang: number }>(
      t.deps.db,
      sql`select debit_satang from journal_line where entry_id = ${r.repayment.journalEntryId} and account_id = ${f.accounts.bank}`,
    );
    expect(line?.debit_satang).toBe(10_000);
  });

  it("refuses every bad repayment with a 4xx Thai/English error, audits it and writes nothing", async () => {
    const loan = await lend(f);
    const cases: Array<[string, () => Promise<unknown>]> = [
      ["loan.amount_not_positive", () => pay(loan.id, cash(0))],
      ["loan.amount_not_positive", () => pay(loan.id, cash(-100))],
      ["loan.amount_too_many_decimals", () => pay(loan.id, cash(100.5))],
      ["loan.exceeds_outstanding", () => pay(loan.id, cash(99_000_000))],
      ["loan.date_before_start", () => pay(loan.id, cash(1_000, { paidOn: "2024-05-31" }))],
      ["ledger.entry_date_outside_window", () => pay(loan.id, cash(1_000, { paidOn: "2024-06-16" }))],
      ["loan.invalid_date", () => pay(loan.id, cash(1_000, { paidOn: "2024-02-30" }))],
      ["loan.bank_account_required", () => pay(loan.id, cash(1_000, { method: "bank" }), "finance")],
      ["loan.bank_account_not_for_cash", () => pay(loan.id, cash(1_000, { bankAccountId: f.bankAccountId }))],
      [
        "loan.bank_account_unknown",
        () => pay(loan.id, cash(1_000, { method: "bank", bankAccountId: loan.id }), "finance"),
      ],
      ["fund.position_required", () => pay(loan.id, cash(1_000), "member")],
      ["fund.position_required", () => pay(loan.id, cash(1_000), "chair")],
      ["common.not_found", () => pay("00000000-0000-7000-8000-000000000000", cash(1_000))],
      ["common.not_found", () => recordRepayment(expired.as("finance"), loan.id, cash(1_000))],
    ];
    const before = await snapshot();
    const audited = await refusals("loan.repayment");
    for (const [code, attempt] of cases) {
      const e = await refused(attempt());
      expect([
        code,
        e.kind === "invalid_input" ||
          e.kind === "rule_violation" ||
          e.kind === "forbidden" ||
          e.kind === "not_found",
      ]).toEqual([e.code, true]);
    }
    expect(await snapshot()).toEqual(before);
    expect(await refusals("loan.repayment")).toBe(audited + cases.length);
  });

  it("refuses a committee member whose committee set has expired, and audits it", async () => {
    const loan = await inTransaction(t.deps.db, async (tx) => {
      const d = { ...t.deps, db: tx };
      const created = await createLoan(d, {
        fund: await loadFund(d, expired.fund.id),
        householdId: null,
        borrowerName: "ผู้กู้เก่า",
        loanNo: "เก่า 1",
        sourceType: "manual",
        sourceId: null,
        product: SAVINGS_GROUP_PRODUCT,
        principalSatang: 100_000,
        contractedOn: "2024-06-01",
        plan: { scheduleType: "lump_sum", lumpSumDueOn: "2024-12-01" },
      });
      return (
        await disburseLoan(d, {
          loanId: created.id,
          paidOn: "2024-06-01",
          from: "cash",
          description: "จ่าย",
          sourceType: "loan",
          sourceId: created.id,
        })
      ).loan;
    });
    const before = await snapshot();
    const audited = await refusals("loan.repayment");
    const e = await refused(recordRepayment(expired.as("finance"), loan.id, cash(1_000)));
    expect(e.code).toBe("fund.position_required");
    expect(await refusals("loan.repayment")).toBe(audited + 1);
    expect(await snapshot()).toEqual(before);
  });

  it("returns the first repayment for a retry with the same Idempotency-Key and refuses a different body", async () => {
    const loan = await lend(f);
    const first = await pay(loan.id, cash(20_000), "secretary", "web-retry-0001");
    const entries = await count("journal_entry");
    const again = await pay(loan.id, cash(20_000), "secretary", "web-retry-0001");
    expect(again.replayed).toBe(true);
    expect(again.repayment).toEqual(first.repayment);
    expect(await count("journal_entry")).toBe(entries);
    const e = await refused(pay(loan.id, cash(20_001), "secretary", "web-retry-0001"));
    expect([e.kind, e.code]).toEqual(["conflict", "loan.idempotency_mismatch"]);
    expect(await count("loan_repayment", `loan_id = '${loan.id}'`)).toBe(1);
  });

  it("reverses only the latest standing repayment, restoring the instalments and cancelling the receipt", async () => {
    const loan = await lend(f);
    const a = await pay(loan.id, cash(112_000));
    const b = await pay(loan.id, cash(30_000));
    const before = await snapshot();
    expect((await refused(reverseRepayment(f.as("chair"), loan.id, a.repayment.id, "บันทึกผิด"))).code).toBe(
      "loan.reverse_latest_only",
    );
    expect((await refused(reverseRepayment(f.as("finance"), loan.id, b.repayment.id, "บันทึกผิด"))).code).toBe(
      "fund.position_required",
    );
    expect((await refused(reverseRepayment(f.as("chair"), loan.id, b.repayment.id, "  "))).code).toBe(
      "loan.reason_required",
    );
    expect(await snapshot()).toEqual(before);
    const cashBefore = (await fundPosition(t.deps.db, f.fund.id)).cashSatang;
    const undone = await reverseRepayment(f.as("chair"), loan.id, b.repayment.id, "บันทึกผิดจำนวน");
    expect(undone.repayment).toMatchObject({ isCancelled: true, receiptNo: b.repayment.receiptNo });
    expect(undone.loan.outstandingPrincipalSatang).toBe(a.loan.outstandingPrincipalSatang);
    expect(undone.loan.outstandingInterestSatang).toBe(a.loan.outstandingInterestSatang);
    expect((await fundPosition(t.deps.db, f.fund.id)).cashSatang).toBe(cashBefore - 30_000);
    expect((await refused(reverseRepayment(f.as("chair"), loan.id, b.repayment.id, "อีกครั้ง"))).code).toBe(
      "loan.repayment_already_reversed",
    );
    const detail = await getLoan(f.as("chair"), loan.id);
    expect(detail.schedule[1]).toMatchObject({ paidPrincipalSatang: 0, paidInterestSatang: 0 });
    // Now the first one is the latest standing repayment.
    await reverseRepayment(f.as("chair"), loan.id, a.repayment.id, "บันทึกผิดสัญญา");
    const restored = await getLoan(f.as("chair"), loan.id);
    expect(restored.loan.outstandingPrincipalSatang).toBe(1_200_000);
    expect(restored.schedule.every((i) => i.paidPrincipalSatang === 0 && i.paidInterestSatang === 0)).toBe(
      true,
    );
  });

  it("closes the loan when it is paid in full, reopens it when that payment is reversed", async () => {
    const loan = await lend(f, { principalSatang: 300_000, instalments: 1 });
    const detail = await getLoan(f.as("chair"), loan.id);
    const total = detail.outstanding.totalSatang;
    expect((await refused(pay(loan.id, cash(total + 1)))).code).toBe("loan.exceeds_outstanding");
    const paid = await pay(loan.id, cash(total));
    expect(paid.loan).toMatchObject({
      status: "closed",
      closedOn: TODAY,
      outstandingPrincipalSatang: 0,
      nextDueOn: null,
    });
    expect((await refused(pay(loan.id, cash(1)))).code).toBe("loan.not_active");
    const reopened = await reverseRepayment(f.as("chair"), loan.id, paid.repayment.id, "เช็คคืน");
    expect(reopened.loan).toMatchObject({
      status: "active",
      closedOn: null,
      outstandingPrincipalSatang: 300_000,
    });
  });

  it("closes a loan early at its payoff quote, cancelling unearned interest", async () => {
    const loan = await lend(f, { principalSatang: 1_200_000, instalments: 12 });
    const { payoff } = await getLoan(f.as("chair"), loan.id);
    expect(payoff!.waivedInterestSatang).toBeGreaterThan(0);
    const r = await pay(loan.id, cash(payoff!.payoffSatang, { closeLoan: true }));
    expect(r.loan).toMatchObject({
      status: "closed",
      outstandingPrincipalSatang: 0,
      outstandingInterestSatang: 0,
    });
    expect(r.repayment.allocation.reduce((s, x) => s + x.waivedInterestSatang, 0)).toBe(
      payoff!.waivedInterestSatang,
    );
  });

  it("reschedules (ผ่อนผัน) into a new version with the same totals and keeps the old one", async () => {
    const loan = await lend(f, { principalSatang: 600_000, instalments: 6 });
    const a = await pay(loan.id, cash(50_000));
    const meeting = loan.id; // not a meeting of this fund
    const before = await snapshot();
    const decision = { reason: "น้ำท่วมนาข้าวเสียหาย", resolutionRef: "มติที่ประชุม ครั้งที่ 3/2567" };
    const plan = { scheduleType: "lump_sum" as const, lumpSumDueOn: "2025-06-15" };
    expect((await refused(recordRescheduling(f.as("finance"), loan.id, { ...decision, plan }))).code).toBe(
      "fund.position_required",
    );
    expect(
      (await refused(recordRescheduling(f.as("chair"), loan.id, { ...decision, meetingId: meeting, plan })))
        .code,
    ).toBe("loan.meeting_unknown");
    expect(
      (await refused(recordRescheduling(f.as("chair"), loan.id, { ...decision, resolutionRef: " ", plan })))
        .code,
    ).toBe("loan.resolution_required");
    expect(
      (
        await refused(
          recordRescheduling(f.as("chair"), loan.id, {
            ...decision,
            plan: { scheduleType: "lump_sum", lumpSumDueOn: "2030-01-01" },
          }),
        )
      ).code,
    ).toBe("loan.term_exceeds_product");
    expect(await snapshot()).toEqual(before);
    const outstanding = a.loan.outstandingPrincipalSatang + a.loan.outstandingInterestSatang;
    const r = await recordRescheduling(f.as("chair"), loan.id, { ...decision, plan });
    expect(r.journalEntryId).toBeNull();
    expect(r.loan).toMatchObject({ currentVersionNo: 2, nextDueOn: "2025-06-15" });
    expect(r.loan.outstandingPrincipalSatang + r.loan.outstandingInterestSatang).toBe(outstanding);
    const detail = await getLoan(f.as("chair"), loan.id);
    expect(detail.versions.map((v) => v.versionNo)).toEqual([1, 2]);
    expect(detail.versions[1]).toMatchObject({
      reason: decision.reason,
      resolutionRef: decision.resolutionRef,
    });
    expect(detail.versions[0]!.instalments[0]!.paidInterestSatang).toBeGreaterThan(0);
    expect(detail.schedule).toHaveLength(1);
    expect((await refused(reverseRepayment(f.as("chair"), loan.id, a.repayment.id, "ผิด"))).code).toBe(
      "loan.rescheduled_since_repayment",
    );
    const p = await pay(loan.id, cash(10_000));
    expect(p.repayment.allocation[0]).toMatchObject({ versionNo: 2, seq: 1 });
  });

  it("writes a loan off: Dr write-offs, Cr loans receivable for the unpaid principal", async () => {
    const loan = await lend(f, { principalSatang: 400_000, instalments: 4 });
    await pay(loan.id, cash(104_000));
    const before = await fundPosition(t.deps.db, f.fund.id);
    const decision = { reason: "ผู้กู้เสียชีวิต ไม่มีทายาท", resolutionRef: "มติที่ประชุมใหญ่ 1/2567" };
    expect((await refused(recordWriteOff(f.as("secretary"), loan.id, decision))).code).toBe(
      "fund.position_required",
    );
    const r = await recordWriteOff(f.as("chair"), loan.id, decision);
    expect(r.loan).toMatchObject({
      status: "written_off",
      writtenOffOn: TODAY,
      writeOffSatang: 300_000,
      outstandingPrincipalSatang: 0,
      writeOffResolutionRef: decision.resolutionRef,
    });
    const after = await fundPosition(t.deps.db, f.fund.id);
    expect(after.loansReceivableSatang - before.loansReceivableSatang).toBe(-300_000);
    expect(after.expenseSatang - before.expenseSatang).toBe(300_000);
    expect((await refused(pay(loan.id, cash(1_000)))).code).toBe("loan.not_active");
    expect((await refused(recordWriteOff(f.as("chair"), loan.id, decision))).code).toBe("loan.not_active");
  });

  it("makes a direct loan for a savings group and refuses it for a กข.คจ. fund", async () => {
    const body = {
      householdId,
      loanNo: "ตรง 1/2567",
      amountSatang: 500_000,
      contractedOn: "2024-06-10",
      plan: { scheduleType: "equal_instalments" as const, instalmentCount: 5 },
      meetingRef: "มติที่ประชุม ครั้งที่ 5/2567",
      product: { rateBp: 600 },
    };
    const r = await makeDirectLoan(f.as("chair"), f.fund.id, body);
    expect(r.loan).toMatchObject({
      status: "active",
      borrowerName: "สมชาย12/1 ใจดี",
      householdId,
      outstandingPrincipalSatang: 500_000,
      sourceType: "manual",
    });
    const detail = await getLoan(f.as("chair"), r.loan.id);
    expect(detail.product.rateBp).toBe(600);
    expect(detail.versions[0]!.resolutionRef).toBe(body.meetingRef);
    const before = await snapshot();
    expect(
      (await refused(makeDirectLoan(f.as("finance"), f.fund.id, { ...body, loanNo: "ตรง 2" }))).code,
    ).toBe("fund.position_required");
    expect(
      (
        await refused(
          makeDirectLoan(f.as("chair"), f.fund.id, { ...body, loanNo: "ตรง 3", product: { rateBp: 2000 } }),
        )
      ).code,
    ).toBe("loan.product_outside_preset");
    expect(
      (
        await refused(
          makeDirectLoan(f.as("chair"), f.fund.id, {
            ...body,
            loanNo: "ตรง 4",
            product: { maxInstalments: 48 },
          }),
        )
      ).code,
    ).toBe("loan.product_outside_preset");
    const e = await refused(
      makeDirectLoan(kkj.as("chair"), kkj.fund.id, { ...body, householdId: undefined, borrowerName: "ก" }),
    );
    expect([e.code, e.messageTh]).toEqual(["loan.kkj_use_workflow", expect.stringContaining("กข.คจ.")]);
    expect(await snapshot()).toEqual(before);
  });

  it("lists a fund's loans by keyset pages and filters, and a household member sees only their own loans", async () => {
    const all = [];
    let cursor: string | undefined;
    do {
      const page = await listFundLoans(f.as("member"), f.fund.id, { limit: 3, cursor });
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(all.length).toBe(await count("loan", `fund_id = '${f.fund.id}'`));
    expect(new Set(all.map((l) => l.id)).size).toBe(all.length);
    const closed = await listFundLoans(f.as("member"), f.fund.id, { limit: 50, status: "closed" });
    expect(closed.items.length).toBeGreaterThan(0);
    expect(closed.items.every((l) => l.status === "closed")).toBe(true);
    const named = await listFundLoans(f.as("member"), f.fund.id, { limit: 50, q: "นายสมชาย" });
    expect(named.items.every((l) => l.borrowerName.startsWith("นายสมชาย"))).toBe(true);
    expect(named.items.length).toBeGreaterThan(0);

    const own = await lend(f, { householdId });
    const r = await pay(own.id, cash(5_000));
    const member = {
      ...t.deps,
      actor: await createHouseholdUser(t.deps, VILLAGE, householdId, "house.owner"),
    };
    const mine = await listHouseholdLoans(member, householdId, { limit: 50 });
    expect(mine.items.length).toBeGreaterThanOrEqual(2);
    expect(mine.items.every((l) => l.householdId === householdId)).toBe(true);
    expect((await listLoanRepayments(member, own.id, { limit: 50 })).items[0]!.receiptNo).toBe(
      r.repayment.receiptNo,
    );
    const neighbour = await buildHousehold(t.deps, VILLAGE, "12/2");
    const notMine = await lend(f, { householdId: neighbour });
    expect((await refused(getLoan(member, notMine.id))).kind).toBe("not_found");
    expect((await refused(listHouseholdLoans(member, neighbour, { limit: 5 }))).kind).toBe("not_found");
    expect((await refused(listFundLoans(member, f.fund.id, { limit: 5 }))).kind).toBe("forbidden");
    expect(
      (await refused(pay(own.id, cash(100), "secretary", undefined, { ...f, as: () => member }))).kind,
    ).toBe("forbidden");
    // Another village's committee does not see this fund's loans.
    expect((await refused(getLoan(expired.as("chair"), own.id))).kind).toBe("not_found");
    expect((await refused(listHouseholdLoans(expired.as("chair"), householdId, { limit: 5 }))).kind).toBe(
      "not_found",
    );
  });

  it("keeps Σ outstanding principal equal to the loans receivable in the journal", async () => {
    const [row] = await rows<{ total: number }>(
      t.deps.db,
      sql`select coalesce(sum(outstanding_principal_satang), 0)::bigint as total from loan where fund_id = ${f.fund.id}`,
    );
    expect(row!.total).toBe((await fundPosition(t.deps.db, f.fund.id)).loansReceivableSatang);
  });
});

describe.skipIf(testEngine === "pglite")(`concurrent repayments on ${testEngine}`, () => {
  let g: LoanFundFixture;
  beforeAll(async () => {
    g = await buildLoanFund(t.deps, {
      villageCode: "40070915",
      users: await createCommitteeUsers(t.deps, "40070915", "conc"),
      cashSatang: 50_000_000,
    });
  });

  it("applies 20 simultaneous repayments of one loan one after the other, with gap-free receipts", async () => {
    const loan = await lend(g, { principalSatang: 1_200_000 });
    const amounts = Array.from({ length: 20 }, (_, i) => 10_000 + i * 137);
    const results = await Promise.allSettled(
      amounts.map((a, i) => pay(loan.id, cash(a), i % 2 ? "secretary" : "finance", undefined, g)),
    );
    const accepted = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const receipts = accepted.map((r) => Number(r.repayment.receiptNo.split("/")[0])).sort((a, b) => a - b);
    expect(receipts).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const principal = accepted.reduce((s, r) => s + r.repayment.principalSatang, 0);
    const [stored] = await rows<{ outstanding: number; paid: number; over: number }>(
      t.deps.db,
      sql`select l.outstanding_principal_satang as outstanding,
                 (select sum(paid_principal_satang) from loan_instalment where loan_id = l.id)::bigint as paid,
                 (select count(*) from loan_instalment where loan_id = l.id
                    and (paid_principal_satang > principal_satang or paid_interest_satang > interest_satang))::int as over
            from loan l where l.id = ${loan.id}`,
    );
    expect(stored).toEqual({ outstanding: 1_200_000 - principal, paid: principal, over: 0 });
    const [posted] = await rows<{ debit: number }>(
      t.deps.db,
      sql`select coalesce(sum(jl.debit_satang), 0)::bigint as debit from journal_line jl
            join journal_entry je on je.id = jl.entry_id
           where je.kind = 'loan_repayment' and je.fund_id = ${g.fund.id} and jl.account_id = ${g.accounts.cash}`,
    );
    expect(posted!.debit).toBe(amounts.reduce((s, a) => s + a, 0));
  });

  it("accepts exactly 2 of 5 simultaneous payments of 40 % of the outstanding each", async () => {
    const loan = await lend(g, { principalSatang: 1_000_000, instalments: 1 });
    const { outstanding } = await getLoan(g.as("chair"), loan.id);
    const share = Math.floor((outstanding.totalSatang * 40) / 100);
    const entriesBefore = await count("journal_entry", `fund_id = '${g.fund.id}'`);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        pay(loan.id, cash(share), i % 2 ? "secretary" : "finance", undefined, g),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const no = results.flatMap((r) => (r.status === "rejected" ? [r.reason as AppError] : []));
    expect(ok).toHaveLength(2);
    expect(no.map((e) => e.code)).toEqual([
      "loan.exceeds_outstanding",
      "loan.exceeds_outstanding",
      "loan.exceeds_outstanding",
    ]);
    expect(await count("journal_entry", `fund_id = '${g.fund.id}'`)).toBe(entriesBefore + 2);
    const after = await getLoan(g.as("chair"), loan.id);
    expect(after.outstanding.totalSatang).toBe(outstanding.totalSatang - 2 * share);
  });

  it("posts a retried request once when the same Idempotency-Key arrives twice at the same moment", async () => {
    const loan = await lend(g);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => pay(loan.id, cash(7_000), "finance", "double-click-1", g)),
    );
    expect(new Set(results.map((r) => r.repayment.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await count("loan_repayment", `loan_id = '${loan.id}'`)).toBe(1);
  });
});

describe(`system actor on ${testEngine}`, () => {
  it("lets the system actor (CLI, jobs) act without a seat", async () => {
    const loan = await lend(f);
    const r = await recordRepayment({ ...t.deps, actor: SYSTEM_ACTOR } as Deps, loan.id, cash(1_000));
    expect(r.repayment.recordedBy).toBeNull();
  });
});
