// `kaejon jobs daily` end to end on the current engine: a summary on success, the error model's exit code on a bad date.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { testEngine } from "../../../test/support/test-db";
import { openPglite } from "../../platform/database";
import { EXIT_CODE_BY_KIND } from "../../shared/errors";
import { countRows } from "./loan-fixture.repository";

let dir: string;
let env: NodeJS.ProcessEnv;
let databaseUrl: string | null = null;
let dropDatabase: (() => Promise<void>) | undefined;

function kaejon(...args: string[]) {
  const r = spawnSync(process.execPath, ["bin/kaejon.mjs", ...args], {
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function jobRuns(): Promise<{ all: number; succeeded: number }> {
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ all: number; succeeded: number }>(
      "SELECT count(*)::int AS all, (count(*) FILTER (WHERE status = 'succeeded'))::int AS succeeded FROM job_run",
    );
    await client.end();
    return rows[0]!;
  }
  const database = await openPglite(path.join(dir, "pglite"));
  try {
    return {
      all: await countRows(database.db, "job_run"),
      succeeded: await countRows(database.db, "job_run", "status = 'succeeded'"),
    };
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "kaejon-cli-jobs-"));
  env = {
    ...process.env,
    KAEJON_DATA_DIR: dir,
    LOG_LEVEL: "silent",
    KAEJON_SECRET_KEY: Buffer.alloc(32, 3).toString("base64"),
  };
  delete env.DATABASE_URL;
  if (testEngine === "postgres") {
    const template = inject("postgresTemplateUrl");
    const name = `kaejon_cli_jobs_${process.pid}`;
    const adminUrl = template.replace(/kaejon_template$/, "postgres");
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    databaseUrl = template.replace(/kaejon_template$/, name);
    env.DATABASE_URL = databaseUrl;
    dropDatabase = async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
  }
}, 120_000);
afterAll(async () => {
  await dropDatabase?.();
  rmSync(dir, { recursive: true, force: true });
});

describe(`kaejon jobs daily on ${testEngine}`, () => {
  it("prints a summary, and refuses bad or future dates with exit code 2 in Thai and English", async () => {
    expect(kaejon("db", "migrate").code).toBe(0);

    const done = kaejon("jobs", "daily", "--date", "2024-06-15");
    expect(done.err).toBe("");
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/^daily job daily_overdue for 2024-06-15: succeeded in [\d.]+ s/);
    expect(done.out).toMatch(/loans: 0 classified, 0 changed, 1 batch\(es\)/);
    expect(done.out).toMatch(/funds: 0 \(0 health rows changed\), 0 at risk/);

    const today = kaejon("jobs", "daily");
    expect(today.code).toBe(0);
    expect(today.out).toMatch(/^daily job daily_overdue for \d{4}-\d{2}-\d{2}: succeeded/);

    for (const [date, code] of [
      ["2024-13-45", "job.date_invalid"],
      ["15/06/2567", "job.date_invalid"],
      ["2999-01-01", "job.date_in_future"],
    ]) {
      const bad = kaejon("jobs", "daily", "--date", date!);
      expect([date, bad.code]).toEqual([date, EXIT_CODE_BY_KIND.invalid_input]);
      expect(bad.err).toContain(`${code}:`);
      expect(bad.err).toMatch(/วันที่ทำการ/);
      expect(bad.err).toMatch(/business date/i);
      expect(bad.out).toBe("");
    }
    expect(await jobRuns()).toEqual({ all: 2, succeeded: 2 });
  }, 240_000);
});
