import type { DataSource } from "typeorm";
import type { Logger } from "#src/logger.js";
import type { AlternateEmailService } from "#src/modules/alternate-email/alternate-email.service.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { MailService } from "#src/modules/mail/mail.service.js";
import type { SecurityAlertEvent } from "#src/modules/mail/templates/security-alert.js";
import type { MailContext } from "#src/modules/mail/templates/rendered-mail.js";
import type { SmsService } from "#src/modules/sms/sms.service.js";
import { alertText } from "./alert-sms.js";
import { AlertStatus, alertUser, claimAlert, dueAlerts, phoneOfDevice, settleAlert, verifiedPhones, type DueAlert } from "./security-alerts.queries.js";

const BATCH = 20;
/** A claim outlasts the sends of one alert (an SMTP conversation and a text) by far. */
const CLAIM_MS = 2 * 60_000;

export interface SecurityAlertSenderDeps {
  dataSource: DataSource;
  mail: MailService;
  sms: SmsService;
  alternateEmail: Pick<AlternateEmailService, "verifiedAddress">;
  audit: AuditService;
  logger: Logger;
  context: MailContext;
  now?: () => number;
}

/**
 * Sends the queued security alerts: an email to the user's verified alternate address and, for a device added or
 * MFA turned off, a text to a verified phone other than the one just added (through the SMS gate and its budgets).
 * Never to the mailbox the alert protects. With no second channel nothing is sent and the audit says so. Each alert
 * is claimed by a conditional write first, so two senders never both send it; one that failed mid-way is sent again
 * when its claim runs out.
 */
export class SecurityAlertSender {
  constructor(private readonly deps: SecurityAlertSenderDeps) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** One round: sends what is pending; returns how many alerts it settled. */
  async round(held: () => Promise<boolean> = async () => true): Promise<number> {
    const now = this.now();
    let settled = 0;
    for (const alert of await dueAlerts(this.deps.dataSource, now, BATCH)) {
      if (!(await held())) break;
      if ((await claimAlert(this.deps.dataSource, alert.id, now, now + CLAIM_MS)) !== 1) continue;
      await this.send(alert);
      settled++;
    }
    return settled;
  }

  private async send(alert: DueAlert): Promise<void> {
    const { dataSource, mail, sms, alternateEmail, logger, context } = this.deps;
    const event = alert.event as SecurityAlertEvent;
    const user = await alertUser(dataSource, alert.userId);
    if (!user) {
      // The mailbox was deleted since: there is nobody left to tell.
      await settleAlert(dataSource, alert.id, AlertStatus.NONE, null);
      return;
    }
    const channels: string[] = [];
    let reached = false;
    const address = await alternateEmail.verifiedAddress(alert.userId);
    if (address) {
      channels.push("EMAIL");
      const sent = await mail.send({
        accountId: alert.accountId,
        userId: alert.userId,
        to: address,
        content: { kind: "SECURITY_ALERT", data: { accountName: user.accountName, username: user.username, event, occurredAt: new Date(alert.occurredAt), ip: alert.ip, userAgent: alert.userAgent } },
      });
      reached ||= sent.status !== "FAILED";
    }
    const phone = alert.withSms ? await this.otherPhone(alert) : null;
    if (phone) {
      channels.push("SMS");
      try {
        await sms.send({
          accountId: alert.accountId,
          userId: alert.userId,
          domainId: user.domainId,
          to: phone,
          body: alertText({ issuer: context.issuer, event, username: user.username, occurredAt: new Date(alert.occurredAt), consoleUrl: context.consoleUrl }),
        });
        reached = true;
      } catch (error) {
        // Over a budget, a country not allowed, or the provider failed: the gate audited a refusal; the email stands.
        logger.warn("security alert text not sent", { alertId: alert.id, event, error: error instanceof Error ? error.message : "unknown" });
      }
    }
    const sentBy = channels.length > 0 ? channels.join("+") : null;
    await dataSource.transaction(async (db) => {
      await settleAlert(db, alert.id, reached ? AlertStatus.SENT : AlertStatus.NONE, sentBy);
      const base = { accountId: alert.accountId, actorId: null, targetUserId: alert.userId, ip: null };
      if (reached) await this.deps.audit.record({ ...base, action: AuditAction.SECURITY_ALERT_SENT, outcome: "SUCCESS", detail: { event, channels: sentBy } }, db);
      else
        await this.deps.audit.record(
          { ...base, action: AuditAction.SECURITY_ALERT_NOT_SENT, outcome: "FAILURE", detail: { event, reason: sentBy ? "DELIVERY_FAILED" : "NO_SECOND_CHANNEL", channels: sentBy } },
          db,
        );
    });
  }

  /** A phone of the user verified before the change, other than the one the alert is about (nor another device with its number). */
  private async otherPhone(alert: DueAlert): Promise<string | null> {
    const excludedNumber = alert.excludedDeviceId ? await phoneOfDevice(this.deps.dataSource, alert.excludedDeviceId) : null;
    const phones = await verifiedPhones(this.deps.dataSource, alert.userId, alert.occurredAt);
    return phones.find((p) => p.id !== alert.excludedDeviceId && p.phone !== excludedNumber)?.phone ?? null;
  }
}
