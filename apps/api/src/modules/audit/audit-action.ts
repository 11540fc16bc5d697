import { registerEnumType } from "type-graphql";

/** Stable names of what is audited. */
export const AuditAction = {
  LOGIN_PASSWORD_FAILED: "LOGIN_PASSWORD_FAILED",
  LOGIN_THROTTLED: "LOGIN_THROTTLED",
  LOGIN_SUCCEEDED: "LOGIN_SUCCEEDED",
  LOGIN_MFA_CHALLENGED: "LOGIN_MFA_CHALLENGED",
  LOGIN_MFA_SETUP_REQUIRED: "LOGIN_MFA_SETUP_REQUIRED",
  LOGIN_PASSCODE_SENT: "LOGIN_PASSCODE_SENT",
  LOGIN_PASSCODE_FAILED: "LOGIN_PASSCODE_FAILED",
  LOGIN_REFUSED_LOCKED: "LOGIN_REFUSED_LOCKED",
  ACCOUNT_LOCKED: "ACCOUNT_LOCKED",
  REAUTHENTICATED: "REAUTHENTICATED",
  REAUTHENTICATION_FAILED: "REAUTHENTICATION_FAILED",
  LOGOUT: "LOGOUT",
  DEVICE_ENROLLMENT_STARTED: "DEVICE_ENROLLMENT_STARTED",
  DEVICE_VERIFIED: "DEVICE_VERIFIED",
  DEVICE_VERIFICATION_FAILED: "DEVICE_VERIFICATION_FAILED",
  DEVICE_VERIFICATION_SENT: "DEVICE_VERIFICATION_SENT",
  DEVICE_DEFAULT_SET: "DEVICE_DEFAULT_SET",
  DEVICE_BACKUP_SET: "DEVICE_BACKUP_SET",
  DEVICE_REMOVED: "DEVICE_REMOVED",
  DEVICES_REMOVED_ALL: "DEVICES_REMOVED_ALL",
  MFA_ENABLED: "MFA_ENABLED",
  MFA_DISABLED: "MFA_DISABLED",
  RECOVERY_CODES_GENERATED: "RECOVERY_CODES_GENERATED",
  RECOVERY_CODE_USED: "RECOVERY_CODE_USED",
  SESSIONS_REVOKED: "SESSIONS_REVOKED",
  DOMAIN_POLICY_CHANGED: "DOMAIN_POLICY_CHANGED",
  ADMIN_POLICY_CHANGED: "ADMIN_POLICY_CHANGED",
  DOMAIN_CREATED: "DOMAIN_CREATED",
  /** An admin deleted an empty domain (no mailboxes, no sub-domains). */
  DOMAIN_DELETED: "DOMAIN_DELETED",
  MAILBOX_CREATED: "MAILBOX_CREATED",
  MAILBOX_DELETED: "MAILBOX_DELETED",
  MFA_RESET: "MFA_RESET",
  ACCOUNT_UNLOCKED: "ACCOUNT_UNLOCKED",
  MFA_OVERRIDE_SET: "MFA_OVERRIDE_SET",
  ACCESS_DENIED: "ACCESS_DENIED",
  /** A text that did not leave: over a budget, or to a country the account does not text. */
  SMS_REFUSED: "SMS_REFUSED",
  /** An admin changed the account's allowed countries or SMS budgets. */
  SMS_SETTINGS_CHANGED: "SMS_SETTINGS_CHANGED",
  /** An admin issued bypass codes for a user (with the ticket reference and reason). */
  BYPASS_CODES_ISSUED: "BYPASS_CODES_ISSUED",
  /** A user signed in with a bypass code (with its ticket reference). */
  BYPASS_CODE_USED: "BYPASS_CODE_USED",
  /** An admin revoked a user's bypass codes. */
  BYPASS_CODES_REVOKED: "BYPASS_CODES_REVOKED",
  /** An admin created an API key (its name, scope, domains and expiry; never its secret). */
  API_KEY_CREATED: "API_KEY_CREATED",
  /** An admin revoked an API key. */
  API_KEY_REVOKED: "API_KEY_REVOKED",
  /** An API key was used: one event per operation it performed (the actor is the key). */
  API_KEY_USED: "API_KEY_USED",
  /** A presented API key was refused: a wrong secret for a known key, a revoked or an expired key. */
  API_KEY_REJECTED: "API_KEY_REJECTED",
  /** An admin registered a webhook endpoint (the audit keeps its host, not its path). */
  WEBHOOK_ENDPOINT_CREATED: "WEBHOOK_ENDPOINT_CREATED",
  /** An admin enabled or disabled a webhook endpoint, or changed its events or description. */
  WEBHOOK_ENDPOINT_UPDATED: "WEBHOOK_ENDPOINT_UPDATED",
  WEBHOOK_ENDPOINT_DELETED: "WEBHOOK_ENDPOINT_DELETED",
  WEBHOOK_SECRET_ROTATED: "WEBHOOK_SECRET_ROTATED",
  /** An admin asked for a webhook delivery to be sent again. */
  WEBHOOK_REDELIVERY_REQUESTED: "WEBHOOK_REDELIVERY_REQUESTED",
  WEBHOOK_TEST_SENT: "WEBHOOK_TEST_SENT",
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

registerEnumType(AuditAction, { name: "AuditAction", description: "What an audit event records." });
