import type { MigrationInterface, QueryRunner } from "typeorm";

const sqliteUp = [
  "CREATE TABLE \"alternate_emails\" (\"user_id\" varchar(36) PRIMARY KEY NOT NULL, \"address\" varchar(320), \"verified_at\" bigint, \"pending_address\" varchar(320), \"code_hash\" varchar(128), \"code_expires_at\" bigint, \"attempts\" integer NOT NULL DEFAULT (0), \"last_sent_at\" bigint, \"send_count\" integer NOT NULL DEFAULT (0), \"updated_at\" bigint NOT NULL, CONSTRAINT \"FK_alternate_emails_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
  "CREATE TABLE \"security_alerts\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"user_id\" varchar(36) NOT NULL, \"event\" varchar(32) NOT NULL, \"audit_event_id\" varchar(36) NOT NULL, \"with_sms\" boolean NOT NULL DEFAULT (0), \"excluded_device_id\" varchar(36), \"ip\" varchar(64), \"user_agent\" varchar(255), \"occurred_at\" bigint NOT NULL, \"status\" varchar(16) NOT NULL, \"claimed_until\" bigint NOT NULL, \"sent_by\" varchar(16), \"created_at\" bigint NOT NULL)",
  "CREATE INDEX \"IDX_security_alerts_status\" ON \"security_alerts\" (\"status\", \"claimed_until\")",
  "ALTER TABLE \"devices\" ADD COLUMN \"phone_digest\" varchar(96)",
  "CREATE INDEX \"IDX_devices_phone_digest\" ON \"devices\" (\"phone_digest\")",
];

const mysqlUp = [
  "CREATE TABLE `alternate_emails` (`user_id` varchar(36) NOT NULL, `address` varchar(320) NULL, `verified_at` bigint NULL, `pending_address` varchar(320) NULL, `code_hash` varchar(128) NULL, `code_expires_at` bigint NULL, `attempts` int NOT NULL DEFAULT 0, `last_sent_at` bigint NULL, `send_count` int NOT NULL DEFAULT 0, `updated_at` bigint NOT NULL, PRIMARY KEY (`user_id`)) ENGINE=InnoDB",
  "ALTER TABLE `alternate_emails` ADD CONSTRAINT `FK_alternate_emails_user` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
  "CREATE TABLE `security_alerts` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `event` varchar(32) NOT NULL, `audit_event_id` varchar(36) NOT NULL, `with_sms` tinyint NOT NULL DEFAULT 0, `excluded_device_id` varchar(36) NULL, `ip` varchar(64) NULL, `user_agent` varchar(255) NULL, `occurred_at` bigint NOT NULL, `status` varchar(16) NOT NULL, `claimed_until` bigint NOT NULL, `sent_by` varchar(16) NULL, `created_at` bigint NOT NULL, INDEX `IDX_security_alerts_status` (`status`, `claimed_until`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "ALTER TABLE `devices` ADD `phone_digest` varchar(96) NULL",
  "CREATE INDEX `IDX_devices_phone_digest` ON `devices` (`phone_digest`)",
];

const mysqlDown = [
  "DROP INDEX `IDX_devices_phone_digest` ON `devices`",
  "ALTER TABLE `devices` DROP COLUMN `phone_digest`",
  "DROP TABLE `security_alerts`",
  "ALTER TABLE `alternate_emails` DROP FOREIGN KEY `FK_alternate_emails_user`",
  "DROP TABLE `alternate_emails`",
];
const sqliteDown = ["DROP INDEX \"IDX_devices_phone_digest\"", "ALTER TABLE \"devices\" DROP COLUMN \"phone_digest\"", "DROP TABLE \"security_alerts\"", "DROP TABLE \"alternate_emails\""];

/**
 * Protecting the mailbox: a verified alternate email address per user, the outbox of security alerts sent to it (and
 * to another phone), and a keyed digest of each phone number so a number shared by many mailboxes is found by index.
 */
export class MailboxProtection1797000000000 implements MigrationInterface {
  name = "MailboxProtection1797000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteUp : mysqlUp) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteDown : mysqlDown) await queryRunner.query(sql);
  }
}
