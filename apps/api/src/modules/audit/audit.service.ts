import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { execute } from "#src/db/sql.js";
import type { AuditAction } from "./audit-action.js";

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
