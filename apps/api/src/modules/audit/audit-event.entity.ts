import { Column, Entity, Index } from "typeorm";
import { EnumColumn, IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";

/** Who did what to whom, when, from where. Never a code, secret, password or token. */
@Entity("audit_events")
@Index("IDX_audit_events_account_time", ["accountId", "createdAt"])
@Index("IDX_audit_events_target_time", ["targetUserId", "createdAt"])
@Index("IDX_audit_events_account_action", ["accountId", "action", "createdAt", "id"])
@Index("IDX_audit_events_account_outcome", ["accountId", "outcome", "createdAt", "id"])
export class AuditEventEntity {
  @IdColumn()
  id: string;

  @RefColumn({ nullable: true })
  accountId: string | null;

  @RefColumn({ nullable: true })
  actorId: string | null;

  @RefColumn({ nullable: true })
  targetUserId: string | null;

  @Column("varchar", { length: 64 })
  action: string;

  @EnumColumn(16)
  outcome: string;

  /** JSON object with non-secret details. */
  @Column("text", { nullable: true })
  detail: string | null;

  @Column("varchar", { length: 64, nullable: true })
  ip: string | null;

  @TimeColumn()
  createdAt: number;
}
