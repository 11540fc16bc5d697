import { ApiKeyTokenEntity } from "#src/modules/api-keys/api-key-token.entity.js";
import { ApiKeyEntity } from "#src/modules/api-keys/api-key.entity.js";
import { AccountEntity } from "#src/modules/accounts/account.entity.js";
import { DomainEntity } from "#src/modules/accounts/domain.entity.js";
import { BypassCodeEntity } from "#src/modules/bypass-codes/bypass-code.entity.js";
import { AuditEventEntity } from "#src/modules/audit/audit-event.entity.js";
import { LoginChallengeEntity } from "#src/modules/challenges/login-challenge.entity.js";
import { SessionEntity } from "#src/modules/sessions/session.entity.js";
import { DeviceEntity } from "#src/modules/mfa/device.entity.js";
import { RecoveryCodeEntity } from "#src/modules/mfa/recovery-code.entity.js";
import { SmsMessageEntity } from "#src/modules/sms/sms-message.entity.js";
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
  LoginChallengeEntity,
  SessionEntity,
  AuditEventEntity,
  SmsMessageEntity,
  ApiKeyEntity,
  ApiKeyTokenEntity,
  JobLeaseEntity,
  WebhookEndpointEntity,
  WebhookSubscriptionEntity,
];
