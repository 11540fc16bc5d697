import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/**
 * A password a user made for one mail client: stored as an argon2id hash (with a 16-bit selector of its
 * SHA-256, so a check hashes one candidate, not ten), revocable one by one, gone with a reset.
 */
@Entity("app_passwords")
@Index("IDX_app_passwords_user", ["userId"])
export class AppPasswordEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "FK_app_passwords_user" })
  user?: Relation<UserEntity>;

  @Column("varchar", { length: 64 })
  name: string;

  @Column("varchar", { length: 128 })
  passwordHash: string;

  @Column("varchar", { length: 16 })
  selector: string;

  @TimeColumn({ nullable: true })
  lastUsedAt: number | null;

  @Column("varchar", { length: 8, nullable: true })
  lastUsedProtocol: string | null;

  @Column("varchar", { length: 64, nullable: true })
  lastUsedIp: string | null;

  @TimeColumn()
  createdAt: number;
}
