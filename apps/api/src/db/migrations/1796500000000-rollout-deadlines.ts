import type { MigrationInterface, QueryRunner } from "typeorm";

const COLUMNS = [
  ["domains", "enforce_from"],
  ["domains", "enforce_set_at"],
  ["accounts", "admin_enforce_from"],
  ["users", "mfa_setup_deferred_at"],
] as const;

const SQLITE_TABLE = [
  `CREATE TABLE "mfa_reminders" ("user_id" varchar(36) NOT NULL, "deadline" bigint NOT NULL, "slot" varchar(16) NOT NULL, "domain_id" varchar(36) NOT NULL, "sent_at" bigint NOT NULL, CONSTRAINT "FK_mfa_reminders_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("user_id", "deadline", "slot"))`,
  `CREATE INDEX "IDX_mfa_reminders_domain" ON "mfa_reminders" ("domain_id", "deadline")`,
];
const MARIADB_TABLE = [
  "CREATE TABLE `mfa_reminders` (`user_id` varchar(36) NOT NULL, `deadline` bigint NOT NULL, `slot` varchar(16) NOT NULL, `domain_id` varchar(36) NOT NULL, `sent_at` bigint NOT NULL, INDEX `IDX_mfa_reminders_domain` (`domain_id`, `deadline`), PRIMARY KEY (`user_id`, `deadline`, `slot`)) ENGINE=InnoDB",
  "ALTER TABLE `mfa_reminders` ADD CONSTRAINT `FK_mfa_reminders_user` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
];

/**
 * Force-On with a deadline: when a domain's (or the account's admins') REQUIRED takes full effect, when that
 * deadline was set (the first reminder), and when a user last put the setup off ("Remind me later"); and the
 * reminders sent (one row per user, deadline and reminder, taken before the email leaves, so each goes once).
 * Null everywhere: every existing Force-On stays in force now.
 */
export class RolloutDeadlines1796500000000 implements MigrationInterface {
  name = "RolloutDeadlines1796500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const [table, column] of COLUMNS) {
      await queryRunner.query(sqlite ? `ALTER TABLE "${table}" ADD COLUMN "${column}" bigint` : `ALTER TABLE \`${table}\` ADD \`${column}\` bigint NULL`);
    }
    for (const statement of sqlite ? SQLITE_TABLE : MARIADB_TABLE) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    await queryRunner.query(sqlite ? `DROP TABLE "mfa_reminders"` : "DROP TABLE `mfa_reminders`");
    for (const [table, column] of [...COLUMNS].reverse()) {
      await queryRunner.query(sqlite ? `ALTER TABLE "${table}" DROP COLUMN "${column}"` : `ALTER TABLE \`${table}\` DROP COLUMN \`${column}\``);
    }
  }
}
