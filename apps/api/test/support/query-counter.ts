import type { DataSource, Logger } from "typeorm";

/** Counts the SQL statements a DataSource runs while `work` runs (every statement passes its logger). */
export async function countStatements<T>(dataSource: DataSource, work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const original = dataSource.logger;
  const counting: Logger = {
    logQuery: (query) => {
      statements.push(query);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  (dataSource as { logger: Logger }).logger = counting;
  try {
    return { result: await work(), statements };
  } finally {
    (dataSource as { logger: Logger }).logger = original;
  }
}
