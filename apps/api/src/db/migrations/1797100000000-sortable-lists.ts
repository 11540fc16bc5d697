import type { MigrationInterface, QueryRunner } from "typeorm";

/** Each index: its name, its table and its columns, in order. */
const INDEXES: readonly [string, string, readonly string[]][] = [
  ["IDX_users_account_page", "users", ["account_id", "kind", "username", "mfa_locked_at", "verified_devices"]],
  ["IDX_users_account_name", "users", ["account_id", "kind", "display_name", "username", "mfa_locked_at", "verified_devices"]],
  ["IDX_users_account_devices", "users", ["account_id", "kind", "verified_devices", "username", "mfa_locked_at"]],
  ["IDX_users_domain_name", "users", ["domain_id", "kind", "display_name", "username", "mfa_locked_at", "verified_devices"]],
  ["IDX_users_domain_devices", "users", ["domain_id", "kind", "verified_devices", "username", "mfa_locked_at"]],
  ["IDX_audit_events_account_action", "audit_events", ["account_id", "action", "created_at", "id"]],
  ["IDX_audit_events_account_outcome", "audit_events", ["account_id", "outcome", "created_at", "id"]],
];

/**
 * Sorted lists that stay fast however large the account: the mailboxes of every domain (by address, name or devices)
 * and of one domain (by name or devices), and the audit log by action or outcome; each read in order along an index.
 */
export class SortableLists1797100000000 implements MigrationInterface {
  name = "SortableLists1797100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const [name, table, columns] of INDEXES) {
      await queryRunner.query(
        sqlite
          ? `CREATE INDEX "${name}" ON "${table}" (${columns.map((c) => `"${c}"`).join(", ")})`
          : `CREATE INDEX \`${name}\` ON \`${table}\` (${columns.map((c) => `\`${c}\``).join(", ")})`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const [name, table] of [...INDEXES].reverse()) await queryRunner.query(sqlite ? `DROP INDEX "${name}"` : `DROP INDEX \`${name}\` ON \`${table}\``);
  }
}
