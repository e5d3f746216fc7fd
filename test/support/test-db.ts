// Per test file: a fresh database cloned from the migrated template, on the engine of the current project.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { fixedClock } from "../../src/platform/clock";
import { createFieldCrypto } from "../../src/platform/crypto";
import { type Database, type Engine, openPglite, openPostgres } from "../../src/platform/database";
import type { Deps } from "../../src/platform/deps";
import { systemIds } from "../../src/platform/ids";
import { silentLogger } from "../../src/platform/logger";
import { type Actor, SYSTEM_ACTOR } from "../../src/shared/actor";

export const testEngine: Engine = process.env.KAEJON_TEST_ENGINE === "postgres" ? "postgres" : "pglite";

export interface TestDatabase {
  database: Database;
  deps: Deps;
  clock: ReturnType<typeof fixedClock>;
  as(actor: Actor): Deps;
  close(): Promise<void>;
}

let counter = 0;

export async function openTestDatabase(): Promise<TestDatabase> {
  let database: Database;
  let cleanup: () => Promise<void>;
  if (testEngine === "postgres") {
    const templateUrl = inject("postgresTemplateUrl");
    const name = `kaejon_test_${process.pid}_${Date.now()}_${counter++}`;
    const adminUrl = templateUrl.replace(/\/kaejon_template$/, "/postgres");
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE kaejon_template`);
    await admin.end();
    database = await openPostgres(templateUrl.replace(/kaejon_template$/, name), 12);
    cleanup = async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      // Let the pool's connections finish closing before the drop, so none is terminated halfway through
      // its goodbye (an uncaught "terminating connection" in the test process); FORCE then only meets strays.
      for (let i = 0; i < 50; i++) {
        const r = await a.query("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
        if (r.rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kaejon-pglite-"));
    cpSync(inject("pgliteTemplate"), dir, { recursive: true });
    database = await openPglite(dir);
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const clock = fixedClock("2024-06-15T03:00:00Z");
  const deps: Deps = {
    db: database.db,
    clock,
    ids: systemIds,
    crypto: createFieldCrypto(Buffer.alloc(32, 7)),
    logger: silentLogger,
    actor: SYSTEM_ACTOR,
  };
  return {
    database,
    deps,
    clock,
    as: (actor) => ({ ...deps, actor }),
    close: async () => {
      await database.close();
      await cleanup();
    },
  };
}
