/**
 * The MariaDB the benchmark runs on: by default a throw-away server started for the run (the same
 * helper the test command uses) and stopped at the end; with BENCH_MYSQL_URL, a fresh database on
 * an existing server, dropped at the end (the server itself is left running); with BENCH_DB=galera, a
 * throw-away three-node Galera cluster (scripts/galera.sh, the Galera suite's), stopped at the end.
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
  let nodes = null;
  if (process.env.BENCH_DB === "galera") {
    const cluster = await startGalera({ repoRoot, log });
    ({ serverUrl, stopServer, nodes } = cluster);
    serverPid = cluster.pids;
  } else if (!serverUrl) {
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
    /** One URL of the database a node (a Galera cluster), else only databaseUrl. */
    nodeDatabaseUrls: nodes ? nodes.map((n) => `mariadb://root@127.0.0.1:${n}/${database}`) : [databaseUrl],
    galera: nodes !== null,
    admin,
    version: v,
    connectOptions: { ...connectOptions, database },
    dedicated: !process.env.BENCH_MYSQL_URL,
    /** The server's process id when this run started it (for its CPU time; the nodes' ids for a cluster), else null. */
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

/**
 * A three-node Galera cluster in a temporary folder (galera-4, mariadb-backup and socat from apt when missing), each
 * node with a 1 GiB buffer pool so the data set is in memory on every node. Returns the server URL of node 1, the
 * SQL ports of the three nodes, their process ids and a stop function.
 */
async function startGalera({ repoRoot, log }) {
  await run("bash", ["-c", "source scripts/lib/common.sh && ensure_galera"], { cwd: repoRoot }).catch((error) => {
    throw new Error(`Galera could not be installed with apt: ${error.stderr || error.message}`);
  });
  const dir = mkdtempSync(join(tmpdir(), "mfa-bench-galera-"));
  const script = join(repoRoot, "scripts", "galera.sh");
  const env = { ...process.env, GALERA_BP: process.env.GALERA_BP ?? "1G" };
  const stopServer = async () => {
    await run("bash", [script, "stop", dir], { cwd: repoRoot, env }).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  log("starting a three-node Galera cluster (about 45 s)");
  try {
    await run("bash", [script, "start", dir], { cwd: repoRoot, env, timeout: 600_000 });
  } catch (error) {
    await stopServer();
    throw new Error(`the Galera cluster did not start: ${error.stderr || error.message}`);
  }
  const base = Number(process.env.GALERA_SQL_BASE ?? 3411);
  const nodes = [base, base + 1, base + 2];
  const pids = readFileSync(join(dir, "pids"), "utf8")
    .trim()
    .split("\n")
    .map((line) => Number(line.split(" ")[1]))
    .filter(Boolean);
  log(`Galera cluster up: SQL ports ${nodes.join(", ")}`);
  return { serverUrl: `mysql://root@127.0.0.1:${base}/`, nodes, pids, stopServer };
}
