export { createServer, type AppServer } from "./server.js";
export { loadConfig, ConfigError, type Config } from "./config/config.js";
export { createDataSource } from "./db/data-source.js";
export { runMigrations } from "./db/migrate.js";
