import type { MigrationInterface, QueryRunner } from "typeorm";

const sqliteUp = [
  "CREATE TABLE \"job_leases\" (\"name\" varchar(64) PRIMARY KEY NOT NULL, \"holder\" varchar(64), \"expires_at\" bigint NOT NULL)",
  "CREATE TABLE \"webhook_endpoints\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"url\" varchar(2048) NOT NULL, \"description\" varchar(200) NOT NULL, \"enabled\" boolean NOT NULL DEFAULT (1), \"secret_sealed\" text NOT NULL, \"previous_secret_sealed\" text, \"previous_secret_expires_at\" bigint, \"secret_created_at\" bigint NOT NULL, \"created_by\" varchar(36), \"created_at\" bigint NOT NULL, \"updated_at\" bigint NOT NULL, CONSTRAINT \"FK_webhook_endpoints_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
  "CREATE INDEX \"IDX_webhook_endpoints_account\" ON \"webhook_endpoints\" (\"account_id\", \"created_at\")",
  "CREATE TABLE \"webhook_subscriptions\" (\"endpoint_id\" varchar(36) NOT NULL, \"event_type\" varchar(32) NOT NULL, \"account_id\" varchar(36) NOT NULL, CONSTRAINT \"FK_webhook_subscriptions_endpoint\" FOREIGN KEY (\"endpoint_id\") REFERENCES \"webhook_endpoints\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"endpoint_id\", \"event_type\"))",
  "CREATE INDEX \"IDX_webhook_subscriptions_account_event\" ON \"webhook_subscriptions\" (\"account_id\", \"event_type\")",
  "CREATE TABLE \"webhook_deliveries\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"endpoint_id\" varchar(36) NOT NULL, \"account_id\" varchar(36) NOT NULL, \"message_id\" varchar(40) NOT NULL, \"event_type\" varchar(48) NOT NULL, \"order_key\" varchar(36) NOT NULL, \"user_id\" varchar(36), \"domain_id\" varchar(36), \"username\" varchar(320), \"data\" text NOT NULL, \"occurred_at\" bigint NOT NULL, \"status\" varchar(16) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" bigint NOT NULL, \"last_attempt_at\" bigint, \"last_status_code\" integer, \"last_response\" varchar(255), \"created_at\" bigint NOT NULL, CONSTRAINT \"FK_webhook_deliveries_endpoint\" FOREIGN KEY (\"endpoint_id\") REFERENCES \"webhook_endpoints\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
  "CREATE INDEX \"IDX_webhook_deliveries_due\" ON \"webhook_deliveries\" (\"status\", \"next_attempt_at\")",
  "CREATE INDEX \"IDX_webhook_deliveries_order\" ON \"webhook_deliveries\" (\"endpoint_id\", \"order_key\", \"status\", \"id\")",
  "CREATE INDEX \"IDX_webhook_deliveries_endpoint\" ON \"webhook_deliveries\" (\"endpoint_id\", \"id\")",
];

const mysqlUp = [
  "CREATE TABLE `job_leases` (`name` varchar(64) NOT NULL, `holder` varchar(64) NULL, `expires_at` bigint NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB",
  "CREATE TABLE `webhook_endpoints` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `url` varchar(2048) NOT NULL, `description` varchar(200) NOT NULL, `enabled` tinyint NOT NULL DEFAULT 1, `secret_sealed` text NOT NULL, `previous_secret_sealed` text NULL, `previous_secret_expires_at` bigint NULL, `secret_created_at` bigint NOT NULL, `created_by` varchar(36) NULL, `created_at` bigint NOT NULL, `updated_at` bigint NOT NULL, INDEX `IDX_webhook_endpoints_account` (`account_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "CREATE TABLE `webhook_subscriptions` (`endpoint_id` varchar(36) NOT NULL, `event_type` varchar(32) NOT NULL, `account_id` varchar(36) NOT NULL, INDEX `IDX_webhook_subscriptions_account_event` (`account_id`, `event_type`), PRIMARY KEY (`endpoint_id`, `event_type`)) ENGINE=InnoDB",
  "ALTER TABLE `webhook_endpoints` ADD CONSTRAINT `FK_webhook_endpoints_account` FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
  "ALTER TABLE `webhook_subscriptions` ADD CONSTRAINT `FK_webhook_subscriptions_endpoint` FOREIGN KEY (`endpoint_id`) REFERENCES `webhook_endpoints`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
  "CREATE TABLE `webhook_deliveries` (`id` bigint NOT NULL AUTO_INCREMENT, `endpoint_id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `message_id` varchar(40) NOT NULL, `event_type` varchar(48) NOT NULL, `order_key` varchar(36) NOT NULL, `user_id` varchar(36) NULL, `domain_id` varchar(36) NULL, `username` varchar(320) NULL, `data` text NOT NULL, `occurred_at` bigint NOT NULL, `status` varchar(16) NOT NULL, `attempts` int NOT NULL DEFAULT 0, `next_attempt_at` bigint NOT NULL, `last_attempt_at` bigint NULL, `last_status_code` int NULL, `last_response` varchar(255) NULL, `created_at` bigint NOT NULL, INDEX `IDX_webhook_deliveries_due` (`status`, `next_attempt_at`), INDEX `IDX_webhook_deliveries_order` (`endpoint_id`, `order_key`, `status`, `id`), INDEX `IDX_webhook_deliveries_endpoint` (`endpoint_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "ALTER TABLE `webhook_deliveries` ADD CONSTRAINT `FK_webhook_deliveries_endpoint` FOREIGN KEY (`endpoint_id`) REFERENCES `webhook_endpoints`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
];

const mysqlDown = [
  "ALTER TABLE `webhook_deliveries` DROP FOREIGN KEY `FK_webhook_deliveries_endpoint`",
  "DROP TABLE `webhook_deliveries`",
  "ALTER TABLE `webhook_subscriptions` DROP FOREIGN KEY `FK_webhook_subscriptions_endpoint`",
  "ALTER TABLE `webhook_endpoints` DROP FOREIGN KEY `FK_webhook_endpoints_account`",
  "DROP TABLE `webhook_subscriptions`",
  "DROP TABLE `webhook_endpoints`",
  "DROP TABLE `job_leases`",
];
const sqliteDown = ["DROP TABLE \"webhook_deliveries\"", "DROP TABLE \"webhook_subscriptions\"", "DROP TABLE \"webhook_endpoints\"", "DROP TABLE \"job_leases\""];

/**
 * Signed webhooks and the lease of scheduled jobs. `webhook_deliveries` is the outbox the audit writer fills in
 * the transaction of each change; it has no entity because its id is an engine's own auto-increment (SQLite's
 * INTEGER PRIMARY KEY, MariaDB's BIGINT), which orders each user's events.
 */
export class Webhooks1796000000000 implements MigrationInterface {
  name = "Webhooks1796000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteUp : mysqlUp) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteDown : mysqlDown) await queryRunner.query(sql);
  }
}
