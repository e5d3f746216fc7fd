// Starts Kaejon: opens and prepares the database, seeds demo data when asked, serves the API and web app, schedules the daily job.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildApp } from "../http/app";
import { seedDemo } from "../modules/demo/index";
import { dailyJobEnabled, startDailyJobScheduler } from "../modules/health/index";
import { loadConfig } from "../platform/config";
import { createLogger } from "../platform/logger";
import { type Application, openApplication, prepareDatabase } from "./bootstrap";

const config = loadConfig();
const logger = createLogger(config.logLevel);

/** Runs src/main/prepare.ts in a child process with this process's Node flags (e.g. the tsx loader). */
async function prepareInChildProcess(): Promise<void> {
  // Beside this file: prepare.ts under tsx, prepare.mjs in the bundled server (dist/server).
  const bundled = import.meta.url.endsWith(".mjs");
  const script = fileURLToPath(new URL(bundled ? "./prepare.mjs" : "./prepare.ts", import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, script], {
    stdio: "inherit",
    env: process.env,
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`preparing the database failed (exit code ${code})`);
}

let application: Application;
if (config.databaseUrl === null) {
  // PGlite's WebAssembly memory grows while a database is created and seeded and never shrinks: that work
  // happens in a child process, and the server opens the prepared database fresh and small.
  await prepareInChildProcess();
  application = await openApplication(config, logger);
} else {
  application = await openApplication(config, logger);
  const prepared = await prepareDatabase(application.deps, application.database);
  if (prepared.areasLoaded > 0) logger.info({ areas: prepared.areasLoaded }, "reference areas loaded");
  const seeded = config.demo ? await seedDemo(application.deps) : { seeded: false };
  if (seeded.seeded) logger.info(seeded, "demo data seeded (admin / kaejon-demo)");
}
const { database, deps } = application;
const app = await buildApp({ base: deps, config, engine: database.engine }, logger);
let dailyJob: ReturnType<typeof startDailyJobScheduler> | null = null;
const shutdown = async (signal: string) => {
  logger.info({ signal }, "shutting down");
  dailyJob?.stop();
  await app.close();
  await database.close();
  process.exit(0);
};
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
await app.listen({ port: config.port, host: config.host });
logger.info({ url: `http://localhost:${config.port}`, database: database.engine }, "Kaejon is running");
// After listening, so a long first run never delays the start; KAEJON_DAILY_JOB=off turns it off.
if (dailyJobEnabled(process.env)) dailyJob = startDailyJobScheduler(deps);
else logger.info("daily job scheduler off (KAEJON_DAILY_JOB=off or under a test runner)");
