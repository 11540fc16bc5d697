import { describe, expect, it } from "vitest";
import { loadConfig } from "#src/config/config.js";
import { createDataSource } from "#src/db/data-source.js";
import { runMigrations } from "#src/db/migrate.js";
import { migrations } from "#src/db/migrations/index.js";
import { ENGINES, freshDatabase } from "./support/engines.js";

const ALL = migrations.map((m) => m.name);

describe.each(ENGINES)("migrations on %s", (engine) => {
  it("run once when two instances start at the same moment on an empty database", async () => {
    const database = await freshDatabase(engine);
    const config = loadConfig({ NODE_ENV: "test", ...database.env });
    const a = createDataSource(config.database);
    const b = createDataSource(config.database);
    try {
      await Promise.all([a.initialize(), b.initialize()]);
      const [ranA, ranB] = await Promise.all([runMigrations(a), runMigrations(b)]);
      expect([...ranA, ...ranB]).toEqual(ALL);
      const rows: unknown[] = await a.query("SELECT name FROM schema_migrations");
      expect(rows).toHaveLength(ALL.length);
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
      await database.drop();
    }
  });

  it("can be undone and applied again", async () => {
    const database = await freshDatabase(engine);
    const config = loadConfig({ NODE_ENV: "test", ...database.env });
    const ds = createDataSource(config.database);
    try {
      await ds.initialize();
      await runMigrations(ds);
      for (let i = 0; i < ALL.length; i++) await ds.undoLastMigration();
      const tables: unknown[] = await ds.query(
        engine === "sqlite" ? "SELECT name FROM sqlite_master WHERE type='table' AND name='users'" : "SHOW TABLES LIKE 'users'",
      );
      expect(tables).toHaveLength(0);
      expect(await runMigrations(ds)).toEqual(ALL);
    } finally {
      await ds.destroy();
      await database.drop();
    }
  });
});
