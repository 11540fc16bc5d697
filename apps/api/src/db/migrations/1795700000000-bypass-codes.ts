import type { MigrationInterface, QueryRunner } from "typeorm";

const sqliteUp = [
  "CREATE TABLE \"bypass_codes\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"user_id\" varchar(36) NOT NULL, \"batch_id\" varchar(36) NOT NULL, \"code_hash\" varchar(128) NOT NULL, \"issued_by\" varchar(36) NOT NULL, \"ticket\" varchar(64) NOT NULL, \"expires_at\" bigint NOT NULL, \"used_at\" bigint, \"created_at\" bigint NOT NULL, CONSTRAINT \"FK_bypass_codes_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
  "CREATE INDEX \"IDX_bypass_codes_user\" ON \"bypass_codes\" (\"user_id\")",
];

const mysqlUp = [
  "CREATE TABLE `bypass_codes` (`id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `batch_id` varchar(36) NOT NULL, `code_hash` varchar(128) NOT NULL, `issued_by` varchar(36) NOT NULL, `ticket` varchar(64) NOT NULL, `expires_at` bigint NOT NULL, `used_at` bigint NULL, `created_at` bigint NOT NULL, INDEX `IDX_bypass_codes_user` (`user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "ALTER TABLE `bypass_codes` ADD CONSTRAINT `FK_bypass_codes_user` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
];

const mysqlDown = ["ALTER TABLE `bypass_codes` DROP FOREIGN KEY `FK_bypass_codes_user`", "DROP TABLE `bypass_codes`"];
const sqliteDown = ["DROP TABLE \"bypass_codes\""];

/** Bypass codes an admin issues for a user against a ticket: hashed, time-limited, single use. */
export class BypassCodes1795700000000 implements MigrationInterface {
  name = "BypassCodes1795700000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteUp : mysqlUp) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteDown : mysqlDown) await queryRunner.query(sql);
  }
}
