import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The security round: a single-use step-up on sessions (for actions that ask again every time),
 * the password-step limiter (one row per key: a username at an address, an address, a username in a
 * known browser) and the browsers that signed in successfully before.
 */
export class SecurityRound1795500000000 implements MigrationInterface {
  name = "SecurityRound1795500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    const statements = sqlite
      ? [
          `ALTER TABLE "sessions" ADD COLUMN "step_up_at" bigint`,
          `CREATE TABLE "login_throttles" ("key_hash" varchar(64) PRIMARY KEY NOT NULL, "failures" integer NOT NULL DEFAULT (0), "in_flight" integer NOT NULL DEFAULT (0), "backoff_ms" bigint NOT NULL DEFAULT (0), "blocked_until" bigint NOT NULL DEFAULT (0), "last_at" bigint NOT NULL DEFAULT (0))`,
          `CREATE TABLE "known_browsers" ("token_hash" varchar(64) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "created_at" bigint NOT NULL, "last_used_at" bigint NOT NULL, "expires_at" bigint NOT NULL, CONSTRAINT "FK_known_browsers_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
          `CREATE INDEX "IDX_known_browsers_user" ON "known_browsers" ("user_id")`,
        ]
      : [
          "ALTER TABLE `sessions` ADD `step_up_at` bigint NULL",
          "CREATE TABLE `login_throttles` (`key_hash` varchar(64) NOT NULL, `failures` int NOT NULL DEFAULT '0', `in_flight` int NOT NULL DEFAULT '0', `backoff_ms` bigint NOT NULL DEFAULT '0', `blocked_until` bigint NOT NULL DEFAULT '0', `last_at` bigint NOT NULL DEFAULT '0', PRIMARY KEY (`key_hash`)) ENGINE=InnoDB",
          "CREATE TABLE `known_browsers` (`token_hash` varchar(64) NOT NULL, `user_id` varchar(36) NOT NULL, `created_at` bigint NOT NULL, `last_used_at` bigint NOT NULL, `expires_at` bigint NOT NULL, INDEX `IDX_known_browsers_user` (`user_id`), PRIMARY KEY (`token_hash`)) ENGINE=InnoDB",
          "ALTER TABLE `known_browsers` ADD CONSTRAINT `FK_known_browsers_user` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
        ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    const statements = sqlite
      ? [`DROP TABLE "known_browsers"`, `DROP TABLE "login_throttles"`, `ALTER TABLE "sessions" DROP COLUMN "step_up_at"`]
      : [
          "ALTER TABLE `known_browsers` DROP FOREIGN KEY `FK_known_browsers_user`",
          "DROP TABLE `known_browsers`",
          "DROP TABLE `login_throttles`",
          "ALTER TABLE `sessions` DROP COLUMN `step_up_at`",
        ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
