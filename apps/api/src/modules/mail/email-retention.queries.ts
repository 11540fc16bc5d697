import type { Db } from "#src/db/db.js";
import { execute, placeholders } from "#src/db/sql.js";

/** The statements of email retention (the mail module writes `email_messages`): the oldest finished emails, and their deletion. */

/** Up to `limit` emails created before `before` whose delivery is over (stored, sent or failed; never one being sent), oldest first. */
export async function finishedEmailsBefore(db: Db, before: number, limit: number): Promise<string[]> {
  const { rows } = await execute<{ id: string }>(
    db,
    `SELECT id FROM email_messages WHERE created_at < ? AND status <> 'QUEUED' ORDER BY created_at LIMIT ${Math.floor(limit)}`,
    [before],
  );
  return rows.map((r) => String(r.id));
}

/** Deletes these emails (unless one went back to being sent meanwhile): how many went. */
export async function deleteEmails(db: Db, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { affected } = await execute(db, `DELETE FROM email_messages WHERE id IN (${placeholders(ids.length)}) AND status <> 'QUEUED'`, [...ids]);
  return affected;
}
