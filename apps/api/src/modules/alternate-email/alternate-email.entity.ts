import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from "typeorm";
import { TimeColumn } from "#src/db/columns.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/**
 * A user's alternate email address (a second channel for security alerts), and the address waiting for its
 * 6-digit code: the code is kept as an HMAC, expires, and allows a few wrong guesses. Written by `alternate-email/` only.
 */
@Entity("alternate_emails")
export class AlternateEmailEntity {
  @PrimaryColumn("varchar", { length: 36 })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "FK_alternate_emails_user" })
  user?: Relation<UserEntity>;

  /** The verified address; null until one is verified. */
  @Column("varchar", { length: 320, nullable: true })
  address: string | null;

  @TimeColumn({ nullable: true })
  verifiedAt: number | null;

  /** The address a code was sent to, not yet proven. */
  @Column("varchar", { length: 320, nullable: true })
  pendingAddress: string | null;

  /** HMAC of the pending code (never the code). */
  @Column("varchar", { length: 128, nullable: true })
  codeHash: string | null;

  @TimeColumn({ nullable: true })
  codeExpiresAt: number | null;

  /** Guesses at the pending code, counted before each is checked. */
  @Column("int", { default: 0 })
  attempts: number;

  @TimeColumn({ nullable: true })
  lastSentAt: number | null;

  /** Codes sent for the pending address. */
  @Column("int", { default: 0 })
  sendCount: number;

  @TimeColumn()
  updatedAt: number;
}
