#!/usr/bin/env node
// `npm test`: the vitest projects (unit; database and HTTP on PGlite and, when a PostgreSQL server binary
// exists, on PostgreSQL), then the browser journeys when Chromium is installed. Ends with "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const node = process.env.KAEJON_TEST_NODE || process.execPath;
const only = process.argv.slice(2);
const tmp = mkdtempSync(path.join(os.tmpdir(), "kaejon-test-"));
let passed = 0;
let failed = 0;
let exitCode = 0;

function runVitest() {
  const out = path.join(tmp, "vitest.json");
  const args = [
    "node_modules/vitest/vitest.mjs",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
    ...only,
  ];
  const r = spawnSync(node, args, { stdio: "inherit", env: { ...process.env, TZ: "UTC" } });
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, "utf8"));
    passed += report.numPassedTests;
    failed +=
      report.numFailedTests +
      (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
  } else {
    failed += 1;
  }
  if (r.status !== 0) {
    exitCode = 1;
    // An unhandled error fails the run even when every test passed: count it, so the summary never says 0 failed.
    if (failed === 0) failed += 1;
  }
}

function runE2e() {
  if (process.env.KAEJON_SKIP_E2E === "1") return;
  if (!existsSync("/usr/bin/chromium")) {
    process.stdout.write("browser journeys skipped: /usr/bin/chromium is not installed\n");
    return;
  }
  const out = path.join(tmp, "e2e.json");
  const r = spawnSync(node, ["e2e/run.mjs", `--json=${out}`], { stdio: "inherit" });
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, "utf8"));
    passed += report.passed;
    failed += report.failed;
  } else {
    failed += 1;
  }
  if (r.status !== 0) exitCode = 1;
}

runVitest();
if (only.length === 0) runE2e();
rmSync(tmp, { recursive: true, force: true });
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(exitCode);
