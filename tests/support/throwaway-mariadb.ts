import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createConnection } from "mysql2/promise";
import { repoRoot } from "./paths.js";
import { freePort } from "./ports.js";

const run = promisify(execFile);
const script = join(repoRoot, "scripts", "mariadb.sh");

/**
 * A MariaDB server of the test's own, on a free port in a temporary folder, that the test may freeze, kill and
 * start again (on the same data folder and port). Never the test run's shared server.
 */
export interface ThrowawayMariaDb {
  readonly port: number;
  /** The server URL without a database (mysql://root@127.0.0.1:PORT/). */
  readonly url: string;
  /** The process id of the running server. */
  pid(): number;
  createDatabase(name: string): Promise<string>;
  /** SIGSTOP: the server keeps its sockets but answers nothing. */
  freeze(): void;
  /** SIGCONT after freeze(). */
  thaw(): void;
  /** SIGKILL: the server dies at once, as in a crash; its clients see their connections drop. */
  crash(): Promise<void>;
  /** Starts the server again on the same data folder and port, and waits until it answers. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

export async function startThrowawayMariaDb(): Promise<ThrowawayMariaDb> {
  const dir = mkdtempSync(join(tmpdir(), "mfa-attack-db-"));
  const folder = join(dir, "mariadb");
  const port = await freePort();
  const start = () => run("bash", [script, "start", folder, String(port)], { timeout: 60_000 });
  await start();
  const pid = () => Number(readFileSync(join(folder, "launcher.pid"), "utf8").trim());
  let frozen = false;
  // Should the test process end without stop(), the server must not outlive it.
  let running = pid();
  const killOnExit = () => {
    if (alive(running)) process.kill(running, "SIGKILL");
  };
  process.once("exit", killOnExit);
  const url = `mysql://root@127.0.0.1:${port}/`;

  return {
    port,
    url,
    pid,
    async createDatabase(name) {
      const conn = await createConnection({ host: "127.0.0.1", port, user: "root" });
      await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await conn.end();
      return `mariadb://root@127.0.0.1:${port}/${name}`;
    },
    freeze() {
      process.kill(pid(), "SIGSTOP");
      frozen = true;
    },
    thaw() {
      process.kill(pid(), "SIGCONT");
      frozen = false;
    },
    async crash() {
      const current = pid();
      process.kill(current, "SIGKILL");
      frozen = false;
      await waitForExit(current, 10_000);
    },
    async restart() {
      await start();
      running = pid();
    },
    async stop() {
      const current = pid();
      if (frozen && alive(current)) process.kill(current, "SIGCONT");
      await run("bash", [script, "stop", folder], { timeout: 30_000 }).catch(() => undefined);
      if (alive(current)) process.kill(current, "SIGKILL");
      process.removeListener("exit", killOnExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
