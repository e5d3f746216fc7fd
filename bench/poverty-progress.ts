// Benchmark: the poverty-progress rollups at national scale — the refresh (set-based rebuild) and the p95 of the dashboard reads (the nation, provinces, districts, sub-districts, the districts table) — against one plain GROUP BY of the cases, with the live aggregates they replace measured once.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { sql } from "drizzle-orm";
import { getDistrictsTable, getProgress, refreshPovertyProgress } from "../src/modules/poverty-cases/index";
import { getLiveDistrictsTable, getLiveProgress } from "../src/modules/poverty-cases/progress-reads";
import { fixedClock } from "../src/platform/clock";
import { type Database, rows } from "../src/platform/database";
import { type BenchEngine, benchDeps, pgliteEngine } from "./databases";
import { formatCount, formatSeconds, progress, type RssSampler, timed } from "./support";

/**
 * domain.md §11: ~0.65–1.0 M cases nationally. PGlite: Si Sa Ket's 17,119 target households ten times over
 * (171,190); PostgreSQL: 652,863, the ศจพ. households pointed from จปฐ. 2564.
 */
export const POVERTY_PROGRESS_SIZES = { pglite: 171_190, postgres: 652_863 } as const;
/** The brief's budget for every progress list at national scale. */
export const READ_BUDGET_MS = 100;
const DAY = "2024-06-15";
const YEAR = 2567;

export interface PovertyProgressBenchResult {
  name: "poverty-progress";
  engine: string;
  cases: number;
  villages: number;
  generateMs: number;
  /** One plain GROUP BY of the year's cases by province: what a single scan of the cases costs. */
  baselineMs: number;
  refreshMs: number;
  rollupRows: number;
  /** The same refresh again (idempotent rebuild). */
  rerunMs: number;
  reads: number;
  readP50Ms: number;
  readP95Ms: number;
  readMaxMs: number;
  /** The live aggregates measured once each, for the before/after. */
  liveProvinceMs: number;
  liveDistrictsMs: number;
  liveNationMs: number;
  rollupProvinceMs: number;
  rollupDistrictsMs: number;
  rollupNationMs: number;
  refreshRatio: number;
  readP95Ratio: number;
  budgetMs: number;
}

/**
 * Ten villages under every sub-district of the country (about 74,000), then households, a case each, a plan
 * item for half, deliveries for two thirds of those, a mentor per two households for a third, visits for half
 * of the pairings.
 */
export async function generatePovertyCases(database: Database, cases: number): Promise<number> {
  const run = (q: string) => database.db.execute(sql.raw(q));
  await run(`INSERT INTO area (code, level, parent_code, name_th, village_no)
    SELECT s.code || lpad(k::text, 2, '0'), 'village', s.code, 'บ้าน ' || k, k
      FROM area s CROSS JOIN generate_series(81, 90) k
     WHERE s.level = 'subdistrict'
    ON CONFLICT (code) DO NOTHING`);
  await run(`CREATE TABLE bench_village AS
    SELECT code, row_number() OVER (ORDER BY code) - 1 AS k FROM area WHERE level = 'village'`);
  const [v] = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM bench_village`);
  await run(`INSERT INTO household (id, village_code, house_no, head_name, member_count, status)
    SELECT gen_random_uuid(), v.code, n::text, 'หัวหน้าครัวเรือน ' || n, 3, 'active'
      FROM generate_series(0, ${cases - 1}) n
      JOIN bench_village v ON v.k = n % ${v!.n}`);
  await run(`INSERT INTO pov_case (id, household_id, area_code, programme_year, stage, status, opened_on, source,
                                   failing_dimensions, closed_on, closing_reason, created_at, updated_at)
    SELECT gen_random_uuid(), h.id, h.village_code, ${YEAR},
           (ARRAY['survive','survive','sufficient','sustainable'])[1 + (r.n % 4)],
           CASE WHEN r.n % 20 = 0 THEN 'closed' ELSE 'open' END, date '2023-10-15', 'target_list',
           '["income"]'::jsonb, CASE WHEN r.n % 20 = 0 THEN date '2024-05-01' END,
           CASE WHEN r.n % 20 = 0 THEN 'graduated' END, now(), now()
      FROM household h JOIN LATERAL (SELECT abs(hashtext(h.id::text)) AS n) r ON true`);
  await run(`INSERT INTO pov_agency (id, area_code, code, name_th, kind, created_at, updated_at)
    SELECT gen_random_uuid(), p.code, a.code, a.name, 'government', now(), now()
      FROM area p CROSS JOIN (VALUES ('community_development', 'พัฒนาชุมชนจังหวัด', 'income'),
                                     ('public_health', 'สาธารณสุขจังหวัด', 'health')) a(code, name, dimension)
     WHERE p.level = 'province'`);
  await run(`INSERT INTO pov_menu_item (id, area_code, code, name_th, dimension, agency_id, unit_value_satang, unit,
                                        stages, created_at, updated_at)
    SELECT gen_random_uuid(), a.area_code, 'ITEM-' || a.code, 'รายการ ' || a.name_th,
           CASE a.code WHEN 'public_health' THEN 'health' ELSE 'income' END, a.id, 150000, 'ชุด', '["survive"]',
           now(), now()
      FROM pov_agency a`);
  await run(`INSERT INTO pov_plan_item (id, case_id, area_code, menu_item_id, dimension, agency_id, quantity,
                                        planned_value_satang, created_at)
    SELECT gen_random_uuid(), c.id, c.area_code, m.id, m.dimension, m.agency_id, 1, 150000, now()
      FROM pov_case c
      JOIN pov_menu_item m ON m.area_code = substr(c.area_code, 1, 2)
       AND m.dimension = CASE WHEN abs(hashtext(c.id::text)) % 4 = 0 THEN 'health' ELSE 'income' END
     WHERE abs(hashtext(c.id::text)) % 2 = 0`);
  await run(`INSERT INTO pov_delivery (id, case_id, plan_item_id, area_code, dimension, agency_id, delivered_on,
                                       quantity, value_satang, evidence, created_at)
    SELECT gen_random_uuid(), p.case_id, p.id, p.area_code, p.dimension, p.agency_id, date '2024-03-01', 1, 150000,
           '[{"kind":"receipt","ref":"bench"}]', now()
      FROM pov_plan_item p WHERE abs(hashtext(p.id::text)) % 3 <> 0`);
  await run(`INSERT INTO pov_scheme (id, code, name_th, name_en, area_code, max_households_per_mentor,
                                     visit_interval_days, created_at, updated_at)
    VALUES (gen_random_uuid(), 'khu_bun', 'คู่บุญ', 'Khu Bun', '', 2, 30, now(), now())`);
  await run(`CREATE TABLE bench_paired AS
    SELECT c.household_id, c.area_code, row_number() OVER (ORDER BY c.area_code, c.id) AS k
      FROM pov_case c WHERE abs(hashtext(c.household_id::text)) % 3 = 0`);
  await run(`INSERT INTO pov_mentor (id, name, kind, area_code, created_at)
    SELECT DISTINCT ON ((k + 1) / 2) md5((k + 1) / 2 || 'm')::uuid, 'พี่เลี้ยง', 'volunteer_leader', area_code, now()
      FROM bench_paired ORDER BY (k + 1) / 2, k`);
  await run(`INSERT INTO pov_pairing (id, scheme_id, mentor_id, household_id, area_code, start_on, created_at)
    SELECT gen_random_uuid(), (SELECT id FROM pov_scheme), md5((k + 1) / 2 || 'm')::uuid, household_id, area_code,
           date '2023-11-01', now()
      FROM bench_paired`);
  await run(`INSERT INTO pov_visit (id, pairing_id, mentor_id, household_id, area_code, visited_on, findings, created_at)
    SELECT gen_random_uuid(), p.id, p.mentor_id, p.household_id, p.area_code,
           date '${DAY}' - (abs(hashtext(p.id::text)) % 90)::int, '{"income":"ติดตาม"}', now()
      FROM pov_pairing p WHERE abs(hashtext(p.id::text)) % 2 = 0`);
  await run("DROP TABLE bench_village");
  await run("DROP TABLE bench_paired");
  for (const table of [
    "household",
    "pov_case",
    "pov_plan_item",
    "pov_delivery",
    "pov_pairing",
    "pov_visit",
    "area",
  ]) {
    await run(`VACUUM ANALYZE ${table}`);
  }
  return v!.n;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** Same figures, whatever their source and time. */
function sameFigures(a: object, b: object): boolean {
  const strip = (x: object) => ({ ...x, asOf: null, refreshedAt: null, source: null });
  return isDeepStrictEqual(strip(a), strip(b));
}

export async function benchPovertyProgress(
  engine: BenchEngine,
  options: { cases?: number; sampler?: RssSampler } = {},
): Promise<PovertyProgressBenchResult> {
  const cases = options.cases ?? POVERTY_PROGRESS_SIZES[engine.engine];
  const label = `poverty-progress/${engine.engine}`;
  await engine.prepareTemplate([]);
  const fresh = await engine.fresh();
  try {
    const database = await fresh.open();
    progress(`${label}: generating ${formatCount(cases)} cases over the villages of every sub-district`);
    const generated = await timed(() => generatePovertyCases(database, cases));
    const deps = { ...benchDeps(database), clock: fixedClock(`${DAY}T05:00:00Z`) };
    const baseline = await timed(() =>
      rows(
        database.db,
        sql`SELECT substr(area_code, 1, 2) AS code, count(*)::int AS n FROM pov_case
             WHERE programme_year = ${YEAR} GROUP BY 1`,
      ),
    );
    progress(`${label}: the live aggregates once (Si Sa Ket, its districts table, the nation)`);
    const liveProvince = await timed(() => getLiveProgress(deps, { area: "33", year: YEAR, limit: 100 }));
    const liveDistricts = await timed(() => getLiveDistrictsTable(deps, "33", YEAR));
    const liveNation = await timed(() => getLiveProgress(deps, { area: "", year: YEAR, limit: 100 }));
    progress(`${label}: refresh, then refresh again`);
    options.sampler?.reset();
    const refresh = await timed(() => refreshPovertyProgress(deps));
    const rerun = await timed(() => refreshPovertyProgress(deps));

    const province = await timed(() => getProgress(deps, { area: "33", year: YEAR, limit: 100 }));
    const districts = await timed(() => getDistrictsTable(deps, "33", YEAR));
    const nation = await timed(() => getProgress(deps, { area: "", year: YEAR, limit: 100 }));
    if (!sameFigures(province.result, liveProvince.result)) throw new Error("Si Sa Ket: rollup ≠ live");
    if (!sameFigures(districts.result, liveDistricts.result))
      throw new Error("districts table: rollup ≠ live");
    if (!sameFigures(nation.result, liveNation.result)) throw new Error("nation: rollup ≠ live");
    const [all] = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM pov_case`);
    if (nation.result.total.targeted !== all?.n) {
      throw new Error(`nation total ${nation.result.total.targeted} ≠ ${all?.n} cases`);
    }

    // Every kind of list a dashboard asks for, over areas spread across the country.
    const pick = async (q: ReturnType<typeof sql>) =>
      (await rows<{ code: string }>(database.db, q)).map((r) => r.code);
    const provinces = await pick(sql`SELECT code FROM area WHERE level = 'province' ORDER BY code`);
    const districtCodes = await pick(
      sql`SELECT code FROM area WHERE level = 'district' ORDER BY md5(code) LIMIT 40`,
    );
    const subdistricts = await pick(
      sql`SELECT code FROM area WHERE level = 'subdistrict' ORDER BY md5(code) LIMIT 40`,
    );
    const reads: Array<() => Promise<unknown>> = [
      () => getProgress(deps, { area: "", year: YEAR, limit: 100 }),
      ...provinces.map((area) => () => getProgress(deps, { area, year: YEAR, limit: 100 })),
      ...provinces.slice(0, 40).map((p) => () => getDistrictsTable(deps, p, YEAR)),
      ...districtCodes.map((area) => () => getProgress(deps, { area, year: YEAR, limit: 100 })),
      ...subdistricts.map((area) => () => getProgress(deps, { area, year: YEAR, limit: 100 })),
    ];
    progress(`${label}: ${reads.length} reads from the rollups`);
    const times: number[] = [];
    for (const read of reads) times.push((await timed(read)).ms);
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    return {
      name: "poverty-progress",
      engine: engine.engine,
      cases,
      villages: generated.result,
      generateMs: Math.round(generated.ms),
      baselineMs: Math.round(baseline.ms),
      refreshMs: Math.round(refresh.ms),
      rollupRows: refresh.result.rowsWritten,
      rerunMs: Math.round(rerun.ms),
      reads: times.length,
      readP50Ms: Math.round(percentile(times, 50) * 10) / 10,
      readP95Ms: Math.round(p95 * 10) / 10,
      readMaxMs: Math.round((times[times.length - 1] ?? 0) * 10) / 10,
      liveProvinceMs: Math.round(liveProvince.ms),
      liveDistrictsMs: Math.round(liveDistricts.ms),
      liveNationMs: Math.round(liveNation.ms),
      rollupProvinceMs: Math.round(province.ms * 10) / 10,
      rollupDistrictsMs: Math.round(districts.ms * 10) / 10,
      rollupNationMs: Math.round(nation.ms * 10) / 10,
      refreshRatio: refresh.ms / baseline.ms,
      readP95Ratio: p95 / baseline.ms,
      budgetMs: READ_BUDGET_MS,
    };
  } finally {
    await fresh.dispose();
  }
}

export function povertyProgressLines(r: PovertyProgressBenchResult): string[] {
  const ms = (n: number) => `${n} ms`;
  return [
    [
      "poverty-progress".padEnd(18),
      r.engine.padEnd(9),
      `${formatCount(r.cases)} cases`.padEnd(16),
      `refresh ${formatSeconds(r.refreshMs)} (again ${formatSeconds(r.rerunMs)}), reads p95 ${ms(r.readP95Ms)}`.padEnd(
        56,
      ),
      `plain GROUP BY ${formatSeconds(r.baselineMs)}`.padEnd(24),
      `ratios refresh ${r.refreshRatio.toFixed(2)}×, read p95 ${r.readP95Ratio.toFixed(3)}×`,
    ].join(" "),
    `${"".padEnd(19)}${r.reads} reads: p50 ${ms(r.readP50Ms)}, p95 ${ms(r.readP95Ms)}, max ${ms(r.readMaxMs)} (budget ${ms(r.budgetMs)}: ${r.readP95Ms < r.budgetMs ? "met" : "NOT met"}); ${formatCount(r.rollupRows)} rollup rows`,
    `${"".padEnd(19)}live → rollup: Si Sa Ket ${formatSeconds(r.liveProvinceMs)} → ${ms(r.rollupProvinceMs)}, districts table ${formatSeconds(r.liveDistrictsMs)} → ${ms(r.rollupDistrictsMs)}, nation ${formatSeconds(r.liveNationMs)} → ${ms(r.rollupNationMs)}`,
    `${"".padEnd(19)}${formatCount(r.villages)} villages; generated in ${formatSeconds(r.generateMs)}`,
  ];
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `tsx bench/poverty-progress.ts [cases]`: this benchmark alone, on PGlite.
  const cases = process.argv[2] ? Number(process.argv[2]) : undefined;
  const engine = pgliteEngine();
  benchPovertyProgress(engine, { cases })
    .then((r) => process.stdout.write(`${povertyProgressLines(r).join("\n")}\n`))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    })
    .finally(() => engine.close());
}
