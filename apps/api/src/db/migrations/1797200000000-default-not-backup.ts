import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A device is never both the default and the backup number: a phone that was made the default while it was the
 * backup kept both flags until now. It stays the default; the user picks another backup.
 */
export class DefaultNotBackup1797200000000 implements MigrationInterface {
  name = "DefaultNotBackup1797200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("UPDATE devices SET is_backup = 0 WHERE is_default = 1 AND is_backup = 1");
  }

  async down(): Promise<void> {
    // Nothing to restore: both flags at once was never a state the product meant.
  }
}
