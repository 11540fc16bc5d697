import { isSqlite, type Db } from "#src/db/db.js";
import { execute, placeholders } from "#src/db/sql.js";

/** The statements of the deadline reminders: which domains are under a deadline, who is due, and the claim of a send. */

export interface DomainUnderDeadline {
  id: string;
  name: string;
  accountId: string;
  accountName: string;
  enforceFrom: number;
  enforceSetAt: number;
}

/** Domains under Force-On whose deadline's day has not ended. */
export async function domainsUnderDeadline(db: Db, now: number, dayMs: number): Promise<DomainUnderDeadline[]> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT d.id, d.name, d.account_id, a.name AS account_name, d.enforce_from, d.enforce_set_at
       FROM domains d JOIN accounts a ON a.id = d.account_id
      WHERE d.mfa_policy = 'REQUIRED' AND d.enforce_from IS NOT NULL AND d.enforce_set_at IS NOT NULL AND d.enforce_from > ?`,
    [now - dayMs],
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    accountId: String(r.account_id),
    accountName: String(r.account_name),
    enforceFrom: Number(r.enforce_from),
    enforceSetAt: Number(r.enforce_set_at),
  }));
}

export interface Recipient {
  id: string;
  username: string;
}

/** Mailboxes of a domain that follow its policy, have no device, and have not had this reminder of this deadline. */
export async function recipientsDue(db: Db, domainId: string, deadline: number, slot: string, limit: number): Promise<Recipient[]> {
  const { rows } = await execute<{ id: string; username: string }>(
    db,
    `SELECT u.id, u.username FROM users u
      WHERE u.domain_id = ? AND u.kind = 'MAILBOX' AND u.mfa_override = 'DEFAULT' AND u.verified_devices = 0
        AND NOT EXISTS (SELECT 1 FROM mfa_reminders r WHERE r.user_id = u.id AND r.deadline = ? AND r.slot = ?)
      ORDER BY u.username LIMIT ${Math.floor(limit)}`,
    [domainId, deadline, slot],
  );
  return rows.map((r) => ({ id: String(r.id), username: String(r.username) }));
}

/** Claims one reminder before it is sent: 1 for the one instance (or request) that may send it. */
export async function claimReminder(db: Db, row: { userId: string; deadline: number; slot: string; domainId: string; sentAt: number }): Promise<number> {
  const ignore = isSqlite(db) ? "INSERT OR IGNORE" : "INSERT IGNORE";
  const { affected } = await execute(db, `${ignore} INTO mfa_reminders (user_id, deadline, slot, domain_id, sent_at) VALUES (?, ?, ?, ?, ?)`, [
    row.userId,
    row.deadline,
    row.slot,
    row.domainId,
    row.sentAt,
  ]);
  return affected;
}

/** How many reminders of a domain's deadline went out. */
export async function remindersSent(db: Db, domainId: string, deadline: number): Promise<number> {
  const { rows } = await execute<{ n: number | string }>(db, "SELECT COUNT(*) AS n FROM mfa_reminders WHERE domain_id = ? AND deadline = ?", [domainId, deadline]);
  return Number(rows[0]?.n ?? 0);
}

export interface ReminderTotal {
  sent: number;
  lastSentAt: number | null;
}

/** Per domain, the reminders of its current deadline that went out and the last one's time (domains without any are left out). */
export async function reminderTotals(db: Db, domainIds: readonly string[]): Promise<Map<string, ReminderTotal>> {
  if (domainIds.length === 0) return new Map();
  const { rows } = await execute<Record<string, unknown>>(
    db,
    `SELECT r.domain_id, COUNT(*) AS n, MAX(r.sent_at) AS last_sent
       FROM mfa_reminders r JOIN domains d ON d.id = r.domain_id AND d.enforce_from = r.deadline
      WHERE r.domain_id IN (${placeholders(domainIds.length)})
      GROUP BY r.domain_id`,
    [...domainIds],
  );
  return new Map(rows.map((r) => [String(r.domain_id), { sent: Number(r.n), lastSentAt: r.last_sent == null ? null : Number(r.last_sent) }]));
}
