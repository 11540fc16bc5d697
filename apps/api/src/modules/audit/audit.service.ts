import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { managerOf, type Db } from "#src/db/db.js";
import { runBatch, type Statement } from "#src/db/batch.js";
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
export type RecordedAuditEvent = AuditRecord & { id: string; createdAt: number };

/**
 * What follows the audit log in the transaction of each event it takes (the webhooks' outbox): an event it
 * takes is appended together with whatever it writes, or neither is.
 */
export interface AuditFollower {
  takes(event: AuditRecord): boolean;
  follow(event: RecordedAuditEvent): Statement[];
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
    /** Told of each event as its statements are built (the metrics count sign-in outcomes here). */
    private readonly observe: ((event: AuditRecord) => void) | null = null,
  ) {}

  async record(event: AuditRecord, db: Db = this.dataSource): Promise<void> {
    const statements = this.statements(event);
    const manager = managerOf(db);
    // An event with a follower writes two rows: they go together or not at all.
    if (statements.length === 1 || manager.queryRunner?.isTransactionActive) await runBatch(db, statements);
    else await manager.transaction((tx) => runBatch(tx, statements));
  }

  /**
   * The statements that append the event (and what its follower writes with it), for a caller that sends them
   * with its own writes, in its transaction (one round trip).
   */
  statements(event: AuditRecord): Statement[] {
    const recorded: RecordedAuditEvent = { ...event, id: randomUUID(), createdAt: this.now() };
    const insert = insertAuditEvent({ ...recorded, detail: event.detail ? JSON.stringify(event.detail) : null });
    // The decision is made when its event is written down: the metrics count it here (callers build an event's
    // statements when they send them).
    this.observe?.(event);
    return this.follower?.takes(event) ? [insert, ...this.follower.follow(recorded)] : [insert];
  }
}
