import type { DataSource } from "typeorm";
import type { Db } from "#src/db/db.js";
import type { AuditAction } from "./audit-action.js";
import { insertAuditEvent } from "./audit.queries.js";

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

  async record(event: AuditRecord, db: Db = this.dataSource): Promise<void> {
    await insertAuditEvent(db, { ...event, detail: event.detail ? JSON.stringify(event.detail) : null, createdAt: this.now() });
  }
}
