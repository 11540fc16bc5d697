import type { MigrationInterface, QueryRunner } from "typeorm";

const hasVerified = (kind: string) => `EXISTS (SELECT 1 FROM devices d WHERE d.user_id = u.id AND d.kind = '${kind}' AND d.verified_at IS NOT NULL)`;

const FILL = `INSERT INTO domain_counters (domain_id, account_id, mailboxes, enrolled, locked, locked_enrolled, followers, followers_enrolled, totp, sms)
  SELECT dm.id, dm.account_id,
         COUNT(u.id),
         COALESCE(SUM(CASE WHEN u.verified_devices > 0 THEN 1 ELSE 0 END), 0),
         COALESCE(SUM(CASE WHEN u.mfa_locked_at IS NOT NULL THEN 1 ELSE 0 END), 0),
         COALESCE(SUM(CASE WHEN u.mfa_locked_at IS NOT NULL AND u.verified_devices > 0 THEN 1 ELSE 0 END), 0),
         COALESCE(SUM(CASE WHEN u.mfa_override = 'DEFAULT' THEN 1 ELSE 0 END), 0),
         COALESCE(SUM(CASE WHEN u.mfa_override = 'DEFAULT' AND u.verified_devices > 0 THEN 1 ELSE 0 END), 0),
         COALESCE(SUM(CASE WHEN ${hasVerified("TOTP")} THEN 1 ELSE 0 END), 0),
         COALESCE(SUM(CASE WHEN ${hasVerified("SMS")} THEN 1 ELSE 0 END), 0)
    FROM domains dm LEFT JOIN users u ON u.domain_id = dm.id AND u.kind = 'MAILBOX'
   GROUP BY dm.id, dm.account_id`;

const COUNTERS = ["mailboxes", "enrolled", "locked", "locked_enrolled", "followers", "followers_enrolled", "totp", "sms"];

/**
 * Per-domain counters of mailboxes (all, enrolled, locked, locked and enrolled, following the domain's
 * policy, those of them enrolled, with an authenticator app, with a phone), kept in the same transactions
 * as the changes they count, so coverage, status counts and the impact preview read a few rows
 * whatever the tenant's size. Filled from the users and devices here. An index for the preview's
 * samples (a domain's followers without a device, by name), and one that walks a domain's mailboxes by
 * name with their status, so a status page filters in the index (a page of locked mailboxes reads no
 * row it does not show, however few of them there are).
 */
export class DomainCounters1796100000000 implements MigrationInterface {
  name = "DomainCounters1796100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    const statements = sqlite
      ? [
          `CREATE TABLE "domain_counters" ("domain_id" varchar(36) PRIMARY KEY NOT NULL, "account_id" varchar(36) NOT NULL, ${COUNTERS.map((c) => `"${c}" integer NOT NULL DEFAULT (0)`).join(", ")}, CONSTRAINT "FK_domain_counters_domain" FOREIGN KEY ("domain_id") REFERENCES "domains" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
          `CREATE INDEX "IDX_domain_counters_account" ON "domain_counters" ("account_id")`,
          `CREATE INDEX "IDX_users_domain_followers" ON "users" ("domain_id", "kind", "mfa_override", "verified_devices", "username")`,
          `CREATE INDEX "IDX_users_domain_page" ON "users" ("domain_id", "username", "kind", "account_id", "mfa_locked_at", "verified_devices")`,
        ]
      : [
          `CREATE TABLE \`domain_counters\` (\`domain_id\` varchar(36) NOT NULL, \`account_id\` varchar(36) NOT NULL, ${COUNTERS.map((c) => `\`${c}\` int NOT NULL DEFAULT '0'`).join(", ")}, INDEX \`IDX_domain_counters_account\` (\`account_id\`), PRIMARY KEY (\`domain_id\`)) ENGINE=InnoDB`,
          "ALTER TABLE `domain_counters` ADD CONSTRAINT `FK_domain_counters_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
          "CREATE INDEX `IDX_users_domain_followers` ON `users` (`domain_id`, `kind`, `mfa_override`, `verified_devices`, `username`)",
          "CREATE INDEX `IDX_users_domain_page` ON `users` (`domain_id`, `username`, `kind`, `account_id`, `mfa_locked_at`, `verified_devices`)",
        ];
    for (const statement of [...statements, FILL]) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    const statements = sqlite
      ? [`DROP INDEX "IDX_users_domain_page"`, `DROP INDEX "IDX_users_domain_followers"`, `DROP TABLE "domain_counters"`]
      : ["DROP INDEX `IDX_users_domain_page` ON `users`", "DROP INDEX `IDX_users_domain_followers` ON `users`", "ALTER TABLE `domain_counters` DROP FOREIGN KEY `FK_domain_counters_domain`", "DROP TABLE `domain_counters`"];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
