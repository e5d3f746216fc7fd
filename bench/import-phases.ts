// Profile of the import path: the same functions importHouseholds calls, timed phase by phase, plus measured alternatives.
import { parse as parseCsv } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import pg from "pg";
import { household, householdMember } from "../db/schema/index";
import { recordAudit } from "../src/modules/audit/index";
import { addHouseholdCounts, findAreas } from "../src/modules/geography/index";
import { buildHouseholdRows } from "../src/modules/households/create-households";
import { countHeads } from "../src/modules/households/household-rules";
import {
  existingAddresses,
  existingCitizenHashes,
  type HouseholdInsert,
  insertHouseholds,
  insertMembers,
  type MemberInsert,
} from "../src/modules/households/households.repository";
import { MAX_IMPORT_BYTES, parseHouseholdFile } from "../src/modules/households/import-parse";
import { inTransaction, rows as queryRows, type Tx } from "../src/platform/database";
import { inScope } from "../src/shared/authorization";
import { type CreateHouseholdBody, createHouseholdBodySchema } from "../src/shared/contracts/index";
import { type CopyPayload, copyIntoPglite, copyIntoPostgres, copyPayloadFromRows } from "./copy-baseline";
import { BENCH_CRYPTO, type BenchEngine, benchDeps, type FreshDatabase } from "./databases";
import { formatCount, formatMb, formatSeconds, progress, type RssSampler } from "./support";
import { type SyntheticNation, toImportCsvFiles } from "./synthetic";

/** The phases of importHouseholds → createHouseholdBatch, in the order they run. */
export const PHASES = [
  "parse",
  "checks: village lookup",
  "checks: existing addresses",
  "checks: citizen ID HMAC",
  "checks: existing citizen IDs",
  "checks: rules in memory",
  "rows: ids + encrypt + mask",
  "insert household",
  "insert household_member",
  "area household counts",
  "audit event",
  "commit",
] as const;
export type Phase = (typeof PHASES)[number];

export interface Alternative {
  name: string;
  /** What it replaces, and that phase's measured time in this run. */
  replaces: string;
  currentMs: number;
  alternativeMs: number;
}

export interface PhasesBenchResult {
  name: "import-phases";
  engine: string;
  households: number;
  members: number;
  phasesMs: Record<Phase, number>;
  totalMs: number;
  /** Inside parse: csv-parse alone, and the zod re-check of every household body. */
  parseDetailMs: { csvParse: number; zodRecheck: number; rowRulesAndGrouping: number };
  /** Inside the row building and inserts: pure-JS costs measured without the database. */
  cpuDetailMs: { encrypt: number; hmac: number; drizzleBuildSql: number };
  areaUpdates: number;
  auditJsonBytes: number;
  insertStatements: number;
  alternatives: Alternative[];
  /** The COPY alone of the same rows (step 4), a same-run baseline when import-households did not run. */
  copyOnlyMs: number;
  peakRssBytes: number;
}

type Timer = <T>(phase: Phase, fn: () => Promise<T> | T) => Promise<T>;

function phaseTimer(totals: Record<Phase, number>): Timer {
  return async (phase, fn) => {
    const start = performance.now();
    const result = await fn();
    totals[phase] += performance.now() - start;
    return result;
  };
}

interface BuiltRows {
  households: HouseholdInsert[];
  members: MemberInsert[];
  counts: Map<string, number>;
}

/** createHouseholdBatch, step for step, with a timer around each step. */
async function replicaBatch(
  tx: Tx,
  bodies: CreateHouseholdBody[],
  time: Timer,
  deps: ReturnType<typeof benchDeps>,
  extra: { citizenAnyArrayMs: number },
): Promise<BuiltRows> {
  const villageCodes = [...new Set(bodies.map((b) => b.villageCode))];
  const villages = await time("checks: village lookup", async () => {
    const found = await findAreas(tx, villageCodes);
    return new Map(found.filter((a) => a.level === "village").map((a) => [a.code, a]));
  });
  const addresses = await time("checks: existing addresses", () =>
    existingAddresses(
      tx,
      bodies.map((b) => [b.villageCode, b.houseNo]),
    ),
  );
  const hashed = await time("checks: citizen ID HMAC", () =>
    bodies.map((b) => b.members.map((m) => (m.citizenId ? deps.crypto.lookupHash(m.citizenId) : null))),
  );
  const hashes = hashed.flat().filter((h): h is string => h !== null);
  // The alternative runs first, on a colder cache than the real query after it: a conservative comparison.
  const altStart = performance.now();
  const altTaken = await anyArrayCitizenHashes(tx, hashes);
  extra.citizenAnyArrayMs += performance.now() - altStart;
  const taken = await time("checks: existing citizen IDs", () => existingCitizenHashes(tx, hashes));
  if (altTaken !== taken.size)
    throw new Error(`= any(array) found ${altTaken} citizen IDs, the repository ${taken.size}`);
  const problems = await time("checks: rules in memory", () => {
    let n = 0;
    const seenAddress = new Set<string>();
    const seenCitizen = new Set<string>();
    bodies.forEach((b, index) => {
      const key = `${b.villageCode}|${b.houseNo}`;
      if (!villages.has(b.villageCode) || !inScope(deps.actor, b.villageCode)) n++;
      else if (countHeads(b.members) !== 1) n++;
      else if (addresses.has(key) || seenAddress.has(key)) n++;
      seenAddress.add(key);
      for (const h of hashed[index]!) {
        if (!h) continue;
        if (taken.has(h) || seenCitizen.has(h)) n++;
        seenCitizen.add(h);
      }
    });
    return n;
  });
  if (problems > 0) throw new Error(`replica found ${problems} problems`);

  return time("rows: ids + encrypt + mask", () => buildHouseholdRows(deps, bodies, hashed));
}

/** existingCitizenHashes with one array parameter (`= any($1)`) instead of IN lists of 5,000 parameters. */
async function anyArrayCitizenHashes(tx: Tx, hashes: string[]): Promise<number> {
  const found = await queryRows<{ h: string }>(
    tx,
    sql`select citizen_id_hash as h from household_member
      where citizen_id_hash = any(${sql.param(hashes)}::varchar[]) and citizen_id_hash is not null and is_active`,
  );
  return found.length;
}

const UNNEST_CHUNK = 20_000;

/** One INSERT … SELECT FROM unnest(arrays) per 20,000 rows: 14 array parameters instead of 28,000 scalars. */
async function unnestInsertHouseholds(tx: Tx, rows: HouseholdInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += UNNEST_CHUNK) {
    const c = rows.slice(i, i + UNNEST_CHUNK);
    const col = <T>(f: (r: HouseholdInsert) => T) => sql.param(c.map(f));
    await tx.execute(sql`insert into ${household} (id, village_code, house_no, phone, head_name, member_count, status, created_at, updated_at)
      select * from unnest(${col((r) => r.id)}::uuid[], ${col((r) => r.villageCode)}::varchar[], ${col((r) => r.houseNo)}::varchar[],
        ${col((r) => r.phone ?? null)}::varchar[], ${col((r) => r.headName ?? "")}::text[], ${col((r) => r.memberCount ?? 0)}::smallint[],
        ${col((r) => r.status ?? "active")}::varchar[], ${col((r) => (r.createdAt as Date).toISOString())}::timestamptz[],
        ${col((r) => (r.updatedAt as Date).toISOString())}::timestamptz[])`);
  }
}

async function unnestInsertMembers(tx: Tx, rows: MemberInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += UNNEST_CHUNK) {
    const c = rows.slice(i, i + UNNEST_CHUNK);
    const col = <T>(f: (r: MemberInsert) => T) => sql.param(c.map(f));
    await tx.execute(sql`insert into ${householdMember} (id, household_id, seq, relation, title, first_name, last_name,
        citizen_id_enc, citizen_id_hash, citizen_id_masked, birth_date, sex, is_active, created_at)
      select * from unnest(${col((r) => r.id)}::uuid[], ${col((r) => r.householdId)}::uuid[], ${col((r) => r.seq)}::smallint[],
        ${col((r) => r.relation)}::varchar[], ${col((r) => r.title ?? "")}::varchar[], ${col((r) => r.firstName)}::text[],
        ${col((r) => r.lastName ?? "")}::text[], ${col((r) => r.citizenIdEnc ?? null)}::text[], ${col((r) => r.citizenIdHash ?? null)}::varchar[],
        ${col((r) => r.citizenIdMasked ?? null)}::varchar[], ${col((r) => r.birthDate ?? null)}::date[], ${col((r) => r.sex ?? null)}::varchar[],
        ${col((r) => r.isActive ?? true)}::boolean[], ${col((r) => (r.createdAt as Date).toISOString())}::timestamptz[])`);
  }
}

/** One UPDATE … FROM unnest for all areas instead of one UPDATE per area. */
async function bulkAddHouseholdCounts(tx: Tx, counts: Map<string, number>): Promise<void> {
  const codes = [...counts.keys()];
  const deltas = codes.map((c) => counts.get(c)!);
  await tx.execute(sql`update area set household_count = area.household_count + d.n
    from unnest(${sql.param(codes)}::varchar[], ${sql.param(deltas)}::int[]) as d(code, n) where area.code = d.code`);
}

type CopyWriter = ((payload: CopyPayload) => Promise<void>) & { close(): Promise<void> };

async function copyWriter(fresh: FreshDatabase): Promise<CopyWriter> {
  if (fresh.engine === "pglite") {
    const client = await fresh.openRawPglite();
    return Object.assign((payload: CopyPayload) => copyIntoPglite(client, payload), {
      close: () => client.close(),
    });
  }
  const client = new pg.Client({ connectionString: fresh.url! });
  await client.connect();
  return Object.assign((payload: CopyPayload) => copyIntoPostgres(client, payload), {
    close: () => client.end(),
  });
}

async function withFresh<T>(engine: BenchEngine, fn: (fresh: FreshDatabase) => Promise<T>): Promise<T> {
  const fresh = await engine.fresh();
  try {
    return await fn(fresh);
  } finally {
    await fresh.dispose();
  }
}

function csvParseOnly(bytes: Buffer): number {
  let n = 0;
  parseCsv(bytes.subarray(3), {
    delimiter: ",",
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    on_record: () => {
      n++;
      return null;
    },
  });
  return n;
}

export async function benchImportPhases(
  engine: BenchEngine,
  nation: SyntheticNation,
  options: { sampler: RssSampler },
): Promise<PhasesBenchResult> {
  const { sampler } = options;
  const files = toImportCsvFiles(nation.households, MAX_IMPORT_BYTES);
  await engine.prepareTemplate(nation.villages);
  const phasesMs = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  const time = phaseTimer(phasesMs);
  const built: Array<{ rows: BuiltRows; bodies: CreateHouseholdBody[] }> = [];
  let auditJsonBytes = 0;
  const extra = { citizenAnyArrayMs: 0 };

  // 1. The import path, phase by phase, one transaction per file exactly like importHouseholds.
  const totalMs = await withFresh(engine, async (fresh) => {
    const database = await fresh.open();
    const deps = benchDeps(database);
    const start = performance.now();
    for (const bytes of files) {
      const parsed = await time("parse", () =>
        parseHouseholdFile(bytes, "bench.csv", { today: deps.clock.today() }),
      );
      if (parsed.errors.length > 0) throw new Error(`parse errors: ${JSON.stringify(parsed.errors[0])}`);
      const bodies = parsed.households.map((h) => h.body);
      let commitStart = 0;
      await inTransaction(deps.db, async (tx) => {
        const rows = await replicaBatch(tx, bodies, time, deps, extra);
        await time("insert household", () => insertHouseholds(tx, rows.households));
        await time("insert household_member", () => insertMembers(tx, rows.members));
        await time("area household counts", () => addHouseholdCounts(tx, rows.counts));
        const details = {
          fileName: "bench.csv",
          format: parsed.format,
          encoding: parsed.encoding,
          householdCount: bodies.length,
          memberCount: rows.members.length,
          householdIds: rows.households.map((h) => h.id!),
        };
        auditJsonBytes += JSON.stringify(details).length;
        await time("audit event", () =>
          recordAudit(
            { ...deps, db: tx },
            { action: "household.imported", entityType: "import", entityId: null, areaCode: null, details },
          ),
        );
        built.push({ rows, bodies });
        commitStart = performance.now();
      });
      phasesMs.commit += performance.now() - commitStart;
      sampler.sample();
    }
    // The = any() comparison query ran inside the same loop; it is not part of the import path.
    return performance.now() - start - extra.citizenAnyArrayMs;
  });
  progress(`${engine.engine}: phase profile of the import path done in ${formatSeconds(totalMs)}`);

  // 2. Pure-CPU pieces, without the database.
  const clock = (fn: () => void) => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };
  const csvParse = clock(() => {
    for (const f of files) csvParseOnly(f);
  });
  const zodRecheck = clock(() => {
    for (const { bodies } of built) for (const b of bodies) createHouseholdBodySchema.safeParse(b);
  });
  const ids = nation.households.flatMap((h) => h.members.map((m) => m.citizenId));
  const encrypt = clock(() => {
    for (const id of ids) BENCH_CRYPTO.encrypt(id);
  });
  const hmac = clock(() => {
    for (const id of ids) BENCH_CRYPTO.lookupHash(id);
  });
  let insertStatements = 0;
  const drizzleBuildSql = await withFresh(engine, async (fresh) => {
    const db = (await fresh.open()).db;
    return clock(() => {
      for (const { rows } of built) {
        for (let i = 0; i < rows.households.length; i += 2000, insertStatements++) {
          db.insert(household)
            .values(rows.households.slice(i, i + 2000))
            .toSQL();
        }
        for (let i = 0; i < rows.members.length; i += 2000, insertStatements++) {
          db.insert(householdMember)
            .values(rows.members.slice(i, i + 2000))
            .toSQL();
        }
      }
    });
  });
  sampler.sample();

  // 3. The same rows written the other way: unnest arrays and one UPDATE for the area counts.
  const alt = { households: 0, members: 0, counts: 0 };
  await withFresh(engine, async (fresh) => {
    const db = (await fresh.open()).db;
    for (const { rows } of built) {
      await inTransaction(db, async (tx) => {
        let start = performance.now();
        await unnestInsertHouseholds(tx, rows.households);
        alt.households += performance.now() - start;
        start = performance.now();
        await unnestInsertMembers(tx, rows.members);
        alt.members += performance.now() - start;
        start = performance.now();
        await bulkAddHouseholdCounts(tx, rows.counts);
        alt.counts += performance.now() - start;
      });
    }
  });

  // 4. The same rows through COPY on the engine (format them as COPY text, then COPY), one transaction per file.
  const viaCopy = { format: 0, copy: 0 };
  await withFresh(engine, async (fresh) => {
    const write = await copyWriter(fresh);
    try {
      for (const { rows } of built) {
        let start = performance.now();
        const payload = copyPayloadFromRows(rows.households, rows.members);
        viaCopy.format += performance.now() - start;
        start = performance.now();
        await write(payload);
        viaCopy.copy += performance.now() - start;
      }
    } finally {
      await write.close();
    }
  });
  progress(`${engine.engine}: alternatives measured`);

  const areaUpdates = built.reduce((n, b) => n + b.rows.counts.size, 0);
  return {
    name: "import-phases",
    engine: engine.engine,
    households: nation.households.length,
    members: nation.memberCount,
    phasesMs: Object.fromEntries(PHASES.map((p) => [p, Math.round(phasesMs[p])])) as Record<Phase, number>,
    totalMs: Math.round(totalMs),
    parseDetailMs: {
      csvParse: Math.round(csvParse),
      zodRecheck: Math.round(zodRecheck),
      // csv-parse alone runs warm, after the timed import: a small negative rest means "within noise".
      rowRulesAndGrouping: Math.max(0, Math.round(phasesMs.parse - csvParse - zodRecheck)),
    },
    cpuDetailMs: {
      encrypt: Math.round(encrypt),
      hmac: Math.round(hmac),
      drizzleBuildSql: Math.round(drizzleBuildSql),
    },
    areaUpdates,
    auditJsonBytes,
    insertStatements,
    alternatives: [
      {
        name: "INSERT … SELECT FROM unnest(arrays), 20,000 rows per statement",
        replaces: "insert household + insert household_member (Drizzle .values(), 2,000 rows per statement)",
        currentMs: Math.round(phasesMs["insert household"] + phasesMs["insert household_member"]),
        alternativeMs: Math.round(alt.households + alt.members),
      },
      {
        name: `COPY of the same row objects (format ${formatSeconds(viaCopy.format)} + COPY ${formatSeconds(viaCopy.copy)})`,
        replaces: "insert household + insert household_member (Drizzle .values(), 2,000 rows per statement)",
        currentMs: Math.round(phasesMs["insert household"] + phasesMs["insert household_member"]),
        alternativeMs: Math.round(viaCopy.format + viaCopy.copy),
      },
      {
        name: "citizen IDs checked with one = any($1::varchar[]) parameter",
        replaces: "checks: existing citizen IDs (inArray, 5,000 parameters per query)",
        currentMs: Math.round(phasesMs["checks: existing citizen IDs"]),
        alternativeMs: Math.round(extra.citizenAnyArrayMs),
      },
      {
        name: "one UPDATE area … FROM unnest(codes, deltas)",
        replaces: `area household counts (${formatCount(areaUpdates)} single-row UPDATEs)`,
        currentMs: Math.round(phasesMs["area household counts"]),
        alternativeMs: Math.round(alt.counts),
      },
    ],
    copyOnlyMs: Math.round(viaCopy.copy),
    peakRssBytes: sampler.reset(),
  };
}

/** The import with the measured alternatives swapped in (fastest insert path, = any() check, one area UPDATE). */
export function projectedMs(r: PhasesBenchResult): number {
  const [unnest, copy, counts] = r.alternatives;
  const keep = PHASES.filter(
    (p) => !["insert household", "insert household_member", "area household counts"].includes(p),
  );
  const kept = keep.reduce((n, p) => n + r.phasesMs[p], 0);
  return kept + Math.min(unnest!.alternativeMs, copy!.alternativeMs) + counts!.alternativeMs;
}

function pct(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1)}%`.padStart(6);
}

/** The phase table printed under the main figures. */
export function printPhases(r: PhasesBenchResult, copyMedianMs: number | null): string[] {
  const sum = PHASES.reduce((n, p) => n + r.phasesMs[p], 0);
  const lines = [
    `import-phases      ${r.engine.padEnd(9)} where the import's ${formatSeconds(r.totalMs)} go (${formatCount(r.households)} households, ${formatCount(r.members)} members, one run)`,
  ];
  for (const p of PHASES) {
    lines.push(`    ${p.padEnd(30)} ${formatSeconds(r.phasesMs[p]).padStart(9)} ${pct(r.phasesMs[p], sum)}`);
  }
  lines.push(`    ${"(unaccounted)".padEnd(30)} ${formatSeconds(r.totalMs - sum).padStart(9)}`);
  lines.push(
    `    parse = csv-parse ${formatSeconds(r.parseDetailMs.csvParse)} + zod re-check ${formatSeconds(r.parseDetailMs.zodRecheck)} + row rules/grouping ${formatSeconds(r.parseDetailMs.rowRulesAndGrouping)}`,
    `    CPU only: AES-GCM encrypt ${formatSeconds(r.cpuDetailMs.encrypt)}, HMAC ${formatSeconds(r.cpuDetailMs.hmac)}, Drizzle building ${formatCount(r.insertStatements)} INSERTs ${formatSeconds(r.cpuDetailMs.drizzleBuildSql)}` +
      `  ·  ${formatCount(r.areaUpdates)} area UPDATEs  ·  audit details ${formatMb(r.auditJsonBytes)} JSON`,
  );
  for (const a of r.alternatives) {
    lines.push(
      `    try: ${a.name}: ${formatSeconds(a.alternativeMs)} instead of ${formatSeconds(a.currentMs)} (${(a.currentMs / Math.max(1, a.alternativeMs)).toFixed(1)}× faster) [${a.replaces}]`,
    );
  }
  const projected = projectedMs(r);
  const baseline = copyMedianMs ?? r.copyOnlyMs;
  const what = copyMedianMs ? "the COPY median of import-households" : "the COPY of the same rows above";
  const ratio = `  →  ${(projected / baseline).toFixed(2)}× ${what} (${formatSeconds(baseline)})`;
  lines.push(
    `    projected import with the fastest insert path, = any() citizen check and one area UPDATE: ${formatSeconds(projected)}${ratio}`,
  );
  return lines;
}
