// Benchmark: the daily early-warning risk recomputation (recomputeRisk) for 40,000 funds, against one raw per-fund aggregate over the same loans.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { recomputeRisk } from "../src/modules/governance/index";
import { runDailyJob } from "../src/modules/health/index";
import { fixedClock } from "../src/platform/clock";
import { type Database, rows } from "../src/platform/database";
import { addDays } from "../src/shared/thai-date";
import { type BenchEngine, benchDeps, pgliteEngine, postgresEngine } from "./databases";
import { BUSINESS_DATE, generateLoans } from "./overdue";
import { formatCount, formatSeconds, progress, type RssSampler, timed } from "./support";

/** domain.md §11: 39,646 กข.คจ. villages, so 40,000 funds; ten loans each (a tenth of both on PGlite). */
export const RISK_SIZES = {
  postgres: { funds: 40_000, loans: 400_000 },
  pglite: { funds: 4_000, loans: 40_000 },
} as const;
/** The brief's budget: daily risk recomputation for 40,000 funds under 60 s on PostgreSQL. */
export const RISK_BUDGET_MS = 60_000;

export interface RiskBenchResult {
  name: "risk";
  engine: string;
  funds: number;
  loans: number;
  generateMs: number;
  /** The whole daily job (classification, fund health, rollups, risk) once, to have the day's fund health. */
  dailyJobMs: number;
  /** Risk for a day with no history yet (every fund inserted). */
  firstDayMs: number;
  /** Risk 30 days later: the trend reads the earlier scores. */
  laterDayMs: number;
  /** The same day again: every row replaced. */
  rerunMs: number;
  bands: { medium: number; high: number };
  /** One INSERT … SELECT of a per-fund aggregate of the active loans into a scratch table. */
  baselineMs: number;
  ratio: number;
  budgetMs: number | null;
}

/** Meetings for two funds in three, a reconciliation for every other fund, open complaints for one in ten. */
async function addGovernanceData(database: Database): Promise<void> {
  const run = (q: string) => database.db.execute(sql.raw(q));
  await run(`INSERT INTO committee_meeting (id, fund_id, meeting_no, held_on, attendee_count, attendees, agenda,
                                           minutes, created_at)
    SELECT gen_random_uuid(), f.id, '1/2567', date '2023-12-01', 7, '[]', 'วาระ', 'บันทึก', now()
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS k FROM fund) f WHERE f.k % 3 <> 0`);
  await run(`INSERT INTO gov_bank_reconciliation (id, fund_id, area_code, statement_date, statement_balance_satang,
                                                 book_balance_satang, difference_satang, recorded_by_name, created_at)
    SELECT gen_random_uuid(), f.id, f.area_code, date '2024-01-31' - (f.k % 200)::int, 100, 100, 0, 'bench', now()
      FROM (SELECT id, area_code, row_number() OVER (ORDER BY id) AS k FROM fund) f WHERE f.k % 2 = 0`);
  await run(`INSERT INTO cmp_complaint (id, reference_no, fund_id, area_code, office_code, category, subject, details,
                                       channel, status, received_on, due_on, anonymous, created_at, updated_at)
    SELECT gen_random_uuid(), 'B' || f.k, f.id, f.area_code, substr(f.area_code, 1, 4), 'other', 'เรื่อง', 'รายละเอียด',
           'walk_in', 'in_progress', date '2024-04-01', date '2024-05-01' + (f.k % 90)::int, false, now(), now()
      FROM (SELECT id, area_code, row_number() OVER (ORDER BY id) AS k FROM fund) f WHERE f.k % 10 = 0`);
  for (const table of ["committee_meeting", "gov_bank_reconciliation", "cmp_complaint"])
    await run(`VACUUM ANALYZE ${table}`);
}

export async function benchRisk(
  engine: BenchEngine,
  options: { funds?: number; loans?: number; sampler?: RssSampler } = {},
): Promise<RiskBenchResult> {
  const size = RISK_SIZES[engine.engine];
  const funds = options.funds ?? size.funds;
  const loans = options.loans ?? Math.max(funds, Math.round((funds * size.loans) / size.funds));
  await engine.prepareTemplate([]);
  const fresh = await engine.fresh();
  try {
    const database = await fresh.open();
    progress(
      `risk/${engine.engine}: generating ${formatCount(funds)} funds with ${formatCount(loans)} loans`,
    );
    const generated = await timed(async () => {
      await generateLoans(database, loans, funds);
      await addGovernanceData(database);
    });
    const earlier = addDays(BUSINESS_DATE, -30);
    const clock = fixedClock(`${BUSINESS_DATE}T18:00:00Z`);
    const deps = { ...benchDeps(database), clock };
    progress(`risk/${engine.engine}: daily job once for ${BUSINESS_DATE} (fund health of the day)`);
    options.sampler?.reset();
    const job = await timed(() => runDailyJob(deps, { businessDate: BUSINESS_DATE }));
    // The job scored the day already; start from no scores, as on the first night.
    await database.db.execute(sql`DELETE FROM fund_risk_score`);
    progress(
      `risk/${engine.engine}: recompute for ${earlier} (no history), then ${BUSINESS_DATE}, then again`,
    );
    const first = await timed(() => recomputeRisk(deps, { businessDate: earlier }));
    const later = await timed(() => recomputeRisk(deps, { businessDate: BUSINESS_DATE }));
    const rerun = await timed(() => recomputeRisk(deps, { businessDate: BUSINESS_DATE }));
    progress(`risk/${engine.engine}: baseline: one per-fund aggregate of the active loans`);
    await database.db.execute(sql`CREATE TABLE bench_fund_sum (fund_id uuid, loans int, outstanding bigint)`);
    const baseline = await timed(() =>
      database.db.execute(sql`
        INSERT INTO bench_fund_sum
        SELECT fund_id, count(*)::int, sum(outstanding_principal_satang)::bigint
          FROM loan WHERE status = 'active' GROUP BY fund_id`),
    );
    const [scored] = await rows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM fund_risk_score WHERE as_of = ${BUSINESS_DATE}::date`,
    );
    if (Number(scored?.n) !== funds) throw new Error(`expected ${funds} scores, found ${scored?.n}`);
    return {
      name: "risk",
      engine: engine.engine,
      funds,
      loans,
      generateMs: Math.round(generated.ms),
      dailyJobMs: Math.round(job.ms),
      firstDayMs: Math.round(first.ms),
      laterDayMs: Math.round(later.ms),
      rerunMs: Math.round(rerun.ms),
      bands: { medium: later.result.medium, high: later.result.high },
      baselineMs: Math.round(baseline.ms),
      ratio: later.ms / baseline.ms,
      budgetMs: engine.engine === "postgres" && funds >= 40_000 ? RISK_BUDGET_MS : null,
    };
  } finally {
    await fresh.dispose();
  }
}

export function riskLines(r: RiskBenchResult): string[] {
  const verdict =
    r.budgetMs === null
      ? ""
      : `  (budget ${formatSeconds(r.budgetMs)}: ${r.laterDayMs <= r.budgetMs ? "ok" : "OVER"})`;
  return [
    [
      "risk".padEnd(18),
      r.engine.padEnd(9),
      `${formatCount(r.funds)} funds`.padEnd(19),
      `recompute ${formatSeconds(r.laterDayMs)}`.padEnd(20),
      `raw aggregate ${formatSeconds(r.baselineMs)}`.padEnd(24),
      `ratio ${r.ratio.toFixed(2)}×${verdict}`,
    ].join(" "),
    `${"".padEnd(28)} first night (no history) ${formatSeconds(r.firstDayMs)} · rerun same date ${formatSeconds(r.rerunMs)} · whole daily job ${formatSeconds(r.dailyJobMs)}`,
    `${"".padEnd(28)} ${formatCount(r.loans)} loans · ${formatCount(r.bands.high)} high, ${formatCount(r.bands.medium)} medium · generated in ${formatSeconds(r.generateMs)}`,
  ];
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `tsx bench/risk-daily.ts [pglite|postgres] [funds]`: this benchmark alone.
  const which = process.argv[2] ?? "postgres";
  const funds = process.argv[3] ? Number(process.argv[3].replace(/[_,]/g, "")) : undefined;
  const engine = which === "pglite" ? pgliteEngine() : await postgresEngine();
  if (!engine) throw new Error("no PostgreSQL server binary found");
  try {
    const result = await benchRisk(engine, { funds });
    process.stdout.write(`${riskLines(result).join("\n")}\n`);
  } finally {
    await engine.close();
  }
}
