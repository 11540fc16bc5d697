import { hkdfSync } from "node:crypto";
import { createSealer } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Config } from "./config/config.js";
import type { Logger } from "./logger.js";
import { ApiKeyService } from "./modules/api-keys/api-keys.service.js";
import { ProvisioningService } from "./modules/provisioning/provisioning.service.js";
import { AuditLogService } from "./modules/audit-log/audit-log.service.js";
import { BypassCodeService } from "./modules/bypass-codes/bypass-codes.service.js";
import { AuditService } from "./modules/audit/audit.service.js";
import { LoginService } from "./modules/auth/login.service.js";
import { PasscodeService } from "./modules/auth/passcode.service.js";
import { ReauthService } from "./modules/auth/reauth.service.js";
import { ChallengeService } from "./modules/challenges/challenges.service.js";
import { DomainsService } from "./modules/domains/domains.service.js";
import { HealthService } from "./modules/health/health.service.js";
import { LockoutService } from "./modules/lockout/lockout.service.js";
import { MailboxDirectoryService } from "./modules/mailboxes/directory.service.js";
import { UserAdminService } from "./modules/mailboxes/user-admin.service.js";
import { FactorService } from "./modules/mfa/factors.service.js";
import { MfaService } from "./modules/mfa/mfa.service.js";
import { RecoveryCodeService } from "./modules/mfa/recovery-codes.service.js";
import { PolicyService } from "./modules/policy/policy.service.js";
import { SessionService } from "./modules/sessions/sessions.service.js";
import { PasswordThrottle } from "./modules/throttle/throttle.service.js";
import { SmsBudgetService } from "./modules/sms/sms-budget.service.js";
import { createSmsSender } from "./modules/sms/sms-sender.factory.js";
import { SmsSettingsService } from "./modules/sms/sms-settings.service.js";
import { SmsService } from "./modules/sms/sms.service.js";
import { WebhookOutbox } from "./modules/webhooks/webhook-outbox.js";
import { WebhookWorker } from "./modules/webhooks/webhook-worker.js";
import { WebhookService } from "./modules/webhooks/webhooks.service.js";

/** Every service of the API, built once per server from its DataSource and configuration. */
export interface Services {
  readonly config: Config;
  readonly logger: Logger;
  readonly dataSource: DataSource;
  readonly health: HealthService;
  readonly audit: AuditService;
  readonly auditLog: AuditLogService;
  readonly sessions: SessionService;
  readonly challenges: ChallengeService;
  readonly lockout: LockoutService;
  readonly policy: PolicyService;
  readonly factors: FactorService;
  readonly mfa: MfaService;
  readonly recoveryCodes: RecoveryCodeService;
  readonly bypassCodes: BypassCodeService;
  readonly login: LoginService;
  readonly passcodes: PasscodeService;
  readonly reauth: ReauthService;
  readonly sms: SmsService;
  readonly smsBudgets: SmsBudgetService;
  readonly smsSettings: SmsSettingsService;
  readonly provisioning: ProvisioningService;
  readonly domains: DomainsService;
  readonly directory: MailboxDirectoryService;
  readonly userAdmin: UserAdminService;
  readonly apiKeys: ApiKeyService;
  readonly webhooks: WebhookService;
  readonly webhookWorker: WebhookWorker;
}

/** The key that hashes one-time codes, derived from the active seal key (codes live minutes, not years). */
function oneTimeCodeKey(config: Config): Uint8Array {
  const key = config.seal.keys[config.seal.activeKeyId] as Uint8Array;
  return new Uint8Array(hkdfSync("sha256", key, new Uint8Array(0), "mfa one-time code hashing", 32));
}

export function createServices(config: Config, dataSource: DataSource, logger: Logger): Services {
  const sealer = createSealer({ keys: { ...config.seal.keys }, activeKeyId: config.seal.activeKeyId });
  const codeKey = oneTimeCodeKey(config);
  const production = config.env === "production";
  // Audited changes that are webhook events are queued for delivery in the same transaction.
  const audit = new AuditService(dataSource, Date.now, new WebhookOutbox());
  const sessions = new SessionService(dataSource, config);
  const challenges = new ChallengeService(dataSource);
  const lockout = new LockoutService(dataSource, challenges);
  const policy = new PolicyService(dataSource);
  const factors = new FactorService(dataSource, sealer);
  const smsBudgets = new SmsBudgetService({ dataSource, config, audit });
  const sms = new SmsService(dataSource, createSmsSender(config.sms), sealer, smsBudgets);
  const bypassCodes = new BypassCodeService({ dataSource, audit });
  const passcodes = new PasscodeService({ config, challenges, lockout, factors, bypassCodes, sessions, sms, audit, codeKey });
  const throttle = new PasswordThrottle(dataSource, config.throttle);
  const login = new LoginService({ dataSource, throttle, sessions, challenges, factors, passcodes, audit });
  const mfa = new MfaService({ dataSource, config, sealer, codeKey, audit, sms, policy, factors, challenges });
  if (config.env === "production" && config.sms.sender === "outbox") {
    logger.warn("SMS_SENDER=outbox in production: texts are kept in the outbox, not delivered to phones");
  }
  const provisioning = new ProvisioningService(dataSource);
  const domains = new DomainsService({ dataSource, audit, sessions, policy, factors, provisioning });
  return {
    config,
    logger,
    dataSource,
    health: new HealthService(dataSource),
    audit,
    auditLog: new AuditLogService(dataSource),
    sessions,
    challenges,
    lockout,
    policy,
    factors,
    mfa,
    recoveryCodes: new RecoveryCodeService({ dataSource, issuer: config.issuer, audit, factors }),
    bypassCodes,
    login,
    passcodes,
    reauth: new ReauthService({ dataSource, config, sessions, challenges, factors, passcodes, throttle, audit }),
    sms,
    smsBudgets,
    smsSettings: new SmsSettingsService({ dataSource, config, budgets: smsBudgets, audit }),
    provisioning,
    domains,
    directory: new MailboxDirectoryService(dataSource, domains),
    userAdmin: new UserAdminService({ dataSource, audit, sessions, lockout, factors, bypassCodes, policy, provisioning }),
    apiKeys: new ApiKeyService({ dataSource, config, audit }),
    webhooks: new WebhookService({ dataSource, sealer, audit, production }),
    webhookWorker: new WebhookWorker({ dataSource, sealer, logger, production, timeoutMs: config.webhooks.timeoutMs }),
  };
}
