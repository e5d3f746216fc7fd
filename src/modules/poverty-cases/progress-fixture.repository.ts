// Test fixture SQL (used only by tests): cases over five districts of Khon Kaen and Si Sa Ket in two programme years, with every stage, closings, five agencies, plan items, deliveries in every dimension, mentors, pairings (in force, ended, not yet started) and visits (recent, old, after the day).
import { sql } from "drizzle-orm";
import { type Executor, rows } from "../../platform/database";

/** The districts the fixture fills: three of Khon Kaen, two of Si Sa Ket. */
export const PROGRESS_DISTRICTS = ["4001", "4002", "4003", "3301", "3302"] as const;
/** The day the fixture's pairings and visits are arranged around (the test clock's day). */
export const PROGRESS_DAY = "2024-06-15";
export const HOUSEHOLDS_PER_VILLAGE = 12;

export interface ProgressFixture {
  villages: string[];
  subdistricts: string[];
  cases2567: number;
  cases2566: number;
  deliveries: number;
}

/** Set-based inserts (a few hundred rows); every figure depends only on row numbers, so runs are repeatable. */
export async function buildProgressFixture(db: Executor): Promise<ProgressFixture> {
  const run = (q: string) => db.execute(sql.raw(q));
  const districts = PROGRESS_DISTRICTS.map((d) => `'${d}'`).join(", ");
  await run(`INSERT INTO area (code, level, parent_code, name_th, village_no)
    SELECT s.code || lpad(k::text, 2, '0'), 'village', s.code, 'บ้านความก้าวหน้า ' || k, k
      FROM (SELECT code, row_number() OVER (PARTITION BY parent_code ORDER BY code) AS r
              FROM area WHERE level = 'subdistrict' AND parent_code IN (${districts})) s
      CROSS JOIN (VALUES (91), (92)) v(k)
     WHERE s.r <= 2
    ON CONFLICT (code) DO NOTHING`);
  // Subqueries rather than temporary tables: on PostgreSQL each statement may run on another pooled connection.
  const villages = `(SELECT code FROM area
     WHERE level = 'village' AND substr(code, 1, 4) IN (${districts}) AND substr(code, 7, 2) IN ('91', '92'))`;
  await run(`INSERT INTO household (id, village_code, house_no, head_name, member_count, status)
    SELECT gen_random_uuid(), v.code, 'pp-' || n, 'หัวหน้าครัวเรือน ' || n, 3, 'active'
      FROM ${villages} v CROSS JOIN generate_series(1, ${HOUSEHOLDS_PER_VILLAGE}) n`);
  const households = `(SELECT id, village_code, row_number() OVER (ORDER BY village_code, house_no) AS k
      FROM household WHERE house_no LIKE 'pp-%')`;
  // Every household has a case in 2567, one in three also in 2566; stages rotate, one in five is closed and
  // half of those graduated.
  await run(`INSERT INTO pov_case (id, household_id, area_code, programme_year, stage, status, opened_on, source,
                                   failing_dimensions, closed_on, closing_reason, created_at, updated_at)
    SELECT gen_random_uuid(), h.id, h.village_code, y.y, (ARRAY['survive','sufficient','sustainable'])[1 + h.k % 3],
           CASE WHEN h.k % 5 = 0 THEN 'closed' ELSE 'open' END, date '2023-10-15', 'target_list', '["income"]'::jsonb,
           CASE WHEN h.k % 5 = 0 THEN date '2024-05-01' END,
           CASE WHEN h.k % 10 = 0 THEN 'graduated' WHEN h.k % 5 = 0 THEN 'moved_away' END, now(), now()
      FROM ${households} h CROSS JOIN (VALUES (2567), (2566)) y(y)
     WHERE y.y = 2567 OR h.k % 3 = 0`);
  await run(`INSERT INTO pov_agency (id, area_code, code, name_th, kind, created_at, updated_at)
    SELECT gen_random_uuid(), a.p, a.code, a.name, 'government', now(), now()
      FROM (VALUES ('40', 'pp_health', 'สาธารณสุขจังหวัด (ทดสอบ)'), ('40', 'pp_cdd', 'พัฒนาชุมชนจังหวัด (ทดสอบ)'),
                   ('40', 'pp_edu', 'ศึกษาธิการจังหวัด (ทดสอบ)'), ('33', 'pp_social', 'พมจ. (ทดสอบ)'),
                   ('33', 'pp_admin', 'ปกครองจังหวัด (ทดสอบ)')) a(p, code, name)`);
  await run(`INSERT INTO pov_menu_item (id, area_code, code, name_th, dimension, agency_id, unit_value_satang, unit,
                                        stages, created_at, updated_at)
    SELECT gen_random_uuid(), a.area_code, a.code || '-item', 'รายการ ' || a.code,
           CASE a.code WHEN 'pp_health' THEN 'health' WHEN 'pp_cdd' THEN 'income' WHEN 'pp_edu' THEN 'education'
                       WHEN 'pp_social' THEN 'living' ELSE 'public_access' END,
           a.id, 150000, 'ชุด', '["survive"]', now(), now()
      FROM pov_agency a WHERE a.code LIKE 'pp\\_%'`);
  // Each case gets the items of its province whose rank divides into the case's number.
  await run(`INSERT INTO pov_plan_item (id, case_id, area_code, menu_item_id, dimension, agency_id, quantity,
                                        planned_value_satang, created_at)
    SELECT gen_random_uuid(), c.id, c.area_code, m.id, m.dimension, m.agency_id, 1 + h.k % 2,
           100000 + (h.k % 7) * 10000, now()
      FROM pov_case c JOIN ${households} h ON h.id = c.household_id
      JOIN (SELECT m.*, row_number() OVER (PARTITION BY m.area_code ORDER BY m.code) AS rank
              FROM pov_menu_item m WHERE m.code LIKE 'pp\\_%') m ON m.area_code = substr(c.area_code, 1, 2)
     WHERE h.k % (m.rank + 1) = 0`);
  // Two plan items in three are delivered, one in four of those twice.
  await run(`INSERT INTO pov_delivery (id, case_id, plan_item_id, area_code, dimension, agency_id, delivered_on,
                                       quantity, value_satang, evidence, created_at)
    SELECT gen_random_uuid(), p.case_id, p.id, p.area_code, p.dimension, p.agency_id,
           date '2024-03-01' + (p.r % 40)::int, 1, 50000 + (p.r % 5) * 25000, '[{"kind":"receipt","ref":"test"}]', now()
      FROM (SELECT pi.*, row_number() OVER (ORDER BY pi.area_code, pi.case_id, pi.dimension) AS r
              FROM pov_plan_item pi WHERE pi.area_code IN ${villages}) p
      CROSS JOIN (VALUES (1), (2)) twice(n)
     WHERE p.r % 3 <> 0 AND (twice.n = 1 OR p.r % 4 = 0)`);
  await run(`INSERT INTO pov_scheme (id, code, name_th, name_en, area_code, max_households_per_mentor,
                                     visit_interval_days, created_at, updated_at)
    VALUES (gen_random_uuid(), 'pp_scheme', 'คู่บุญ (ทดสอบ)', 'Khu Bun (test)', '', 2, 30, now(), now())`);
  // Half of the households are paired, two to a mentor; some pairings ended, some start after the day.
  const paired = `(SELECT h.id AS household_id, h.village_code, h.k, row_number() OVER (ORDER BY h.k) AS p
      FROM ${households} h WHERE h.k % 2 = 0)`;
  await run(`INSERT INTO pov_mentor (id, name, kind, area_code, created_at)
    SELECT DISTINCT ON ((p + 1) / 2) md5((p + 1) / 2 || 'pp-mentor')::uuid, 'พี่เลี้ยง ' || (p + 1) / 2,
           'volunteer_leader', village_code, now()
      FROM ${paired} x ORDER BY (p + 1) / 2, p`);
  await run(`INSERT INTO pov_pairing (id, scheme_id, mentor_id, household_id, area_code, start_on, end_on, created_at)
    SELECT gen_random_uuid(), (SELECT id FROM pov_scheme WHERE code = 'pp_scheme'), md5((p + 1) / 2 || 'pp-mentor')::uuid,
           household_id, village_code,
           CASE WHEN k % 12 = 0 THEN date '2024-07-01' ELSE date '2023-11-01' END,
           CASE WHEN k % 8 = 0 AND k % 12 <> 0 THEN date '2024-05-01' END, now()
      FROM ${paired} x`);
  // Visits spread over the last 60 days, some older, and some after the day (not counted yet).
  await run(`INSERT INTO pov_visit (id, pairing_id, mentor_id, household_id, area_code, visited_on, findings, created_at)
    SELECT gen_random_uuid(), p.id, p.mentor_id, p.household_id, p.area_code,
           CASE WHEN v.n = 3 THEN date '${PROGRESS_DAY}' + 3 ELSE date '${PROGRESS_DAY}' - ((v.n * 37 + p.r * 11) % 70)::int END,
           '{"income":"ติดตาม"}', now()
      FROM (SELECT pp.*, row_number() OVER (ORDER BY pp.area_code, pp.household_id) AS r FROM pov_pairing pp
             WHERE pp.area_code IN ${villages}) p
      CROSS JOIN (VALUES (1), (2), (3)) v(n)
     WHERE p.r % 4 <> 0 AND (v.n < 3 OR p.r % 5 = 0)`);
  const [counts] = await rows<{ c7: number; c6: number; d: number }>(
    db,
    sql.raw(`SELECT (SELECT count(*)::int FROM pov_case WHERE programme_year = 2567 AND area_code IN ${villages}) AS c7,
                    (SELECT count(*)::int FROM pov_case WHERE programme_year = 2566 AND area_code IN ${villages}) AS c6,
                    (SELECT count(*)::int FROM pov_delivery WHERE area_code IN ${villages}) AS d`),
  );
  const codes = await rows<{ code: string }>(db, sql.raw(`SELECT code FROM ${villages} v ORDER BY code`));
  return {
    villages: codes.map((v) => v.code),
    subdistricts: [...new Set(codes.map((v) => v.code.slice(0, 6)))],
    cases2567: Number(counts?.c7 ?? 0),
    cases2566: Number(counts?.c6 ?? 0),
    deliveries: Number(counts?.d ?? 0),
  };
}
