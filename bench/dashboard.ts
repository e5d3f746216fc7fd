// Benchmark: the national dashboard read from the fiscal-year rollups, against one raw GROUP BY over the loans in the same run.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { buildApp } from "../src/http/app";
import { createUser } from "../src/modules/access/index";
import { getDashboard, refreshRollups } from "../src/modules/dashboards/index";
import { fixedClock } from "../src/platform/clock";
import { type Database, rows } from "../src/platform/database";
import type { Deps } from "../src/platform/deps";
import { silentLogger } from "../src/platform/logger";
import { type BenchEngine, benchDeps, pgliteEngine, postgresEngine } from "./databases";
import { BUSINESS_DATE, generateLoans } from "./overdue";
import { formatCount, formatSeconds, median, progress, type RssSampler, timed } from "./support";

/** domain.md §11: ~40,000 กข.คจ. funds; the brief's 2,000,000 loans (50 a fund) on PostgreSQL, a tenth on PGlite. */
export const DASHBOARD_SIZES = {
  postgres: { loans: 2_000_000, funds: 40_000 },
  pglite: { loans: 200_000, funds: 4_000 },
} as const;
/** The brief's targets: at least 10× faster than the raw scan, and under 100 ms on PostgreSQL. */
export const TARGET_RATIO = 10;
export const TARGET_MS = 100;

export interface DashboardBenchResult {
  name: "dashboard";
  engine: string;
  loans: number;
  funds: number;
  generateMs: number;
  /** First refresh: back-fills the past fiscal years and builds the current one. */
  firstRefreshMs: number;
  backfilledYears: number[];
  fundYearRows: number;
  areaRows: number;
  /** A second refresh of the same day: the current year only (what the nightly job adds). */
  dailyRefreshMs: number;
  requests: number;
  /** p95 / median of the national dashboard through the use case. */
  nationalP95Ms: number;
  nationalMedianMs: number;
  /** The same over HTTP (app.inject: routing, session, validation, serialisation). */
  httpP95Ms: number;
  /** A province (its districts) and a sub-district (its villages, one page). */
  provinceP95Ms: number;
  subdistrictP95Ms: number;
  rawRuns: number;
  /** SELECT left(f.area_code, 2), count(*), sum(outstanding) FROM loan JOIN fund … GROUP BY 1. */
  rawP95Ms: number;
  rawMedianMs: number;
  /** raw p95 ÷ national p95. */
  ratio: number;
  target: { ratio: number; ms: number | null };
}

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

async function sample(times: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/**
 * What the loans use cases would have written and the overdue generator leaves out: dates for closed and
 * written-off loans, the write-off amounts, and one repayment row per loan for what its instalments show as
 * paid (the generator's journal has one repayment entry per loan, which the row points to).
 */
export async function completeLoanEvents(database: Database): Promise<void> {
  const run = (q: string) => database.db.execute(sql.raw(q));
  await run("SET session_replication_role = replica");
  await run(
    `UPDATE loan SET closed_on = least(disbursed_on + 300, date '${BUSINESS_DATE}') WHERE status = 'closed'`,
  );
  await run(`UPDATE loan l SET written_off_on = least(l.disbursed_on + 200, date '${BUSINESS_DATE}'),
                               write_off_satang = l.principal_satang - coalesce((
                                 SELECT sum(i.paid_principal_satang) FROM loan_instalment i
                                  WHERE i.loan_id = l.id AND i.version_no = l.current_version_no), 0)
              WHERE l.status = 'written_off'`);
  await run(`INSERT INTO loan_repayment (id, loan_id, fund_id, receipt_no, fiscal_year, paid_on, amount_satang,
                                         principal_satang, interest_satang, method, allocation, journal_entry_id,
                                         created_at)
    SELECT ('01d00000' || lpad(to_hex(n), 24, '0'))::uuid, l.id, l.fund_id, 'R-' || n,
           (extract(year FROM l.disbursed_on + 60) + CASE WHEN extract(month FROM l.disbursed_on + 60) >= 10 THEN 544 ELSE 543 END)::int,
           l.disbursed_on + 60, p.paid, p.paid, 0, 'bank', '[]'::jsonb,
           ('01c00000' || lpad(to_hex(n), 24, '0'))::uuid, now()
      FROM (SELECT id, fund_id, disbursed_on, current_version_no, substring(loan_no FROM 3)::bigint AS n FROM loan) l
      JOIN LATERAL (SELECT sum(i.paid_principal_satang)::bigint AS paid FROM loan_instalment i
                     WHERE i.loan_id = l.id AND i.version_no = l.current_version_no) p ON p.paid > 0`);
  await run("SET session_replication_role = origin");
  for (const table of ["loan", "loan_repayment"]) await run(`VACUUM ANALYZE ${table}`);
}

async function signIn(deps: Deps, database: Database) {
  const app = await buildApp(
    {
      base: deps,
      config: {
        sessionHours: 12,
        webDistDir: "/nonexistent",
        isProduction: false,
        loginRatePerMinute: 10_000,
      },
      engine: database.engine,
    },
    silentLogger,
  );
  await app.ready();
  await createUser(deps, {
    username: "bench.admin",
    displayName: "bench",
    role: "central_admin",
    scopeCode: "",
    password: "kaejon-bench-password",
  });
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username: "bench.admin", password: "kaejon-bench-password" },
  });
  if (res.statusCode !== 200) throw new Error(`bench login failed: ${res.statusCode} ${res.body}`);
  return { app, cookie: String(res.headers["set-cookie"]).split(";")[0]! };
}

export async function benchDashboard(
  engine: BenchEngine,
  options: { loans?: number; funds?: number; requests?: number; rawRuns?: number; sampler?: RssSampler } = {},
): Promise<DashboardBenchResult> {
  const size = DASHBOARD_SIZES[engine.engine];
  const loans = options.loans ?? size.loans;
  const funds = options.funds ?? Math.max(1, Math.round((loans * size.funds) / size.loans));
  const requests = Math.max(50, options.requests ?? 60);
  const rawRuns = Math.max(1, options.rawRuns ?? 10);
  await engine.prepareTemplate([]);
  const fresh = await engine.fresh();
  try {
    const database = await fresh.open();
    progress(
      `dashboard/${engine.engine}: generating ${formatCount(loans)} loans in ${formatCount(funds)} funds`,
    );
    const generated = await timed(async () => {
      await generateLoans(database, loans, funds);
      await completeLoanEvents(database);
    });
    const clock = fixedClock(`${BUSINESS_DATE}T18:00:00Z`);
    const deps = { ...benchDeps(database), clock };
    progress(`dashboard/${engine.engine}: first rollup refresh (${formatSeconds(generated.ms)} to generate)`);
    options.sampler?.reset();
    const first = await timed(() => refreshRollups(deps, { businessDate: BUSINESS_DATE }));
    const daily = await timed(() => refreshRollups(deps, { businessDate: BUSINESS_DATE }));
    progress(
      `dashboard/${engine.engine}: refresh ${formatSeconds(first.ms)} (again ${formatSeconds(daily.ms)}); ${requests} reads of each dashboard`,
    );
    const [subdistrict] = await rows<{ code: string }>(
      database.db,
      sql`SELECT left(area_code, 6) AS code FROM fund GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    const national = await sample(requests, () => getDashboard(deps, {}));
    const province = await sample(requests, () => getDashboard(deps, { area: "40" }));
    const tambon = await sample(requests, () => getDashboard(deps, { area: subdistrict?.code ?? "400101" }));
    const { app, cookie } = await signIn(deps, database);
    const http = await sample(requests, async () => {
      const res = await app.inject({ method: "GET", url: "/api/dashboards", headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`GET /api/dashboards: ${res.statusCode} ${res.body}`);
    });
    await app.close();
    progress(`dashboard/${engine.engine}: baseline: ${rawRuns} raw GROUP BY scans of the loans`);
    const raw = await sample(rawRuns, () =>
      database.db.execute(sql`SELECT left(f.area_code, 2) AS province, count(*) AS loans,
                                     sum(l.outstanding_principal_satang) AS outstanding
                                FROM loan l JOIN fund f ON f.id = l.fund_id
                               GROUP BY 1`),
    );
    const nationalP95 = p95(national);
    return {
      name: "dashboard",
      engine: engine.engine,
      loans,
      funds,
      generateMs: Math.round(generated.ms),
      firstRefreshMs: Math.round(first.ms),
      backfilledYears: first.result.backfilledYears,
      fundYearRows: first.result.fundYearsWritten,
      areaRows: first.result.areaRowsWritten,
      dailyRefreshMs: Math.round(daily.ms),
      requests,
      nationalP95Ms: round1(nationalP95),
      nationalMedianMs: round1(median(national)),
      httpP95Ms: round1(p95(http)),
      provinceP95Ms: round1(p95(province)),
      subdistrictP95Ms: round1(p95(tambon)),
      rawRuns,
      rawP95Ms: round1(p95(raw)),
      rawMedianMs: round1(median(raw)),
      ratio: p95(raw) / nationalP95,
      target: {
        ratio: TARGET_RATIO,
        ms: engine.engine === "postgres" && loans >= size.loans ? TARGET_MS : null,
      },
    };
  } finally {
    await fresh.dispose();
  }
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

export function dashboardLines(r: DashboardBenchResult): string[] {
  const ok = r.ratio >= r.target.ratio && (r.target.ms === null || r.nationalP95Ms < r.target.ms);
  const target = `target ≥ ${r.target.ratio}×${r.target.ms === null ? "" : ` and < ${r.target.ms} ms`}: ${ok ? "ok" : "MISSED"}`;
  return [
    [
      "dashboard".padEnd(18),
      r.engine.padEnd(9),
      `${formatCount(r.loans)} loans`.padEnd(19),
      `national p95 ${r.nationalP95Ms.toFixed(1)} ms`.padEnd(24),
      `raw GROUP BY p95 ${formatSeconds(r.rawP95Ms)}`.padEnd(26),
      `ratio ${r.ratio.toFixed(0)}×  (${target})`,
    ].join(" "),
    `${"".padEnd(28)} ${r.requests} reads each: national median ${r.nationalMedianMs.toFixed(1)} ms, over HTTP p95 ${r.httpP95Ms.toFixed(1)} ms, province p95 ${r.provinceP95Ms.toFixed(1)} ms, sub-district (villages) p95 ${r.subdistrictP95Ms.toFixed(1)} ms · raw median ${formatSeconds(r.rawMedianMs)} (${r.rawRuns} runs)`,
    `${"".padEnd(28)} rollup refresh: first ${formatSeconds(r.firstRefreshMs)} (back-filled ${r.backfilledYears.join(", ") || "none"}; ${formatCount(r.fundYearRows)} fund-years, ${formatCount(r.areaRows)} area rows), same day again ${formatSeconds(r.dailyRefreshMs)} · ${formatCount(r.funds)} funds, generated in ${formatSeconds(r.generateMs)}`,
  ];
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `tsx bench/dashboard.ts [pglite|postgres] [loans]`: this benchmark alone.
  const which = process.argv[2] ?? "postgres";
  const loans = process.argv[3] ? Number(process.argv[3].replace(/[_,]/g, "")) : undefined;
  const engine = which === "pglite" ? pgliteEngine() : await postgresEngine();
  if (!engine) throw new Error("no PostgreSQL server binary found");
  try {
    const result = await benchDashboard(engine, { loans });
    process.stdout.write(`${dashboardLines(result).join("\n")}\n`);
  } finally {
    await engine.close();
  }
}
