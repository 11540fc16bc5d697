import { execFile, execFileSync } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { createConnection, type RowDataPacket } from "mysql2/promise";
import { repoRoot } from "./paths.js";

const run = promisify(execFile);
const script = join(repoRoot, "scripts", "galera.sh");

/** The three nodes' SQL ports: scripts/galera.sh's bases, or GALERA_SQL_BASE when set. */
const sqlBase = () => Number(process.env.GALERA_SQL_BASE ?? 3411);

export type Node = 1 | 2 | 3;
export const NODES: readonly Node[] = [1, 2, 3];

/** What the global setup hands the suite: where the cluster lives and the database it migrated. */
export interface GaleraInfo {
  readonly dir: string;
  readonly database: string;
  /** How long the cluster took to form, in seconds. */
  readonly startSeconds: number;
}

/** The server URL of node `n` (no database): mysql://root@127.0.0.1:PORT/. */
export const serverUrl = (n: Node): string => `mysql://root@127.0.0.1:${sqlBase() + n - 1}/`;

/** The URL the API takes for `database` through node `n`. */
export const databaseUrl = (n: Node, database: string): string => `mariadb://root@127.0.0.1:${sqlBase() + n - 1}/${database}`;

/**
 * The cluster of scripts/galera.sh in `dir`, driven from the tests: start, stop, crash a node and bring it back.
 * Every call waits for the script (which waits for the nodes), and a failed call throws with its output.
 */
export class GaleraCluster {
  constructor(readonly dir: string) {}

  private async galera(args: string[], timeoutMs: number): Promise<string> {
    try {
      const { stdout, stderr } = await run("bash", [script, ...args], { timeout: timeoutMs, env: process.env, maxBuffer: 16 * 1024 * 1024 });
      return `${stdout}${stderr}`;
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(`scripts/galera.sh ${args.join(" ")} failed: ${e.message}\n${e.stdout ?? ""}${e.stderr ?? ""}`);
    }
  }

  /** Creates (or restarts) the three nodes and waits until all are Synced. */
  async start(): Promise<string> {
    return this.galera(["start", this.dir], 300_000);
  }

  /** Stops every node gracefully (3, 2, 1). */
  async stop(): Promise<void> {
    await this.galera(["stop", this.dir], 300_000);
  }

  /** The same as `stop`, for a process that is exiting (no event loop left). */
  stopNow(): void {
    try {
      execFileSync("bash", [script, "stop", this.dir], { stdio: "ignore", timeout: 300_000 });
    } catch {
      // Nothing more can be done while exiting.
    }
  }

  /** SIGKILL of node `n`: a crash. */
  async kill(n: Node): Promise<void> {
    await this.galera(["kill", this.dir, String(n)], 60_000);
  }

  /** Restarts node `n` after a crash and waits until it is Synced; returns how its state came over ("IST of N writesets", "full SST"). */
  async rejoin(n: Node): Promise<string> {
    const out = await this.galera(["rejoin", this.dir, String(n)], 300_000);
    return /rejoined \(([^)]*)\)/.exec(out)?.[1] ?? out.trim();
  }

  /** One line a node: "ready size state status", or "down". */
  async status(): Promise<Record<Node, string>> {
    const out = await this.galera(["status", this.dir], 30_000);
    const line = (n: Node) => out.split("\n").find((l) => l.startsWith(`${n} `)) ?? "";
    const state = (n: Node) => (line(n).includes("down") ? "down" : line(n).split(/\s+/).slice(3).join(" "));
    return { 1: state(1), 2: state(2), 3: state(3) };
  }
}

/**
 * Write conflicts the nodes resolved so far, summed over the three: local transactions that failed certification
 * (another node's commit came first) and local transactions aborted to apply another node's writes.
 */
export async function conflictsResolved(): Promise<number> {
  let total = 0;
  for (const n of NODES) {
    const url = new URL(serverUrl(n));
    const conn = await createConnection({ host: url.hostname, port: Number(url.port), user: "root" });
    try {
      const [rows] = await conn.query<RowDataPacket[]>("SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_cert_failures', 'wsrep_local_bf_aborts')");
      total += rows.reduce((sum, r) => sum + Number(r.Value), 0);
    } finally {
      await conn.end();
    }
  }
  return total;
}
