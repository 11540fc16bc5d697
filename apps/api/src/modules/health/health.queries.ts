import type { DataSource } from "typeorm";
import { execute } from "#src/db/sql.js";

export type Engine = "sqlite" | "mariadb" | "mysql";

/** One trivial statement: the database answers. */
export async function ping(dataSource: DataSource): Promise<void> {
  await execute(dataSource, "SELECT 1");
}

/** The engine name reported by health checks. */
export async function engineName(dataSource: DataSource): Promise<Engine> {
  if (dataSource.options.type === "better-sqlite3") return "sqlite";
  const { rows } = await execute<{ v: string }>(dataSource, "SELECT VERSION() AS v");
  return rows[0]?.v.toLowerCase().includes("mariadb") ? "mariadb" : "mysql";
}
