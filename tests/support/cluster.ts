import { randomBytes } from "node:crypto";
import { ApiClient } from "./api-client.js";
import { startBuiltServer, type RunningServer } from "./built-server.js";
import type { Figure, SecretLedger } from "./ledger.js";

/** A fresh `kid:base64` seal key (32 bytes): every instance of one database must share it. */
export function newSealKeys(): { spec: string; key: string } {
  const key = randomBytes(32).toString("base64");
  return { spec: `attack:${key}`, key };
}

/**
 * Several compiled API instances over one database, as behind a load balancer. Each has its own port; the
 * tests choose the instance of every request (alternating, or one step here and the next there).
 */
export class Cluster {
  /** What replaced instances printed before they died. */
  private readonly retired: string[] = [];

  private constructor(
    readonly instances: RunningServer[],
    private readonly envs: Record<string, string>[],
    private readonly ledger: SecretLedger,
  ) {}

  /** Starts one instance per environment, all at the same moment. */
  static async start(envs: Record<string, string>[], ledger: SecretLedger): Promise<Cluster> {
    const started = await Promise.allSettled(envs.map((env) => startBuiltServer(env)));
    const up = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    const failed = started.flatMap((s) => (s.status === "rejected" ? [s.reason as Error] : []));
    if (failed.length > 0) {
      await Promise.all(up.map((s) => s.stop()));
      throw new Error(`an instance did not start: ${failed.map((e) => e.message).join("\n")}`);
    }
    return new Cluster(up, envs, ledger);
  }

  /** One client per instance, counted for `figure`. */
  clients(figure: Figure): ApiClient[] {
    return this.instances.map((server, i) => new ApiClient(server.url, `instance ${String.fromCharCode(65 + i)}`, figure, this.ledger));
  }

  client(index: number, figure: Figure): ApiClient {
    const client = this.clients(figure)[index];
    if (!client) throw new Error(`no instance ${index}`);
    return client;
  }

  /** SIGKILL: the instance dies at once, as in a crash or an OOM kill. */
  async kill(index: number): Promise<void> {
    const server = this.instances[index];
    if (!server) throw new Error(`no instance ${index}`);
    if (server.process.exitCode !== null || server.process.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => server.process.once("exit", () => resolve()));
    server.process.kill("SIGKILL");
    await exited;
  }

  /** Starts a replacement for instance `index` with the same settings (on a new port). */
  async restart(index: number): Promise<void> {
    const env = this.envs[index];
    if (!env) throw new Error(`no instance ${index}`);
    await this.kill(index);
    this.retired.push(this.instances[index]?.output() ?? "");
    this.instances[index] = await startBuiltServer({ ...env, SEED_DEMO: "false" });
  }

  isAlive(index: number): boolean {
    const server = this.instances[index];
    return !!server && server.process.exitCode === null && server.process.signalCode === null;
  }

  /** Everything the instances printed (scanned for secrets at the end). */
  output(): string {
    return [...this.retired, ...this.instances.map((s) => s.output())].join("\n");
  }

  async stop(): Promise<void> {
    await Promise.all(this.instances.filter((_, i) => this.isAlive(i)).map((s) => s.stop()));
  }
}
