// Server RSS while it streams a large XLSX export: 100,000 households of one district on PGlite, through the
// real server process, with the download read as it arrives. Prints RSS idle, peak during the export, bytes.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openPglite, rows } from "../src/platform/database";
import { formatMb, progress } from "./support";

const HOUSEHOLDS = Number(process.env.BENCH_EXPORT_HOUSEHOLDS ?? 100_000);
const FORMAT = process.env.BENCH_EXPORT_FORMAT ?? "xlsx";

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

async function startServer(dataDir: string, port: number) {
  const server = spawn(process.execPath, ["--import", "tsx", "src/main/server.ts"], {
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
  for (let i = 0; i < 900; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { server, base };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not start");
}

async function stop(server: ReturnType<typeof spawn>) {
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  await exited;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "kaejon-bench-export-"));
try {
  progress("export-rss: first start (migrate, reference data, demo)");
  let port = await freePort();
  let { server } = await startServer(dataDir, port);
  await stop(server);

  progress(`export-rss: adding ${HOUSEHOLDS} households to district 4007`);
  const db = await openPglite(path.join(dataDir, "pglite"));
  const villages = (
    await rows<{ code: string }>(
      db.db,
      sql`select code from area where code like '4007%' and length(code) = 8 order by code`,
    )
  ).map((r) => r.code);
  await db.db.execute(sql`
    insert into household (id, village_code, house_no, head_name, member_count, phone)
    select gen_random_uuid(), (${sql.raw(`ARRAY[${villages.map((v) => `'${v}'`).join(",")}]`)})[1 + n % ${villages.length}],
           'b' || n, 'นายทดสอบ นามสกุลยาว ' || n, 1 + n % 6, '08' || lpad((n % 100000000)::text, 8, '0')
    from generate_series(1, ${HOUSEHOLDS}) n`);
  // Planner statistics as after an import; without them the first page plans a sort of the whole district.
  if (process.env.BENCH_EXPORT_ANALYZE !== "0") await db.db.execute(sql`analyze household`);
  await db.close();

  port = await freePort();
  ({ server } = await startServer(dataDir, port));
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: "kaejon-demo" }),
  });
  const cookie = String(login.headers.get("set-cookie")).split(";")[0]!;
  await new Promise((r) => setTimeout(r, 2000));
  const idleRss = rssOf(server.pid!);
  let peakRss = idleRss;
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, rssOf(server.pid!));
    } catch {
      // the process has ended
    }
  }, 25);
  const listStarted = performance.now();
  const list = await fetch(`${base}/api/households?area=4007&limit=200`, { headers: { cookie } });
  await list.arrayBuffer();
  const listMs = performance.now() - listStarted;
  const started = performance.now();
  const res = await fetch(`${base}/api/households/export?area=4007&format=${FORMAT}`, {
    headers: { cookie },
  });
  if (!res.ok || !res.body) throw new Error(`export: ${res.status} ${await res.text()}`);
  let bytes = 0;
  let firstByteMs = 0;
  const reader = res.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (bytes === 0) firstByteMs = performance.now() - started;
    bytes += chunk.value.byteLength;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  process.stdout.write(
    `export-rss  ${HOUSEHOLDS} households as ${FORMAT}: ${formatMb(bytes)} in ${(ms / 1000).toFixed(1)} s (first byte ${firstByteMs.toFixed(0)} ms; the list's first page alone ${listMs.toFixed(0)} ms); server RSS before ${formatMb(idleRss)}, peak ${formatMb(peakRss)}, growth ${formatMb(peakRss - idleRss)} (budget 300 MB)\n`,
  );
  await stop(server);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
