import type { AuditAction } from "../../gql/graphql";
import { AUDIT_ACTIONS, auditActionLabel } from "./audit-actions";
import { i18n } from "../../i18n/i18n";

/** The groups the action filter offers, in order. */
export const AUDIT_CATEGORIES = ["Sign-in", "Devices and MFA", "Sessions", "Administration", "Mail and texts", "API keys and webhooks", "Security"] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];

/** The group of each action (a new action fails the typecheck until it has one). */
export const AUDIT_ACTION_CATEGORY: Record<AuditAction, AuditCategory> = {
  LOGIN_SUCCEEDED: "Sign-in",
  LOGIN_PASSWORD_FAILED: "Sign-in",
  LOGIN_THROTTLED: "Sign-in",
  LOGIN_MFA_CHALLENGED: "Sign-in",
  LOGIN_MFA_SETUP_REQUIRED: "Sign-in",
  LOGIN_PASSCODE_SENT: "Sign-in",
  LOGIN_PASSCODE_FAILED: "Sign-in",
  LOGIN_REFUSED_LOCKED: "Sign-in",
  BYPASS_CODE_USED: "Sign-in",
  RECOVERY_CODE_USED: "Sign-in",
  REAUTHENTICATED: "Sign-in",
  REAUTHENTICATION_FAILED: "Sign-in",
  MFA_SETUP_DEFERRED: "Devices and MFA",
  DEVICE_ENROLLMENT_STARTED: "Devices and MFA",
  DEVICE_VERIFIED: "Devices and MFA",
  DEVICE_SETUP_CANCELLED: "Devices and MFA",
  DEVICE_VERIFICATION_FAILED: "Devices and MFA",
  DEVICE_VERIFICATION_SENT: "Devices and MFA",
  DEVICE_DEFAULT_SET: "Devices and MFA",
  DEVICE_BACKUP_SET: "Devices and MFA",
  DEVICE_REMOVED: "Devices and MFA",
  DEVICE_RENAMED: "Devices and MFA",
  DEVICES_REMOVED_ALL: "Devices and MFA",
  MFA_ENABLED: "Devices and MFA",
  MFA_DISABLED: "Devices and MFA",
  RECOVERY_CODES_GENERATED: "Devices and MFA",
  APP_PASSWORD_CREATED: "Devices and MFA",
  APP_PASSWORD_REVOKED: "Devices and MFA",
  BROWSER_REMEMBERED: "Devices and MFA",
  REMEMBERED_BROWSER_FORGOTTEN: "Devices and MFA",
  LOGOUT: "Sessions",
  SESSIONS_REVOKED: "Sessions",
  SESSION_SIGNED_OUT: "Sessions",
  OTHER_SESSIONS_SIGNED_OUT: "Sessions",
  SIGNED_OUT_EVERYWHERE: "Sessions",
  DOMAIN_POLICY_CHANGED: "Administration",
  ADMIN_POLICY_CHANGED: "Administration",
  DOMAIN_CREATED: "Administration",
  DOMAIN_DELETED: "Administration",
  MAILBOX_CREATED: "Administration",
  MAILBOX_DELETED: "Administration",
  MFA_RESET: "Administration",
  ACCOUNT_UNLOCKED: "Administration",
  MFA_OVERRIDE_SET: "Administration",
  MFA_REMINDER_SENT: "Administration",
  MAILBOXES_EXPORTED: "Administration",
  AUDIT_LOG_EXPORTED: "Administration",
  BYPASS_CODES_ISSUED: "Administration",
  BYPASS_CODES_REVOKED: "Administration",
  APP_PASSWORDS_REVOKED_BY_ADMIN: "Administration",
  DOMAIN_APP_PASSWORDS_CHANGED: "Administration",
  DOMAIN_REMEMBER_BROWSER_CHANGED: "Administration",
  SMS_SETTINGS_CHANGED: "Mail and texts",
  SMS_REFUSED: "Mail and texts",
  MAIL_AUTH_MAILBOX_PASSWORD_REFUSED: "Mail and texts",
  MAIL_AUTH_FAILED: "Mail and texts",
  MAIL_AUTH_THROTTLED: "Mail and texts",
  API_KEY_CREATED: "API keys and webhooks",
  API_KEY_REVOKED: "API keys and webhooks",
  API_KEY_USED: "API keys and webhooks",
  API_KEY_REJECTED: "API keys and webhooks",
  WEBHOOK_ENDPOINT_CREATED: "API keys and webhooks",
  WEBHOOK_ENDPOINT_UPDATED: "API keys and webhooks",
  WEBHOOK_ENDPOINT_DELETED: "API keys and webhooks",
  WEBHOOK_SECRET_ROTATED: "API keys and webhooks",
  WEBHOOK_REDELIVERY_REQUESTED: "API keys and webhooks",
  WEBHOOK_TEST_SENT: "API keys and webhooks",
  ACCOUNT_LOCKED: "Security",
  ALTERNATE_EMAIL_CODE_SENT: "Mail and texts",
  ALTERNATE_EMAIL_VERIFIED: "Mail and texts",
  ALTERNATE_EMAIL_VERIFICATION_FAILED: "Mail and texts",
  ALTERNATE_EMAIL_REMOVED: "Mail and texts",
  SECURITY_ALERT_SENT: "Security",
  SECURITY_ALERT_NOT_SENT: "Security",
  SHARED_PHONE_NUMBER_FLAGGED: "Security",
  ACCESS_DENIED: "Security",
  WEBAUTHN_CLONE_DETECTED: "Security",
};

/** A group's name in the current language. */
export const auditCategoryLabel = (category: AuditCategory): string => i18n.t(`admin-audit:category.${category}`);

/** The actions of each group, in the labels' order, for the filter's option groups. */
export function actionsByCategory(): { category: AuditCategory; actions: { value: AuditAction; label: string }[] }[] {
  return AUDIT_CATEGORIES.map((category) => ({
    category,
    actions: AUDIT_ACTIONS.filter((a) => AUDIT_ACTION_CATEGORY[a] === category).map((value) => ({ value, label: auditActionLabel(value) })),
  })).filter((group) => group.actions.length > 0);
}
