import "reflect-metadata";
import { loadConfig } from "#src/config/config.js";
import { createDataSource } from "#src/db/data-source.js";
import { runMigrations } from "#src/db/migrate.js";

/** `pnpm --filter @mfa/api migrate`: applies pending migrations and exits. */
const config = loadConfig();
const dataSource = createDataSource(config.database);
await dataSource.initialize();
try {
  const ran = await runMigrations(dataSource);
  console.log(ran.length ? `Applied: ${ran.join(", ")}` : "Schema is up to date.");
} finally {
  await dataSource.destroy();
}
