// Benchmark: the poverty-case progress reads (a province with its districts, the districts table, the nation) over generated cases, deliveries, pairings and visits, against one plain GROUP BY of the cases.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { getDistrictsTable, getProgress } from "../src/modules/poverty-cases/index";
import { fixedClock } from "../src/platform/clock";
import { type Database, rows } from "../src/platform/database";
import { benchDeps, pgliteEngine } from "./databases";
import { formatCount, formatSeconds, progress, timed } from "./support";

/** Si Sa Ket's 17,119 target households (seeds/003) ten times over, spread over Si Sa Ket and Khon Kaen. */
export const DEFAULT_CASES = 171_190;

export interface PovertyProgressBenchResult {
  name: "poverty-progress";
  engine: string;
  cases: number;
  generateMs: number;
  provinceMs: number;
  districtsMs: number;
  nationMs: number;
  baselineMs: number;
  ratio: number;
  targeted: number;
}

/** Villages under every sub-district of 33 and 40, then households, cases, plan items, deliveries, mentors, pairings, visits. */
async function generate(database: Database, cases: number): Promise<void> {
  const run = (q: string) => database.db.execute(sql.raw(q));
  await run(`INSERT INTO area (code, level, parent_code, name_th, village_no)
    SELECT s.code || lpad(k::text, 2, '0'), 'village', s.code, 'บ้าน ' || k, k
      FROM area s CROSS JOIN generate_series(1, 8) k
     WHERE s.level = 'subdistrict' AND (s.code LIKE '33%' OR s.code LIKE '40%')`);
  await run(`CREATE TEMP TABLE bench_village AS
    SELECT code, row_number() OVER (ORDER BY code) - 1 AS k FROM area WHERE level = 'village' AND (code LIKE '33%' OR code LIKE '40%')`);
  await run(`INSERT INTO household (id, village_code, house_no, head_name, member_count, status)
    SELECT gen_random_uuid(), v.code, n::text, 'หัวหน้าครัวเรือน ' || n, 3, 'active'
      FROM generate_series(0, ${cases - 1}) n
      JOIN bench_village v ON v.k = n % (SELECT count(*) FROM bench_village)`);
  await run(`INSERT INTO pov_case (id, household_id, area_code, programme_year, stage, status, opened_on, source,
                                   failing_dimensions, closed_on, closing_reason, created_at, updated_at)
    SELECT gen_random_uuid(), h.id, h.village_code, 2567,
           (ARRAY['survive','survive','sufficient','sustainable'])[1 + (r.n % 4)],
           CASE WHEN r.n % 20 = 0 THEN 'closed' ELSE 'open' END, date '2023-10-15', 'target_list',
           '["income"]'::jsonb, CASE WHEN r.n % 20 = 0 THEN date '2024-05-01' END,
           CASE WHEN r.n % 20 = 0 THEN 'graduated' END, now(), now()
      FROM household h JOIN LATERAL (SELECT abs(hashtext(h.id::text)) AS n) r ON true`);
  await run(`INSERT INTO pov_agency (id, area_code, code, name_th, kind, created_at, updated_at)
    SELECT gen_random_uuid(), p, 'community_development', 'พัฒนาชุมชนจังหวัด', 'government', now(), now()
      FROM unnest(ARRAY['33','40']) p`);
  await run(`INSERT INTO pov_menu_item (id, area_code, code, name_th, dimension, agency_id, unit_value_satang, unit,
                                        stages, created_at, updated_at)
    SELECT gen_random_uuid(), a.area_code, 'INC-CHICKEN', 'ไก่ไข่', 'income', a.id, 150000, 'ชุด', '["survive"]', now(), now()
      FROM pov_agency a`);
  await run(`INSERT INTO pov_plan_item (id, case_id, area_code, menu_item_id, dimension, agency_id, quantity,
                                        planned_value_satang, created_at)
    SELECT gen_random_uuid(), c.id, c.area_code, m.id, 'income', m.agency_id, 1, 150000, now()
      FROM pov_case c JOIN pov_menu_item m ON m.area_code = substr(c.area_code, 1, 2)
     WHERE abs(hashtext(c.id::text)) % 2 = 0`);
  await run(`INSERT INTO pov_delivery (id, case_id, plan_item_id, area_code, dimension, agency_id, delivered_on,
                                       quantity, value_satang, evidence, created_at)
    SELECT gen_random_uuid(), p.case_id, p.id, p.area_code, p.dimension, p.agency_id, date '2024-03-01', 1, 150000,
           '[{"kind":"receipt","ref":"bench"}]', now()
      FROM pov_plan_item p WHERE abs(hashtext(p.id::text)) % 3 <> 0`);
  await run(`INSERT INTO pov_scheme (id, code, name_th, name_en, area_code, max_households_per_mentor,
                                     visit_interval_days, created_at, updated_at)
    VALUES (gen_random_uuid(), 'khu_bun', 'คู่บุญ', 'Khu Bun', '', 2, 30, now(), now())`);
  await run(`CREATE TEMP TABLE bench_paired AS
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
           date '2024-06-15' - (abs(hashtext(p.id::text)) % 90)::int, '{"income":"ติดตาม"}', now()
      FROM pov_pairing p WHERE abs(hashtext(p.id::text)) % 2 = 0`);
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
}

export async function benchPovertyProgress(cases = DEFAULT_CASES): Promise<PovertyProgressBenchResult> {
  const engine = pgliteEngine();
  await engine.prepareTemplate([]);
  const fresh = await engine.fresh();
  try {
    const database = await fresh.open();
    progress(`poverty-progress/pglite: generating ${formatCount(cases)} cases`);
    const generated = await timed(() => generate(database, cases));
    const deps = { ...benchDeps(database), clock: fixedClock("2024-06-15T05:00:00Z") };
    progress("poverty-progress/pglite: progress of Si Sa Ket, its districts table, the nation");
    if (process.env.BENCH_PROFILE) {
      const repo = await import("../src/modules/poverty-cases/cases.repository");
      const f = { areaPrefix: "33", len: 4, programmeYear: 2567 };
      for (const [name, fn] of [
        ["cases", () => repo.aggregateCases(database.db, f)],
        ["deliveries", () => repo.aggregateDeliveries(database.db, f)],
        ["helped", () => repo.aggregateHelped(database.db, f)],
        [
          "mentoring",
          () =>
            repo.aggregateMentoring(database.db, {
              areaPrefix: "33",
              len: 4,
              on: "2024-06-15",
              since: "2024-05-17",
            }),
        ],
        ["agencies", () => repo.aggregateAgencies(database.db, { areaPrefix: "33", programmeYear: 2567 })],
      ] as const) {
        const r = await timed(fn as () => Promise<unknown>);
        progress(`${name}: ${Math.round(r.ms)} ms`);
      }
    }
    const province = await timed(() => getProgress(deps, { area: "33", year: 2567, limit: 100 }));
    const districts = await timed(() => getDistrictsTable(deps, "33", 2567));
    const nation = await timed(() => getProgress(deps, { area: "", year: 2567, limit: 100 }));
    const baseline = await timed(() =>
      rows(
        database.db,
        sql`SELECT substr(area_code, 1, 4) AS code, count(*)::int AS n FROM pov_case
             WHERE area_code LIKE '33%' AND programme_year = 2567 GROUP BY 1`,
      ),
    );
    const [all] = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM pov_case`);
    if (nation.result.total.targeted !== all?.n) {
      throw new Error(`nation total ${nation.result.total.targeted} ≠ ${all?.n} cases`);
    }
    if (districts.result.total.targeted !== province.result.total.targeted) {
      throw new Error("the districts table and the province progress disagree");
    }
    return {
      name: "poverty-progress",
      engine: "pglite",
      cases,
      generateMs: Math.round(generated.ms),
      provinceMs: Math.round(province.ms),
      districtsMs: Math.round(districts.ms),
      nationMs: Math.round(nation.ms),
      baselineMs: Math.round(baseline.ms),
      ratio: districts.ms / baseline.ms,
      targeted: districts.result.total.targeted,
    };
  } finally {
    await fresh.dispose();
    await engine.close();
  }
}

export function povertyProgressLines(r: PovertyProgressBenchResult): string[] {
  return [
    [
      "poverty-progress".padEnd(18),
      r.engine.padEnd(9),
      `${formatCount(r.cases)} cases`.padEnd(16),
      `province ${formatSeconds(r.provinceMs)}, districts table ${formatSeconds(r.districtsMs)}, nation ${formatSeconds(r.nationMs)}`.padEnd(
        60,
      ),
      `plain GROUP BY ${formatSeconds(r.baselineMs)}`.padEnd(24),
      `ratio ${r.ratio.toFixed(2)}×`,
    ].join(" "),
    `${"".padEnd(19)}Si Sa Ket: ${formatCount(r.targeted)} target households; generated in ${formatSeconds(r.generateMs)}`,
  ];
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `tsx bench/poverty-progress.ts [cases]`: this benchmark alone, on PGlite.
  const cases = process.argv[2] ? Number(process.argv[2]) : undefined;
  benchPovertyProgress(cases).then(
    (r) => process.stdout.write(`${povertyProgressLines(r).join("\n")}\n`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
