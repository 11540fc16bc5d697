import type { MigrationInterface, QueryRunner } from "typeorm";

const SQLITE_UP = [
  `CREATE TABLE "temporary_accounts" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "admin_mfa_policy" varchar(24) NOT NULL DEFAULT ('OPTIONAL'), "created_at" bigint NOT NULL)`,
  `INSERT INTO "temporary_accounts"("id", "name", "admin_mfa_policy", "created_at") SELECT "id", "name", "admin_mfa_policy", "created_at" FROM "accounts"`,
  `DROP TABLE "accounts"`,
  `ALTER TABLE "temporary_accounts" RENAME TO "accounts"`,
  `DROP INDEX "UQ_domains_name"`,
  `DROP INDEX "IDX_domains_account"`,
  `DROP INDEX "IDX_domains_parent"`,
  `CREATE TABLE "temporary_domains" ("id" varchar(36) PRIMARY KEY NOT NULL, "account_id" varchar(36) NOT NULL, "parent_id" varchar(36), "name" varchar(253) NOT NULL, "mfa_policy" varchar(24) NOT NULL DEFAULT ('OFF'), "created_at" bigint NOT NULL, CONSTRAINT "FK_domains_parent" FOREIGN KEY ("parent_id") REFERENCES "domains" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_domains_account" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_domains"("id", "account_id", "parent_id", "name", "mfa_policy", "created_at") SELECT "id", "account_id", "parent_id", "name", "mfa_policy", "created_at" FROM "domains"`,
  `DROP TABLE "domains"`,
  `ALTER TABLE "temporary_domains" RENAME TO "domains"`,
  `CREATE UNIQUE INDEX "UQ_domains_name" ON "domains" ("name") `,
  `CREATE INDEX "IDX_domains_account" ON "domains" ("account_id") `,
  `CREATE INDEX "IDX_domains_parent" ON "domains" ("parent_id") `,
];

/**
 * Room for PHISHING_RESISTANT (18 characters) in the domains' and the account's policy columns (16 before).
 * MariaDB widens them in place. SQLite cannot alter a column: the two tables are rebuilt (its documented
 * twelve steps) with foreign keys off, which cannot change inside a transaction, so this migration opens its
 * own and checks the keys before it commits.
 */
export class PolicyWidth1796400000100 implements MigrationInterface {
  name = "PolicyWidth1796400000100";
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== "better-sqlite3") {
      await queryRunner.query("ALTER TABLE `domains` MODIFY `mfa_policy` varchar(24) NOT NULL DEFAULT 'OFF'");
      await queryRunner.query("ALTER TABLE `accounts` MODIFY `admin_mfa_policy` varchar(24) NOT NULL DEFAULT 'OPTIONAL'");
      return;
    }
    await queryRunner.query("PRAGMA foreign_keys = OFF");
    try {
      await queryRunner.startTransaction();
      try {
        for (const statement of SQLITE_UP) await queryRunner.query(statement);
        const broken: unknown[] = await queryRunner.query("PRAGMA foreign_key_check");
        if (broken.length > 0) throw new Error(`rebuilding the policy tables broke ${broken.length} foreign keys`);
        await queryRunner.commitTransaction();
      } catch (error) {
        await queryRunner.rollbackTransaction();
        throw error;
      }
    } finally {
      await queryRunner.query("PRAGMA foreign_keys = ON");
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Narrowing would cut PHISHING_RESISTANT: those become REQUIRED first. On SQLite the length is not enforced.
    await queryRunner.query("UPDATE domains SET mfa_policy = 'REQUIRED' WHERE mfa_policy = 'PHISHING_RESISTANT'");
    await queryRunner.query("UPDATE accounts SET admin_mfa_policy = 'REQUIRED' WHERE admin_mfa_policy = 'PHISHING_RESISTANT'");
    if (queryRunner.connection.options.type === "better-sqlite3") return;
    await queryRunner.query("ALTER TABLE `domains` MODIFY `mfa_policy` varchar(16) NOT NULL DEFAULT 'OFF'");
    await queryRunner.query("ALTER TABLE `accounts` MODIFY `admin_mfa_policy` varchar(16) NOT NULL DEFAULT 'OPTIONAL'");
  }
}
