import type { Db } from "./db.js";
import { execute } from "./sql.js";

/**
 * A column that holds values sealed with `@mfa/core`'s sealer (`v1.<keyId>.<iv>.<ciphertext>.<tag>`), declared by
 * the module that owns its table, so that the re-seal command can move its values to the active key. `table` and
 * `column` are constants of the code, never input; `context` gives the authenticated context the owner seals a
 * row's value with (the row's id is part of it, so a value cannot be moved to another row).
 */
export interface SealedColumn {
  readonly table: string;
  readonly column: string;
  readonly context: (id: string) => string;
}

export interface SealedValue {
  readonly id: string;
  readonly sealed: string;
}

const IDENTIFIER = /^[a-z_]+$/;

function names(target: SealedColumn): { table: string; column: string } {
  if (!IDENTIFIER.test(target.table) || !IDENTIFIER.test(target.column)) throw new RangeError("a sealed column is named by lower-case identifiers");
  return { table: target.table, column: target.column };
}

/** The prefix of every value sealed under `keyId`, as hex: compared byte for byte (MariaDB's collation ignores case). */
const prefixHex = (keyId: string) => Buffer.from(`v1.${keyId}.`, "utf8").toString("hex").toUpperCase();

/**
 * The next `limit` values of the column (after `afterId`, in id order) that are not sealed under `activeKeyId`:
 * one short read, so a large table is walked in batches while the API serves.
 */
export async function valuesSealedOtherwise(db: Db, target: SealedColumn, input: { activeKeyId: string; afterId: string; limit: number }): Promise<SealedValue[]> {
  const { table, column } = names(target);
  const prefix = prefixHex(input.activeKeyId);
  const { rows } = await execute<{ id: string; sealed: string }>(
    db,
    `SELECT id, ${column} AS sealed FROM ${table} WHERE id > ? AND ${column} IS NOT NULL AND HEX(SUBSTR(${column}, 1, ?)) <> ? ORDER BY id LIMIT ?`,
    [input.afterId, prefix.length / 2, prefix, input.limit],
  );
  return rows.map((row) => ({ id: String(row.id), sealed: String(row.sealed) }));
}

/**
 * Replaces one row's sealed value if it is still `from`: one conditional write, so a value the API changed
 * meanwhile (a new secret, a rotation, a removed row) is never overwritten with an older one. True when written.
 */
export async function replaceSealedValue(db: Db, target: SealedColumn, input: { id: string; from: string; to: string }): Promise<boolean> {
  const { table, column } = names(target);
  const { affected } = await execute(db, `UPDATE ${table} SET ${column} = ? WHERE id = ? AND ${column} = ?`, [input.to, input.id, input.from]);
  return affected === 1;
}
