import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { EnumColumn, RefColumn, TimeColumn } from "#src/db/columns.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/**
 * The state between the password step and the passcode step. The client holds an opaque
 * id; only its SHA-256 is stored. Single use, bound to one user, short-lived.
 */
@Entity("login_challenges")
@Index("IDX_login_challenges_user", ["userId"])
export class LoginChallengeEntity {
  @PrimaryColumn("varchar", { length: 64 })
  idHash: string;

  @RefColumn()
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "FK_login_challenges_user" })
  user?: Relation<UserEntity>;

  /** Which door started the login: GRAPHQL or REST. */
  @EnumColumn(16)
  channel: string;

  @TimeColumn()
  createdAt: number;

  @TimeColumn()
  expiresAt: number;

  @TimeColumn({ nullable: true })
  consumedAt: number | null;

  @RefColumn({ nullable: true })
  smsDeviceId: string | null;

  /** HMAC of the current SMS passcode; a resend replaces it. */
  @Column("varchar", { length: 128, nullable: true })
  smsCodeHash: string | null;

  @TimeColumn({ nullable: true })
  smsCodeExpiresAt: number | null;

  @TimeColumn({ nullable: true })
  smsLastSentAt: number | null;

  @Column("int", { default: 0 })
  smsSendCount: number;

  @Column("varchar", { length: 64, nullable: true })
  ip: string | null;

  /** SHA-256 of the WebAuthn challenge offered for this sign-in (or step-up); asking again replaces it. */
  @Column("varchar", { length: 64, nullable: true })
  webauthnChallengeHash: string | null;
}
