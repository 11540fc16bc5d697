import { statement, type Statement } from "#src/db/sql.js";
import type { AuditAction } from "./audit-action.js";

/** Appends to `audit_events` (this module is its only writer; `audit-log/` reads it). */

export interface AuditInsert {
  id: string;
  accountId: string | null;
  actorId: string | null;
  targetUserId: string | null;
  action: AuditAction;
  outcome: "SUCCESS" | "FAILURE";
  detail: string | null;
  ip: string | null;
  createdAt: number;
}

export function insertAuditEvent(event: AuditInsert): Statement {
  return statement(
    "INSERT INTO audit_events (id, account_id, actor_id, target_user_id, action, outcome, detail, ip, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [event.id, event.accountId, event.actorId, event.targetUserId, event.action, event.outcome, event.detail, event.ip, event.createdAt],
  );
}
