import type { Db } from "#src/db/db.js";
import { execute, statement, type Statement } from "#src/db/sql.js";

/** Every statement on `security_alerts`, and the reads of who an alert goes to. */

export const AlertStatus = { PENDING: "PENDING", SENT: "SENT", NONE: "NONE" } as const;

export const queueAlert = (row: {
  id: string;
  accountId: string;
  userId: string;
  event: string;
  auditEventId: string;
  withSms: boolean;
  excludedDeviceId: string | null;
  ip: string | null;
  userAgent: string | null;
  occurredAt: number;
}): Statement =>
  statement(
    "INSERT INTO security_alerts (id, account_id, user_id, event, audit_event_id, with_sms, excluded_device_id, ip, user_agent, occurred_at, status, claimed_until, sent_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?)",
    [row.id, row.accountId, row.userId, row.event, row.auditEventId, row.withSms ? 1 : 0, row.excludedDeviceId, row.ip, row.userAgent, row.occurredAt, AlertStatus.PENDING, row.occurredAt],
  );

export interface DueAlert {
  id: string;
  accountId: string;
  userId: string;
  event: string;
  withSms: boolean;
  excludedDeviceId: string | null;
  ip: string | null;
  userAgent: string | null;
  occurredAt: number;
}

/** Pending alerts nobody holds, oldest first. */
export async function dueAlerts(db: Db, now: number, limit: number): Promise<DueAlert[]> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    "SELECT id, account_id, user_id, event, with_sms, excluded_device_id, ip, user_agent, occurred_at FROM security_alerts WHERE status = ? AND claimed_until <= ? ORDER BY occurred_at, id LIMIT ?",
    [AlertStatus.PENDING, now, limit],
  );
  return rows.map((r) => ({
    id: r.id as string,
    accountId: r.account_id as string,
    userId: r.user_id as string,
    event: r.event as string,
    withSms: Boolean(Number(r.with_sms)),
    excludedDeviceId: (r.excluded_device_id as string | null) ?? null,
    ip: (r.ip as string | null) ?? null,
    userAgent: (r.user_agent as string | null) ?? null,
    occurredAt: Number(r.occurred_at),
  }));
}

/** Claims a pending alert for one sender until `until`: 1 when this sender got it. */
export async function claimAlert(db: Db, id: string, now: number, until: number): Promise<number> {
  return (await execute(db, "UPDATE security_alerts SET claimed_until = ? WHERE id = ? AND status = ? AND claimed_until <= ?", [until, id, AlertStatus.PENDING, now])).affected;
}

/** Settles a claimed alert: SENT (with how) or NONE. */
export async function settleAlert(db: Db, id: string, status: string, sentBy: string | null): Promise<void> {
  await execute(db, "UPDATE security_alerts SET status = ?, sent_by = ? WHERE id = ?", [status, sentBy, id]);
}

export interface AlertUser {
  username: string;
  accountName: string;
  domainId: string | null;
}

export async function alertUser(db: Db, userId: string): Promise<AlertUser | null> {
  const { rows } = await execute<{ username: string; name: string; domain_id: string | null }>(
    db,
    "SELECT u.username, a.name, u.domain_id FROM users u JOIN accounts a ON a.id = u.account_id WHERE u.id = ?",
    [userId],
  );
  const [r] = rows;
  return r ? { username: r.username, accountName: r.name, domainId: r.domain_id ?? null } : null;
}

/**
 * The user's phones verified before `before` (backup first, then default, then oldest): a phone verified after the
 * change is not one the user is told on (it may be the intruder's).
 */
export async function verifiedPhones(db: Db, userId: string, before: number): Promise<{ id: string; phone: string }[]> {
  const { rows } = await execute<{ id: string; phone_e164: string | null }>(
    db,
    "SELECT id, phone_e164 FROM devices WHERE user_id = ? AND kind = 'SMS' AND verified_at IS NOT NULL AND verified_at <= ? ORDER BY is_backup DESC, is_default DESC, created_at, id",
    [userId, before],
  );
  return rows.filter((r) => r.phone_e164).map((r) => ({ id: r.id, phone: r.phone_e164 as string }));
}

/** The phone number of a device, still there or not (null). */
export async function phoneOfDevice(db: Db, deviceId: string): Promise<string | null> {
  const { rows } = await execute<{ phone_e164: string | null }>(db, "SELECT phone_e164 FROM devices WHERE id = ?", [deviceId]);
  return rows[0]?.phone_e164 ?? null;
}
