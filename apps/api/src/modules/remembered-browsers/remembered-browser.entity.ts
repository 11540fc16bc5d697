import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/**
 * A browser a user chose to remember at the passcode step: the SHA-256 of the random token in its `__Host-` cookie
 * (never the token), the User-Agent it was remembered with, first and last use, and its expiry. Forgetting deletes it.
 */
@Entity("remembered_browsers")
@Index("UQ_remembered_browsers_token", ["tokenHash"], { unique: true })
@Index("IDX_remembered_browsers_user", ["userId"])
export class RememberedBrowserEntity {
  @IdColumn()
  id: string;

  @Column("varchar", { length: 64 })
  tokenHash: string;

  @RefColumn()
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "FK_remembered_browsers_user" })
  user?: Relation<UserEntity>;

  @Column("varchar", { length: 512, nullable: true })
  userAgent: string | null;

  @TimeColumn()
  createdAt: number;

  @TimeColumn()
  lastUsedAt: number;

  @TimeColumn()
  expiresAt: number;
}
