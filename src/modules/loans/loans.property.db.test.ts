import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testEngine } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import type { Actor } from "../../shared/actor";
import { isAppError } from "../../shared/errors";
import { fundPosition } from "../ledger/index";
import { buildLoanFund, createCommitteeUsers, type LoanFundFixture, type Seat } from "./loan-test-fixture";
import { makeDirectLoan } from "./make-direct-loan";
import { getLoan } from "./read-loans";
import { recordRepayment } from "./record-repayment";
import { recordRescheduling } from "./record-rescheduling";
import { recordWriteOff } from "./record-write-off";
import { reverseRepayment } from "./reverse-repayment";

const VILLAGE = "40070916";
let t: TestDatabase;
let users: Record<Seat, Actor>;
const stats = { done: 0, refused: 0 };

beforeAll(async () => {
  t = await openTestDatabase();
  users = await createCommitteeUsers(t.deps, VILLAGE, "lprop");
});
afterAll(async () => t.close());

const pick = fc.nat({ max: 1_000 });
const op = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("lend" as const),
      // Sometimes more than the fund's cash, so that refused disbursements happen too.
      amount: fc.oneof(
        fc.integer({ min: 10_000, max: 2_000_000 }),
        fc.integer({ min: 5_000_000, max: 9_000_000 }),
      ),
      count: fc.integer({ min: 1, max: 6 }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("repay" as const),
      pick,
      // A share of the outstanding in per mille; above 1000 is an over-repayment that must be refused.
      perMille: fc.integer({ min: 1, max: 1_100 }),
      bank: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("reverse" as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reschedule" as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("writeOff" as const), pick }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

async function apply(f: LoanFundFixture, loans: string[], o: Op, n: number): Promise<void> {
  const loanId = loans.length ? loans[("pick" in o ? o.pick : 0) % loans.length]! : undefined;
  switch (o.kind) {
    case "lend": {
      const r = await makeDirectLoan(f.as("chair"), f.fund.id, {
        borrowerName: `ผู้กู้ ${n}`,
        loanNo: `P-${n}`,
        amountSatang: o.amount,
        contractedOn: "2024-06-01",
        plan: { scheduleType: "equal_principal", instalmentCount: o.count },
        meetingRef: "มติที่ประชุม 1/2567",
      });
      loans.push(r.loan.id);
      return;
    }
    case "repay": {
      if (!loanId) return;
      const { outstanding } = await getLoan(f.as("chair"), loanId);
      const amount = Math.max(1, Math.floor((outstanding.totalSatang * o.perMille) / 1000));
      await recordRepayment(
        f.as("finance"),
        loanId,
        o.bank
          ? { amountSatang: amount, paidOn: "2024-06-15", method: "bank", bankAccountId: f.bankAccountId }
          : { amountSatang: amount, paidOn: "2024-06-15", method: "cash" },
      );
      return;
    }
    case "reverse": {
      if (!loanId) return;
      const { repayments } = await getLoan(f.as("chair"), loanId);
      const latest = repayments.find((r) => !r.isCancelled);
      if (latest) await reverseRepayment(f.as("chair"), loanId, latest.id, "บันทึกผิด");
      return;
    }
    case "reschedule": {
      if (!loanId) return;
      await recordRescheduling(f.as("chair"), loanId, {
        reason: "ภัยแล้ง",
        resolutionRef: "มติที่ประชุม 2/2567",
        plan: { scheduleType: "equal_principal", instalmentCount: 3 },
      });
      return;
    }
    case "writeOff": {
      if (!loanId) return;
      await recordWriteOff(f.as("chair"), loanId, { reason: "ผู้กู้ย้ายถิ่น", resolutionRef: "มติ 3/2567" });
      return;
    }
  }
}

describe(`loans against the journal on ${testEngine}`, () => {
  it("keeps Σ loan outstanding principal = loans receivable, and each loan = its current schedule, after any sequence", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (sequence) => {
        const f = await buildLoanFund(t.deps, { villageCode: VILLAGE, users, cashSatang: 10_000_000 });
        const loans: string[] = [];
        run++;
        for (const [k, o] of sequence.entries()) {
          try {
            await apply(f, loans, o, run * 100 + k);
            stats.done++;
          } catch (e) {
            if (!isAppError(e)) throw e;
            stats.refused++;
          }
        }
        const [sum] = await rows<{ total: number }>(
          t.deps.db,
          sql`select coalesce(sum(outstanding_principal_satang), 0)::bigint as total from loan where fund_id = ${f.fund.id}`,
        );
        const position = await fundPosition(t.deps.db, f.fund.id);
        expect(sum!.total).toBe(position.loansReceivableSatang);
        expect(position.cashSatang).toBeGreaterThanOrEqual(0);
        const mismatched = await rows(
          t.deps.db,
          sql`select l.id from loan l
                join loan_instalment i on i.loan_id = l.id and i.version_no = l.current_version_no
               where l.fund_id = ${f.fund.id} and l.status in ('active', 'closed')
               group by l.id, l.outstanding_principal_satang, l.outstanding_interest_satang
              having sum(i.principal_satang - i.paid_principal_satang) <> l.outstanding_principal_satang
                  or sum(i.interest_satang - i.paid_interest_satang - i.waived_interest_satang)
                     <> l.outstanding_interest_satang`,
        );
        expect(mismatched).toEqual([]);
        const [receipts] = await rows<{ n: number; last: number | null }>(
          t.deps.db,
          sql`select (select count(*) from loan_repayment where fund_id = ${f.fund.id})::int as n,
                     (select last_no from document_sequence where fund_id = ${f.fund.id} and series = 'receipt') as last`,
        );
        // Receipts are gap-free: refused repayments gave their number back with the rollback.
        expect(receipts!.last ?? 0).toBe(receipts!.n);
      }),
      { numRuns: 12 },
    );
    expect(stats.done).toBeGreaterThan(20);
    expect(stats.refused).toBeGreaterThan(0);
  });
});
