import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testEngine } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import type { Actor } from "../../shared/actor";
import { isAppError } from "../../shared/errors";
import { approveBankWithdrawal } from "./approve-bank-withdrawal";
import { buildFund, createCommitteeUsers, type FundFixture, type Seat } from "./ledger-test-fixture";
import { postEntry } from "./post-entry";
import { accountBalances, fundPosition } from "./read-ledger";
import { recordBankDeposit } from "./record-bank-deposit";
import { recordCapitalGrant } from "./record-capital-grant";
import { recordDonation } from "./record-donation";
import { recordExpense } from "./record-expense";
import { requestBankWithdrawal } from "./request-bank-withdrawal";
import { reverseEntry } from "./reverse-entry";

const VILLAGE = "40070914";
let t: TestDatabase;
let users: Record<Seat, Actor>;
const stats = { posted: 0, refused: 0 };

beforeAll(async () => {
  t = await openTestDatabase();
  users = await createCommitteeUsers(t.deps, VILLAGE, "prop");
});
afterAll(async () => t.close());

const bank = fc.constantFrom(0, 1);
// Mostly amounts the fund can afford, sometimes far more, so that refusals happen too.
const amount = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 2_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2_000_001, max: 50_000_000 }) },
);
const op = fc.oneof(
  fc.record({ kind: fc.constant("grant" as const), bank, amount }),
  fc.record({ kind: fc.constant("deposit" as const), bank, amount }),
  fc.record({ kind: fc.constant("withdraw" as const), bank, amount }),
  fc.record({ kind: fc.constant("transfer" as const), bank, amount }),
  fc.record({ kind: fc.constant("expense" as const), welfare: fc.boolean(), amount }),
  fc.record({ kind: fc.constant("donation" as const), into: fc.constantFrom(-1, 0, 1), amount }),
  fc.record({ kind: fc.constant("disburse" as const), bank, amount }),
  fc.record({ kind: fc.constant("repay" as const), bank, amount }),
  fc.record({ kind: fc.constant("reverse" as const), pick: fc.nat() }),
);
/** Each run opens with the original capital grant (so that most operations can be afforded), then 29 more. */
const ops = fc
  .array(op, { minLength: 29, maxLength: 29 })
  .map((rest): Op[] => [{ kind: "grant", bank: 0, amount: 28_000_000 }, ...rest]);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

interface ModelLine {
  accountId: string;
  debitSatang: number;
  creditSatang: number;
}
interface Posted {
  id: string;
  lines: ModelLine[];
  fromLoans: boolean;
  reversed: boolean;
}

const dr = (accountId: string, n: number): ModelLine => ({ accountId, debitSatang: n, creditSatang: 0 });
const cr = (accountId: string, n: number): ModelLine => ({ accountId, debitSatang: 0, creditSatang: n });

async function journalIntegrity(fundId: string) {
  const [row] = await rows<{
    unbalanced: number;
    short: number;
    debit: number;
    credit: number;
    entries: number;
  }>(
    t.deps.db,
    sql`with per_entry as (
          select e.id, count(l.line_no)::int as n, coalesce(sum(l.debit_satang), 0) as d,
                 coalesce(sum(l.credit_satang), 0) as c
            from journal_entry e left join journal_line l on l.entry_id = e.id
           where e.fund_id = ${fundId} group by e.id)
        select count(*) filter (where d <> c)::int as unbalanced, count(*) filter (where n < 2)::int as short,
               coalesce(sum(d), 0)::int8 as debit, coalesce(sum(c), 0)::int8 as credit, count(*)::int as entries
          from per_entry`,
  );
  return row!;
}

/** Runs one operation through the real use cases; true when posted, false when refused for lack of funds. */
async function run(f: FundFixture, o: Op, posted: Posted[], model: Map<string, number>): Promise<void> {
  const b = (i: number) => f.banks[i]!;
  const loans = f.accounts.loans_receivable!;
  let lines: ModelLine[] = [];
  let action: () => Promise<string>;
  let fromLoans = false;
  let reversing: Posted | undefined;
  switch (o.kind) {
    case "grant":
      lines = [dr(b(o.bank).ledgerAccountId, o.amount), cr(f.accounts.capital!, o.amount)];
      action = async () =>
        (
          await recordCapitalGrant(f.as("finance"), f.fund.id, {
            bankAccountId: b(o.bank).id,
            amountSatang: o.amount,
          })
        ).id;
      break;
    case "deposit":
      lines = [dr(b(o.bank).ledgerAccountId, o.amount), cr(f.accounts.cash!, o.amount)];
      action = async () =>
        (
          await recordBankDeposit(f.as("finance"), f.fund.id, {
            bankAccountId: b(o.bank).id,
            amountSatang: o.amount,
          })
        ).id;
      break;
    case "withdraw":
    case "transfer": {
      const to = o.kind === "withdraw" ? f.accounts.cash! : b(1 - o.bank).ledgerAccountId;
      lines = [dr(to, o.amount), cr(b(o.bank).ledgerAccountId, o.amount)];
      action = async () => {
        const w = await requestBankWithdrawal(f.as("finance"), f.fund.id, {
          bankAccountId: b(o.bank).id,
          to: o.kind === "withdraw" ? { kind: "cash" } : { kind: "bank", bankAccountId: b(1 - o.bank).id },
          amountSatang: o.amount,
          description: o.kind,
        });
        await approveBankWithdrawal(f.as("finance"), f.fund.id, w.id);
        const done = await approveBankWithdrawal(f.as("chair"), f.fund.id, w.id);
        expect(done.status).toBe("posted");
        return done.journalEntryId!;
      };
      break;
    }
    case "expense": {
      const account = o.welfare ? f.accounts.welfare_expense! : f.accounts.operating_expense!;
      lines = [dr(account, o.amount), cr(f.accounts.cash!, o.amount)];
      action = async () =>
        (
          await recordExpense(f.as("secretary"), f.fund.id, {
            category: o.welfare ? "welfare" : "operating",
            amountSatang: o.amount,
            description: "ค่าใช้จ่าย",
          })
        ).id;
      break;
    }
    case "donation": {
      const into = o.into < 0 ? f.accounts.cash! : b(o.into).ledgerAccountId;
      lines = [dr(into, o.amount), cr(f.accounts.grants!, o.amount)];
      action = async () =>
        (
          await recordDonation(f.as(o.into < 0 ? "secretary" : "finance"), f.fund.id, {
            into: o.into < 0 ? { kind: "cash" } : { kind: "bank", bankAccountId: b(o.into).id },
            amountSatang: o.amount,
          })
        ).id;
      break;
    }
    case "disburse":
    case "repay": {
      // A repayment never exceeds what is outstanding: the loan engine refuses that before posting.
      const n = o.kind === "repay" ? Math.min(o.amount, model.get(loans) ?? 0) : o.amount;
      if (n <= 0) return;
      fromLoans = true;
      lines =
        o.kind === "disburse"
          ? [dr(loans, n), cr(b(o.bank).ledgerAccountId, n)]
          : [dr(b(o.bank).ledgerAccountId, n), cr(loans, n)];
      action = async () =>
        (
          await postEntry(t.deps, {
            fundId: f.fund.id,
            entryDate: t.clock.today(),
            description: o.kind,
            kind: o.kind === "disburse" ? "loan_disbursement" : "loan_repayment",
            sourceType: "loan",
            sourceId: "simulated",
            lines,
          })
        ).id;
      break;
    }
    case "reverse": {
      const open = posted.filter((p) => !p.reversed);
      if (open.length === 0) return;
      reversing = open[o.pick % open.length]!;
      const target = reversing;
      lines = target.lines.map((l) => ({ ...l, debitSatang: l.creditSatang, creditSatang: l.debitSatang }));
      // The loan engine refuses to undo a disbursement that has been repaid; the ledger only guards cash and banks.
      const outstanding =
        (model.get(loans) ?? 0) +
        lines.reduce((n, l) => n + (l.accountId === loans ? l.debitSatang - l.creditSatang : 0), 0);
      if (target.fromLoans && outstanding < 0) return;
      action = async () =>
        (target.fromLoans
          ? await reverseEntry(t.deps, target.id, "ทดสอบ", { bySourceModule: true })
          : await reverseEntry(f.as("finance"), target.id, "ทดสอบ")
        ).id;
      break;
    }
  }
  const money = new Set([f.accounts.cash!, ...f.banks.map((x) => x.ledgerAccountId)]);
  const next = new Map(model);
  for (const l of lines) next.set(l.accountId, (next.get(l.accountId) ?? 0) + l.debitSatang - l.creditSatang);
  const shouldRefuse = [...money].some((id) => (next.get(id) ?? 0) < 0);
  const before = await journalIntegrity(f.fund.id);
  const outcome = await action().then(
    (id) => ({ id, error: null }),
    (error: unknown) => ({ id: null, error }),
  );
  stats[shouldRefuse ? "refused" : "posted"]++;
  if (shouldRefuse) {
    expect(isAppError(outcome.error) && outcome.error.code).toBe("ledger.insufficient_funds");
    expect((await journalIntegrity(f.fund.id)).entries).toBe(before.entries);
    return;
  }
  if (outcome.error) throw outcome.error;
  for (const [k, v] of next) model.set(k, v);
  if (reversing) reversing.reversed = true;
  else posted.push({ id: outcome.id!, lines, fromLoans, reversed: false });
}

describe(`ledger invariants over random operations on ${testEngine}`, () => {
  it("keeps every entry balanced, the accounting equation true and cash and banks never negative", async () => {
    let fundNo = 0;
    await fc.assert(
      fc.asyncProperty(ops, async (sequence) => {
        const f = await buildFund(t.deps, {
          villageCode: VILLAGE,
          users,
          bankAccounts: 2,
          name: `กองทุน ${++fundNo}`,
        });
        const model = new Map<string, number>();
        const posted: Posted[] = [];
        for (const o of sequence) {
          await run(f, o, posted, model);
          const j = await journalIntegrity(f.fund.id);
          expect([j.unbalanced, j.short]).toEqual([0, 0]);
          expect(j.debit).toBe(j.credit);
          const p = await fundPosition(t.deps.db, f.fund.id);
          expect(p.capitalSatang + p.incomeSatang - p.expenseSatang + p.liabilitiesSatang).toBe(
            p.bankSatang + p.cashSatang + p.loansReceivableSatang + p.otherAssetsSatang,
          );
          expect(p.cashSatang).toBeGreaterThanOrEqual(0);
          for (const a of p.bankAccounts) expect(a.balanceSatang).toBeGreaterThanOrEqual(0);
          const balances = await accountBalances(t.deps.db, f.fund.id);
          for (const a of balances)
            expect([a.code, a.debitSatang - a.creditSatang]).toEqual([a.code, model.get(a.accountId) ?? 0]);
        }
      }),
      { numRuns: 25 },
    );
    // The runs exercised both sides of the rule: postings and refusals.
    expect(stats.posted).toBeGreaterThan(0);
    expect(stats.refused).toBeGreaterThan(0);
  }, 600_000);
});
