// The `kaejon` command line: database set-up, demo data, accounts, household import and the daily job.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Command } from "commander";
import { type Application, openApplication, prepareDatabase } from "../main/bootstrap";
import { createUser } from "../modules/access/index";
import { seedDemo } from "../modules/demo/index";
import { type DailyJobResult, parseBusinessDate, runDailyJob } from "../modules/health/index";
import { importHouseholds } from "../modules/households/index";
import { systemClock } from "../platform/clock";
import { loadConfig } from "../platform/config";
import { createLogger } from "../platform/logger";
import { EXIT_CODE_BY_KIND, isAppError } from "../shared/errors";
import { ROLES, type Role } from "../shared/roles";

async function withApplication<T>(fn: (app: Application) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn");
  const app = await openApplication(config, logger);
  try {
    await prepareDatabase(app.deps, app.database);
    return await fn(app);
  } finally {
    await app.database.close();
  }
}

function fail(err: unknown): never {
  if (isAppError(err)) {
    process.stderr.write(`${err.code}: ${err.messageTh}\n${err.message}\n`);
    if (err.details) process.stderr.write(`${JSON.stringify(err.details, null, 2)}\n`);
    process.exit(EXIT_CODE_BY_KIND[err.kind]);
  }
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
}

const program = new Command("kaejon").description("Kaejon (แก้จน) command line").showHelpAfterError();

const db = program.command("db").description("database set-up");
db.command("migrate")
  .description("apply migrations and load reference data")
  .action(() =>
    withApplication(async () => {
      process.stdout.write("database migrated and reference data loaded\n");
    }),
  );
db.command("seed")
  .description("seed data")
  .option("--demo", "demo villages, households and one account per role (password kaejon-demo)")
  .action((opts: { demo?: boolean }) =>
    withApplication(async ({ deps }) => {
      if (!opts.demo) throw new Error("only --demo seeding exists");
      const summary = await seedDemo(deps);
      process.stdout.write(summary.seeded ? `${JSON.stringify(summary)}\n` : "demo data already present\n");
    }),
  );

program
  .command("users")
  .description("accounts")
  .command("create")
  .description("create an account (the password is read from KAEJON_NEW_PASSWORD or --password)")
  .requiredOption("--username <name>")
  .requiredOption("--name <display name>")
  .requiredOption("--role <role>", ROLES.join(" | "))
  .option("--scope <area code>", "area code (empty for national)", "")
  .option("--password <password>")
  .option("--household <id>")
  .action(
    (opts: {
      username: string;
      name: string;
      role: string;
      scope: string;
      password?: string;
      household?: string;
    }) =>
      withApplication(async ({ deps }) => {
        if (!ROLES.includes(opts.role as Role))
          throw new Error(`unknown role ${opts.role}; one of ${ROLES.join(", ")}`);
        const password = opts.password ?? process.env.KAEJON_NEW_PASSWORD;
        if (!password) throw new Error("give --password or set KAEJON_NEW_PASSWORD");
        const user = await createUser(deps, {
          username: opts.username,
          displayName: opts.name,
          role: opts.role as Role,
          scopeCode: opts.scope,
          password,
          mustChangePassword: true,
          ...(opts.household ? { householdId: opts.household } : {}),
        });
        process.stdout.write(`${JSON.stringify(user)}\n`);
      }),
  );

program
  .command("households")
  .description("household register")
  .command("import")
  .description("import households from a CSV or XLSX file (see docs/import-households.md)")
  .argument("<file>")
  .option("--dry-run", "check only; write nothing")
  .option("--encoding <encoding>", "force utf-8 | utf-8-bom | windows-874")
  .action((file: string, opts: { dryRun?: boolean; encoding?: string }) =>
    withApplication(async ({ deps }) => {
      const bytes = await readFile(file);
      const report = await importHouseholds(deps, {
        bytes,
        fileName: path.basename(file),
        dryRun: opts.dryRun === true,
        encoding: opts.encoding,
      });
      for (const e of report.errors)
        process.stdout.write(
          `line ${e.line}${e.field ? ` [${e.field}]` : ""}: ${e.code} — ${e.message} / ${e.messageEn}\n`,
        );
      process.stdout.write(
        `${report.committed ? "imported" : "checked"}: ${report.householdCount} households, ${report.memberCount} members, ${report.rowCount} rows, ${report.errors.length} errors (${report.format}, ${report.encoding})\n`,
      );
      if (report.errors.length > 0) process.exitCode = EXIT_CODE_BY_KIND.invalid_input;
    }),
  );

function dailyJobSummary(r: DailyJobResult): string {
  const classes = Object.entries(r.classCounts)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${c} ${n}`)
    .join(", ");
  return [
    `daily job ${r.job} for ${r.businessDate}: succeeded in ${(r.durationMs / 1000).toFixed(2)} s (run ${r.runId})`,
    `loans: ${r.loansClassified} classified, ${r.loansChanged} changed, ${r.batches} batch(es)`,
    `loan classes: ${classes || "none"}`,
    `funds: ${r.funds} (${r.fundsChanged} health rows changed), ${r.fundsAtRisk} at risk`,
  ].join("\n");
}

program
  .command("jobs")
  .description("scheduled jobs")
  .command("daily")
  .description("classify every loan as of a business date and recompute every fund's health")
  .option("--date <YYYY-MM-DD>", "business date (default: today in Asia/Bangkok)")
  .action((opts: { date?: string }) => {
    // Checked before the database is opened: a bad date writes nothing.
    const businessDate =
      opts.date === undefined ? undefined : parseBusinessDate(opts.date, systemClock.today());
    return withApplication(async ({ deps }) => {
      const result = await runDailyJob(deps, { businessDate });
      process.stdout.write(`${dailyJobSummary(result)}\n`);
    });
  });

program.parseAsync(process.argv).catch(fail);
