import { isSqlite, type Db } from "#src/db/db.js";
import { execute } from "#src/db/sql.js";

/** Every statement on `job_leases`: this module is its only writer. */

/** Creates the job's row, free, unless it exists (every instance may ask at once). */
export async function ensureLease(db: Db, name: string): Promise<void> {
  const verb = isSqlite(db) ? "INSERT OR IGNORE" : "INSERT IGNORE";
  await execute(db, `${verb} INTO job_leases (name, holder, expires_at) VALUES (?, NULL, 0)`, [name]);
}

/** Takes or renews the lease until `expiresAt`: 1 when this holder has it (it held it, or it was free or expired). */
export async function takeLease(db: Db, name: string, holder: string, now: number, expiresAt: number): Promise<number> {
  const { affected } = await execute(db, "UPDATE job_leases SET holder = ?, expires_at = ? WHERE name = ? AND (holder = ? OR holder IS NULL OR expires_at <= ?)", [
    holder,
    expiresAt,
    name,
    holder,
    now,
  ]);
  return affected;
}

/** Gives the lease up at once, if this holder has it, so another instance need not wait for it to expire. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await execute(db, "UPDATE job_leases SET holder = NULL, expires_at = 0 WHERE name = ? AND holder = ?", [name, holder]);
}
