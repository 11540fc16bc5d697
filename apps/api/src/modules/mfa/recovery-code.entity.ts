import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/** A single-use bypass code, stored as a salted hash; consumed by a conditional update. */
@Entity("recovery_codes")
@Index("IDX_recovery_codes_user", ["userId"])
export class RecoveryCodeEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "FK_recovery_codes_user" })
  user?: Relation<UserEntity>;

  @RefColumn()
  batchId: string;

  @Column("varchar", { length: 128 })
  codeHash: string;

  @TimeColumn({ nullable: true })
  usedAt: number | null;

  @TimeColumn()
  createdAt: number;
}
