import { Column, Entity, Index } from "typeorm";
import { EnumColumn, IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";

/** Every email the service sends, with its delivery status; written by the mail module only. */
@Entity("email_messages")
@Index("IDX_email_messages_account_time", ["accountId", "createdAt"])
export class EmailMessageEntity {
  @IdColumn()
  id: string;

  @RefColumn({ nullable: true })
  accountId: string | null;

  @RefColumn({ nullable: true })
  userId: string | null;

  /** MFA_REMINDER, SECURITY_ALERT. */
  @EnumColumn(32)
  kind: string;

  @Column("varchar", { length: 320 })
  toAddress: string;

  /** outbox or smtp. */
  @EnumColumn(16)
  transport: string;

  /** STORED (the outbox's), QUEUED, SENT, FAILED. */
  @EnumColumn(16)
  status: string;

  /** Subject, text and HTML sealed with AES-256-GCM; kept only by the outbox transport. */
  @Column("text", { nullable: true })
  contentSealed: string | null;

  /** The Message-ID the SMTP server accepted. */
  @Column("varchar", { length: 255, nullable: true })
  providerMessageId: string | null;

  /** Why it was not delivered (MailErrorCode), with a description that holds no content. */
  @Column("varchar", { length: 32, nullable: true })
  errorCode: string | null;

  @Column("varchar", { length: 255, nullable: true })
  error: string | null;

  @TimeColumn()
  createdAt: number;
}
