import type { MigrationInterface, QueryRunner } from "typeorm";

const sqliteUp = [
  "CREATE TABLE \"app_passwords\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"user_id\" varchar(36) NOT NULL, \"name\" varchar(64) NOT NULL, \"password_hash\" varchar(128) NOT NULL, \"selector\" varchar(16) NOT NULL, \"last_used_at\" bigint, \"last_used_protocol\" varchar(8), \"last_used_ip\" varchar(64), \"created_at\" bigint NOT NULL, CONSTRAINT \"FK_app_passwords_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
  "CREATE INDEX \"IDX_app_passwords_user\" ON \"app_passwords\" (\"user_id\")",
  "ALTER TABLE \"domains\" ADD COLUMN \"app_passwords_allowed\" boolean NOT NULL DEFAULT (1)",
];

const mysqlUp = [
  "CREATE TABLE `app_passwords` (`id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `name` varchar(64) NOT NULL, `password_hash` varchar(128) NOT NULL, `selector` varchar(16) NOT NULL, `last_used_at` bigint NULL, `last_used_protocol` varchar(8) NULL, `last_used_ip` varchar(64) NULL, `created_at` bigint NOT NULL, INDEX `IDX_app_passwords_user` (`user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "ALTER TABLE `app_passwords` ADD CONSTRAINT `FK_app_passwords_user` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
  "ALTER TABLE `domains` ADD `app_passwords_allowed` tinyint NOT NULL DEFAULT 1",
];

const mysqlDown = ["ALTER TABLE `domains` DROP COLUMN `app_passwords_allowed`", "ALTER TABLE `app_passwords` DROP FOREIGN KEY `FK_app_passwords_user`", "DROP TABLE `app_passwords`"];
const sqliteDown = ["ALTER TABLE \"domains\" DROP COLUMN \"app_passwords_allowed\"", "DROP TABLE \"app_passwords\""];

/** App passwords for mail clients (argon2id hashes, a keyed selector), and the domain's switch that allows them. */
export class AppPasswords1796600000000 implements MigrationInterface {
  name = "AppPasswords1796600000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteUp : mysqlUp) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteDown : mysqlDown) await queryRunner.query(sql);
  }
}
