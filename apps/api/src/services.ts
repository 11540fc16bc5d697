import { hkdfSync } from "node:crypto";
import { createSealer } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Config } from "./config/config.js";
import type { Logger } from "./logger.js";
import { ProvisioningService } from "./modules/accounts/provisioning.service.js";
import { AuditQueryService } from "./modules/admin/audit-query.service.js";
import { DomainPolicyService } from "./modules/admin/domain-policy.service.js";
import { MailboxDirectoryService } from "./modules/admin/mailbox-directory.service.js";
import { UserAdminService } from "./modules/admin/user-admin.service.js";
import { AuditService } from "./modules/audit/audit.service.js";
import { LockoutService } from "./modules/auth/lockout.service.js";
import { LoginService } from "./modules/auth/login.service.js";
import { SessionService } from "./modules/auth/session.service.js";
import { HealthService } from "./modules/health/health.service.js";
import { MfaService } from "./modules/mfa/mfa.service.js";
import { PasscodeCheck } from "./modules/mfa/passcode-check.js";
import { createSmsSender } from "./modules/sms/sms-sender.factory.js";
import { SmsService } from "./modules/sms/sms.service.js";

/** Every service of the API, built once per server from its DataSource and configuration. */
export interface Services {
  readonly config: Config;
  readonly logger: Logger;
  readonly dataSource: DataSource;
  readonly health: HealthService;
  readonly audit: AuditService;
  readonly sessions: SessionService;
  readonly lockout: LockoutService;
  readonly login: LoginService;
  readonly mfa: MfaService;
  readonly sms: SmsService;
  readonly provisioning: ProvisioningService;
  readonly domainPolicy: DomainPolicyService;
  readonly mailboxes: MailboxDirectoryService;
  readonly userAdmin: UserAdminService;
  readonly auditQuery: AuditQueryService;
}

/** The key that hashes one-time codes, derived from the active seal key (codes live minutes, not years). */
function oneTimeCodeKey(config: Config): Uint8Array {
  const key = config.seal.keys[config.seal.activeKeyId] as Uint8Array;
  return new Uint8Array(hkdfSync("sha256", key, new Uint8Array(0), "mfa one-time code hashing", 32));
}

export function createServices(config: Config, dataSource: DataSource, logger: Logger): Services {
  const sealer = createSealer({ keys: { ...config.seal.keys }, activeKeyId: config.seal.activeKeyId });
  const codeKey = oneTimeCodeKey(config);
  const audit = new AuditService(dataSource);
  const sessions = new SessionService(dataSource, config);
  const lockout = new LockoutService(dataSource);
  const sms = new SmsService(dataSource, createSmsSender(config.sms), sealer);
  const passcodes = new PasscodeCheck(dataSource, sealer, codeKey);
  const login = new LoginService({ dataSource, config, sessions, lockout, passcodes, audit, sms, codeKey });
  const mfa = new MfaService({ dataSource, config, sealer, codeKey, audit, sessions, sms, policyOf: (user) => login.policyOf(user) });
  if (config.env === "production" && config.sms.sender === "outbox") {
    logger.warn("SMS_SENDER=outbox in production: texts are kept in the outbox, not delivered to phones");
  }
  const provisioning = new ProvisioningService(dataSource);
  const domainPolicy = new DomainPolicyService(dataSource, audit);
  const mailboxes = new MailboxDirectoryService(dataSource, domainPolicy);
  const userAdmin = new UserAdminService({ dataSource, audit, sessions, lockout, provisioning, policyOf: (user) => login.policyOf(user) });
  const auditQuery = new AuditQueryService(dataSource);
  return {
    config,
    logger,
    dataSource,
    health: new HealthService(dataSource),
    audit,
    sessions,
    lockout,
    login,
    mfa,
    sms,
    provisioning,
    domainPolicy,
    mailboxes,
    userAdmin,
    auditQuery,
  };
}
