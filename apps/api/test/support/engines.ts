import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConnection } from "mysql2/promise";

export type EngineName = "sqlite" | "mariadb";

export interface TestDatabase {
  readonly engine: EngineName;
  /** Environment for loadConfig: DATABASE_URL (or none) and a private data folder. */
  readonly env: Record<string, string>;
  drop(): Promise<void>;
}

/** The MariaDB server of the test run. Its absence is an error: the suite never skips an engine. */
function mysqlServerUrl(): string {
  const url = process.env.TEST_MYSQL_URL;
  if (!url) {
    throw new Error("TEST_MYSQL_URL is not set: the API suite runs on MariaDB and SQLite. Run the test command from the README.");
  }
  return url;
}

export const ENGINES: EngineName[] = ["sqlite", "mariadb"];

/** A fresh, empty database on the given engine. */
export async function freshDatabase(engine: EngineName): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "mfa-api-test-"));
  const sealKeys = `t1:${randomBytes(32).toString("base64")}`;
  if (engine === "sqlite") {
    return { engine, env: { DATA_DIR: dataDir, MFA_SEAL_KEYS: sealKeys }, drop: async () => {} };
  }
  const server = new URL(mysqlServerUrl());
  const name = `mfa_t_${randomBytes(6).toString("hex")}`;
  const admin = await createConnection({ host: server.hostname, port: Number(server.port || 3306), user: decodeURIComponent(server.username), password: decodeURIComponent(server.password) });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(server.toString());
  url.pathname = `/${name}`;
  url.protocol = "mariadb:";
  return {
    engine,
    env: { DATA_DIR: dataDir, MFA_SEAL_KEYS: sealKeys, DATABASE_URL: url.toString() },
    drop: async () => {
      const conn = await createConnection({ host: server.hostname, port: Number(server.port || 3306), user: decodeURIComponent(server.username), password: decodeURIComponent(server.password) });
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
