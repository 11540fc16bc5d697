import { registerEnumType } from "type-graphql";
import { AuditAction } from "#src/modules/audit/audit-action.js";

/** What an endpoint can subscribe to. */
export const WebhookEventType = {
  FACTOR_ENROLLED: "FACTOR_ENROLLED",
  FACTOR_REMOVED: "FACTOR_REMOVED",
  MFA_RESET: "MFA_RESET",
  USER_LOCKED: "USER_LOCKED",
  USER_UNLOCKED: "USER_UNLOCKED",
  DOMAIN_POLICY_CHANGED: "DOMAIN_POLICY_CHANGED",
  ADMIN_POLICY_CHANGED: "ADMIN_POLICY_CHANGED",
  USER_OVERRIDE_CHANGED: "USER_OVERRIDE_CHANGED",
  BYPASS_CODES_ISSUED: "BYPASS_CODES_ISSUED",
  BYPASS_CODE_USED: "BYPASS_CODE_USED",
  MAILBOX_CREATED: "MAILBOX_CREATED",
  MAILBOX_DELETED: "MAILBOX_DELETED",
} as const;
export type WebhookEventType = (typeof WebhookEventType)[keyof typeof WebhookEventType];

registerEnumType(WebhookEventType, { name: "WebhookEventType", description: "An event a webhook endpoint can subscribe to." });

/** The `type` a delivery's payload carries for each event (dotted, as the Standard Webhooks spec suggests). */
export const WEBHOOK_TYPE_NAMES: Readonly<Record<WebhookEventType, string>> = {
  FACTOR_ENROLLED: "factor.enrolled",
  FACTOR_REMOVED: "factor.removed",
  MFA_RESET: "mfa.reset",
  USER_LOCKED: "user.locked",
  USER_UNLOCKED: "user.unlocked",
  DOMAIN_POLICY_CHANGED: "domain.policy_changed",
  ADMIN_POLICY_CHANGED: "account.admin_policy_changed",
  USER_OVERRIDE_CHANGED: "user.override_changed",
  BYPASS_CODES_ISSUED: "bypass_codes.issued",
  BYPASS_CODE_USED: "bypass_code.used",
  MAILBOX_CREATED: "mailbox.created",
  MAILBOX_DELETED: "mailbox.deleted",
};

/** The type of the delivery `sendTestWebhook` queues (nobody subscribes to it). */
export const TEST_TYPE_NAME = "webhook.test";

/**
 * Which audited changes are webhook events, and which facts of the audit detail the payload carries besides the
 * account, domain, user and actor (the detail holds no code, secret, password or token; ticket reasons, free
 * text, are left out).
 */
export const EVENT_OF_ACTION: Readonly<Partial<Record<AuditAction, { type: WebhookEventType; keys: readonly string[] }>>> = {
  [AuditAction.DEVICE_VERIFIED]: { type: "FACTOR_ENROLLED", keys: ["deviceId", "kind"] },
  [AuditAction.DEVICE_REMOVED]: { type: "FACTOR_REMOVED", keys: ["deviceId", "kind"] },
  [AuditAction.DEVICES_REMOVED_ALL]: { type: "FACTOR_REMOVED", keys: ["removed"] },
  [AuditAction.MFA_RESET]: { type: "MFA_RESET", keys: ["devicesRemoved"] },
  [AuditAction.ACCOUNT_LOCKED]: { type: "USER_LOCKED", keys: ["failures"] },
  [AuditAction.ACCOUNT_UNLOCKED]: { type: "USER_UNLOCKED", keys: ["wasLocked"] },
  [AuditAction.DOMAIN_POLICY_CHANGED]: { type: "DOMAIN_POLICY_CHANGED", keys: ["domain", "from", "to", "viaParent"] },
  [AuditAction.ADMIN_POLICY_CHANGED]: { type: "ADMIN_POLICY_CHANGED", keys: ["from", "to"] },
  [AuditAction.MFA_OVERRIDE_SET]: { type: "USER_OVERRIDE_CHANGED", keys: ["from", "to"] },
  [AuditAction.BYPASS_CODES_ISSUED]: { type: "BYPASS_CODES_ISSUED", keys: ["ticket", "count", "expiresAt"] },
  [AuditAction.BYPASS_CODE_USED]: { type: "BYPASS_CODE_USED", keys: ["ticket", "channel"] },
  [AuditAction.MAILBOX_CREATED]: { type: "MAILBOX_CREATED", keys: [] },
  [AuditAction.MAILBOX_DELETED]: { type: "MAILBOX_DELETED", keys: [] },
};
