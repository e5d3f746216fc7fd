// Vitest global set-up: builds one migrated template database per engine, which every test file clones.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { loadReferenceAreas } from "../../src/modules/geography/index";
import { loadDefaultCriteria } from "../../src/modules/households/bmn-criteria";
import { type Database, openPglite, openPostgres, runMigrations } from "../../src/platform/database";
import { systemIds } from "../../src/platform/ids";
import { findPostgresBin, startCluster } from "./postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplateUrl: string;
  }
}

async function prepare(database: Database) {
  await runMigrations(database);
  await loadReferenceAreas(database.db);
  await loadDefaultCriteria(database.db, systemIds);
}

export default async function setup(project: TestProject) {
  const engine = project.config.env?.KAEJON_TEST_ENGINE;
  if (engine === "postgres") {
    const bin = findPostgresBin();
    if (!bin) throw new Error("the postgres project needs a PostgreSQL server binary");
    const cluster = await startCluster(bin);
    const admin = new pg.Client({ connectionString: cluster.url("postgres") });
    await admin.connect();
    await admin.query("CREATE DATABASE kaejon_template");
    await admin.end();
    const template = await openPostgres(cluster.url("kaejon_template"), 2);
    await prepare(template);
    await template.close();
    project.provide("postgresTemplateUrl", cluster.url("kaejon_template"));
    return () => cluster.stop();
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "kaejon-pglite-template-"));
  const template = await openPglite(dir);
  await prepare(template);
  await template.close();
  project.provide("pgliteTemplate", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
