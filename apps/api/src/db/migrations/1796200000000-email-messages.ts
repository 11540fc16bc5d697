import type { MigrationInterface, QueryRunner } from "typeorm";

const sqliteUp = [
  "CREATE TABLE \"email_messages\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36), \"user_id\" varchar(36), \"kind\" varchar(32) NOT NULL, \"to_address\" varchar(320) NOT NULL, \"transport\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"content_sealed\" text, \"provider_message_id\" varchar(255), \"error_code\" varchar(32), \"error\" varchar(255), \"created_at\" bigint NOT NULL)",
  "CREATE INDEX \"IDX_email_messages_account_time\" ON \"email_messages\" (\"account_id\", \"created_at\")",
];

const mysqlUp = [
  "CREATE TABLE `email_messages` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NULL, `user_id` varchar(36) NULL, `kind` varchar(32) NOT NULL, `to_address` varchar(320) NOT NULL, `transport` varchar(16) NOT NULL, `status` varchar(16) NOT NULL, `content_sealed` text NULL, `provider_message_id` varchar(255) NULL, `error_code` varchar(32) NULL, `error` varchar(255) NULL, `created_at` bigint NOT NULL, INDEX `IDX_email_messages_account_time` (`account_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
];

/** The email channel's record: every email sent, its delivery status and, with the outbox transport, its sealed content. */
export class EmailMessages1796200000000 implements MigrationInterface {
  name = "EmailMessages1796200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteUp : mysqlUp) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    await queryRunner.query(sqlite ? "DROP TABLE \"email_messages\"" : "DROP TABLE `email_messages`");
  }
}
