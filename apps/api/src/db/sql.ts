import type { DataSource, EntityManager } from "typeorm";

export interface SqlResult<Row> {
  rows: Row[];
  affected: number;
}

/**
 * Runs one statement and reports the rows it returned and the rows it changed, the same way
 * on every engine. The conditional single-use writes of the service rely on `affected`.
 */
export async function execute<Row = Record<string, unknown>>(
  source: DataSource | EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<SqlResult<Row>> {
  const manager = "manager" in source ? source.manager : source;
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  const own = !manager.queryRunner;
  try {
    const result = await runner.query(sql, params, true);
    const rows = Array.isArray(result.records) ? (result.records as Row[]) : [];
    return { rows, affected: result.affected ?? 0 };
  } finally {
    if (own) await runner.release();
  }
}

/** `?, ?, ?` for an IN list of `n` parameters. */
export const placeholders = (n: number): string => Array.from({ length: n }, () => "?").join(", ");
