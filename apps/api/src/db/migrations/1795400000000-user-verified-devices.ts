import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Each user carries the number of their verified devices, kept by the service in the same
 * transaction as every device change, so that MFA status filters and coverage are index scans
 * instead of a device lookup per mailbox.
 */
export class UserVerifiedDevices1795400000000 implements MigrationInterface {
  name = "UserVerifiedDevices1795400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    await queryRunner.query(
      sqlite
        ? `ALTER TABLE "users" ADD COLUMN "verified_devices" integer NOT NULL DEFAULT (0)`
        : "ALTER TABLE `users` ADD `verified_devices` int NOT NULL DEFAULT '0'",
    );
    await queryRunner.query(
      "UPDATE users SET verified_devices = (SELECT COUNT(*) FROM devices d WHERE d.user_id = users.id AND d.verified_at IS NOT NULL)",
    );
    const q = (name: string, table: string, columns: string[]) =>
      sqlite
        ? `CREATE INDEX "${name}" ON "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) `
        : `CREATE INDEX \`${name}\` ON \`${table}\` (${columns.map((c) => `\`${c}\``).join(", ")})`;
    await queryRunner.query(q("IDX_users_domain_mfa", "users", ["domain_id", "kind", "account_id", "mfa_locked_at", "verified_devices"]));
    await queryRunner.query(q("IDX_users_account_coverage", "users", ["account_id", "kind", "domain_id", "verified_devices", "mfa_locked_at"]));
    await queryRunner.query(q("IDX_sessions_user_live", "sessions", ["user_id", "revoked_at", "mfa_passed"]));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const [name, table] of [
      ["IDX_sessions_user_live", "sessions"],
      ["IDX_users_account_coverage", "users"],
      ["IDX_users_domain_mfa", "users"],
    ] as const) {
      await queryRunner.query(sqlite ? `DROP INDEX "${name}"` : `DROP INDEX \`${name}\` ON \`${table}\``);
    }
    await queryRunner.query(sqlite ? `ALTER TABLE "users" DROP COLUMN "verified_devices"` : "ALTER TABLE `users` DROP COLUMN `verified_devices`");
  }
}
