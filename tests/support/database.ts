import { randomBytes } from "node:crypto";
import { createConnection } from "mysql2/promise";

/** The MariaDB server of the test run; without it the suite fails rather than skips. */
function mysqlServerUrl(): URL {
  const url = process.env.TEST_MYSQL_URL;
  if (!url) throw new Error("TEST_MYSQL_URL is not set: run the test command from the README");
  return new URL(url);
}

/** Creates an empty MariaDB database and returns its URL and a way to drop it. */
export async function createMariaDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = mysqlServerUrl();
  const name = `mfa_e2e_${randomBytes(6).toString("hex")}`;
  const connect = () =>
    createConnection({ host: server.hostname, port: Number(server.port || 3306), user: decodeURIComponent(server.username), password: decodeURIComponent(server.password) });
  const conn = await connect();
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  const url = new URL(server.toString());
  url.protocol = "mariadb:";
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = await connect();
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}
