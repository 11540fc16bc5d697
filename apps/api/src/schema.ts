import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { ApiKeysResolver } from "./modules/api-keys/api-keys.resolver.js";
import { AuditLogResolver } from "./modules/audit-log/audit-log.resolver.js";
import { BypassCodesResolver } from "./modules/bypass-codes/bypass-codes.resolver.js";
import { AuthResolver } from "./modules/auth/auth.resolver.js";
import { DomainsResolver } from "./modules/domains/domains.resolver.js";
import { HealthResolver } from "./modules/health/health.resolver.js";
import { AdminUserResolver } from "./modules/mailboxes/admin-user.resolver.js";
import { MailboxesResolver } from "./modules/mailboxes/mailboxes.resolver.js";
import { MfaResolver } from "./modules/mfa/mfa.resolver.js";
import { ViewerResolver } from "./modules/mfa/viewer.resolver.js";
import { SmsSettingsResolver } from "./modules/sms/sms-settings.resolver.js";
import { SmsOutboxResolver } from "./modules/sms/sms.resolver.js";
import { WebhooksResolver } from "./modules/webhooks/webhooks.resolver.js";

const resolvers = [
  HealthResolver,
  AuthResolver,
  ViewerResolver,
  MfaResolver,
  SmsOutboxResolver,
  SmsSettingsResolver,
  DomainsResolver,
  MailboxesResolver,
  AdminUserResolver,
  BypassCodesResolver,
  AuditLogResolver,
  ApiKeysResolver,
  WebhooksResolver,
] as const;

/** The GraphQL schema, code first; `validate: true` so every input is checked. */
export function buildAppSchema() {
  return buildSchema({ resolvers, validate: { forbidUnknownValues: false }, emitSchemaFile: false });
}
