// `npm run bench`: runs the benchmarks in sequence, prints ratios against same-run baselines, writes bench/output/latest.json.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchDashboard, type DashboardBenchResult, dashboardLines } from "./dashboard";
import { type BenchEngine, pgliteEngine, postgresEngine } from "./databases";
import { benchDebtPlanner, type DebtPlannerBenchResult, debtPlannerLines } from "./debt-planner";
import { benchImportHouseholds, type ImportBenchResult } from "./import-households";
import { benchImportPhases, type PhasesBenchResult, printPhases } from "./import-phases";
import {
  benchKnowledgeSearch,
  type KnowledgeSearchBenchResult,
  knowledgeSearchLines,
} from "./knowledge-search";
import { benchOverdue, type OverdueBenchResult, overdueLines } from "./overdue";
import {
  benchPovertyProgress,
  type PovertyProgressBenchResult,
  povertyProgressLines,
} from "./poverty-progress";
import { benchRepayments, type RepaymentsBenchResult, repaymentLines } from "./repayments";
import { benchReportDistrict, type ReportDistrictBenchResult, reportDistrictLines } from "./report-district";
import { benchRisk, type RiskBenchResult, riskLines } from "./risk-daily";
import { benchYearEndClose, type SavingsCloseBenchResult, savingsCloseLines } from "./savings-close";
import { benchSavingsCloseDb, type SavingsCloseDbBenchResult, savingsCloseDbLines } from "./savings-close-db";
import { formatCount, formatMb, formatSeconds, osPeakRssBytes, progress, RssSampler } from "./support";
import { generateNation } from "./synthetic";
import { benchTargetImport, type TargetImportBenchResult, targetImportLines } from "./target-import";

export const BENCHMARKS = [
  "import-households",
  "import-phases",
  "overdue",
  "repayments",
  "dashboard",
  "report-district",
  "debt-planner",
  "savings-close",
  "savings-close-db",
  "target-import",
  "risk",
  "knowledge-search",
  "poverty-progress",
] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];
/**
 * import-phases is a profile (~2–3 min per engine at 100,000 households) and overdue builds 1,000,000 loans on
 * PostgreSQL (100,000 on PGlite; several minutes), and dashboard 2,000,000 loans (200,000 on PGlite): they run
 * only when asked for with --only.
 */
const BY_DEFAULT: readonly BenchmarkName[] = [
  "import-households",
  "report-district",
  "debt-planner",
  "savings-close",
];
/** Pure benchmarks: no database, run once whatever the engines. */
const PURE: readonly BenchmarkName[] = ["debt-planner", "savings-close"];

export interface BenchOptions {
  rows: number;
  engine: "pglite" | "postgres" | "both";
  /** The benchmarks asked for with --only (comma-separated), or null for the default set. */
  only: BenchmarkName[] | null;
  reps: number;
  seed: number;
}

const USAGE = `usage: npm run bench -- [--rows N] [--engine pglite|postgres|both] [--only NAME[,NAME]] [--reps N] [--seed N]
  (or BENCH_ROWS, BENCH_ENGINE, BENCH_ONLY, BENCH_REPS, BENCH_SEED)
  benchmarks: ${BENCHMARKS.join(", ")} (default: ${BY_DEFAULT.join(", ")}; import-phases profiles the import path;
  overdue times the daily job on its own loans, BENCH_OVERDUE_LOANS overrides their number;
  repayments records BENCH_REPAYMENTS (default 2,000) repayments through the use case vs bare INSERTs;
  dashboard reads the national dashboard from the rollups vs a raw GROUP BY over the loans, BENCH_DASHBOARD_LOANS
  overrides their number; report-district renders the 26(1) district report for 100 villages vs one raw aggregate;
  debt-planner plans 12 debts over 27 member funds; savings-close closes the year of a 1,000-member group)`;

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument ${arg}\n${USAGE}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${m[1]} needs a value\n${USAGE}`);
    given.set(m[1]!, value);
  }
  for (const key of given.keys()) {
    if (!["rows", "engine", "only", "reps", "seed"].includes(key))
      throw new Error(`unknown option --${key}\n${USAGE}`);
  }
  const pick = (key: string) => given.get(key) ?? env[`BENCH_${key.toUpperCase()}`];
  const positive = (key: string, fallback: number) => {
    const text = pick(key);
    const n = text === undefined ? fallback : Number(text.replace(/[_,]/g, ""));
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${key} must be a positive integer: ${text}`);
    return n;
  };
  const engine = pick("engine") ?? "both";
  if (engine !== "pglite" && engine !== "postgres" && engine !== "both")
    throw new Error(`bad --engine ${engine}\n${USAGE}`);
  const onlyText = pick("only");
  const only = onlyText === undefined ? null : onlyText.split(",").map((name) => name.trim());
  for (const name of only ?? []) {
    if (!(BENCHMARKS as readonly string[]).includes(name)) throw new Error(`bad --only ${name}\n${USAGE}`);
  }
  return {
    rows: positive("rows", 100_000),
    engine,
    only: only as BenchmarkName[] | null,
    reps: positive("reps", 3),
    seed: positive("seed", 20_240_615),
  };
}

function importLine(r: ImportBenchResult): string {
  const verdict = r.ratio <= r.targetRatio ? "ok" : "OVER TARGET";
  return [
    "import-households".padEnd(18),
    r.engine.padEnd(9),
    `${formatCount(r.households)} households`.padEnd(19),
    `import ${formatSeconds(r.import.medianMs)} (${formatCount(r.import.householdsPerSecond)}/s)`.padEnd(26),
    `COPY ${formatSeconds(r.copy.medianMs)} (${formatCount(r.copy.householdsPerSecond)}/s)`.padEnd(25),
    `ratio ${r.ratio.toFixed(2)}×  (target ≤ ${r.targetRatio}×: ${verdict})`,
  ].join(" ");
}

function detailLines(r: ImportBenchResult): string[] {
  return [
    `${"".padEnd(28)} dry run ${formatSeconds(r.dryRun.medianMs)} (${formatCount(r.dryRun.householdsPerSecond)}/s, ${r.dryRunRatio.toFixed(2)}× COPY)` +
      `  ·  ${formatCount(r.members)} members: import ${formatCount(r.import.membersPerSecond)}/s, COPY ${formatCount(r.copy.membersPerSecond)}/s`,
    `${"".padEnd(28)} runs (ms) import [${r.import.runsMs.join(", ")}]  dry [${r.dryRun.runsMs.join(", ")}]  COPY [${r.copy.runsMs.join(", ")}]` +
      `  ·  ${r.files} files, ${(r.csvBytes / 1e6).toFixed(1)} MB CSV  ·  peak RSS ${formatMb(r.peakRssBytes)}`,
  ];
}

async function openEngines(which: BenchOptions["engine"]): Promise<BenchEngine[]> {
  const engines: BenchEngine[] = [];
  if (which !== "postgres") engines.push(pgliteEngine());
  if (which !== "pglite") {
    const postgres = await postgresEngine();
    if (postgres) engines.push(postgres);
    else progress("no PostgreSQL server binary found: skipping the postgres engine");
  }
  return engines;
}

/** Other work on the machine skews every figure: the load averages are printed with the results. */
function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
}

export async function runBenchmarks(options: BenchOptions): Promise<void> {
  const started = performance.now();
  const loadAtStart = loadAverage();
  if (os.loadavg()[0]! > os.cpus().length * 0.5) {
    progress(
      `the machine is busy (load average ${loadAtStart} on ${os.cpus().length} cores): figures will be noisy`,
    );
  }
  const sampler = new RssSampler().start();
  const wants = (name: BenchmarkName) => (options.only ?? BY_DEFAULT).includes(name);

  const asked = options.only ?? BY_DEFAULT;
  // Only the import benchmarks use the synthetic households; pure benchmarks need no database at all.
  const needsNation = asked.includes("import-households") || asked.includes("import-phases");
  const needsDatabase = asked.some((name) => !PURE.includes(name));
  if (needsNation)
    progress(`generating ${formatCount(options.rows)} synthetic households (seed ${options.seed})`);
  const generated = performance.now();
  const nation = generateNation({ households: needsNation ? options.rows : 0, seed: options.seed });
  if (needsNation) {
    progress(
      `${formatCount(nation.households.length)} households, ${formatCount(nation.memberCount)} members in ${formatCount(nation.villages.length)} villages (${formatSeconds(performance.now() - generated)})`,
    );
  }

  const imports: ImportBenchResult[] = [];
  const phases: PhasesBenchResult[] = [];
  const overdue: OverdueBenchResult[] = [];
  const repayments: RepaymentsBenchResult[] = [];
  const dashboards: DashboardBenchResult[] = [];
  const districtReports: ReportDistrictBenchResult[] = [];
  const risks: RiskBenchResult[] = [];
  const targetImports: TargetImportBenchResult[] = [];
  const knowledgeSearches: KnowledgeSearchBenchResult[] = [];
  const povertyProgresses: PovertyProgressBenchResult[] = [];
  let planner: DebtPlannerBenchResult | null = null;
  let savingsClose: SavingsCloseBenchResult | null = null;
  const savingsCloseDbs: SavingsCloseDbBenchResult[] = [];
  const engines = needsDatabase ? await openEngines(options.engine) : [];
  try {
    for (const engine of engines) {
      if (wants("import-households")) {
        imports.push(await benchImportHouseholds(engine, nation, { reps: options.reps, sampler }));
      }
      if (wants("import-phases")) {
        phases.push(await benchImportPhases(engine, nation, { sampler }));
      }
      if (wants("overdue")) {
        const loans = process.env.BENCH_OVERDUE_LOANS;
        overdue.push(await benchOverdue(engine, { sampler, loans: loans ? Number(loans) : undefined }));
      }
      if (wants("repayments")) {
        const count = process.env.BENCH_REPAYMENTS;
        repayments.push(
          await benchRepayments(engine, { sampler, repayments: count ? Number(count) : undefined }),
        );
      }
      if (wants("dashboard")) {
        const loans = process.env.BENCH_DASHBOARD_LOANS;
        dashboards.push(await benchDashboard(engine, { sampler, loans: loans ? Number(loans) : undefined }));
      }
      if (wants("report-district")) districtReports.push(await benchReportDistrict(engine, { sampler }));
      // 40,000 funds and 400,000 loans on PostgreSQL (a tenth on PGlite): only with --only risk.
      if (wants("risk")) risks.push(await benchRisk(engine, { sampler }));
      // 1,000,000 households and a 200,000-row list on PostgreSQL (a tenth on PGlite): only with --only target-import.
      if (wants("target-import")) targetImports.push(await benchTargetImport(engine, { sampler }));
      // 100,000 knowledge records generated and indexed per engine (a few minutes): only with --only knowledge-search.
      if (wants("knowledge-search")) knowledgeSearches.push(await benchKnowledgeSearch(engine, { sampler }));
      // 171,190 cases on PGlite, 652,863 on PostgreSQL, generated per engine: only with --only poverty-progress.
      if (wants("poverty-progress")) povertyProgresses.push(await benchPovertyProgress(engine, { sampler }));
      // A 1,000-member group built through the use cases (about a minute per engine): only with --only savings-close-db.
      if (wants("savings-close-db")) savingsCloseDbs.push(...(await benchSavingsCloseDb([engine])));
    }
  } finally {
    for (const engine of engines) await engine.close();
  }
  if (wants("debt-planner")) planner = await benchDebtPlanner();
  if (wants("savings-close")) savingsClose = await benchYearEndClose();

  const peakSampled = sampler.stop();
  const out: string[] = [""];
  out.push(
    `Kaejon benchmarks · ${os.cpus().length} cores · node ${process.version} · ${formatCount(options.rows)} households · median of ${options.reps}`,
  );
  for (const r of imports) out.push(importLine(r), ...detailLines(r));
  for (const r of overdue) out.push(...overdueLines(r));
  for (const r of repayments) out.push(...repaymentLines(r));
  for (const r of dashboards) out.push(...dashboardLines(r));
  for (const r of districtReports) out.push(...reportDistrictLines(r));
  for (const r of risks) out.push(...riskLines(r));
  for (const r of targetImports) out.push(...targetImportLines(r));
  for (const r of knowledgeSearches) out.push(...knowledgeSearchLines(r));
  for (const r of povertyProgresses) out.push(...povertyProgressLines(r));
  if (planner) out.push(...debtPlannerLines(planner));
  if (savingsClose) out.push(...savingsCloseLines(savingsClose));
  out.push(...savingsCloseDbLines(savingsCloseDbs));
  for (const r of phases) {
    const copy = imports.find((i) => i.engine === r.engine)?.copy.medianMs ?? null;
    out.push("", ...printPhases(r, copy));
  }
  const loadAtEnd = loadAverage();
  out.push(
    "",
    `load average (1/5/15 min) at start ${loadAtStart}, at end ${loadAtEnd} on ${os.cpus().length} cores`,
    `peak RSS ${formatMb(peakSampled)} (sampled process.memoryUsage().rss; kernel maxrss ${formatMb(osPeakRssBytes())})  ·  total ${formatSeconds(performance.now() - started)}`,
  );
  process.stdout.write(`${out.join("\n")}\n`);

  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "output");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "latest.json");
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: {
          cpus: os.cpus().length,
          cpuModel: os.cpus()[0]?.model ?? null,
          memBytes: os.totalmem(),
          node: process.version,
        },
        options,
        dataset: {
          households: nation.households.length,
          members: nation.memberCount,
          villages: nation.villages.length,
        },
        results: [
          ...imports,
          ...phases,
          ...overdue,
          ...repayments,
          ...dashboards,
          ...districtReports,
          ...risks,
          ...targetImports,
          ...knowledgeSearches,
          ...povertyProgresses,
          ...(planner ? [planner] : []),
          ...(savingsClose ? [savingsClose] : []),
        ],
        loadAverage: { start: loadAtStart, end: loadAtEnd },
        peakRssBytes: peakSampled,
        kernelMaxRssBytes: osPeakRssBytes(),
        totalMs: Math.round(performance.now() - started),
      },
      null,
      2,
    )}\n`,
  );
  progress(`wrote ${path.relative(process.cwd(), file)}`);
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    await runBenchmarks(parseOptions(process.argv.slice(2), process.env));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
