import type { QueryRunner } from "typeorm";

/** The named lock that lets one of several starting instances migrate (MariaDB/MySQL). */

export async function tryTakeLock(runner: QueryRunner, name: string, waitSeconds: number): Promise<boolean> {
  const rows: { got: number | string | null }[] = await runner.query("SELECT GET_LOCK(?, ?) AS got", [name, waitSeconds]);
  return Number(rows[0]?.got) === 1;
}

export async function releaseLock(runner: QueryRunner, name: string): Promise<void> {
  await runner.query("SELECT RELEASE_LOCK(?)", [name]);
}
