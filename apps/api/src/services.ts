import { hkdfSync } from "node:crypto";
import { createSealer, oneTimeCodeHasher, type OneTimeCodeHasher } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Config } from "./config/config.js";
import type { Logger } from "./logger.js";
import { AppPasswordService } from "./modules/app-passwords/app-passwords.service.js";
import { MailAuthService } from "./modules/app-passwords/mail-auth.service.js";
import { ActiveSessionsService } from "./modules/active-sessions/active-sessions.service.js";
import { ApiKeyService } from "./modules/api-keys/api-keys.service.js";
import { ProvisioningService } from "./modules/provisioning/provisioning.service.js";
import { AuditExportService } from "./modules/audit-log/audit-export.service.js";
import { AuditLogService } from "./modules/audit-log/audit-log.service.js";
import { BypassCodeService } from "./modules/bypass-codes/bypass-codes.service.js";
import { AuditService } from "./modules/audit/audit.service.js";
import { LoginService } from "./modules/auth/login.service.js";
import { PasscodeService } from "./modules/auth/passcode.service.js";
import { ReauthService } from "./modules/auth/reauth.service.js";
import { ChallengeService } from "./modules/challenges/challenges.service.js";
import { DomainCounters } from "./modules/counters/counters.service.js";
import { DomainsService } from "./modules/domains/domains.service.js";
import { HealthService } from "./modules/health/health.service.js";
import { LockoutService } from "./modules/lockout/lockout.service.js";
import { createMailSender } from "./modules/mail/mail-sender.factory.js";
import { EMAIL_RETENTION } from "./modules/mail/email-retention.js";
import { Retention } from "./modules/jobs/retention.js";
import { MailService } from "./modules/mail/mail.service.js";
import { MailboxDirectoryService } from "./modules/mailboxes/directory.service.js";
import { UserAdminService } from "./modules/mailboxes/user-admin.service.js";
import { FactorService } from "./modules/mfa/factors.service.js";
import { MfaService } from "./modules/mfa/mfa.service.js";
import { PasskeyService } from "./modules/mfa/passkeys.service.js";
import { RecoveryCodeService } from "./modules/mfa/recovery-codes.service.js";
import { SetupDeferralService } from "./modules/rollout/deferral.service.js";
import { MailboxExportService } from "./modules/mailbox-export/mailbox-export.service.js";
import { BulkActionService } from "./modules/bulk-actions/bulk.service.js";
import { ReminderService } from "./modules/rollout/reminder.service.js";
import { RolloutDashboardService } from "./modules/rollout-dashboard/dashboard.service.js";
import { RolloutSnapshotService } from "./modules/rollout-snapshots/snapshots.service.js";
import { PolicyService } from "./modules/policy/policy.service.js";
import { RememberedBrowserService } from "./modules/remembered-browsers/remembered-browsers.service.js";
import { SessionService } from "./modules/sessions/sessions.service.js";
import { PasswordThrottle } from "./modules/throttle/throttle.service.js";
import { SmsBudgetService } from "./modules/sms/sms-budget.service.js";
import { createSmsSender } from "./modules/sms/sms-sender.factory.js";
import { SmsSettingsService } from "./modules/sms/sms-settings.service.js";
import { SmsService } from "./modules/sms/sms.service.js";
import { SMS_RETENTION } from "./modules/sms/sms-retention.queries.js";
import { WebhookOutbox } from "./modules/webhooks/webhook-outbox.js";
import { AlternateEmailService } from "./modules/alternate-email/alternate-email.service.js";
import { allFollowers } from "./modules/audit/followers.js";
import { phoneDigester, type PhoneDigester } from "./modules/mfa/phone-digest.js";
import { SecurityAlertSender } from "./modules/security-alerts/alert-sender.js";
import { SecurityAlertOutbox } from "./modules/security-alerts/alert-outbox.js";
import { SharedPhoneService } from "./modules/shared-phones/shared-phones.service.js";
import { WebhookWorker } from "./modules/webhooks/webhook-worker.js";
import { WebhookService } from "./modules/webhooks/webhooks.service.js";
import { auditMetrics } from "./modules/metrics/audit-metrics.js";
import { countedSender } from "./modules/metrics/counted-sender.js";
import { Metrics } from "./modules/metrics/metrics.js";
import { WebAuthnCeremonies } from "./modules/webauthn/webauthn.ceremony.js";

/** Every service of the API, built once per server from its DataSource and configuration. */
export interface Services {
  readonly config: Config;
  readonly logger: Logger;
  readonly dataSource: DataSource;
  readonly health: HealthService;
  readonly audit: AuditService;
  readonly auditLog: AuditLogService;
  readonly auditExport: AuditExportService;
  readonly sessions: SessionService;
  readonly challenges: ChallengeService;
  readonly lockout: LockoutService;
  readonly policy: PolicyService;
  readonly factors: FactorService;
  readonly mfa: MfaService;
  readonly passkeys: PasskeyService;
  readonly recoveryCodes: RecoveryCodeService;
  readonly bypassCodes: BypassCodeService;
  readonly appPasswords: AppPasswordService;
  readonly rememberedBrowsers: RememberedBrowserService;
  readonly mailAuth: MailAuthService;
  readonly login: LoginService;
  readonly deferral: SetupDeferralService;
  readonly passcodes: PasscodeService;
  readonly reauth: ReauthService;
  readonly sms: SmsService;
  readonly smsBudgets: SmsBudgetService;
  readonly smsSettings: SmsSettingsService;
  readonly mail: MailService;
  readonly emailRetention: Retention;
  readonly smsRetention: Retention;
  readonly provisioning: ProvisioningService;
  readonly domains: DomainsService;
  readonly directory: MailboxDirectoryService;
  readonly userAdmin: UserAdminService;
  readonly mailboxExport: MailboxExportService;
  readonly bulkActions: BulkActionService;
  readonly reminders: ReminderService;
  readonly snapshots: RolloutSnapshotService;
  readonly rolloutDashboard: RolloutDashboardService;
  readonly apiKeys: ApiKeyService;
  readonly webhooks: WebhookService;
  readonly webhookWorker: WebhookWorker;
  readonly activeSessions: ActiveSessionsService;
  readonly alternateEmail: AlternateEmailService;
  readonly securityAlerts: SecurityAlertSender;
  readonly sharedPhones: SharedPhoneService;
  readonly metrics: Metrics;
}

/**
 * The keys that hash one-time codes, each derived from a seal key (codes live minutes, not years): codes are hashed
 * under the active key's and checked under every configured key's, so a key rotation voids no code in flight.
 */
function oneTimeCodes(config: Config): OneTimeCodeHasher {
  const { keys, activeKeyId } = config.seal;
  const ids = [activeKeyId, ...Object.keys(keys).filter((id) => id !== activeKeyId)];
  return oneTimeCodeHasher(ids.map((id) => new Uint8Array(hkdfSync("sha256", keys[id] as Uint8Array, new Uint8Array(0), "mfa one-time code hashing", 32))));
}

/**
 * The key phone numbers are digested under (derived from the active seal key): digests name their key, and the
 * start-up recomputes those under another one, so a rotation keeps equal numbers equal.
 */
function phoneDigests(config: Config): PhoneDigester {
  const { keys, activeKeyId } = config.seal;
  return phoneDigester(activeKeyId, new Uint8Array(hkdfSync("sha256", keys[activeKeyId] as Uint8Array, new Uint8Array(0), "mfa phone number digest", 32)));
}

/** `now`: the clock of the rules that read the time (deadlines, deferrals); tests move it, production uses Date.now. */
export function createServices(config: Config, dataSource: DataSource, logger: Logger, now: () => number = Date.now): Services {
  const sealer = createSealer({ keys: { ...config.seal.keys }, activeKeyId: config.seal.activeKeyId });
  const codes = oneTimeCodes(config);
  const production = config.env === "production";
  const metrics = new Metrics();
  // Audited changes that are webhook events are queued for delivery in the same transaction; sign-in outcomes are counted.
  // Changes a user is told of queue a security alert in the same transaction too.
  const audit = new AuditService(dataSource, Date.now, allFollowers([new WebhookOutbox(), new SecurityAlertOutbox()]), auditMetrics(metrics));
  const sessions = new SessionService(dataSource, config);
  const challenges = new ChallengeService(dataSource);
  const counters = new DomainCounters(dataSource);
  const lockout = new LockoutService(dataSource, challenges, counters);
  const policy = new PolicyService(dataSource, counters);
  const factors = new FactorService(dataSource, sealer);
  const smsBudgets = new SmsBudgetService({ dataSource, config, audit });
  const sms = new SmsService(dataSource, countedSender(createSmsSender(config.sms), metrics.smsSends), sealer, smsBudgets);
  const bypassCodes = new BypassCodeService({ dataSource, audit });
  const throttle = new PasswordThrottle(dataSource, config.throttle);
  const ceremonies = new WebAuthnCeremonies(config.webauthn);
  const passcodes = new PasscodeService({ config, dataSource, challenges, lockout, factors, bypassCodes, sessions, sms, audit, throttle, ceremonies, codes });
  const rememberedBrowsers = new RememberedBrowserService({ dataSource, audit, policy, now });
  const login = new LoginService({ dataSource, throttle, sessions, challenges, passcodes, audit, rememberedBrowsers, now });
  const appPasswords = new AppPasswordService({ dataSource, audit, policy });
  const sharedPhones = new SharedPhoneService({ dataSource, audit, logger, threshold: config.alerts.sharedPhoneThreshold });
  const mfa = new MfaService({
    dataSource,
    config,
    sealer,
    codes,
    audit,
    sms,
    policy,
    factors,
    challenges,
    counters,
    appPasswords,
    rememberedBrowsers,
    phones: phoneDigests(config),
    onPhoneVerified: (user, deviceId) => sharedPhones.afterVerified(user, deviceId),
  });
  if (config.env === "production" && config.sms.sender === "outbox") {
    logger.warn("SMS_SENDER=outbox in production: texts are kept in the outbox, not delivered to phones");
  }
  const provisioning = new ProvisioningService(dataSource, Date.now, counters);
  const domains = new DomainsService({ dataSource, audit, sessions, policy, factors, provisioning, counters, now });
  const directory = new MailboxDirectoryService(dataSource, domains, counters);
  const mail = new MailService({
    dataSource,
    sender: countedSender(createMailSender(config.mail), metrics.emailSends),
    sealer,
    logger,
    from: config.mail.from,
    context: { issuer: config.issuer, consoleUrl: config.mail.consoleUrl },
  });
  const reminders = new ReminderService({ dataSource, mail, audit, now });
  const alternateEmail = new AlternateEmailService({ dataSource, codes, mail, audit });
  const mailContext = { issuer: config.issuer, consoleUrl: config.mail.consoleUrl };
  const snapshots = new RolloutSnapshotService({ dataSource, now });
  const userAdmin = new UserAdminService({ dataSource, audit, sessions, lockout, factors, bypassCodes, appPasswords, rememberedBrowsers, policy, domains, provisioning, counters });
  return {
    config,
    logger,
    dataSource,
    health: new HealthService(dataSource),
    audit,
    auditLog: new AuditLogService(dataSource),
    auditExport: new AuditExportService({ dataSource, audit }),
    sessions,
    challenges,
    lockout,
    policy,
    factors,
    mfa,
    passkeys: new PasskeyService({ dataSource, mfa, ceremonies }),
    recoveryCodes: new RecoveryCodeService({ dataSource, issuer: config.issuer, audit, factors }),
    bypassCodes,
    appPasswords,
    rememberedBrowsers,
    mailAuth: new MailAuthService({ dataSource, throttle, audit }),
    login,
    deferral: new SetupDeferralService({ dataSource, sessions, audit, now }),
    passcodes,
    reauth: new ReauthService({ dataSource, config, sessions, challenges, factors, passcodes, throttle, audit }),
    sms,
    smsBudgets,
    smsSettings: new SmsSettingsService({ dataSource, config, budgets: smsBudgets, audit }),
    mail,
    emailRetention: new Retention({ dataSource, queries: EMAIL_RETENTION, retentionMs: config.rollout.emailRetentionMs, now }),
    smsRetention: new Retention({ dataSource, queries: SMS_RETENTION, retentionMs: config.rollout.smsRetentionMs, now }),
    provisioning,
    domains,
    directory,
    userAdmin,
    bulkActions: new BulkActionService({ userAdmin, directory, reminders }),
    reminders,
    snapshots,
    rolloutDashboard: new RolloutDashboardService({ domains, reminders, snapshots, now }),
    mailboxExport: new MailboxExportService({ dataSource, audit }),
    apiKeys: new ApiKeyService({ dataSource, config, audit }),
    webhooks: new WebhookService({ dataSource, sealer, audit, production }),
    webhookWorker: new WebhookWorker({ dataSource, sealer, logger, production, timeoutMs: config.webhooks.timeoutMs }),
    activeSessions: new ActiveSessionsService({ dataSource, sessions, audit, rememberedBrowsers }),
    alternateEmail,
    securityAlerts: new SecurityAlertSender({ dataSource, mail, sms, alternateEmail, audit, logger, context: mailContext }),
    sharedPhones,
    metrics,
  };
}
