import type { AuditAction } from "../../gql/graphql";
import { i18n } from "../../i18n/i18n";

/**
 * What each audit action means, in the words of the action filter. The names come from the
 * API schema (`AuditAction`): an action added there fails the typecheck until it has a label here.
 * Listed in the order the filter offers them: sign-in, account, devices, MFA, administration.
 */
export const AUDIT_ACTION_LABEL: Record<AuditAction, string> = {
  LOGIN_SUCCEEDED: "Sign-in succeeded",
  LOGIN_PASSWORD_FAILED: "Sign-in: wrong password",
  LOGIN_THROTTLED: "Sign-in throttled",
  LOGIN_MFA_CHALLENGED: "Sign-in: second factor asked",
  LOGIN_MFA_SETUP_REQUIRED: "Sign-in: MFA setup required",
  MFA_SETUP_DEFERRED: "Setup put off (Remind me later)",
  MFA_REMINDER_SENT: "MFA reminder emailed",
  LOGIN_PASSCODE_SENT: "Sign-in: code sent",
  LOGIN_PASSCODE_FAILED: "Sign-in: wrong code",
  LOGIN_REFUSED_LOCKED: "Sign-in refused: account locked",
  ACCOUNT_LOCKED: "Account locked",
  ACCOUNT_UNLOCKED: "Account unlocked",
  REAUTHENTICATED: "Identity confirmed (step-up)",
  REAUTHENTICATION_FAILED: "Step-up: wrong password",
  LOGOUT: "Signed out",
  DEVICE_ENROLLMENT_STARTED: "Device setup started",
  DEVICE_VERIFIED: "Device verified",
  DEVICE_VERIFICATION_FAILED: "Device verification failed",
  DEVICE_VERIFICATION_SENT: "Device verification code sent",
  DEVICE_DEFAULT_SET: "Default device set",
  DEVICE_BACKUP_SET: "Backup device set",
  DEVICE_REMOVED: "Device removed",
  DEVICE_RENAMED: "Device renamed",
  DEVICE_SETUP_CANCELLED: "Device setup cancelled",
  WEBAUTHN_CLONE_DETECTED: "Cloned passkey or security key refused",
  DEVICES_REMOVED_ALL: "All devices removed",
  MFA_ENABLED: "MFA turned on",
  MFA_DISABLED: "MFA turned off",
  MFA_RESET: "MFA reset",
  MFA_OVERRIDE_SET: "MFA override set",
  MAILBOXES_EXPORTED: "Mailboxes exported (CSV)",
  AUDIT_LOG_EXPORTED: "Audit log exported (CSV)",
  ACCESS_DENIED: "Access denied",
  RECOVERY_CODES_GENERATED: "Recovery codes generated",
  RECOVERY_CODE_USED: "Recovery code used",
  SESSIONS_REVOKED: "Sessions revoked",
  SESSION_SIGNED_OUT: "Signed out a session",
  OTHER_SESSIONS_SIGNED_OUT: "Signed out other sessions",
  SIGNED_OUT_EVERYWHERE: "Signed out everywhere",
  DOMAIN_POLICY_CHANGED: "Domain policy changed",
  ADMIN_POLICY_CHANGED: "Admin policy changed",
  DOMAIN_CREATED: "Domain created",
  DOMAIN_DELETED: "Domain deleted",
  MAILBOX_CREATED: "Mailbox created",
  MAILBOX_DELETED: "Mailbox deleted",
  SMS_REFUSED: "Text message refused",
  SMS_SETTINGS_CHANGED: "Text message settings changed",
  BYPASS_CODES_ISSUED: "Bypass codes issued",
  BYPASS_CODE_USED: "Signed in with a bypass code",
  BYPASS_CODES_REVOKED: "Bypass codes revoked",
  APP_PASSWORD_CREATED: "App password created",
  APP_PASSWORD_REVOKED: "App password revoked",
  APP_PASSWORDS_REVOKED_BY_ADMIN: "App passwords revoked by an admin",
  DOMAIN_APP_PASSWORDS_CHANGED: "Domain app passwords allowed or forbidden",
  BROWSER_REMEMBERED: "Browser remembered",
  REMEMBERED_BROWSER_FORGOTTEN: "Remembered browser forgotten",
  DOMAIN_REMEMBER_BROWSER_CHANGED: "Domain remembered-browser days changed",
  MAIL_AUTH_MAILBOX_PASSWORD_REFUSED: "Mail: mailbox password refused under MFA",
  MAIL_AUTH_FAILED: "Mail: wrong password",
  MAIL_AUTH_THROTTLED: "Mail sign-in throttled",
  ALTERNATE_EMAIL_CODE_SENT: "Alternate email: code sent",
  ALTERNATE_EMAIL_VERIFIED: "Alternate email verified",
  ALTERNATE_EMAIL_VERIFICATION_FAILED: "Alternate email: wrong code",
  ALTERNATE_EMAIL_REMOVED: "Alternate email removed",
  SECURITY_ALERT_SENT: "Security alert sent",
  SECURITY_ALERT_NOT_SENT: "Security alert not sent (no second channel)",
  SHARED_PHONE_NUMBER_FLAGGED: "Shared recovery number flagged",
  API_KEY_CREATED: "API key created",
  API_KEY_REVOKED: "API key revoked",
  API_KEY_USED: "API key used",
  API_KEY_REJECTED: "API key refused (revoked or expired)",
  WEBHOOK_ENDPOINT_CREATED: "Webhook endpoint added",
  WEBHOOK_ENDPOINT_UPDATED: "Webhook endpoint changed",
  WEBHOOK_ENDPOINT_DELETED: "Webhook endpoint deleted",
  WEBHOOK_SECRET_ROTATED: "Webhook secret replaced",
  WEBHOOK_REDELIVERY_REQUESTED: "Webhook sent again",
  WEBHOOK_TEST_SENT: "Webhook test sent",
};

/**
 * An action's label in the current language: German from its catalog (`locales/de/audit-actions.json`, which the
 * catalog test keeps in step with this record), English from the record above.
 */
export const auditActionLabel = (action: AuditAction): string => i18n.t(`audit-actions:${action}`, { defaultValue: AUDIT_ACTION_LABEL[action] });

/** Whether a value from anywhere (the address, a form) names an audit action. */
export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && Object.hasOwn(AUDIT_ACTION_LABEL, value);
}

/** Every audit action, in the order of the labels above. */
export const AUDIT_ACTIONS: readonly AuditAction[] = Object.keys(AUDIT_ACTION_LABEL).filter(isAuditAction);
