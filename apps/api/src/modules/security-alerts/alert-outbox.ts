import { randomUUID } from "node:crypto";
import type { Statement } from "#src/db/batch.js";
import type { AuditFollower, AuditRecord, RecordedAuditEvent } from "#src/modules/audit/audit.service.js";
import { alertOf } from "./alert-events.js";
import { currentUserAgent } from "./request-browser.js";
import { queueAlert } from "./security-alerts.queries.js";

/**
 * Queues a security alert in the transaction of the change it tells of: the audit writer hands over each event that
 * calls for one (a factor added, MFA off or reset, new recovery codes, a lock, a sign-in from a new browser...), and
 * one INSERT puts it in `security_alerts`. The alert job sends it after the commit; the user's action never waits
 * on a mail server, and a change rolled back leaves no alert.
 */
export class SecurityAlertOutbox implements AuditFollower {
  takes(event: AuditRecord): boolean {
    return alertOf(event) !== null;
  }

  follow(event: RecordedAuditEvent): Statement[] {
    const alert = alertOf(event);
    if (!alert || event.accountId === null || event.targetUserId === null) return [];
    return [
      queueAlert({
        id: randomUUID(),
        accountId: event.accountId,
        userId: event.targetUserId,
        event: alert.event,
        auditEventId: event.id,
        withSms: alert.sms,
        excludedDeviceId: alert.excludedDeviceId,
        ip: event.ip?.slice(0, 64) ?? null,
        userAgent: currentUserAgent(),
        occurredAt: event.createdAt,
      }),
    ];
  }
}
