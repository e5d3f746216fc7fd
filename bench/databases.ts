// Fresh benchmark databases: a migrated template per engine (reference areas + villages), cloned per measurement.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { prepareDatabase } from "../src/main/bootstrap";
import { createVillage } from "../src/modules/geography/index";
import { systemClock } from "../src/platform/clock";
import { createFieldCrypto } from "../src/platform/crypto";
import { type Database, type Engine, openPglite, openPostgres } from "../src/platform/database";
import type { Deps } from "../src/platform/deps";
import { systemIds } from "../src/platform/ids";
import { silentLogger } from "../src/platform/logger";
import { SYSTEM_ACTOR } from "../src/shared/actor";
import { type Cluster, findPostgresBin, startCluster } from "../test/support/postgres-cluster";
import type { SyntheticVillage } from "./synthetic";

/** The same key the database tests use: the benchmark measures the work, not key management. */
export const BENCH_CRYPTO = createFieldCrypto(Buffer.alloc(32, 7));

export function benchDeps(database: Database): Deps {
  return {
    db: database.db,
    clock: systemClock,
    ids: systemIds,
    crypto: BENCH_CRYPTO,
    logger: silentLogger,
    actor: SYSTEM_ACTOR,
  };
}

/** A fresh database holding the template's contents; `database` goes through the application's own opener. */
export interface FreshDatabase {
  engine: Engine;
  /** The application's database (Drizzle over PGlite or a pg pool), opened once and then reused. */
  open(): Promise<Database>;
  /** PGlite only: the raw PGlite instance on the same data directory (for COPY … FROM '/dev/blob'). */
  openRawPglite(): Promise<PGlite>;
  /** PostgreSQL only: the connection URL (for COPY … FROM STDIN through pg-copy-streams). */
  url: string | null;
  dispose(): Promise<void>;
}

export interface BenchEngine {
  engine: Engine;
  /** Migrates, loads reference areas and default parameters, and creates the villages (through createVillage); once. */
  prepareTemplate(villages: readonly SyntheticVillage[]): Promise<{ villagesMs: number; totalMs: number }>;
  fresh(): Promise<FreshDatabase>;
  close(): Promise<void>;
}

type TemplateTiming = { villagesMs: number; totalMs: number };

/** The template is built by the first benchmark that needs it; later calls get the first timing back. */
function once(build: (villages: readonly SyntheticVillage[]) => Promise<TemplateTiming>) {
  let built: Promise<TemplateTiming> | null = null;
  return (villages: readonly SyntheticVillage[]) => {
    built ??= build(villages);
    return built;
  };
}

async function fillTemplate(database: Database, villages: readonly SyntheticVillage[]): Promise<number> {
  const deps = benchDeps(database);
  await prepareDatabase(deps, database);
  const start = performance.now();
  for (const v of villages) {
    await createVillage(deps, v.subdistrictCode, { villageNo: v.villageNo, nameTh: v.nameTh });
  }
  return performance.now() - start;
}

export function pgliteEngine(): BenchEngine {
  const root = mkdtempSync(path.join(os.tmpdir(), "kaejon-bench-pglite-"));
  const templateDir = path.join(root, "template");
  let counter = 0;
  return {
    engine: "pglite",
    prepareTemplate: once(async (villages) => {
      const start = performance.now();
      const database = await openPglite(templateDir);
      try {
        const villagesMs = await fillTemplate(database, villages);
        return { villagesMs, totalMs: performance.now() - start };
      } finally {
        await database.close();
      }
    }),
    async fresh() {
      const dir = path.join(root, `run-${counter++}`);
      cpSync(templateDir, dir, { recursive: true });
      // Two PGlite instances must never share a data directory: the raw one is closed by its user first.
      let database: Database | null = null;
      return {
        engine: "pglite",
        url: null,
        async open() {
          database ??= await openPglite(dir);
          return database;
        },
        async openRawPglite() {
          if (database) throw new Error("close the application database before opening a raw PGlite");
          return PGlite.create({ dataDir: dir });
        },
        async dispose() {
          await database?.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
    async close() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

const TEMPLATE_DB = "kaejon_bench_template";

async function admin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A throwaway PostgreSQL cluster (the test harness's), or null when no server binary is installed. */
export async function postgresEngine(): Promise<BenchEngine | null> {
  const bin = findPostgresBin();
  if (!bin) return null;
  const cluster: Cluster = await startCluster(bin);
  const adminUrl = cluster.url("postgres");
  let counter = 0;
  return {
    engine: "postgres",
    prepareTemplate: once(async (villages) => {
      const start = performance.now();
      await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${TEMPLATE_DB}`));
      const database = await openPostgres(cluster.url(TEMPLATE_DB));
      try {
        const villagesMs = await fillTemplate(database, villages);
        return { villagesMs, totalMs: performance.now() - start };
      } finally {
        await database.close();
      }
    }),
    async fresh() {
      const name = `kaejon_bench_${process.pid}_${counter++}`;
      await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
      let database: Database | null = null;
      return {
        engine: "postgres",
        url: cluster.url(name),
        async open() {
          database ??= await openPostgres(cluster.url(name));
          return database;
        },
        async openRawPglite() {
          throw new Error("not a PGlite database");
        },
        async dispose() {
          await database?.close();
          await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
        },
      };
    },
    async close() {
      cluster.stop();
    },
  };
}
