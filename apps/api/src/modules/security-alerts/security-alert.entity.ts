import { Column, Entity, Index } from "typeorm";
import { BigIntColumn, EnumColumn, IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";

/**
 * The outbox of security alerts: one row per audited change a user is told of, written in the change's transaction
 * (by the audit writer's follower) and sent after it by the `security-alerts` job. Written by `security-alerts/` only.
 */
@Entity("security_alerts")
@Index("IDX_security_alerts_status", ["status", "claimedUntil"])
export class SecurityAlertEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  accountId: string;

  @RefColumn()
  userId: string;

  /** What happened (SecurityAlertEvent). */
  @EnumColumn(32)
  event: string;

  @RefColumn()
  auditEventId: string;

  /** Whether a text goes to another verified phone too (a device added, MFA turned off). */
  @Column("boolean", { default: false })
  withSms: boolean;

  /** The phone that must not be texted (the one just added). */
  @RefColumn({ nullable: true })
  excludedDeviceId: string | null;

  @Column("varchar", { length: 64, nullable: true })
  ip: string | null;

  @Column("varchar", { length: 255, nullable: true })
  userAgent: string | null;

  @TimeColumn()
  occurredAt: number;

  /** PENDING, SENT, or NONE (no second channel: nothing was sent). */
  @EnumColumn(16)
  status: string;

  /** A sender's claim on a pending row lasts until this time. */
  @BigIntColumn()
  claimedUntil: number;

  /** How it went out: EMAIL, SMS or EMAIL+SMS. */
  @Column("varchar", { length: 16, nullable: true })
  sentBy: string | null;

  @TimeColumn()
  createdAt: number;
}
