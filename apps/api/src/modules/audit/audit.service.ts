import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { managerOf, type Db } from "#src/db/db.js";
import type { AuditAction } from "./audit-action.js";
import { insertAuditEvent } from "./audit.queries.js";

type AuditDetail = Record<string, string | number | boolean | null>;

export interface AuditRecord {
  accountId: string | null;
  actorId: string | null;
  targetUserId: string | null;
  action: AuditAction;
  outcome: "SUCCESS" | "FAILURE";
  detail?: AuditDetail;
  ip: string | null;
}

/** An event as it was appended: its id and time. */
export type RecordedAuditEvent = Omit<AuditRecord, "ip"> & { id: string; createdAt: number };

/**
 * What follows the audit log in the transaction of each event it takes (the webhooks' outbox): an event it
 * takes is appended together with whatever it writes, or neither is.
 */
export interface AuditFollower {
  takes(event: AuditRecord): boolean;
  follow(db: Db, event: RecordedAuditEvent): Promise<void>;
}

/**
 * Appends audit events. Details are for facts only: never a code, secret, password or token. Every audited
 * change passes here, in its transaction when the caller passes one (`db`).
 */
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => number = Date.now,
    private readonly follower: AuditFollower | null = null,
  ) {}

  async record(event: AuditRecord, db: Db = this.dataSource): Promise<void> {
    const recorded: RecordedAuditEvent = { ...event, id: randomUUID(), createdAt: this.now() };
    const row = { ...recorded, detail: event.detail ? JSON.stringify(event.detail) : null, ip: event.ip };
    const follower = this.follower?.takes(event) ? this.follower : null;
    if (!follower) {
      await insertAuditEvent(db, row);
      return;
    }
    const write = async (tx: Db) => {
      await insertAuditEvent(tx, row);
      await follower.follow(tx, recorded);
    };
    const manager = managerOf(db);
    if (manager.queryRunner?.isTransactionActive) await write(manager);
    else await manager.transaction(write);
  }
}
