import type { Db } from "#src/db/db.js";
import { execute, placeholders } from "#src/db/sql.js";
import type { RetentionQueries } from "#src/modules/jobs/retention.js";

/** The statements of text retention (the SMS module writes `sms_messages`): the oldest texts, and their deletion. */

/**
 * Up to `limit` texts created before `before`, oldest first. A text is never sent again, so one still QUEUED that old
 * is one whose sending was cut short (the process stopped): it goes too.
 */
async function textsBefore(db: Db, before: number, limit: number): Promise<string[]> {
  const { rows } = await execute<{ id: string }>(
    db,
    `SELECT id FROM sms_messages WHERE created_at < ? ORDER BY created_at LIMIT ${Math.floor(limit)}`,
    [before],
  );
  return rows.map((r) => String(r.id));
}

/** Deletes these texts: how many went. */
async function deleteTexts(db: Db, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { affected } = await execute(db, `DELETE FROM sms_messages WHERE id IN (${placeholders(ids.length)})`, [...ids]);
  return affected;
}

/**
 * Texts (the outbox's, and the number and delivery status of each text a provider sent) are kept SMS_RETENTION_DAYS,
 * then deleted by the rollout job. The SMS budgets count in their own table.
 */
export const SMS_RETENTION: RetentionQueries = { expired: textsBefore, remove: deleteTexts };
