import type { DataSource } from "typeorm";
import { engineName, ping, type Engine } from "./health.queries.js";

export interface HealthReport {
  status: "ok" | "unavailable";
  database: Engine;
  databaseReachable: boolean;
}

/** Answers whether the process and its database are ready to serve. */
export class HealthService {
  private engine: Engine | undefined;

  constructor(private readonly dataSource: DataSource, private readonly timeoutMs = 2_000) {}

  async check(): Promise<HealthReport> {
    const reachable = await this.ping();
    const database = this.engine ?? (this.dataSource.options.type === "better-sqlite3" ? "sqlite" : "mysql");
    return { status: reachable ? "ok" : "unavailable", database, databaseReachable: reachable };
  }

  private async ping(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), this.timeoutMs);
    });
    const query = (async () => {
      await ping(this.dataSource);
      this.engine ??= await engineName(this.dataSource);
      return true as const;
    })().catch(() => false as const);
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
