import type { MigrationInterface, QueryRunner } from "typeorm";

const COUNTS = ["mailboxes", "enrolled", "locked", "followers", "followers_enrolled"];

/**
 * The daily coverage snapshot of each domain (the rollout dashboard's chart): one row per domain and UTC day
 * (`day`: days since 1970-01-01), copied from `domain_counters` by the scheduled rollout job. The primary key makes
 * the copy idempotent, however many instances or rounds try it the same day.
 */
export class RolloutSnapshots1796900000000 implements MigrationInterface {
  name = "RolloutSnapshots1796900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    const statements = sqlite
      ? [
          `CREATE TABLE "rollout_snapshots" ("domain_id" varchar(36) NOT NULL, "day" integer NOT NULL, "account_id" varchar(36) NOT NULL, ${COUNTS.map((c) => `"${c}" integer NOT NULL DEFAULT (0)`).join(", ")}, "taken_at" bigint NOT NULL, CONSTRAINT "FK_rollout_snapshots_domain" FOREIGN KEY ("domain_id") REFERENCES "domains" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("domain_id", "day"))`,
          `CREATE INDEX "IDX_rollout_snapshots_account_day" ON "rollout_snapshots" ("account_id", "day")`,
        ]
      : [
          `CREATE TABLE \`rollout_snapshots\` (\`domain_id\` varchar(36) NOT NULL, \`day\` int NOT NULL, \`account_id\` varchar(36) NOT NULL, ${COUNTS.map((c) => `\`${c}\` int NOT NULL DEFAULT '0'`).join(", ")}, \`taken_at\` bigint NOT NULL, INDEX \`IDX_rollout_snapshots_account_day\` (\`account_id\`, \`day\`), PRIMARY KEY (\`domain_id\`, \`day\`)) ENGINE=InnoDB`,
          "ALTER TABLE `rollout_snapshots` ADD CONSTRAINT `FK_rollout_snapshots_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
        ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    const statements = sqlite
      ? [`DROP TABLE "rollout_snapshots"`]
      : ["ALTER TABLE `rollout_snapshots` DROP FOREIGN KEY `FK_rollout_snapshots_domain`", "DROP TABLE `rollout_snapshots`"];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
