// Benchmark: importTargetList (read, validate, hash, set-based match, write, audit) of a 200,000-row list against 1,000,000 households, against a raw COPY of the same rows.
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { importTargetList } from "../src/modules/poverty-cases/index";
import type { ImportPhase } from "../src/modules/poverty-cases/target-import";
import { type Database, rows } from "../src/platform/database";
import { uuidv7 } from "../src/platform/ids";
import { citizenIdCheckDigit } from "../src/shared/thai-id";
import { BENCH_CRYPTO, type BenchEngine, benchDeps, pgliteEngine, postgresEngine } from "./databases";
import { formatCount, formatMb, formatSeconds, progress, type RssSampler, timed } from "./support";

/** The brief's sizing on PostgreSQL; PGlite runs a tenth of it. */
export const TARGET_IMPORT_SIZES = {
  postgres: { households: 1_000_000, rows: 200_000 },
  pglite: { households: 100_000, rows: 20_000 },
} as const;
/** The brief's budget for 200,000 rows against 1,000,000 households on PostgreSQL. */
export const BUDGET_MS = 60_000;
const HOUSES_PER_VILLAGE = 100;

const FIRST = ["สมชาย", "สมศรี", "บุญมี", "คำแก้ว", "ทองดี", "มาลี", "ประจักษ์", "บัวผัน", "สมพร", "จันทร์เพ็ญ"];
const LAST = ["ใจดี", "ศรีสุข", "อุ่นใจ", "มีสุข", "สอนปะละ", "คำโหลน", "ดอกไม้", "ทองคำ", "แก้วมณี", "บุญมา"];

export interface TargetImportBenchResult {
  name: "target-import";
  engine: string;
  households: number;
  members: number;
  villages: number;
  rows: number;
  csvBytes: number;
  generateMs: number;
  dryRunMs: number;
  importMs: number;
  /** The commit's phases (ms): read the file, check the rows, stage them, match, write the rows and audit. */
  phases: Record<ImportPhase, number>;
  /** The dry run's phases (ms); its commit phase is only the transaction's end. */
  dryRunPhases: Record<ImportPhase, number>;
  copyMs: number;
  /** import ÷ COPY of the same rows into pov_target_list_row. */
  ratio: number;
  budgetMs: number | null;
  counts: { exact_id: number; address_name: number; none: number };
  peakRssBytes: number;
}

function idOf(n: number): string {
  const first12 = `1${String(n).padStart(11, "0")}`;
  return `${first12}${citizenIdCheckDigit(first12)}`;
}

/**
 * Villages of the reference sub-districts (01, 02… per sub-district), then household k in village
 * k ÷ 100 at house (k mod 100) + 1 with a head (citizen ID 2k) and, every other household, a spouse (2k + 1).
 * Written straight in SQL through unnest batches; hashes are the application's keyed HMAC.
 */
export async function generateRegister(database: Database, households: number): Promise<string[]> {
  const db = database.db;
  const villageCount = Math.ceil(households / HOUSES_PER_VILLAGE);
  await db.execute(
    sql.raw(`CREATE TEMP TABLE bench_village AS
      WITH subs AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS k, count(*) OVER () AS total
                      FROM area WHERE level = 'subdistrict')
      SELECT i AS idx, s.code || lpad(((i / s.total) + 1)::text, 2, '0') AS code, s.code AS parent_code,
             ((i / s.total) + 1)::smallint AS village_no
        FROM generate_series(0, ${villageCount - 1}) i JOIN subs s ON s.k = i % s.total`),
  );
  await db.execute(
    sql.raw(`INSERT INTO area (code, level, parent_code, name_th, village_no)
      SELECT code, 'village', parent_code, 'บ้านทดสอบ ' || code, village_no FROM bench_village
      ON CONFLICT (code) DO NOTHING`),
  );
  const villages = (
    await rows<{ code: string }>(db, sql.raw("SELECT code FROM bench_village ORDER BY idx"))
  ).map((r) => r.code);
  const BATCH = 20_000;
  for (let start = 0; start < households; start += BATCH) {
    const end = Math.min(households, start + BATCH);
    const h = {
      id: [] as string[],
      village: [] as string[],
      house: [] as string[],
      head: [] as string[],
      size: [] as number[],
    };
    const m = {
      id: [] as string[],
      household: [] as string[],
      seq: [] as number[],
      relation: [] as string[],
      title: [] as string[],
      first: [] as string[],
      last: [] as string[],
      hash: [] as string[],
    };
    for (let k = start; k < end; k++) {
      const id = uuidv7();
      const first = FIRST[k % 10]!;
      const last = LAST[(k >> 3) % 10]!;
      h.id.push(id);
      h.village.push(villages[Math.floor(k / HOUSES_PER_VILLAGE)]!);
      h.house.push(String((k % HOUSES_PER_VILLAGE) + 1));
      h.head.push(`${first} ${last}`);
      h.size.push(k % 2 === 0 ? 2 : 1);
      const people: [string, string, string, number][] = [["head", "นาย", first, 2 * k]];
      if (k % 2 === 0) people.push(["spouse", "นาง", FIRST[(k + 3) % 10]!, 2 * k + 1]);
      people.forEach(([relation, title, name, n], seq) => {
        m.id.push(uuidv7());
        m.household.push(id);
        m.seq.push(seq + 1);
        m.relation.push(relation);
        m.title.push(title);
        m.first.push(name);
        m.last.push(last);
        m.hash.push(BENCH_CRYPTO.lookupHash(idOf(n)));
      });
    }
    const p = (v: unknown[]) => sql.param(v);
    await db.execute(sql`INSERT INTO household (id, village_code, house_no, head_name, member_count, status)
      SELECT id, v, hn, head, size, 'active'
        FROM unnest(${p(h.id)}::uuid[], ${p(h.village)}::varchar[], ${p(h.house)}::varchar[], ${p(h.head)}::text[],
                    ${p(h.size)}::smallint[]) AS t(id, v, hn, head, size)`);
    await db.execute(sql`INSERT INTO household_member
        (id, household_id, seq, relation, title, first_name, last_name, citizen_id_hash, is_active)
      SELECT id, hh, seq, rel, title, fn, ln, hash, true
        FROM unnest(${p(m.id)}::uuid[], ${p(m.household)}::uuid[], ${p(m.seq)}::smallint[], ${p(m.relation)}::varchar[],
                    ${p(m.title)}::varchar[], ${p(m.first)}::text[], ${p(m.last)}::text[], ${p(m.hash)}::varchar[])
          AS t(id, hh, seq, rel, title, fn, ln, hash)`);
  }
  for (const table of ["household", "household_member", "area"])
    await db.execute(sql.raw(`ANALYZE ${table}`));
  return villages;
}

/**
 * Row r names household k = (r × 4,999) mod households (distinct rows, 4,999 being prime to the counts
 * used). r mod 10: 0–5 exact ID with address; 6–7 address + name only (Thai digits, glued title); 8 an ID
 * not in the register with a good address (falls back to address + name); 9 a house that does not exist.
 */
export function listCsv(villages: readonly string[], households: number, count: number): Buffer {
  const lines = ["เลขประจำตัวประชาชน,รหัสหมู่บ้าน,บ้านเลขที่,คำนำหน้า,ชื่อ,นามสกุล"];
  for (let r = 0; r < count; r++) {
    const k = (r * 4_999) % households;
    const village = villages[Math.floor(k / HOUSES_PER_VILLAGE)]!;
    const house = String((k % HOUSES_PER_VILLAGE) + 1);
    const first = FIRST[k % 10]!;
    const last = LAST[(k >> 3) % 10]!;
    const kind = r % 10;
    if (kind <= 5) lines.push(`${idOf(2 * k)},${village},${house},นาย,${first},${last}`);
    else if (kind <= 7)
      lines.push(`,${village},${house.replace(/\d/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)]!)},,นาย${first},${last}`);
    else if (kind === 8) lines.push(`${idOf(900_000_000 + r)},${village},${house},,${first},${last}`);
    else lines.push(`,${village},${HOUSES_PER_VILLAGE + 1 + (r % 7)},,${first},${last}`);
  }
  return Buffer.from(`\ufeff${lines.join("\r\n")}\r\n`, "utf8");
}

const PHASES: readonly ImportPhase[] = ["parse", "validate", "stage", "match", "commit"];
const emptyPhases = (): Record<ImportPhase, number> => ({
  parse: 0,
  validate: 0,
  stage: 0,
  match: 0,
  commit: 0,
});
const roundPhases = (p: Record<ImportPhase, number>): Record<ImportPhase, number> =>
  Object.fromEntries(PHASES.map((k) => [k, Math.round(p[k])])) as Record<ImportPhase, number>;
const phaseText = (p: Record<ImportPhase, number>): string =>
  PHASES.map((k) => `${k} ${formatSeconds(p[k])}`).join(", ");

/** The counts the list's make-up fixes: 60 % exact ID, 30 % address + name (10 % of them after an unknown ID), 10 % none. */
export function expectedCounts(rows: number): { exact_id: number; address_name: number; none: number } {
  const expected = { exact_id: 0, address_name: 0, none: 0 };
  for (let r = 0; r < rows; r++) {
    const kind = r % 10;
    if (kind <= 5) expected.exact_id++;
    else if (kind <= 8) expected.address_name++;
    else expected.none++;
  }
  return expected;
}

const ROW_COLUMNS =
  "id, list_id, line_no, household_id, match_kind, match_explanation, match_explanation_en, match_differences, area_code, village_code, house_no, house_no_key, title, first_name, last_name, head_name, name_key, address_name_key, citizen_id_hash, citizen_id_masked, failing_dimensions, failing_indicators, note";

const copyField = (v: string | null): string =>
  v === null
    ? "\\N"
    : v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");

/** The imported rows as COPY text for a new list, without the household link (the baseline database has none). */
async function copyPayload(database: Database, listId: string, baselineListId: string): Promise<string[]> {
  const stored = await rows<Record<string, string | null>>(
    database.db,
    sql.raw(
      `SELECT ${ROW_COLUMNS.split(", ")
        .map((c) => `${c}::text AS ${c}`)
        .join(", ")} FROM pov_target_list_row WHERE list_id = '${listId}' ORDER BY line_no`,
    ),
  );
  const chunks: string[] = [];
  for (let i = 0; i < stored.length; i += 20_000) {
    chunks.push(
      stored
        .slice(i, i + 20_000)
        .map((r) =>
          ROW_COLUMNS.split(", ")
            .map((c) => {
              if (c === "id") return uuidv7();
              if (c === "list_id") return baselineListId;
              if (c === "household_id") return "\\N";
              return copyField(r[c] ?? null);
            })
            .join("\t"),
        )
        .join("\n")
        .concat("\n"),
    );
  }
  return chunks;
}

const LIST_SQL = (id: string) =>
  `INSERT INTO pov_target_list (id, name, source_kind, programme_year, area_code, row_count, status, created_at)
   VALUES ('${id}', 'COPY baseline', 'tpmap', 2569, '', 0, 'committed', now())`;

export async function benchTargetImport(
  engine: BenchEngine,
  options: { households?: number; rows?: number; sampler?: RssSampler } = {},
): Promise<TargetImportBenchResult> {
  const size = TARGET_IMPORT_SIZES[engine.engine];
  const households = options.households ?? size.households;
  const rowCount = Math.min(options.rows ?? size.rows, households);
  await engine.prepareTemplate([]);
  const fresh = await engine.fresh();
  let result: Omit<TargetImportBenchResult, "copyMs" | "ratio"> & { payload: string[] };
  try {
    const database = await fresh.open();
    progress(`target-import/${engine.engine}: generating ${formatCount(households)} households`);
    const generated = await timed(() => generateRegister(database, households));
    const villages = generated.result;
    const [counted] = await rows<{ m: number }>(
      database.db,
      sql`SELECT count(*)::int AS m FROM household_member`,
    );
    const bytes = listCsv(villages, households, rowCount);
    progress(
      `target-import/${engine.engine}: ${formatCount(villages.length)} villages, ${formatCount(counted!.m)} members (${formatSeconds(generated.ms)}); list of ${formatCount(rowCount)} rows, ${(bytes.length / 1e6).toFixed(1)} MB`,
    );
    const deps = benchDeps(database);
    const common = {
      name: "TPMAP bench",
      sourceKind: "tpmap" as const,
      programmeYear: 2569,
      bytes,
      fileName: "bench.csv",
    };
    options.sampler?.reset();
    const dryRunPhases = emptyPhases();
    const dry = await timed(() =>
      importTargetList(deps, { ...common, dryRun: true }, (phase, ms) => {
        dryRunPhases[phase] += ms;
      }),
    );
    if (JSON.stringify(dry.result.counts) !== JSON.stringify(expectedCounts(rowCount))) {
      throw new Error(`dry run counts ${JSON.stringify(dry.result.counts)}`);
    }
    progress(`target-import/${engine.engine}: dry run ${formatSeconds(dry.ms)} (${phaseText(dryRunPhases)})`);
    const phases = emptyPhases();
    const imported = await timed(() =>
      importTargetList(deps, { ...common, dryRun: false }, (phase, ms) => {
        phases[phase] += ms;
      }),
    );
    const report = imported.result;
    if (!report.committed || report.errors.length > 0) {
      throw new Error(`import did not commit: ${JSON.stringify(report.errors.slice(0, 3))}`);
    }
    const expected = expectedCounts(rowCount);
    if (JSON.stringify(expected) !== JSON.stringify(report.counts)) {
      throw new Error(
        `unexpected counts ${JSON.stringify(report.counts)}, expected ${JSON.stringify(expected)}`,
      );
    }
    progress(
      `target-import/${engine.engine}: import ${formatSeconds(imported.ms)} (${phaseText(phases)}); preparing the COPY baseline`,
    );
    const baselineListId = uuidv7();
    result = {
      name: "target-import",
      engine: engine.engine,
      households,
      members: counted!.m,
      villages: villages.length,
      rows: rowCount,
      csvBytes: bytes.length,
      generateMs: Math.round(generated.ms),
      dryRunMs: Math.round(dry.ms),
      importMs: Math.round(imported.ms),
      phases: roundPhases(phases),
      dryRunPhases: roundPhases(dryRunPhases),
      budgetMs: engine.engine === "postgres" && households >= 1_000_000 ? BUDGET_MS : null,
      counts: report.counts,
      peakRssBytes: options.sampler?.reset() ?? 0,
      payload: await copyPayload(database, report.listId!, baselineListId),
    };
    // The baseline writes into an empty database of the same schema: a list row, then the rows by COPY.
    const baseline = await engine.fresh();
    try {
      let copyMs: number;
      if (engine.engine === "pglite") {
        const client = await baseline.openRawPglite();
        await client.exec(LIST_SQL(baselineListId));
        copyMs = (
          await timed(() =>
            client.query(`COPY pov_target_list_row (${ROW_COLUMNS}) FROM '/dev/blob'`, [], {
              blob: new Blob(result.payload),
            }),
          )
        ).ms;
        await client.close();
      } else {
        const client = new pg.Client({ connectionString: baseline.url! });
        await client.connect();
        try {
          await client.query(LIST_SQL(baselineListId));
          copyMs = (
            await timed(() =>
              pipeline(
                Readable.from(result.payload),
                client.query(copyFrom(`COPY pov_target_list_row (${ROW_COLUMNS}) FROM STDIN`)),
              ),
            )
          ).ms;
        } finally {
          await client.end();
        }
      }
      const { payload: _payload, ...rest } = result;
      return { ...rest, copyMs: Math.round(copyMs), ratio: result.importMs / copyMs };
    } finally {
      await baseline.dispose();
    }
  } finally {
    await fresh.dispose();
  }
}

export function targetImportLines(r: TargetImportBenchResult): string[] {
  const verdict =
    r.budgetMs === null ? "" : r.importMs <= r.budgetMs ? "  (budget 60 s: ok)" : "  (budget 60 s: OVER)";
  return [
    [
      "target-import".padEnd(18),
      r.engine.padEnd(9),
      `${formatCount(r.rows)} rows × ${formatCount(r.households)} households`.padEnd(34),
      `import ${formatSeconds(r.importMs)}`.padEnd(16),
      `COPY ${formatSeconds(r.copyMs)}`.padEnd(14),
      `ratio ${r.ratio.toFixed(1)}×${verdict}`,
    ].join(" "),
    `${"".padEnd(28)} phases: ${phaseText(r.phases)}  ·  ratio to COPY ${r.ratio.toFixed(2)}×`,
    `${"".padEnd(28)} dry run ${formatSeconds(r.dryRunMs)} (${phaseText(r.dryRunPhases)})`,
    `${"".padEnd(28)} exact_id ${formatCount(r.counts.exact_id)}, address_name ${formatCount(r.counts.address_name)}, none ${formatCount(r.counts.none)}  ·  ${formatCount(r.members)} members in ${formatCount(r.villages)} villages generated in ${formatSeconds(r.generateMs)}  ·  ${(r.csvBytes / 1e6).toFixed(1)} MB CSV  ·  peak RSS ${formatMb(r.peakRssBytes)}`,
  ];
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `tsx bench/target-import.ts [pglite|postgres] [households] [rows]`: this benchmark alone.
  const which = process.argv[2] ?? "postgres";
  const engine = which === "pglite" ? pgliteEngine() : await postgresEngine();
  if (!engine) throw new Error("no PostgreSQL server binary found");
  try {
    const r = await benchTargetImport(engine, {
      ...(process.argv[3] ? { households: Number(process.argv[3]) } : {}),
      ...(process.argv[4] ? { rows: Number(process.argv[4]) } : {}),
    });
    process.stdout.write(`${targetImportLines(r).join("\n")}\n`);
  } finally {
    await engine.close();
  }
}
