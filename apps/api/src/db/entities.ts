import { AlternateEmailEntity } from "#src/modules/alternate-email/alternate-email.entity.js";
import { SecurityAlertEntity } from "#src/modules/security-alerts/security-alert.entity.js";
import { MfaReminderEntity } from "#src/modules/rollout/mfa-reminder.entity.js";
import { ApiKeyTokenEntity } from "#src/modules/api-keys/api-key-token.entity.js";
import { ApiKeyEntity } from "#src/modules/api-keys/api-key.entity.js";
import { AccountEntity } from "#src/modules/accounts/account.entity.js";
import { DomainEntity } from "#src/modules/accounts/domain.entity.js";
import { AppPasswordEntity } from "#src/modules/app-passwords/app-password.entity.js";
import { RememberedBrowserEntity } from "#src/modules/remembered-browsers/remembered-browser.entity.js";
import { BypassCodeEntity } from "#src/modules/bypass-codes/bypass-code.entity.js";
import { AuditEventEntity } from "#src/modules/audit/audit-event.entity.js";
import { LoginChallengeEntity } from "#src/modules/challenges/login-challenge.entity.js";
import { SessionEntity } from "#src/modules/sessions/session.entity.js";
import { DeviceEntity } from "#src/modules/mfa/device.entity.js";
import { RecoveryCodeEntity } from "#src/modules/mfa/recovery-code.entity.js";
import { SmsMessageEntity } from "#src/modules/sms/sms-message.entity.js";
import { EmailMessageEntity } from "#src/modules/mail/email-message.entity.js";
import { UserEntity } from "#src/modules/users/user.entity.js";
import { JobLeaseEntity } from "#src/modules/jobs/job-lease.entity.js";
import { WebhookEndpointEntity } from "#src/modules/webhooks/webhook-endpoint.entity.js";
import { WebhookSubscriptionEntity } from "#src/modules/webhooks/webhook-subscription.entity.js";

export const entities = [
  AccountEntity,
  DomainEntity,
  UserEntity,
  DeviceEntity,
  RecoveryCodeEntity,
  BypassCodeEntity,
  AppPasswordEntity,
  RememberedBrowserEntity,
  LoginChallengeEntity,
  SessionEntity,
  AuditEventEntity,
  SmsMessageEntity,
  EmailMessageEntity,
  ApiKeyEntity,
  ApiKeyTokenEntity,
  JobLeaseEntity,
  WebhookEndpointEntity,
  WebhookSubscriptionEntity,
  MfaReminderEntity,
  AlternateEmailEntity,
  SecurityAlertEntity,
];
