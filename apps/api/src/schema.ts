import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { AdminAppPasswordsResolver, AppPasswordsResolver } from "./modules/app-passwords/app-passwords.resolver.js";
import { DomainAppPasswordsResolver } from "./modules/app-passwords/domain-app-passwords.resolver.js";
import { AlternateEmailResolver, AlternateEmailViewerResolver } from "./modules/alternate-email/alternate-email.resolver.js";
import { AdminSharedPhonesResolver } from "./modules/shared-phones/shared-phones.resolver.js";
import { ActiveSessionsResolver } from "./modules/active-sessions/active-sessions.resolver.js";
import { ApiKeysResolver } from "./modules/api-keys/api-keys.resolver.js";
import { AuditLogResolver } from "./modules/audit-log/audit-log.resolver.js";
import { BypassCodesResolver } from "./modules/bypass-codes/bypass-codes.resolver.js";
import { AuthResolver } from "./modules/auth/auth.resolver.js";
import { BulkActionsResolver } from "./modules/bulk-actions/bulk.resolver.js";
import { DomainsResolver } from "./modules/domains/domains.resolver.js";
import { RememberDaysResolver } from "./modules/domains/remember-days.resolver.js";
import { RememberedBrowsersResolver } from "./modules/remembered-browsers/remembered-browsers.resolver.js";
import { HealthResolver } from "./modules/health/health.resolver.js";
import { AdminUserResolver } from "./modules/mailboxes/admin-user.resolver.js";
import { EmailOutboxResolver } from "./modules/mail/mail.resolver.js";
import { MailboxesResolver } from "./modules/mailboxes/mailboxes.resolver.js";
import { MfaResolver } from "./modules/mfa/mfa.resolver.js";
import { ViewerResolver } from "./modules/mfa/viewer.resolver.js";
import { RolloutResolver } from "./modules/rollout/rollout.resolver.js";
import { RolloutDashboardResolver } from "./modules/rollout-dashboard/dashboard.resolver.js";
import { SmsSettingsResolver } from "./modules/sms/sms-settings.resolver.js";
import { SmsOutboxResolver } from "./modules/sms/sms.resolver.js";
import { WebhooksResolver } from "./modules/webhooks/webhooks.resolver.js";

const resolvers = [
  HealthResolver,
  AuthResolver,
  RolloutResolver,
  ViewerResolver,
  MfaResolver,
  SmsOutboxResolver,
  SmsSettingsResolver,
  EmailOutboxResolver,
  DomainsResolver,
  RememberDaysResolver,
  RememberedBrowsersResolver,
  MailboxesResolver,
  BulkActionsResolver,
  RolloutDashboardResolver,
  AdminUserResolver,
  BypassCodesResolver,
  AppPasswordsResolver,
  AdminAppPasswordsResolver,
  DomainAppPasswordsResolver,
  AuditLogResolver,
  ApiKeysResolver,
  WebhooksResolver,
  ActiveSessionsResolver,
  AlternateEmailResolver,
  AlternateEmailViewerResolver,
  AdminSharedPhonesResolver,
] as const;

/** The GraphQL schema, code first; `validate: true` so every input is checked. */
export function buildAppSchema() {
  return buildSchema({ resolvers, validate: { forbidUnknownValues: false }, emitSchemaFile: false });
}
