// The `kaejon` command end to end on the current engine: exit codes follow the error model.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { citizenIdCheckDigit } from "../src/shared/thai-id";
import { testEngine } from "./support/test-db";

let dir: string;
let env: NodeJS.ProcessEnv;
let dropDatabase: (() => Promise<void>) | undefined;

function kaejon(...args: string[]) {
  const r = spawnSync(process.execPath, ["bin/kaejon.mjs", ...args], {
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "kaejon-cli-"));
  env = {
    ...process.env,
    KAEJON_DATA_DIR: dir,
    LOG_LEVEL: "silent",
    KAEJON_SECRET_KEY: Buffer.alloc(32, 3).toString("base64"),
  };
  delete env.DATABASE_URL;
  if (testEngine === "postgres") {
    const template = inject("postgresTemplateUrl");
    const name = `kaejon_cli_${process.pid}`;
    const admin = new pg.Client({ connectionString: template.replace(/kaejon_template$/, "postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    env.DATABASE_URL = template.replace(/kaejon_template$/, name);
    dropDatabase = async () => {
      const a = new pg.Client({ connectionString: template.replace(/kaejon_template$/, "postgres") });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
  }
});
afterAll(async () => {
  await dropDatabase?.();
  rmSync(dir, { recursive: true, force: true });
});

describe(`kaejon CLI on ${testEngine}`, () => {
  it("migrates, seeds the demo, creates users and imports households with error-model exit codes", () => {
    expect(kaejon("db", "migrate")).toMatchObject({ code: 0 });
    const seed = kaejon("db", "seed", "--demo");
    expect(seed.code).toBe(0);
    expect(seed.out).toMatch(/"households":72/);
    expect(kaejon("db", "seed", "--demo").out).toMatch(/already present/);

    env.KAEJON_NEW_PASSWORD = "a-long-password";
    const created = kaejon(
      "users",
      "create",
      "--username",
      "cli.admin",
      "--name",
      "ผู้ดูแล",
      "--role",
      "central_admin",
    );
    expect(created.code).toBe(0);
    expect(JSON.parse(created.out)).toMatchObject({ username: "cli.admin", role: "central_admin" });
    const taken = kaejon(
      "users",
      "create",
      "--username",
      "cli.admin",
      "--name",
      "x",
      "--role",
      "central_admin",
    );
    expect(taken.code).toBe(5);
    expect(taken.err).toMatch(/user.username_taken/);
    const badScope = kaejon(
      "users",
      "create",
      "--username",
      "cli.p",
      "--name",
      "x",
      "--role",
      "province_officer",
      "--scope",
      "4007",
    );
    expect(badScope.code).toBe(2);

    const id = (p: string) => p + citizenIdCheckDigit(p);
    const file = path.join(dir, "households.csv");
    writeFileSync(
      file,
      `village_code,house_no,relation,title,first_name,last_name,citizen_id\n40070908,900,head,นาย,ทดลอง,นำเข้า,${id("330000000001")}\n40070908,901,child,ด.ช.,ไม่มี,หัวหน้า,\n`,
    );
    const dry = kaejon("households", "import", file, "--dry-run");
    expect(dry.code).toBe(2);
    expect(dry.out).toMatch(/line 3/);
    const commit = kaejon("households", "import", file);
    expect(commit.code).toBe(2);
    expect(commit.err).toMatch(/import.rejected/);
    writeFileSync(
      file,
      `village_code,house_no,relation,title,first_name,last_name,citizen_id\n40070908,900,head,นาย,ทดลอง,นำเข้า,${id("330000000001")}\n`,
    );
    const ok = kaejon("households", "import", file);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/imported: 1 households/);
  }, 180_000);
});
