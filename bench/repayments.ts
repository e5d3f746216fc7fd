// Benchmark: recording loan repayments through the full use case, against bare single-row INSERTs in the same run.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { makeDirectLoan, recordRepayment } from "../src/modules/loans/index";
import {
  buildLoanFund,
  createCommitteeUsers,
  type LoanFundFixture,
} from "../src/modules/loans/loan-test-fixture";
import { type Database, rows } from "../src/platform/database";
import type { Deps } from "../src/platform/deps";
import { systemIds } from "../src/platform/ids";
import { addDays } from "../src/shared/thai-date";
import { type BenchEngine, benchDeps, pgliteEngine, postgresEngine } from "./databases";
import { formatCount, formatSeconds, perSecond, progress, type RssSampler, timed } from "./support";

/** Funds (each its own village and committee) and loans per fund the repayments are spread over. */
const FUNDS = 8;
const LOANS_PER_FUND = 25;
const CONCURRENCY = 8;
/** The brief's target on PostgreSQL. */
export const TARGET_PER_SECOND = 1_000;

export interface RepaymentsBenchResult {
  name: "repayments";
  engine: string;
  repayments: number;
  /** One request after the other, spread over every loan of every fund. */
  sequential: { ms: number; perSecond: number };
  /** PostgreSQL only: 8 at a time, each worker on its own fund's loans (different villages at once). */
  concurrentFunds: { ms: number; perSecond: number } | null;
  /** PostgreSQL only: 8 at a time on different loans of ONE fund (postings of a fund queue on its lock). */
  concurrentOneFund: { ms: number; perSecond: number } | null;
  /** The same number of bare single-row INSERTs (autocommit) into a scratch table, one after the other. */
  bareInsert: { ms: number; perSecond: number };
  bareInsertConcurrent: { ms: number; perSecond: number } | null;
  /** Sequential repayment time ÷ sequential bare insert time. */
  ratio: number;
  targetPerSecond: number;
}

interface Setup {
  deps: Deps;
  funds: Array<{ fixture: LoanFundFixture; loans: string[] }>;
  today: string;
}

async function setUp(database: Database): Promise<Setup> {
  const deps = benchDeps(database);
  const today = deps.clock.today();
  const subdistricts = await rows<{ code: string }>(
    database.db,
    sql`select code from area where level = 'subdistrict' order by code limit ${FUNDS}`,
  );
  const funds: Setup["funds"] = [];
  for (const [i, { code }] of subdistricts.entries()) {
    const village = `${code}97`;
    const fixture = await buildLoanFund(deps, {
      villageCode: village,
      users: await createCommitteeUsers(deps, village, `bench${i}`),
      cashSatang: 10_000_000_000,
      cashOn: addDays(today, -2),
    });
    const loans: string[] = [];
    for (let k = 0; k < LOANS_PER_FUND; k++) {
      const made = await makeDirectLoan(fixture.as("chair"), fixture.fund.id, {
        borrowerName: `ผู้กู้ทดสอบ ${i}-${k}`,
        loanNo: `B${i}-${k}`,
        amountSatang: 10_000_000,
        contractedOn: addDays(today, -1),
        plan: { scheduleType: "equal_principal", instalmentCount: 12 },
        meetingRef: "มติที่ประชุม (ทดสอบสมรรถนะ)",
      });
      loans.push(made.loan.id);
    }
    funds.push({ fixture, loans });
  }
  return { deps, funds, today };
}

/** Runs `count` jobs with at most `concurrency` in flight. */
async function pool(
  count: number,
  concurrency: number,
  job: (i: number, worker: number) => Promise<unknown>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (next < count) await job(next++, worker);
    }),
  );
}

// 1,000 baht: on these loans the first payments cover the month's interest and some principal (two credit lines).
const AMOUNT = 100_000;

function repay(s: Setup, fundIndex: number, loanIndex: number) {
  const f = s.funds[fundIndex]!;
  // Every request carries an Idempotency-Key, as the web app sends one.
  return recordRepayment(
    f.fixture.as("finance"),
    f.loans[loanIndex % f.loans.length]!,
    { amountSatang: AMOUNT, paidOn: s.today, method: "cash" },
    `bench-${systemIds.uuid()}`,
  );
}

async function bareInserts(database: Database, count: number, concurrency: number): Promise<number> {
  const db = database.db;
  await db.execute(sql`DROP TABLE IF EXISTS bench_scratch`);
  await db.execute(
    sql`CREATE TABLE bench_scratch (id uuid PRIMARY KEY, loan_id uuid NOT NULL, amount_satang bigint NOT NULL, created_at timestamptz NOT NULL)`,
  );
  const loanId = systemIds.uuid();
  const { ms } = await timed(() =>
    pool(count, concurrency, () =>
      db.execute(
        sql`INSERT INTO bench_scratch (id, loan_id, amount_satang, created_at) VALUES (${systemIds.uuid()}, ${loanId}, ${AMOUNT}, now())`,
      ),
    ),
  );
  return ms;
}

const rate = (count: number, ms: number) => ({ ms: Math.round(ms), perSecond: perSecond(count, ms) });

export async function benchRepayments(
  engine: BenchEngine,
  options: { repayments?: number; sampler?: RssSampler } = {},
): Promise<RepaymentsBenchResult> {
  const n = options.repayments ?? 2_000;
  await engine.prepareTemplate([]);
  const fresh = await engine.fresh();
  try {
    const database = await fresh.open();
    progress(`repayments (${engine.engine}): ${FUNDS} funds × ${LOANS_PER_FUND} loans`);
    const s = await setUp(database);
    const warm = Math.min(50, n);
    for (let i = 0; i < warm; i++) await repay(s, i % FUNDS, i);

    progress(`repayments (${engine.engine}): ${formatCount(n)} one after the other`);
    const sequential = await timed(() => pool(n, 1, (i) => repay(s, i % FUNDS, Math.floor(i / FUNDS))));
    let concurrentFunds: RepaymentsBenchResult["concurrentFunds"] = null;
    let concurrentOneFund: RepaymentsBenchResult["concurrentOneFund"] = null;
    let bareInsertConcurrent: RepaymentsBenchResult["bareInsertConcurrent"] = null;
    if (engine.engine === "postgres") {
      progress(`repayments (${engine.engine}): ${formatCount(n)} with ${CONCURRENCY} at a time`);
      const perWorker = new Array<number>(CONCURRENCY).fill(0);
      const across = await timed(() =>
        pool(n, CONCURRENCY, (_, worker) => repay(s, worker % FUNDS, perWorker[worker]!++)),
      );
      concurrentFunds = rate(n, across.ms);
      const oneFund = Math.min(n, 1_000);
      const same = await timed(() => pool(oneFund, CONCURRENCY, (i) => repay(s, 0, i)));
      concurrentOneFund = rate(oneFund, same.ms);
      bareInsertConcurrent = rate(n, await bareInserts(database, n, CONCURRENCY));
    }
    const bare = await bareInserts(database, n, 1);
    return {
      name: "repayments",
      engine: engine.engine,
      repayments: n,
      sequential: rate(n, sequential.ms),
      concurrentFunds,
      concurrentOneFund,
      bareInsert: rate(n, bare),
      bareInsertConcurrent,
      ratio: sequential.ms / bare,
      targetPerSecond: TARGET_PER_SECOND,
    };
  } finally {
    await fresh.dispose();
  }
}

export function repaymentLines(r: RepaymentsBenchResult): string[] {
  const best = Math.max(r.sequential.perSecond, r.concurrentFunds?.perSecond ?? 0);
  const verdict =
    r.engine === "postgres"
      ? `  (target ≥ ${formatCount(r.targetPerSecond)}/s: ${best >= r.targetPerSecond ? "ok" : "BELOW TARGET"})`
      : "";
  const lines = [
    [
      "repayments".padEnd(18),
      r.engine.padEnd(9),
      `${formatCount(r.repayments)} repayments`.padEnd(19),
      `sequential ${formatSeconds(r.sequential.ms)} (${formatCount(r.sequential.perSecond)}/s)`.padEnd(30),
      `bare INSERT ${formatSeconds(r.bareInsert.ms)} (${formatCount(r.bareInsert.perSecond)}/s)`.padEnd(30),
      `ratio ${r.ratio.toFixed(1)}×${verdict}`,
    ].join(" "),
  ];
  if (r.concurrentFunds && r.bareInsertConcurrent && r.concurrentOneFund) {
    lines.push(
      `${"".padEnd(28)} ${CONCURRENCY} at a time: ${formatCount(r.concurrentFunds.perSecond)}/s across ${FUNDS} funds, ` +
        `${formatCount(r.concurrentOneFund.perSecond)}/s within one fund · bare INSERT ${formatCount(r.bareInsertConcurrent.perSecond)}/s ` +
        `(ratio ${(r.bareInsertConcurrent.perSecond / r.concurrentFunds.perSecond).toFixed(1)}×)`,
    );
  }
  return lines;
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `tsx bench/repayments.ts [pglite|postgres] [repayments]`: this benchmark alone.
  const which = process.argv[2] ?? "postgres";
  const count = process.argv[3] ? Number(process.argv[3].replace(/[_,]/g, "")) : undefined;
  const engine = which === "pglite" ? pgliteEngine() : await postgresEngine();
  if (!engine) throw new Error("no PostgreSQL server binary found");
  try {
    const r = await benchRepayments(engine, { repayments: count });
    process.stdout.write(`${repaymentLines(r).join("\n")}\n`);
  } finally {
    await engine.close();
  }
}
