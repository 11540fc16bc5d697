import { dueReminder } from "@mfa/core";
import type { DataSource } from "typeorm";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { MailService } from "#src/modules/mail/mail.service.js";
import { claimReminder, domainsUnderDeadline, recipientsDue, reminderTotals, remindersSent, type DomainUnderDeadline, type Recipient, type ReminderTotal } from "./reminders.queries.js";

const DAY = 24 * 60 * 60 * 1000;
/** Recipients claimed and emailed at a time. */
const BATCH = 50;

/**
 * The deadline reminders: users without a device of a domain under a Force-On deadline get an email when it is set,
 * 7 days and 1 day before, and on the day (`@mfa/core`'s `dueReminder`); an admin may also send one now. Each
 * reminder is claimed by a row before its email leaves (one sender, whatever the instances), emailed to the
 * mailbox's address, and audited.
 */
export class ReminderService {
  constructor(private readonly deps: { dataSource: DataSource; mail: MailService; audit: AuditService; now: () => number }) {}

  /** One round of the job: the reminders due now, a batch per domain; how many were sent. */
  async round(stillHeld: () => Promise<boolean> = async () => true): Promise<number> {
    const now = this.deps.now();
    let sent = 0;
    for (const domain of await domainsUnderDeadline(this.deps.dataSource, now, DAY)) {
      const slot = dueReminder({ setAt: domain.enforceSetAt, enforceFrom: domain.enforceFrom, now });
      if (!slot) continue;
      if (!(await stillHeld())) return sent;
      const due = await recipientsDue(this.deps.dataSource, domain.id, domain.enforceFrom, slot, BATCH);
      for (const user of due) if ((await this.remind(domain, user, slot, null)) === null) sent++;
    }
    return sent;
  }

  /** An admin's "Send reminder now" for one mailbox of a domain under a deadline: null when sent, else why not (a mail error code). */
  async sendNow(domain: DomainUnderDeadline, user: Recipient, adminId: string): Promise<string | null> {
    const outcome = await this.remind(domain, user, `M${this.deps.now()}`, adminId);
    // Undefined: the same reminder was claimed a moment ago (the same millisecond).
    return outcome === undefined ? "ALREADY_SENT" : outcome;
  }

  /** The domain's deadline reminder facts, or null when it has no deadline ahead (or today). */
  async deadlineOf(domainId: string): Promise<DomainUnderDeadline | null> {
    const domains = await domainsUnderDeadline(this.deps.dataSource, this.deps.now(), DAY);
    return domains.find((d) => d.id === domainId) ?? null;
  }

  count(domainId: string, deadline: number): Promise<number> {
    return remindersSent(this.deps.dataSource, domainId, deadline);
  }

  /** Per domain, how many reminders of its current deadline went out, and when the last did. */
  totals(domainIds: readonly string[]): Promise<Map<string, ReminderTotal>> {
    return reminderTotals(this.deps.dataSource, domainIds);
  }

  /** Claims, emails and audits one reminder: null when it went out, the mail's error code when not, undefined when already claimed. */
  private async remind(domain: DomainUnderDeadline, user: Recipient, slot: string, adminId: string | null): Promise<string | null | undefined> {
    const claimed = await claimReminder(this.deps.dataSource, { userId: user.id, deadline: domain.enforceFrom, slot, domainId: domain.id, sentAt: this.deps.now() });
    if (claimed !== 1) return undefined;
    const result = await this.deps.mail.send({
      accountId: domain.accountId,
      userId: user.id,
      to: user.username,
      content: { kind: "MFA_REMINDER", data: { accountName: domain.accountName, domain: domain.name, deadline: new Date(domain.enforceFrom) } },
    });
    await this.deps.audit.record({
      accountId: domain.accountId,
      actorId: adminId,
      targetUserId: user.id,
      action: AuditAction.MFA_REMINDER_SENT,
      outcome: result.errorCode ? "FAILURE" : "SUCCESS",
      detail: { username: user.username, domain: domain.name, enforceFrom: new Date(domain.enforceFrom).toISOString(), reminder: slot.startsWith("M") ? "MANUAL" : slot, emailId: result.id, errorCode: result.errorCode },
      ip: null,
    });
    return result.errorCode;
  }
}
