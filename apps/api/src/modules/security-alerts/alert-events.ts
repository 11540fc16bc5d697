import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditRecord } from "#src/modules/audit/audit.service.js";
import type { SecurityAlertEvent } from "#src/modules/mail/templates/security-alert.js";

/** What an audited change tells its user, and whether a text goes to another phone too. */
export interface AlertOf {
  readonly event: SecurityAlertEvent;
  readonly sms: boolean;
  /** The device that must not get the text (the phone just added). */
  readonly excludedDeviceId: string | null;
}

const SIMPLE: Partial<Record<AuditAction, SecurityAlertEvent>> = {
  [AuditAction.APP_PASSWORD_CREATED]: "APP_PASSWORD_ADDED",
  [AuditAction.DEVICE_REMOVED]: "FACTOR_REMOVED",
  [AuditAction.DEVICES_REMOVED_ALL]: "FACTOR_REMOVED",
  [AuditAction.MFA_RESET]: "MFA_RESET",
  [AuditAction.RECOVERY_CODES_GENERATED]: "RECOVERY_CODES_GENERATED",
  [AuditAction.ACCOUNT_LOCKED]: "ACCOUNT_LOCKED",
};

/** The alert an audited event calls for, or null (most events: none). */
export function alertOf(event: AuditRecord): AlertOf | null {
  if (event.outcome !== "SUCCESS" || event.accountId === null || event.targetUserId === null) return null;
  const detail = event.detail ?? {};
  switch (event.action) {
    case AuditAction.DEVICE_VERIFIED:
      return { event: "FACTOR_ADDED", sms: true, excludedDeviceId: typeof detail.deviceId === "string" ? detail.deviceId : null };
    case AuditAction.MFA_DISABLED:
      return { event: "MFA_TURNED_OFF", sms: true, excludedDeviceId: null };
    case AuditAction.LOGIN_SUCCEEDED:
      return detail.newBrowser === true ? { event: "NEW_BROWSER_SIGN_IN", sms: false, excludedDeviceId: null } : null;
    default: {
      const simple = SIMPLE[event.action];
      return simple ? { event: simple, sms: false, excludedDeviceId: null } : null;
    }
  }
}
