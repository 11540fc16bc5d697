import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createConnection } from "mysql2/promise";
import type { TestProject } from "vitest/node";
import { GaleraCluster, databaseUrl, serverUrl, type GaleraInfo } from "../support/galera.js";
import { assertBuilt, migrateCli, repoRoot } from "../support/paths.js";

const run = promisify(execFile);

declare module "vitest" {
  export interface ProvidedContext {
    galera: GaleraInfo;
  }
}

/**
 * Once for the whole suite: a fresh three-node cluster (scripts/galera.sh) in a temporary folder, one database
 * created and migrated through node 1 (the migrate command of the build). The cluster is stopped at the end, also
 * when the run fails or is interrupted.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertBuilt();
  const dir = mkdtempSync(join(tmpdir(), "mfa-galera-"));
  const cluster = new GaleraCluster(dir);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    cluster.stopNow();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  try {
    const started = Date.now();
    process.stdout.write(`Starting a three-node Galera cluster in ${dir} ...\n`);
    await cluster.start();
    const startSeconds = (Date.now() - started) / 1000;
    const database = `mfa_galera_${randomBytes(4).toString("hex")}`;
    const node1 = new URL(serverUrl(1));
    const conn = await createConnection({ host: node1.hostname, port: Number(node1.port), user: "root" });
    await conn.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await conn.end();
    await run(process.execPath, [migrateCli], {
      cwd: repoRoot,
      timeout: 120_000,
      env: { PATH: process.env.PATH ?? "", DATABASE_URL: databaseUrl(1, database), MFA_SEAL_KEYS: `migrate:${randomBytes(32).toString("base64")}`, LOG_LEVEL: "warn" },
    });
    process.stdout.write(`Cluster up in ${startSeconds.toFixed(1)} s, database ${database} migrated through node 1\n`);
    project.provide("galera", { dir, database, startSeconds });
  } catch (error) {
    stop();
    throw error;
  }
  return async () => {
    if (stopped) return;
    stopped = true;
    await cluster.stop().catch(() => cluster.stopNow());
    rmSync(dir, { recursive: true, force: true });
  };
}
