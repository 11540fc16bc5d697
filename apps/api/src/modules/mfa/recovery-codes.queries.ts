import { IsNull } from "typeorm";
import { managerOf, type Db } from "#src/db/db.js";
import { execute, statement, type Statement } from "#src/db/sql.js";
import { RecoveryCodeEntity } from "./recovery-code.entity.js";

/** Every statement on `recovery_codes`. */

export const listRecoveryCodes = (db: Db, userId: string) => managerOf(db).find(RecoveryCodeEntity, { where: { userId } });

export const countUnusedRecoveryCodes = (db: Db, userId: string) => managerOf(db).count(RecoveryCodeEntity, { where: { userId, usedAt: IsNull() } });

export async function deleteRecoveryCodes(db: Db, userId: string): Promise<void> {
  await execute(db, "DELETE FROM recovery_codes WHERE user_id = ?", [userId]);
}

export async function insertRecoveryCodes(db: Db, rows: RecoveryCodeEntity[]): Promise<void> {
  await managerOf(db).insert(RecoveryCodeEntity, rows);
}

/** Spends one recovery code, in the caller's transaction: changes one row for the one request that spends it. */
export function spendRecoveryCode(id: string, now: number): Statement {
  return statement("UPDATE recovery_codes SET used_at = ? WHERE id = ? AND used_at IS NULL", [now, id]);
}
