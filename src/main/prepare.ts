// Prepares the embedded database in a process of its own (migrations, reference areas, demo seed) and exits, so
// the server's process never carries the memory PGlite grows while creating and filling a database.
import { seedDemo } from "../modules/demo/index";
import { loadConfig } from "../platform/config";
import { createLogger } from "../platform/logger";
import { openApplication, prepareDatabase } from "./bootstrap";

const config = loadConfig();
const logger = createLogger(config.logLevel);
const application = await openApplication(config, logger);
try {
  const prepared = await prepareDatabase(application.deps, application.database);
  if (prepared.areasLoaded > 0) logger.info({ areas: prepared.areasLoaded }, "reference areas loaded");
  const seeded = config.demo ? await seedDemo(application.deps) : { seeded: false };
  if (seeded.seeded) logger.info(seeded, "demo data seeded (admin / kaejon-demo)");
} finally {
  await application.database.close();
}
