import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { RefColumn, TimeColumn } from "#src/db/columns.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/**
 * A reminder of a Force-On deadline sent to a user: one row per user, deadline and reminder (`slot`: SET,
 * WEEK_BEFORE, DAY_BEFORE, DAY_OF, or M<epoch ms> for an admin's "Send reminder now"), taken before the email
 * leaves, so each goes out once however many instances run.
 */
@Entity("mfa_reminders")
@Index("IDX_mfa_reminders_domain", ["domainId", "deadline"])
export class MfaReminderEntity {
  @PrimaryColumn("varchar", { length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "FK_mfa_reminders_user" })
  user?: Relation<UserEntity>;

  @PrimaryColumn("bigint", { transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  deadline: number;

  @PrimaryColumn("varchar", { length: 16 })
  slot: string;

  @RefColumn()
  domainId: string;

  @TimeColumn()
  sentAt: number;
}
