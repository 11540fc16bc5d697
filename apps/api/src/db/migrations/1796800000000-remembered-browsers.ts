import type { MigrationInterface, QueryRunner } from "typeorm";

const sqliteUp = [
  "CREATE TABLE \"remembered_browsers\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"user_id\" varchar(36) NOT NULL, \"user_agent\" varchar(512), \"created_at\" bigint NOT NULL, \"last_used_at\" bigint NOT NULL, \"expires_at\" bigint NOT NULL, CONSTRAINT \"FK_remembered_browsers_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
  "CREATE UNIQUE INDEX \"UQ_remembered_browsers_token\" ON \"remembered_browsers\" (\"token_hash\")",
  "CREATE INDEX \"IDX_remembered_browsers_user\" ON \"remembered_browsers\" (\"user_id\")",
  "ALTER TABLE \"domains\" ADD COLUMN \"remember_browser_days\" integer NOT NULL DEFAULT (30)",
];

const mysqlUp = [
  "CREATE TABLE `remembered_browsers` (`id` varchar(36) NOT NULL, `token_hash` varchar(64) NOT NULL, `user_id` varchar(36) NOT NULL, `user_agent` varchar(512) NULL, `created_at` bigint NOT NULL, `last_used_at` bigint NOT NULL, `expires_at` bigint NOT NULL, UNIQUE INDEX `UQ_remembered_browsers_token` (`token_hash`), INDEX `IDX_remembered_browsers_user` (`user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "ALTER TABLE `remembered_browsers` ADD CONSTRAINT `FK_remembered_browsers_user` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
  "ALTER TABLE `domains` ADD `remember_browser_days` int NOT NULL DEFAULT '30'",
];

const mysqlDown = [
  "ALTER TABLE `domains` DROP COLUMN `remember_browser_days`",
  "ALTER TABLE `remembered_browsers` DROP FOREIGN KEY `FK_remembered_browsers_user`",
  "DROP TABLE `remembered_browsers`",
];
const sqliteDown = ["ALTER TABLE \"domains\" DROP COLUMN \"remember_browser_days\"", "DROP TABLE \"remembered_browsers\""];

/** Browsers a user chose to remember at the passcode step (only the token's SHA-256), and each domain's days (0: off). */
export class RememberedBrowsers1796800000000 implements MigrationInterface {
  name = "RememberedBrowsers1796800000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteUp : mysqlUp) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteDown : mysqlDown) await queryRunner.query(sql);
  }
}
