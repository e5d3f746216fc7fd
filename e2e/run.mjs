#!/usr/bin/env node
// Browser journeys: starts Kaejon on a fresh embedded database with demo data, drives Debian's Chromium
// through whole journeys with playwright-core, and leaves a screenshot of each under e2e/output/.
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const jsonArg = process.argv.find((a) => a.startsWith("--json="));
const outDir = path.resolve("e2e/output");
mkdirSync(outDir, { recursive: true });

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const port = await freePort();
const dataDir = mkdtempSync(path.join(os.tmpdir(), "kaejon-e2e-"));
const base = `http://127.0.0.1:${port}`;
// The server as `npm start` runs it: bundled into dist/server, with the Node flags of the start script.
const built = spawnSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
if (built.status !== 0) throw new Error("building the server failed");
const startScript = JSON.parse(readFileSync("package.json", "utf8")).scripts.start;
const startFlags = (/node ((?:--\S+ )*)dist\/server\/server\.mjs/.exec(startScript)?.[1] ?? "")
  .trim()
  .split(/\s+/)
  .filter(Boolean);
const server = spawn(process.execPath, [...startFlags, "dist/server/server.mjs"], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    KAEJON_DATA_DIR: dataDir,
    KAEJON_DEMO: "true",
    LOG_LEVEL: "warn",
  },
  stdio: ["ignore", "inherit", "inherit"],
});

async function waitForHealth() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("server did not become healthy in 120 s");
}

const results = [];
async function journey(name, fn) {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const started = Date.now();
  try {
    await fn(browser);
    results.push({ name, ok: true, ms: Date.now() - started });
    process.stdout.write(`  ✓ ${name} (${Date.now() - started} ms)\n`);
  } catch (err) {
    results.push({ name, ok: false, error: String(err) });
    process.stdout.write(`  ✗ ${name}\n    ${String(err).split("\n").join("\n    ")}\n`);
  } finally {
    await browser.close();
  }
}

// The core journeys, then one file per module under e2e/journeys/, each exporting `journeys`.
const journeyDir = path.resolve("e2e/journeys");
const moduleFiles = existsSync(journeyDir)
  ? readdirSync(journeyDir)
      .filter((f) => f.endsWith(".mjs"))
      .sort()
  : [];
const loaded = [await import("./journeys.mjs")];
for (const f of moduleFiles) loaded.push(await import(pathToFileURL(path.join(journeyDir, f)).href));
// `--only=text` runs the journeys whose name contains the text (for working on one journey).
const onlyArg = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const journeys = loaded.flatMap((m) => m.journeys).filter(([name]) => !onlyArg || name.includes(onlyArg));
try {
  await waitForHealth();
  process.stdout.write(`browser journeys against ${base}\n`);
  for (const [name, fn] of journeys) await journey(name, (browser) => fn(browser, { base, outDir }));
} catch (err) {
  results.push({ name: "start server", ok: false, error: String(err) });
  process.stdout.write(`  ✗ ${String(err)}\n`);
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dataDir, { recursive: true, force: true });
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
if (jsonArg)
  writeFileSync(jsonArg.slice("--json=".length), JSON.stringify({ passed, failed, results }, null, 2));
process.stdout.write(`e2e: ${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
