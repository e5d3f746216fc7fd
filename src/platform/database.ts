// Opens the database (embedded PGlite, or PostgreSQL when DATABASE_URL is set) behind one Drizzle type.

import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite, types as pgliteTypes } from "@electric-sql/pglite";
import { type ExtractTablesWithRelations, type SQL, sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { type PgDatabase, type PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "../../db/schema/index";
import { fromRoot } from "./project-root";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that runs queries: the database or an open transaction. */
export type Executor = Db | Tx;
export type Engine = "pglite" | "postgres";

export interface Database {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = fromRoot("db", "migrations");

const INT8 = 20;
const NUMERIC = 1700;

/**
 * int8 → JS number, refusing values beyond 2^53 instead of silently losing precision (money is integer
 * satang and stays far below that). Both engines use this one parser.
 */
export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value beyond the safe integer range: ${text}`);
  return n;
}

// The type parsers, in one place. Drizzle itself hands date / timestamptz through as text and maps them
// per column; raw `sql` results go through `rowValue` helpers below. numeric stays a string (exact).
pg.types.setTypeParser(INT8, parseInt8);
pg.types.setTypeParser(NUMERIC, (v: string) => v);
const pgliteParsers = {
  [INT8]: (v: string) => parseInt8(v),
  [NUMERIC]: (v: string) => v,
};

/**
 * PGlite runs PostgreSQL inside WebAssembly memory that grows and never shrinks, so its buffers are kept small
 * (PostgreSQL's default 128 MB of shared buffers alone adds ~100 MB of RSS); the operating system's page cache
 * still holds the data files.
 */
const PGLITE_CONF = ["shared_buffers = 16MB", "wal_buffers = 1MB", "work_mem = 4MB"];

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    parsers: pgliteParsers,
    postgresqlconf: PGLITE_CONF,
  });
  await client.exec("SET TIME ZONE 'UTC'");
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, engine: "pglite", close: () => client.close() };
}

export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, options: "-c TimeZone=UTC" });
  // An idle connection the server closes (restart, failover, an administrator's terminate) must not crash the
  // process: the pool drops that client and the next query opens a new connection. Errors of running
  // queries still reject those queries.
  pool.on("error", () => {});
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  await db.execute(sql`select 1`);
  return { db, engine: "postgres", close: () => pool.end() };
}

export async function openDatabase(options: {
  databaseUrl: string | null;
  dataDir: string;
}): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  mkdirSync(options.dataDir, { recursive: true });
  return openPglite(path.join(options.dataDir, "pglite"));
}

export async function runMigrations(database: Database): Promise<void> {
  if (database.engine === "pglite") {
    await migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], {
      migrationsFolder: MIGRATIONS_DIR,
    });
  } else {
    await migratePg(database.db as unknown as Parameters<typeof migratePg>[0], {
      migrationsFolder: MIGRATIONS_DIR,
    });
  }
}

/** Runs `fn` in a transaction, or inside the caller's transaction when one is already open. */
export async function inTransaction<T>(executor: Executor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (executor instanceof PgTransaction) return fn(executor as Tx);
  return (executor as Db).transaction(fn);
}

/** Rows of a raw query, typed by the caller. */
export async function rows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** A timestamptz as text from either engine ("2024-01-02 03:04:05.678+00") → Date. */
export function parseTimestamp(value: string | Date | null): Date | null {
  if (value === null) return null;
  if (value instanceof Date) return value;
  const iso = value.replace(" ", "T").replace(/([+-]\d\d)$/, "$1:00");
  return new Date(iso);
}

export const pgliteTypesForTests = pgliteTypes;
