import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/**
 * A code an admin issued for a user against a helpdesk ticket: stored as a salted hash, valid until
 * `expiresAt`, consumed by a conditional update. A new batch replaces the user's previous one.
 */
@Entity("bypass_codes")
@Index("IDX_bypass_codes_user", ["userId"])
export class BypassCodeEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "FK_bypass_codes_user" })
  user?: Relation<UserEntity>;

  @RefColumn()
  batchId: string;

  @Column("varchar", { length: 128 })
  codeHash: string;

  /** The admin who issued it (kept when that admin is deleted: the audit log names them). */
  @RefColumn()
  issuedBy: string;

  @Column("varchar", { length: 64 })
  ticket: string;

  @TimeColumn()
  expiresAt: number;

  @TimeColumn({ nullable: true })
  usedAt: number | null;

  @TimeColumn()
  createdAt: number;
}
