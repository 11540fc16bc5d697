import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { execute } from "#src/db/sql.js";

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
  MAILBOX_CREATED: "MAILBOX_CREATED",
  MAILBOX_DELETED: "MAILBOX_DELETED",
  MFA_RESET: "MFA_RESET",
  ACCOUNT_UNLOCKED: "ACCOUNT_UNLOCKED",
  MFA_OVERRIDE_SET: "MFA_OVERRIDE_SET",
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export interface AuditRecord {
  accountId: string | null;
  actorId: string | null;
  targetUserId: string | null;
  action: AuditAction;
  outcome: "SUCCESS" | "FAILURE";
  detail?: Record<string, string | number | boolean | null>;
  ip: string | null;
}

/** Appends audit events. Details are for facts only: never a code, secret, password or token. */
export class AuditService {
  constructor(private readonly dataSource: DataSource, private readonly now: () => number = Date.now) {}

  async record(event: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await execute(
      manager,
      "INSERT INTO audit_events (id, account_id, actor_id, target_user_id, action, outcome, detail, ip, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      [randomUUID(), event.accountId, event.actorId, event.targetUserId, event.action, event.outcome, event.detail ? JSON.stringify(event.detail) : null, event.ip, this.now()],
    );
  }
}
