import { Column, Entity, Index } from "typeorm";
import { EnumColumn, IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";

/** The SMS outbox: every text the service sends, with its delivery status. */
@Entity("sms_messages")
@Index("IDX_sms_messages_account_time", ["accountId", "createdAt"])
export class SmsMessageEntity {
  @IdColumn()
  id: string;

  @RefColumn({ nullable: true })
  accountId: string | null;

  @RefColumn({ nullable: true })
  userId: string | null;

  @Column("varchar", { length: 20 })
  toE164: string;

  /** The text sealed with AES-256-GCM (it carries a one-time code); kept only by the outbox sender. */
  @Column("text", { nullable: true })
  bodySealed: string | null;

  @EnumColumn(16)
  provider: string;

  @EnumColumn(16)
  status: string;

  @Column("varchar", { length: 64, nullable: true })
  providerMessageId: string | null;

  @Column("varchar", { length: 255, nullable: true })
  error: string | null;

  @TimeColumn()
  createdAt: number;
}
