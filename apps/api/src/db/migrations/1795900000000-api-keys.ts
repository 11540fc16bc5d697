import type { MigrationInterface, QueryRunner } from "typeorm";

const sqliteUp = [
  "CREATE TABLE \"api_keys\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"name\" varchar(100) NOT NULL, \"scope\" varchar(16) NOT NULL, \"domain_ids\" text, \"secret_hash\" varchar(64) NOT NULL, \"created_by\" varchar(36), \"created_by_username\" varchar(320) NOT NULL, \"created_at\" bigint NOT NULL, \"expires_at\" bigint NOT NULL, \"revoked_at\" bigint, \"revoked_by\" varchar(36), \"last_used_at\" bigint, \"last_used_ip\" varchar(64), \"rate_window\" bigint NOT NULL, \"rate_count\" integer NOT NULL DEFAULT (0), CONSTRAINT \"FK_api_keys_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
  "CREATE INDEX \"IDX_api_keys_account\" ON \"api_keys\" (\"account_id\", \"created_at\")",
  "CREATE TABLE \"api_key_tokens\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"key_id\" varchar(36) NOT NULL, \"created_at\" bigint NOT NULL, \"expires_at\" bigint NOT NULL, CONSTRAINT \"FK_api_key_tokens_key\" FOREIGN KEY (\"key_id\") REFERENCES \"api_keys\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
  "CREATE INDEX \"IDX_api_key_tokens_key\" ON \"api_key_tokens\" (\"key_id\")",
  "CREATE UNIQUE INDEX \"UQ_api_key_tokens_token_hash\" ON \"api_key_tokens\" (\"token_hash\")",
];

const mysqlUp = [
  "CREATE TABLE `api_keys` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `scope` varchar(16) NOT NULL, `domain_ids` text NULL, `secret_hash` varchar(64) NOT NULL, `created_by` varchar(36) NULL, `created_by_username` varchar(320) NOT NULL, `created_at` bigint NOT NULL, `expires_at` bigint NOT NULL, `revoked_at` bigint NULL, `revoked_by` varchar(36) NULL, `last_used_at` bigint NULL, `last_used_ip` varchar(64) NULL, `rate_window` bigint NOT NULL, `rate_count` int NOT NULL DEFAULT '0', INDEX `IDX_api_keys_account` (`account_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "CREATE TABLE `api_key_tokens` (`id` varchar(36) NOT NULL, `token_hash` varchar(64) NOT NULL, `key_id` varchar(36) NOT NULL, `created_at` bigint NOT NULL, `expires_at` bigint NOT NULL, INDEX `IDX_api_key_tokens_key` (`key_id`), UNIQUE INDEX `UQ_api_key_tokens_token_hash` (`token_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "ALTER TABLE `api_keys` ADD CONSTRAINT `FK_api_keys_account` FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
  "ALTER TABLE `api_key_tokens` ADD CONSTRAINT `FK_api_key_tokens_key` FOREIGN KEY (`key_id`) REFERENCES `api_keys`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
];

const mysqlDown = [
  "ALTER TABLE `api_key_tokens` DROP FOREIGN KEY `FK_api_key_tokens_key`",
  "ALTER TABLE `api_keys` DROP FOREIGN KEY `FK_api_keys_account`",
  "DROP TABLE `api_key_tokens`",
  "DROP TABLE `api_keys`",
];
const sqliteDown = ["DROP TABLE \"api_key_tokens\"", "DROP TABLE \"api_keys\""];

/**
 * API keys for integrators (hashed, scoped, optionally limited to domains, expiring, revocable, with a per-minute
 * counter shared by every instance) and the tokens `POST /v2.0/tokens` issues for them.
 */
export class ApiKeys1795900000000 implements MigrationInterface {
  name = "ApiKeys1795900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteUp : mysqlUp) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteDown : mysqlDown) await queryRunner.query(sql);
  }
}
