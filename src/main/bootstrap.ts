// Opens the database and makes it ready: migrations, reference areas, default parameters.

import { loadReferenceAreas } from "../modules/geography/index";
import { loadDefaultCriteria } from "../modules/households/index";
import { systemClock } from "../platform/clock";
import type { Config } from "../platform/config";
import { createFieldCrypto, resolveMasterKey } from "../platform/crypto";
import { type Database, openDatabase, runMigrations } from "../platform/database";
import type { Deps } from "../platform/deps";
import { systemIds } from "../platform/ids";
import type { Logger } from "../platform/logger";
import { SYSTEM_ACTOR } from "../shared/actor";

export interface Application {
  database: Database;
  deps: Deps;
}

export async function prepareDatabase(deps: Deps, database: Database): Promise<{ areasLoaded: number }> {
  await runMigrations(database);
  const areasLoaded = await loadReferenceAreas(deps.db);
  await loadDefaultCriteria(deps.db, deps.ids);
  return { areasLoaded };
}

export async function openApplication(config: Config, logger: Logger): Promise<Application> {
  const database = await openDatabase(config);
  const crypto = createFieldCrypto(resolveMasterKey(config.secretKey, config.dataDir));
  const deps: Deps = {
    db: database.db,
    clock: systemClock,
    ids: systemIds,
    crypto,
    logger,
    actor: SYSTEM_ACTOR,
  };
  return { database, deps };
}
