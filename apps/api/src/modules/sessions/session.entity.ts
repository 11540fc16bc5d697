import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/** A signed-in session. The bearer token is 256 random bits; only its SHA-256 is stored. */
@Entity("sessions")
@Index("UQ_sessions_token_hash", ["tokenHash"], { unique: true })
@Index("IDX_sessions_user", ["userId"])
@Index("IDX_sessions_user_live", ["userId", "revokedAt", "mfaPassed"])
export class SessionEntity {
  @IdColumn()
  id: string;

  @Column("varchar", { length: 64 })
  tokenHash: string;

  @RefColumn()
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "FK_sessions_user" })
  user?: Relation<UserEntity>;

  /** Whether this session passed a second factor. */
  @Column("boolean", { default: false })
  mfaPassed: boolean;

  /** A restricted session may only enrol a second factor. */
  @Column("boolean", { default: false })
  restricted: boolean;

  /** How the user authenticated, e.g. "PASSWORD,OTPPASSCODE". */
  @Column("varchar", { length: 64 })
  authMethods: string;

  @TimeColumn()
  createdAt: number;

  @TimeColumn()
  lastSeenAt: number;

  @TimeColumn()
  expiresAt: number;

  /** Last time the user proved their strongest factor (0: never in this session): gates sensitive changes. */
  @TimeColumn()
  proofAt: number;

  /** A step-up given for an action that asks every time (turning MFA off, removing every device); spent by it. */
  @TimeColumn({ nullable: true })
  stepUpAt: number | null;

  @TimeColumn({ nullable: true })
  revokedAt: number | null;

  @Column("varchar", { length: 32, nullable: true })
  revokedReason: string | null;

  @Column("varchar", { length: 64, nullable: true })
  ip: string | null;

  @Column("varchar", { length: 255, nullable: true })
  userAgent: string | null;
}
