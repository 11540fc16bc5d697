/**
 * The MariaDB the benchmark runs on: by default a throw-away server started for the run (the same
 * helper the test command uses) and stopped at the end; with BENCH_MYSQL_URL, a fresh database on
 * an existing server, dropped at the end (the server itself is left running).
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import mysql from "mysql2/promise";

const run = promisify(execFile);

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Returns { url (server root, mysql://), database, databaseUrl (for the API), admin (mysql2 connection
 * to the bench database), version, close() }.
 */
export async function openDatabase({ repoRoot, log }) {
  let serverUrl = process.env.BENCH_MYSQL_URL;
  let stopServer = async () => {};
  let serverPid = null;
  if (!serverUrl) {
    // The same installer the test command uses: MariaDB from apt when it is missing.
    await run("bash", ["-c", "source scripts/lib/common.sh && apt_ensure mariadbd mariadb-server mariadb-install-db mariadb-server"], { cwd: repoRoot }).catch((error) => {
      throw new Error(`MariaDB is not installed and could not be installed with apt: ${error.stderr || error.message}`);
    });
    const dir = mkdtempSync(join(tmpdir(), "mfa-bench-"));
    const port = await freePort();
    log(`starting a throw-away MariaDB on 127.0.0.1:${port}`);
    const script = join(repoRoot, "scripts", "mariadb.sh");
    try {
      await run("bash", [script, "start", join(dir, "mariadb"), String(port)], { cwd: repoRoot });
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`MariaDB did not start (is mariadb-server installed? the test command installs it): ${error.stderr || error.message}`);
    }
    serverUrl = `mysql://root@127.0.0.1:${port}/`;
    serverPid = Number(readFileSync(join(dir, "mariadb", "launcher.pid"), "utf8").trim()) || null;
    stopServer = async () => {
      await run("bash", [script, "stop", join(dir, "mariadb")], { cwd: repoRoot }).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    };
  } else {
    log("using the MariaDB server named by BENCH_MYSQL_URL (a fresh database, dropped at the end)");
  }

  const root = new URL(serverUrl);
  const database = `mfa_bench_${randomBytes(4).toString("hex")}`;
  const connectOptions = {
    host: root.hostname,
    port: Number(root.port || 3306),
    user: decodeURIComponent(root.username || "root"),
    password: decodeURIComponent(root.password || ""),
    multipleStatements: false,
    supportBigNumbers: true,
    bigNumberStrings: false,
  };
  let admin;
  try {
    const boot = await mysql.createConnection(connectOptions);
    await boot.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await boot.end();
    admin = await mysql.createConnection({ ...connectOptions, database });
  } catch (error) {
    await stopServer();
    throw error;
  }
  const [[{ v }]] = await admin.query("SELECT VERSION() AS v");
  const auth = root.username ? `${root.username}${root.password ? `:${root.password}` : ""}@` : "root@";
  const databaseUrl = `mariadb://${auth}${root.host}/${database}`;

  return {
    database,
    databaseUrl,
    admin,
    version: v,
    connectOptions: { ...connectOptions, database },
    dedicated: !process.env.BENCH_MYSQL_URL,
    /** The server's process id when this run started it (for its CPU time), else null. */
    serverPid,
    async close() {
      try {
        await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
      } catch {
        /* the server may be gone already */
      }
      await admin.end().catch(() => {});
      await stopServer();
    },
  };
}
