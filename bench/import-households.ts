// Benchmark: importHouseholds (parse + checks + inserts + audit) against a raw COPY of the same rows.
import { sql } from "drizzle-orm";
import pg from "pg";
import { MAX_IMPORT_BYTES } from "../src/modules/households/import-parse";
import { importHouseholds } from "../src/modules/households/index";
import { type Database, rows } from "../src/platform/database";
import { buildCopyPayload, type CopyPayload, copyIntoPglite, copyIntoPostgres } from "./copy-baseline";
import { BENCH_CRYPTO, type BenchEngine, benchDeps, type FreshDatabase } from "./databases";
import { median, progress, type RssSampler, timed } from "./support";
import type { SyntheticNation } from "./synthetic";
import { toImportCsvFiles } from "./synthetic";

export const TARGET_RATIO = 3;

export interface Measurement {
  runsMs: number[];
  medianMs: number;
  householdsPerSecond: number;
  membersPerSecond: number;
}

export interface ImportBenchResult {
  name: "import-households";
  engine: string;
  households: number;
  members: number;
  villages: number;
  files: number;
  csvBytes: number;
  copyBytes: number;
  templateMs: number;
  villagesMs: number;
  copyPrepareMs: number;
  import: Measurement;
  dryRun: Measurement;
  copy: Measurement;
  /** import ÷ COPY (median over median). */
  ratio: number;
  dryRunRatio: number;
  targetRatio: number;
  peakRssBytes: number;
}

function measurement(runsMs: number[], households: number, members: number): Measurement {
  const m = median(runsMs);
  return {
    runsMs: runsMs.map((ms) => Math.round(ms)),
    medianMs: Math.round(m),
    householdsPerSecond: Math.round((households * 1000) / m),
    membersPerSecond: Math.round((members * 1000) / m),
  };
}

async function counted(database: Database): Promise<{ households: number; members: number }> {
  const [r] = await rows<{ h: number; m: number }>(
    database.db,
    sql`select (select count(*) from household)::int as h, (select count(*) from household_member)::int as m`,
  );
  return { households: Number(r?.h ?? 0), members: Number(r?.m ?? 0) };
}

function expectCounts(
  what: string,
  got: { households: number; members: number },
  nation: SyntheticNation,
): void {
  if (got.households !== nation.households.length || got.members !== nation.memberCount) {
    throw new Error(
      `${what}: expected ${nation.households.length} households / ${nation.memberCount} members, found ${got.households} / ${got.members}`,
    );
  }
}

/** Runs every file through the use case; files over the upload limit are split like an office would. */
async function runImport(fresh: FreshDatabase, files: readonly Buffer[], dryRun: boolean): Promise<number> {
  const database = await fresh.open();
  const deps = benchDeps(database);
  const { ms } = await timed(async () => {
    for (const bytes of files) {
      const report = await importHouseholds(deps, { bytes, fileName: "bench.csv", dryRun });
      if (report.errors.length > 0) {
        throw new Error(
          `import reported ${report.errors.length} errors, first: ${JSON.stringify(report.errors[0])}`,
        );
      }
      if (!dryRun && !report.committed) throw new Error("import did not commit");
    }
  });
  return ms;
}

async function runCopy(fresh: FreshDatabase, payload: CopyPayload): Promise<number> {
  if (fresh.engine === "pglite") {
    const client = await fresh.openRawPglite();
    const { ms } = await timed(() => copyIntoPglite(client, payload));
    await client.close();
    return ms;
  }
  const client = new pg.Client({ connectionString: fresh.url! });
  await client.connect();
  try {
    const { ms } = await timed(() => copyIntoPostgres(client, payload));
    return ms;
  } finally {
    await client.end();
  }
}

async function withFresh<T>(engine: BenchEngine, fn: (fresh: FreshDatabase) => Promise<T>): Promise<T> {
  const fresh = await engine.fresh();
  try {
    return await fn(fresh);
  } finally {
    await fresh.dispose();
  }
}

async function verify(fresh: FreshDatabase, what: string, nation: SyntheticNation): Promise<void> {
  const database = await fresh.open();
  expectCounts(what, await counted(database), nation);
}

export async function benchImportHouseholds(
  engine: BenchEngine,
  nation: SyntheticNation,
  options: { reps: number; sampler: RssSampler },
): Promise<ImportBenchResult> {
  const { reps, sampler } = options;
  const files = toImportCsvFiles(nation.households, MAX_IMPORT_BYTES);
  const csvBytes = files.reduce((n, f) => n + f.length, 0);
  progress(
    `${engine.engine}: ${files.length} CSV files (${(csvBytes / 1e6).toFixed(1)} MB, limit ${MAX_IMPORT_BYTES / 2 ** 20} MiB each)`,
  );

  const template = await engine.prepareTemplate(nation.villages);
  progress(
    `${engine.engine}: template ready in ${(template.totalMs / 1000).toFixed(1)} s (${nation.villages.length} villages via createVillage: ${(template.villagesMs / 1000).toFixed(1)} s)`,
  );
  const prepared = await timed(async () => buildCopyPayload(nation.households, BENCH_CRYPTO));
  const payload = prepared.result;
  sampler.sample();

  const importMs: number[] = [];
  const dryMs: number[] = [];
  const copyMs: number[] = [];
  for (let rep = 1; rep <= reps; rep++) {
    importMs.push(
      await withFresh(engine, async (fresh) => {
        const ms = await runImport(fresh, files, false);
        await verify(fresh, "import", nation);
        return ms;
      }),
    );
    sampler.sample();
    dryMs.push(await withFresh(engine, (fresh) => runImport(fresh, files, true)));
    sampler.sample();
    copyMs.push(
      await withFresh(engine, async (fresh) => {
        const ms = await runCopy(fresh, payload);
        await verify(fresh, "COPY", nation);
        return ms;
      }),
    );
    sampler.sample();
    progress(
      `${engine.engine} run ${rep}/${reps}: import ${(importMs.at(-1)! / 1000).toFixed(1)} s, dry run ${(dryMs.at(-1)! / 1000).toFixed(1)} s, COPY ${(copyMs.at(-1)! / 1000).toFixed(1)} s`,
    );
  }

  const households = nation.households.length;
  const members = nation.memberCount;
  const imp = measurement(importMs, households, members);
  const dry = measurement(dryMs, households, members);
  const copy = measurement(copyMs, households, members);
  return {
    name: "import-households",
    engine: engine.engine,
    households,
    members,
    villages: nation.villages.length,
    files: files.length,
    csvBytes,
    copyBytes: payload.bytes,
    templateMs: Math.round(template.totalMs),
    villagesMs: Math.round(template.villagesMs),
    copyPrepareMs: Math.round(prepared.ms),
    import: imp,
    dryRun: dry,
    copy,
    ratio: imp.medianMs / copy.medianMs,
    dryRunRatio: dry.medianMs / copy.medianMs,
    targetRatio: TARGET_RATIO,
    peakRssBytes: sampler.reset(),
  };
}
