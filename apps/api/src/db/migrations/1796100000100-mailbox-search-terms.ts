import { searchTerms } from "@mfa/core";
import type { MigrationInterface, QueryRunner } from "typeorm";

const BATCH = 500;

/**
 * The terms the admins' mailbox search matches by prefix (local part and name, whole and word by
 * word), indexed by domain: a search reads the range of its domain's matching terms instead of
 * scanning the domain. Filled here for the mailboxes that exist.
 */
export class MailboxSearchTerms1796100000100 implements MigrationInterface {
  name = "MailboxSearchTerms1796100000100";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    const statements = sqlite
      ? [
          `CREATE TABLE "mailbox_search_terms" ("domain_id" varchar(36) NOT NULL, "term" varchar(100) NOT NULL, "user_id" varchar(36) NOT NULL, PRIMARY KEY ("domain_id", "term", "user_id"), CONSTRAINT "FK_mailbox_search_terms_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
          `CREATE INDEX "IDX_mailbox_search_terms_user" ON "mailbox_search_terms" ("user_id")`,
        ]
      : [
          "CREATE TABLE `mailbox_search_terms` (`domain_id` varchar(36) NOT NULL, `term` varchar(100) NOT NULL, `user_id` varchar(36) NOT NULL, INDEX `IDX_mailbox_search_terms_user` (`user_id`), PRIMARY KEY (`domain_id`, `term`, `user_id`)) ENGINE=InnoDB",
          "ALTER TABLE `mailbox_search_terms` ADD CONSTRAINT `FK_mailbox_search_terms_user` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
        ];
    for (const statement of statements) await queryRunner.query(statement);
    const verb = sqlite ? "INSERT OR IGNORE" : "INSERT IGNORE";
    for (let after = ""; ; ) {
      const users: { id: string; domain_id: string; username: string; display_name: string }[] = await queryRunner.query(
        `SELECT id, domain_id, username, display_name FROM users WHERE kind = 'MAILBOX' AND domain_id IS NOT NULL AND id > ? ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      const last = users[users.length - 1];
      if (!last) break;
      const rows = users.flatMap((u) => searchTerms(u.username.slice(0, u.username.lastIndexOf("@")), u.display_name).map((term) => [u.domain_id, term, u.id]));
      if (rows.length) await queryRunner.query(`${verb} INTO mailbox_search_terms (domain_id, term, user_id) VALUES ${rows.map(() => "(?, ?, ?)").join(", ")}`, rows.flat());
      after = last.id;
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    const statements = sqlite
      ? [`DROP TABLE "mailbox_search_terms"`]
      : ["ALTER TABLE `mailbox_search_terms` DROP FOREIGN KEY `FK_mailbox_search_terms_user`", "DROP TABLE `mailbox_search_terms`"];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
