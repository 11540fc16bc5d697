import { registerEnumType } from "type-graphql";

/** Stable names of what is audited. */
export const AuditAction = {
  LOGIN_PASSWORD_FAILED: "LOGIN_PASSWORD_FAILED",
  LOGIN_THROTTLED: "LOGIN_THROTTLED",
  LOGIN_SUCCEEDED: "LOGIN_SUCCEEDED",
  LOGIN_MFA_CHALLENGED: "LOGIN_MFA_CHALLENGED",
  LOGIN_MFA_SETUP_REQUIRED: "LOGIN_MFA_SETUP_REQUIRED",
  /** A reminder of a Force-On deadline was emailed to a user without a device (by the schedule, or an admin's "send now"). */
  MFA_REMINDER_SENT: "MFA_REMINDER_SENT",
  /** A user without a device pressed "Remind me later" before a Force-On deadline (at most once a day). */
  MFA_SETUP_DEFERRED: "MFA_SETUP_DEFERRED",
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
  DEVICE_RENAMED: "DEVICE_RENAMED",
  /** A user discarded a device they had started to set up and never verified (the setup wizard's Cancel). */
  DEVICE_SETUP_CANCELLED: "DEVICE_SETUP_CANCELLED",
  /** A passkey or security key answered with a signature counter that did not move forward: a copy of it exists. */
  WEBAUTHN_CLONE_DETECTED: "WEBAUTHN_CLONE_DETECTED",
  DEVICES_REMOVED_ALL: "DEVICES_REMOVED_ALL",
  MFA_ENABLED: "MFA_ENABLED",
  MFA_DISABLED: "MFA_DISABLED",
  RECOVERY_CODES_GENERATED: "RECOVERY_CODES_GENERATED",
  RECOVERY_CODE_USED: "RECOVERY_CODE_USED",
  SESSIONS_REVOKED: "SESSIONS_REVOKED",
  /** A user ended one of their other sessions (its id, browser and address in the detail). */
  SESSION_SIGNED_OUT: "SESSION_SIGNED_OUT",
  /** A user ended all their sessions but the one they used (how many). */
  OTHER_SESSIONS_SIGNED_OUT: "OTHER_SESSIONS_SIGNED_OUT",
  /** An admin (or an ADMIN API key) ended every session of a user; their MFA is untouched. */
  SIGNED_OUT_EVERYWHERE: "SIGNED_OUT_EVERYWHERE",
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
  /** An admin (or an API key) downloaded the mailboxes of a domain as CSV (the filter and the row count). */
  MAILBOXES_EXPORTED: "MAILBOXES_EXPORTED",
  /** An admin (or an API key) downloaded the audit log as CSV (the filter, the row count, whether the cap cut it). */
  AUDIT_LOG_EXPORTED: "AUDIT_LOG_EXPORTED",
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
  /** A user made an app password for a mail client (its name; never the password). */
  APP_PASSWORD_CREATED: "APP_PASSWORD_CREATED",
  /** A user revoked one of their app passwords, or all of them. */
  APP_PASSWORD_REVOKED: "APP_PASSWORD_REVOKED",
  /** An admin revoked every app password of a user. */
  APP_PASSWORDS_REVOKED_BY_ADMIN: "APP_PASSWORDS_REVOKED_BY_ADMIN",
  /** An admin allowed or forbade app passwords for a domain's mailboxes. */
  DOMAIN_APP_PASSWORDS_CHANGED: "DOMAIN_APP_PASSWORDS_CHANGED",
  /** A mail server asked about the mailbox password of a user under MFA: right, but refused (only app passwords work). */
  MAIL_AUTH_MAILBOX_PASSWORD_REFUSED: "MAIL_AUTH_MAILBOX_PASSWORD_REFUSED",
  /** A mail server asked about a wrong password (or an unknown user). */
  MAIL_AUTH_FAILED: "MAIL_AUTH_FAILED",
  /** A mail server's check was refused by the password limiter, unchecked. */
  MAIL_AUTH_THROTTLED: "MAIL_AUTH_THROTTLED",
  /** A user chose "don't ask again on this browser" at the passcode step (for how many days; never the token). */
  BROWSER_REMEMBERED: "BROWSER_REMEMBERED",
  /** A user forgot one of their remembered browsers, or all of them. */
  REMEMBERED_BROWSER_FORGOTTEN: "REMEMBERED_BROWSER_FORGOTTEN",
  /** An admin changed how many days a domain's browsers may be remembered (0: off). */
  DOMAIN_REMEMBER_BROWSER_CHANGED: "DOMAIN_REMEMBER_BROWSER_CHANGED",
  /** A 6-digit code was emailed to the alternate address a user entered (the address masked). */
  ALTERNATE_EMAIL_CODE_SENT: "ALTERNATE_EMAIL_CODE_SENT",
  /** A user proved their alternate email address with its code (a change is told to the previous address). */
  ALTERNATE_EMAIL_VERIFIED: "ALTERNATE_EMAIL_VERIFIED",
  /** A wrong, expired or spent code for the alternate address. */
  ALTERNATE_EMAIL_VERIFICATION_FAILED: "ALTERNATE_EMAIL_VERIFICATION_FAILED",
  /** A user removed their alternate email address (it is told). */
  ALTERNATE_EMAIL_REMOVED: "ALTERNATE_EMAIL_REMOVED",
  /** A security alert went to the user's second channel (the event and the channels: EMAIL, SMS). */
  SECURITY_ALERT_SENT: "SECURITY_ALERT_SENT",
  /** A security alert that could not go anywhere: no verified alternate address and no other phone (or every send failed). */
  SECURITY_ALERT_NOT_SENT: "SECURITY_ALERT_NOT_SENT",
  /** A phone number just verified is now on more mailboxes of the account than allowed, or on another account's mailboxes. */
  SHARED_PHONE_NUMBER_FLAGGED: "SHARED_PHONE_NUMBER_FLAGGED",
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

registerEnumType(AuditAction, { name: "AuditAction", description: "What an audit event records." });
