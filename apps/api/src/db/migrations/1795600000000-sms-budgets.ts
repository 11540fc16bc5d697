import type { MigrationInterface, QueryRunner } from "typeorm";

const sqliteUp = [
  "CREATE TABLE \"sms_counters\" (\"counter_key\" varchar(96) NOT NULL, \"window_start\" bigint NOT NULL, \"sent\" integer NOT NULL DEFAULT (0), PRIMARY KEY (\"counter_key\", \"window_start\"))",
  "CREATE INDEX \"IDX_sms_counters_window\" ON \"sms_counters\" (\"window_start\")",
  "CREATE TABLE \"sms_settings\" (\"account_id\" varchar(36) PRIMARY KEY NOT NULL, \"countries\" varchar(1024), \"user_hourly\" integer, \"user_daily\" integer, \"domain_hourly\" integer, \"domain_daily\" integer, \"account_hourly\" integer, \"account_daily\" integer, \"destination_daily\" integer, \"updated_at\" bigint NOT NULL, CONSTRAINT \"FK_sms_settings_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
];

const mysqlUp = [
  "CREATE TABLE `sms_counters` (`counter_key` varchar(96) NOT NULL, `window_start` bigint NOT NULL, `sent` int NOT NULL DEFAULT '0', INDEX `IDX_sms_counters_window` (`window_start`), PRIMARY KEY (`counter_key`, `window_start`)) ENGINE=InnoDB",
  "CREATE TABLE `sms_settings` (`account_id` varchar(36) NOT NULL, `countries` varchar(1024) NULL, `user_hourly` int NULL, `user_daily` int NULL, `domain_hourly` int NULL, `domain_daily` int NULL, `account_hourly` int NULL, `account_daily` int NULL, `destination_daily` int NULL, `updated_at` bigint NOT NULL, PRIMARY KEY (`account_id`)) ENGINE=InnoDB",
  "ALTER TABLE `sms_settings` ADD CONSTRAINT `FK_sms_settings_account` FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
];

const mysqlDown = ["ALTER TABLE `sms_settings` DROP FOREIGN KEY `FK_sms_settings_account`", "DROP TABLE `sms_settings`", "DROP TABLE `sms_counters`"];
const sqliteDown = ["DROP TABLE \"sms_settings\"", "DROP TABLE \"sms_counters\""];

/**
 * SMS budgets: `sms_counters` holds how many texts each scope (user, number, domain, account, the whole service)
 * sent in one hour or day, raised with conditional increments; `sms_settings` holds an account's allowed countries
 * and budgets, where NULL means the service's configured default.
 */
export class SmsBudgets1795600000000 implements MigrationInterface {
  name = "SmsBudgets1795600000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteUp : mysqlUp) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteDown : mysqlDown) await queryRunner.query(sql);
  }
}
