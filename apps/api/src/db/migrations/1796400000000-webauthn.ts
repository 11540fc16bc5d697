import type { MigrationInterface, QueryRunner } from "typeorm";

const hasPasskey = "EXISTS (SELECT 1 FROM devices d WHERE d.user_id = u.id AND d.kind = 'WEBAUTHN' AND d.verified_at IS NOT NULL)";

/** Existing domains' passkey counters, recounted (zero before any passkey exists, but counted all the same). */
const FILL = `UPDATE domain_counters SET
    webauthn = (SELECT COUNT(*) FROM users u WHERE u.domain_id = domain_counters.domain_id AND u.kind = 'MAILBOX' AND ${hasPasskey}),
    followers_webauthn = (SELECT COUNT(*) FROM users u WHERE u.domain_id = domain_counters.domain_id AND u.kind = 'MAILBOX' AND u.mfa_override = 'DEFAULT' AND ${hasPasskey})`;

/**
 * WebAuthn credentials (passkeys, security keys) as devices: the credential id (unique), its public key,
 * the signature counter and the transports; the WebAuthn challenge a sign-in (or step-up) offered; and per
 * domain, how many mailboxes have a passkey (and of those, how many follow the domain's policy), for the
 * phishing-resistant policy's preview and coverage.
 */
export class WebAuthn1796400000000 implements MigrationInterface {
  name = "WebAuthn1796400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    const statements = sqlite
      ? [
          `ALTER TABLE "devices" ADD COLUMN "credential_id" varchar(512)`,
          `ALTER TABLE "devices" ADD COLUMN "public_key" varchar(1024)`,
          `ALTER TABLE "devices" ADD COLUMN "sign_count" bigint`,
          `ALTER TABLE "devices" ADD COLUMN "transports" varchar(128)`,
          `CREATE UNIQUE INDEX "UQ_devices_credential" ON "devices" ("credential_id")`,
          `ALTER TABLE "login_challenges" ADD COLUMN "webauthn_challenge_hash" varchar(64)`,
          `ALTER TABLE "domain_counters" ADD COLUMN "webauthn" integer NOT NULL DEFAULT (0)`,
          `ALTER TABLE "domain_counters" ADD COLUMN "followers_webauthn" integer NOT NULL DEFAULT (0)`,
        ]
      : [
          "ALTER TABLE `devices` ADD `credential_id` varchar(512) NULL, ADD `public_key` varchar(1024) NULL, ADD `sign_count` bigint NULL, ADD `transports` varchar(128) NULL",
          "CREATE UNIQUE INDEX `UQ_devices_credential` ON `devices` (`credential_id`)",
          "ALTER TABLE `login_challenges` ADD `webauthn_challenge_hash` varchar(64) NULL",
          "ALTER TABLE `domain_counters` ADD `webauthn` int NOT NULL DEFAULT '0', ADD `followers_webauthn` int NOT NULL DEFAULT '0'",
        ];
    for (const statement of [...statements, FILL]) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    const statements = sqlite
      ? [
          `ALTER TABLE "domain_counters" DROP COLUMN "followers_webauthn"`,
          `ALTER TABLE "domain_counters" DROP COLUMN "webauthn"`,
          `ALTER TABLE "login_challenges" DROP COLUMN "webauthn_challenge_hash"`,
          `DROP INDEX "UQ_devices_credential"`,
          ...["transports", "sign_count", "public_key", "credential_id"].map((c) => `ALTER TABLE "devices" DROP COLUMN "${c}"`),
        ]
      : [
          "ALTER TABLE `domain_counters` DROP COLUMN `followers_webauthn`, DROP COLUMN `webauthn`",
          "ALTER TABLE `login_challenges` DROP COLUMN `webauthn_challenge_hash`",
          "DROP INDEX `UQ_devices_credential` ON `devices`",
          "ALTER TABLE `devices` DROP COLUMN `transports`, DROP COLUMN `sign_count`, DROP COLUMN `public_key`, DROP COLUMN `credential_id`",
        ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
