// Server under load: latency of the list endpoints against /api/health in the same run, and the server's RSS.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { formatMb, median, progress } from "./support";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

/** RSS of a process and any children it starts. */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  let total = kb ? Number(kb) * 1024 : 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
    for (const child of children ? children.split(" ") : []) total += rssOf(Number(child));
  }
  return total;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

async function load(url: string, cookie: string): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      const t = performance.now();
      const r = await fetch(url, { headers: { cookie } });
      await r.arrayBuffer();
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      times.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return times;
}

/** The Node flags of `npm start` (package.json), so the figures are the ones users get. */
const START_FLAGS = (() => {
  const start = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts
    .start;
  const m = /node ((?:--\S+ )*)dist\/server\/server\.mjs/.exec(start);
  if (!m) throw new Error(`npm start does not run dist/server/server.mjs: ${start}`);
  return m[1]!.trim().split(/\s+/).filter(Boolean);
})();

export async function benchServerLoad(): Promise<void> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "kaejon-bench-server-"));
  // The server as `npm start` runs it: bundled into dist/server, plain JavaScript.
  const built = spawnSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
  if (built.status !== 0) throw new Error("building the server failed");
  const server = spawn(process.execPath, [...START_FLAGS, "dist/server/server.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      KAEJON_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  let peakRss = 0;
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, rssOf(server.pid!));
    } catch {
      // the process has not started or has ended
    }
  }, 50);
  try {
    for (let i = 0; i < 600; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const login = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password: "kaejon-demo" }),
    });
    const cookie = String(login.headers.get("set-cookie")).split(";")[0]!;
    const idleRss = rssOf(server.pid!);
    // Until now the peak covered the first start, when a child process prepares and seeds the database and exits
    // before the server listens: reported apart, and the peak under load starts here.
    const preparationPeakRss = peakRss;
    peakRss = idleRss;
    const health = await load(`${base}/api/health`, cookie);
    const targets = [
      ["provinces", "/api/areas?limit=100"],
      ["area children", "/api/areas/4007/children"],
      ["households (province)", "/api/households?area=40&limit=50"],
      ["households (search)", `/api/households?area=4007&q=${encodeURIComponent("สม")}`],
      ["audit log", "/api/audit?limit=50"],
    ] as const;
    progress(
      `server-load: ${REQUESTS} requests per endpoint, ${CONCURRENCY} at a time; /api/health p50 ${median(health).toFixed(1)} ms p95 ${p95(health).toFixed(1)} ms`,
    );
    for (const [name, url] of targets) {
      const times = await load(`${base}${url}`, cookie);
      process.stdout.write(
        `server-load  ${name.padEnd(22)} p50 ${median(times).toFixed(1).padStart(6)} ms  p95 ${p95(times).toFixed(1).padStart(6)} ms  ratio to /api/health p95 ${(p95(times) / p95(health)).toFixed(2)}×  RSS after ${formatMb(rssOf(server.pid!))}\n`,
      );
    }
    process.stdout.write(
      `server-load  server RSS idle ${formatMb(idleRss)}, peak under load ${formatMb(peakRss)} (budget 300 MB); first start incl. the preparing child process ${formatMb(preparationPeakRss)}\n`,
    );
  } finally {
    clearInterval(sampler);
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await benchServerLoad();
