// Benchmark: the daily overdue job (runDailyJob) on national-scale loans, against a bare full-table UPDATE of the same loans.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { runDailyJob } from "../src/modules/health/index";
import { KKJ_PRODUCT } from "../src/modules/loans/index";
import { fixedClock } from "../src/platform/clock";
import { type Database, rows } from "../src/platform/database";
import { type BenchEngine, benchDeps, pgliteEngine, postgresEngine } from "./databases";
import { formatCount, formatSeconds, progress, type RssSampler, timed } from "./support";

/** domain.md §11: 39,646 กข.คจ. villages; ~1 M loans nationally is the brief's sizing. */
export const OVERDUE_SIZES = {
  postgres: { loans: 1_000_000, funds: 40_000 },
  pglite: { loans: 100_000, funds: 4_000 },
} as const;
export const INSTALMENTS_PER_LOAN = 6;
export const BUSINESS_DATE = "2024-06-15";
/** The brief's budget for 1,000,000 loans on PostgreSQL with 2 cores. */
export const BUDGET_MS = 60_000;

export interface OverdueBenchResult {
  name: "overdue";
  engine: string;
  loans: number;
  funds: number;
  instalments: number;
  journalLines: number;
  generateMs: number;
  /** First run: every loan gets its classification (all rows written). */
  firstRunMs: number;
  /** Same date again: nothing changes (idempotent rerun). */
  rerunMs: number;
  /** The next day: only loans whose days past due or class move are written. */
  nextDayMs: number;
  firstRun: {
    loansChanged: number;
    batches: number;
    fundsAtRisk: number;
    classifyMs: number;
    healthMs: number;
    classCounts: Record<string, number>;
  };
  nextDayLoansChanged: number;
  /** SELECT count(*) over loan and loan_instalment. */
  scanMs: number;
  /** UPDATE loan SET days_past_due = days_past_due (every row rewritten once, no computation). */
  bareUpdateMs: number;
  /** firstRun ÷ bare update. */
  ratio: number;
  budgetMs: number | null;
}

/** Ids in creation order, as UUIDv7 gives in production (loans made later sort later). */
const orderedId = (prefix: string, n: string) => `('${prefix}' || lpad(to_hex(${n}), 24, '0'))::uuid`;

/**
 * Fills a migrated database with villages, funds (chart, committee, capital grant) and loans with six
 * instalments each, straight in SQL (triggers off while loading, like a restore). Loans: 90 % active, 7 %
 * closed, 3 % written off; 5 % rescheduled (version 2, with the superseded version kept); payments lag so
 * that every class occurs.
 */
export async function generateLoans(database: Database, loans: number, funds: number): Promise<void> {
  const db = database.db;
  const run = (q: string) => db.execute(sql.raw(q));
  const product = JSON.stringify(KKJ_PRODUCT).replace(/'/g, "''");
  await run("SET session_replication_role = replica");
  await run(`CREATE TEMP TABLE bench_fund AS
    WITH subs AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS k, count(*) OVER () AS total
                    FROM area WHERE level = 'subdistrict')
    SELECT i AS idx, ${orderedId("01800000", "i")} AS id,
           s.code || lpad(((i / s.total) + 1)::text, 2, '0') AS area_code, s.code AS parent_code,
           ((i / s.total) + 1)::smallint AS village_no
      FROM generate_series(0, ${funds - 1}) i JOIN subs s ON s.k = i % s.total`);
  await run(`INSERT INTO area (code, level, parent_code, name_th, village_no)
    SELECT area_code, 'village', parent_code, 'บ้านทดสอบ ' || area_code, village_no FROM bench_fund
    ON CONFLICT (code) DO NOTHING`);
  const now = "'2024-06-01T00:00:00Z'::timestamptz";
  await run(`INSERT INTO fund (id, area_code, fund_type, name, started_on, original_capital_satang, parameters,
                               status, created_at, updated_at)
    SELECT id, area_code, 'kkj', 'กองทุน กข.คจ. ' || area_code, '2000-01-01', 28000000, '{}', 'active', ${now}, ${now}
      FROM bench_fund`);
  // The accounts the job reads (cash, bank) and the ones the entries post to.
  await run(`INSERT INTO ledger_account (id, fund_id, code, name_th, name_en, account_type, normal_side, role, created_at)
    SELECT gen_random_uuid(), f.id, a.code, a.name_th, a.name_en, a.type, a.side, a.role, ${now}
      FROM bench_fund f CROSS JOIN (VALUES
        ('1101', 'เงินสด', 'Cash on hand', 'asset', 'debit', 'cash'),
        ('1111', 'เงินฝากธนาคาร', 'Bank deposit', 'asset', 'debit', 'bank'),
        ('1301', 'ลูกหนี้เงินยืม', 'Loans receivable', 'asset', 'debit', 'loans_receivable'),
        ('3101', 'ทุนเดิม', 'Capital', 'equity', 'credit', 'capital')) AS a(code, name_th, name_en, type, side, role)`);
  // 1 fund in 20 has a committee whose term ended.
  await run(`INSERT INTO committee_set (id, fund_id, set_no, term_start, term_end, created_at)
    SELECT gen_random_uuid(), id, 1, '2021-01-01',
           CASE WHEN idx % 20 = 0 THEN date '2023-12-31' ELSE date '2026-12-31' END, ${now} FROM bench_fund`);
  await run(`CREATE TEMP TABLE bench_loan AS
    SELECT n, ${orderedId("01900000", "n")} AS id, f.id AS fund_id, f.area_code,
           date '2021-09-01' + (n % 1000)::int AS disbursed_on,
           CASE WHEN n % 100 < 7 THEN 'closed' WHEN n % 100 < 10 THEN 'written_off' ELSE 'active' END AS status,
           CASE WHEN n % 20 = 11 THEN 2 ELSE 1 END AS version_no,
           CASE WHEN n % 20 < 14 THEN 0 WHEN n % 20 < 17 THEN 1 WHEN n % 20 < 19 THEN 2 ELSE 5 END AS lag
      FROM generate_series(0, ${loans - 1}) n JOIN bench_fund f ON f.idx = n % ${funds}`);
  await run(`CREATE TEMP TABLE bench_inst AS
    SELECT l.id AS loan_id, v.version_no, k AS seq,
           (l.disbursed_on + make_interval(months => 2 * k + 6 * (v.version_no - 1)))::date AS due_on,
           l.status, l.lag
      FROM bench_loan l CROSS JOIN generate_series(1, ${INSTALMENTS_PER_LOAN}) k
      JOIN LATERAL (SELECT generate_series(1, l.version_no) AS version_no) v ON true`);
  await run(`CREATE TEMP TABLE bench_paid AS
    SELECT loan_id, version_no, count(*) FILTER (WHERE due_on <= '${BUSINESS_DATE}') AS fallen FROM bench_inst
     GROUP BY loan_id, version_no`);
  await run(`INSERT INTO loan_instalment (loan_id, version_no, seq, due_on, principal_satang, interest_satang,
                                         paid_principal_satang, paid_interest_satang, waived_interest_satang)
    SELECT i.loan_id, i.version_no, i.seq, i.due_on, 100000, 0,
           CASE WHEN i.status = 'closed' OR i.seq <= p.fallen - i.lag THEN 100000 ELSE 0 END, 0, 0
      FROM bench_inst i JOIN bench_paid p USING (loan_id, version_no)
     ORDER BY i.loan_id, i.version_no, i.seq`);
  await run(`INSERT INTO loan (id, fund_id, area_code, borrower_name, loan_no, source_type, product, principal_satang,
                               status, contracted_on, disbursed_on, current_version_no, outstanding_principal_satang,
                               outstanding_interest_satang, created_at, updated_at)
    SELECT l.id, l.fund_id, l.area_code, 'ผู้ยืม ' || l.n, 'B-' || l.n, 'kkj_contract', '${product}'::jsonb,
           ${INSTALMENTS_PER_LOAN * 100_000}, l.status, l.disbursed_on, l.disbursed_on, l.version_no,
           CASE WHEN l.status = 'active'
                THEN 100000 * (${INSTALMENTS_PER_LOAN} - least(${INSTALMENTS_PER_LOAN}, greatest(0, p.fallen - l.lag)))
                ELSE 0 END,
           0, ${now}, ${now}
      FROM bench_loan l JOIN bench_paid p ON p.loan_id = l.id AND p.version_no = l.version_no
     ORDER BY l.id`);
  // The journal: each fund's capital grant, and one disbursement entry per loan (2 lines each)…
  await run(`INSERT INTO journal_entry (id, fund_id, entry_date, fiscal_year, kind, description, created_at)
    SELECT ${orderedId("01a00000", "idx")}, id, '2020-01-01', 2563, 'capital_grant', 'รับเงินทุน', ${now}
      FROM bench_fund`);
  await run(`INSERT INTO journal_line (entry_id, line_no, account_id, debit_satang, credit_satang)
    SELECT ${orderedId("01a00000", "f.idx")}, x.line_no, a.id, x.debit, x.credit
      FROM bench_fund f
      CROSS JOIN (VALUES (1, 'bank', 28000000, 0), (2, 'capital', 0, 28000000)) AS x(line_no, role, debit, credit)
      JOIN ledger_account a ON a.fund_id = f.id AND a.role = x.role`);
  await run(`INSERT INTO journal_entry (id, fund_id, entry_date, fiscal_year, kind, description, source_type,
                                        source_id, created_at)
    SELECT ${orderedId("01b00000", "n")}, fund_id, disbursed_on,
           (extract(year FROM disbursed_on) + CASE WHEN extract(month FROM disbursed_on) >= 10 THEN 544 ELSE 543 END)::int,
           'loan_disbursement', 'จ่ายเงินยืม',
           'loan', id::text, ${now}
      FROM bench_loan`);
  await run(`INSERT INTO journal_line (entry_id, line_no, account_id, debit_satang, credit_satang)
    SELECT ${orderedId("01b00000", "l.n")}, x.line_no, a.id, x.debit, x.credit
      FROM bench_loan l
      CROSS JOIN (VALUES (1, 'loans_receivable', ${INSTALMENTS_PER_LOAN * 100_000}, 0),
                         (2, 'bank', 0, ${INSTALMENTS_PER_LOAN * 100_000})) AS x(line_no, role, debit, credit)
      JOIN ledger_account a ON a.fund_id = l.fund_id AND a.role = x.role`);
  // And one entry per loan for what has been repaid (in reality one per receipt; the totals are the same).
  await run(`CREATE TEMP TABLE bench_repaid AS
    SELECT l.n, l.fund_id, (l.disbursed_on + 60)::date AS paid_on, sum(i.paid_principal_satang)::bigint AS amount
      FROM bench_loan l JOIN loan_instalment i ON i.loan_id = l.id AND i.version_no = l.version_no
     GROUP BY l.n, l.fund_id, l.disbursed_on HAVING sum(i.paid_principal_satang) > 0`);
  await run(`INSERT INTO journal_entry (id, fund_id, entry_date, fiscal_year, kind, description, created_at)
    SELECT ${orderedId("01c00000", "n")}, fund_id, paid_on,
           (extract(year FROM paid_on) + CASE WHEN extract(month FROM paid_on) >= 10 THEN 544 ELSE 543 END)::int,
           'loan_repayment', 'รับคืนเงินยืม', ${now}
      FROM bench_repaid`);
  await run(`INSERT INTO journal_line (entry_id, line_no, account_id, debit_satang, credit_satang)
    SELECT ${orderedId("01c00000", "r.n")}, x.line_no, a.id,
           CASE WHEN x.line_no = 1 THEN r.amount ELSE 0 END, CASE WHEN x.line_no = 2 THEN r.amount ELSE 0 END
      FROM bench_repaid r
      CROSS JOIN (VALUES (1, 'bank'), (2, 'loans_receivable')) AS x(line_no, role)
      JOIN ledger_account a ON a.fund_id = r.fund_id AND a.role = x.role`);
  await run("DROP TABLE bench_repaid, bench_paid, bench_inst, bench_loan, bench_fund");
  await run("SET session_replication_role = origin");
  // What autovacuum would have done by the night after such a load.
  for (const table of [
    "area",
    "fund",
    "ledger_account",
    "committee_set",
    "loan",
    "loan_instalment",
    "journal_entry",
    "journal_line",
  ])
    await run(`VACUUM ANALYZE ${table}`);
}

async function count(database: Database, table: string): Promise<number> {
  const [r] = await rows<{ n: number }>(database.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
  return Number(r?.n ?? 0);
}

export async function benchOverdue(
  engine: BenchEngine,
  options: { loans?: number; funds?: number; sampler?: RssSampler } = {},
): Promise<OverdueBenchResult> {
  const size = OVERDUE_SIZES[engine.engine];
  const loans = options.loans ?? size.loans;
  const funds = options.funds ?? Math.max(1, Math.round((loans * size.funds) / size.loans));
  await engine.prepareTemplate([]);
  const fresh = await engine.fresh();
  try {
    const database = await fresh.open();
    progress(
      `overdue/${engine.engine}: generating ${formatCount(loans)} loans in ${formatCount(funds)} funds`,
    );
    const generated = await timed(() => generateLoans(database, loans, funds));
    const instalments = await count(database, "loan_instalment");
    const journalLines = await count(database, "journal_line");
    progress(
      `overdue/${engine.engine}: ${formatCount(instalments)} instalments, ${formatCount(journalLines)} journal lines (${formatSeconds(generated.ms)})`,
    );
    const scan = await timed(() =>
      database.db.execute(sql`SELECT (SELECT count(*) FROM loan), (SELECT count(*) FROM loan_instalment)`),
    );
    const clock = fixedClock(`${BUSINESS_DATE}T18:00:00Z`);
    const deps = { ...benchDeps(database), clock };
    progress(`overdue/${engine.engine}: daily job, first run (every loan classified)`);
    options.sampler?.reset();
    const first = await timed(() => runDailyJob(deps, { businessDate: BUSINESS_DATE }));
    progress(`overdue/${engine.engine}: first run ${formatSeconds(first.ms)}; rerun for the same date`);
    const rerun = await timed(() => runDailyJob(deps, { businessDate: BUSINESS_DATE }));
    clock.advance(86_400_000);
    const nextDay = await timed(() => runDailyJob(deps));
    progress(`overdue/${engine.engine}: baseline: bare UPDATE of every loan`);
    const bare = await timed(() => database.db.execute(sql`UPDATE loan SET days_past_due = days_past_due`));
    return {
      name: "overdue",
      engine: engine.engine,
      loans,
      funds,
      instalments,
      journalLines,
      generateMs: Math.round(generated.ms),
      firstRunMs: Math.round(first.ms),
      rerunMs: Math.round(rerun.ms),
      nextDayMs: Math.round(nextDay.ms),
      firstRun: {
        loansChanged: first.result.loansChanged,
        batches: first.result.batches,
        fundsAtRisk: first.result.fundsAtRisk,
        classifyMs: first.result.classifyMs,
        healthMs: first.result.healthMs,
        classCounts: first.result.classCounts,
      },
      nextDayLoansChanged: nextDay.result.loansChanged,
      scanMs: Math.round(scan.ms),
      bareUpdateMs: Math.round(bare.ms),
      ratio: first.ms / bare.ms,
      budgetMs: engine.engine === "postgres" && loans >= 1_000_000 ? BUDGET_MS : null,
    };
  } finally {
    await fresh.dispose();
  }
}

export function overdueLines(r: OverdueBenchResult): string[] {
  const verdict =
    r.budgetMs === null
      ? ""
      : `  (budget ${formatSeconds(r.budgetMs)}: ${r.firstRunMs <= r.budgetMs ? "ok" : "OVER"})`;
  const classes = Object.entries(r.firstRun.classCounts)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${c} ${formatCount(n)}`)
    .join(", ");
  return [
    [
      "overdue".padEnd(18),
      r.engine.padEnd(9),
      `${formatCount(r.loans)} loans`.padEnd(19),
      `job ${formatSeconds(r.firstRunMs)}`.padEnd(14),
      `bare UPDATE ${formatSeconds(r.bareUpdateMs)}`.padEnd(22),
      `ratio ${r.ratio.toFixed(2)}×${verdict}`,
    ].join(" "),
    `${"".padEnd(28)} first run: classification ${formatSeconds(r.firstRun.classifyMs)}, fund health ${formatSeconds(r.firstRun.healthMs)}`,
    `${"".padEnd(28)} rerun same date ${formatSeconds(r.rerunMs)} · next day ${formatSeconds(r.nextDayMs)} (${formatCount(r.nextDayLoansChanged)} loans changed) · count(*) scan ${formatSeconds(r.scanMs)}`,
    `${"".padEnd(28)} ${formatCount(r.funds)} funds (${formatCount(r.firstRun.fundsAtRisk)} at risk), ${formatCount(r.instalments)} instalments, ${formatCount(r.journalLines)} journal lines, ${r.firstRun.batches} batches · generated in ${formatSeconds(r.generateMs)}`,
    `${"".padEnd(28)} ${classes}`,
  ];
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `tsx bench/overdue.ts [pglite|postgres] [loans]`: this benchmark alone, without the household data set.
  const which = process.argv[2] ?? "postgres";
  const loans = process.argv[3] ? Number(process.argv[3].replace(/[_,]/g, "")) : undefined;
  const engine = which === "pglite" ? pgliteEngine() : await postgresEngine();
  if (!engine) throw new Error("no PostgreSQL server binary found");
  try {
    const result = await benchOverdue(engine, { loans });
    process.stdout.write(`${overdueLines(result).join("\n")}\n`);
  } finally {
    await engine.close();
  }
}
