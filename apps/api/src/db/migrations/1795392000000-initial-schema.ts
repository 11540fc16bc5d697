import type { MigrationInterface, QueryRunner } from "typeorm";

const sqliteUp = [
  "CREATE TABLE \"accounts\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"admin_mfa_policy\" varchar(16) NOT NULL DEFAULT ('OPTIONAL'), \"created_at\" bigint NOT NULL)",
  "CREATE TABLE \"domains\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"parent_id\" varchar(36), \"name\" varchar(253) NOT NULL, \"mfa_policy\" varchar(16) NOT NULL DEFAULT ('OFF'), \"created_at\" bigint NOT NULL, CONSTRAINT \"FK_domains_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_domains_parent\" FOREIGN KEY (\"parent_id\") REFERENCES \"domains\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)",
  "CREATE INDEX \"IDX_domains_parent\" ON \"domains\" (\"parent_id\")",
  "CREATE INDEX \"IDX_domains_account\" ON \"domains\" (\"account_id\")",
  "CREATE UNIQUE INDEX \"UQ_domains_name\" ON \"domains\" (\"name\")",
  "CREATE TABLE \"users\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"domain_id\" varchar(36), \"kind\" varchar(16) NOT NULL, \"username\" varchar(320) NOT NULL, \"display_name\" varchar(200) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"mfa_override\" varchar(16) NOT NULL DEFAULT ('DEFAULT'), \"mfa_enabled\" boolean NOT NULL DEFAULT (0), \"mfa_failures\" integer NOT NULL DEFAULT (0), \"mfa_locked_at\" bigint, \"password_failures\" integer NOT NULL DEFAULT (0), \"password_last_failure_at\" bigint, \"created_at\" bigint NOT NULL, CONSTRAINT \"FK_users_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_users_domain\" FOREIGN KEY (\"domain_id\") REFERENCES \"domains\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
  "CREATE INDEX \"IDX_users_domain_username\" ON \"users\" (\"domain_id\", \"username\")",
  "CREATE INDEX \"IDX_users_account\" ON \"users\" (\"account_id\")",
  "CREATE UNIQUE INDEX \"UQ_users_username\" ON \"users\" (\"username\")",
  "CREATE TABLE \"devices\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"user_id\" varchar(36) NOT NULL, \"kind\" varchar(8) NOT NULL, \"name\" varchar(64) NOT NULL, \"secret_sealed\" varchar(255), \"last_time_step\" bigint, \"phone_e164\" varchar(20), \"verified_at\" bigint, \"is_default\" boolean NOT NULL DEFAULT (0), \"is_backup\" boolean NOT NULL DEFAULT (0), \"verify_code_hash\" varchar(128), \"verify_code_expires_at\" bigint, \"verify_last_sent_at\" bigint, \"verify_send_count\" integer NOT NULL DEFAULT (0), \"verify_attempts\" integer NOT NULL DEFAULT (0), \"last_used_at\" bigint, \"created_at\" bigint NOT NULL, CONSTRAINT \"FK_devices_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
  "CREATE INDEX \"IDX_devices_user\" ON \"devices\" (\"user_id\")",
  "CREATE TABLE \"recovery_codes\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"user_id\" varchar(36) NOT NULL, \"batch_id\" varchar(36) NOT NULL, \"code_hash\" varchar(128) NOT NULL, \"used_at\" bigint, \"created_at\" bigint NOT NULL, CONSTRAINT \"FK_recovery_codes_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
  "CREATE INDEX \"IDX_recovery_codes_user\" ON \"recovery_codes\" (\"user_id\")",
  "CREATE TABLE \"login_challenges\" (\"id_hash\" varchar(64) PRIMARY KEY NOT NULL, \"user_id\" varchar(36) NOT NULL, \"channel\" varchar(16) NOT NULL, \"created_at\" bigint NOT NULL, \"expires_at\" bigint NOT NULL, \"consumed_at\" bigint, \"sms_device_id\" varchar(36), \"sms_code_hash\" varchar(128), \"sms_code_expires_at\" bigint, \"sms_last_sent_at\" bigint, \"sms_send_count\" integer NOT NULL DEFAULT (0), \"ip\" varchar(64), CONSTRAINT \"FK_login_challenges_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
  "CREATE INDEX \"IDX_login_challenges_user\" ON \"login_challenges\" (\"user_id\")",
  "CREATE TABLE \"sessions\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"user_id\" varchar(36) NOT NULL, \"mfa_passed\" boolean NOT NULL DEFAULT (0), \"restricted\" boolean NOT NULL DEFAULT (0), \"auth_methods\" varchar(64) NOT NULL, \"created_at\" bigint NOT NULL, \"last_seen_at\" bigint NOT NULL, \"expires_at\" bigint NOT NULL, \"proof_at\" bigint NOT NULL, \"revoked_at\" bigint, \"revoked_reason\" varchar(32), \"ip\" varchar(64), \"user_agent\" varchar(255), CONSTRAINT \"FK_sessions_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)",
  "CREATE INDEX \"IDX_sessions_user\" ON \"sessions\" (\"user_id\")",
  "CREATE UNIQUE INDEX \"UQ_sessions_token_hash\" ON \"sessions\" (\"token_hash\")",
  "CREATE TABLE \"audit_events\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36), \"actor_id\" varchar(36), \"target_user_id\" varchar(36), \"action\" varchar(64) NOT NULL, \"outcome\" varchar(16) NOT NULL, \"detail\" text, \"ip\" varchar(64), \"created_at\" bigint NOT NULL)",
  "CREATE INDEX \"IDX_audit_events_target_time\" ON \"audit_events\" (\"target_user_id\", \"created_at\")",
  "CREATE INDEX \"IDX_audit_events_account_time\" ON \"audit_events\" (\"account_id\", \"created_at\")",
  "CREATE TABLE \"sms_messages\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36), \"user_id\" varchar(36), \"to_e164\" varchar(20) NOT NULL, \"body_sealed\" text, \"provider\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"provider_message_id\" varchar(64), \"error\" varchar(255), \"created_at\" bigint NOT NULL)",
  "CREATE INDEX \"IDX_sms_messages_account_time\" ON \"sms_messages\" (\"account_id\", \"created_at\")",
];

const sqliteDown = [
  "DROP TABLE \"sms_messages\"",
  "DROP TABLE \"audit_events\"",
  "DROP TABLE \"sessions\"",
  "DROP TABLE \"login_challenges\"",
  "DROP TABLE \"recovery_codes\"",
  "DROP TABLE \"devices\"",
  "DROP TABLE \"users\"",
  "DROP TABLE \"domains\"",
  "DROP TABLE \"accounts\"",
];

const mysqlUp = [
  "CREATE TABLE `accounts` (`id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `admin_mfa_policy` varchar(16) NOT NULL DEFAULT 'OPTIONAL', `created_at` bigint NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "CREATE TABLE `domains` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `parent_id` varchar(36) NULL, `name` varchar(253) NOT NULL, `mfa_policy` varchar(16) NOT NULL DEFAULT 'OFF', `created_at` bigint NOT NULL, INDEX `IDX_domains_parent` (`parent_id`), INDEX `IDX_domains_account` (`account_id`), UNIQUE INDEX `UQ_domains_name` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "CREATE TABLE `audit_events` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NULL, `actor_id` varchar(36) NULL, `target_user_id` varchar(36) NULL, `action` varchar(64) NOT NULL, `outcome` varchar(16) NOT NULL, `detail` text NULL, `ip` varchar(64) NULL, `created_at` bigint NOT NULL, INDEX `IDX_audit_events_target_time` (`target_user_id`, `created_at`), INDEX `IDX_audit_events_account_time` (`account_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "CREATE TABLE `users` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `domain_id` varchar(36) NULL, `kind` varchar(16) NOT NULL, `username` varchar(320) NOT NULL, `display_name` varchar(200) NOT NULL, `password_hash` varchar(255) NOT NULL, `mfa_override` varchar(16) NOT NULL DEFAULT 'DEFAULT', `mfa_enabled` tinyint NOT NULL DEFAULT 0, `mfa_failures` int NOT NULL DEFAULT '0', `mfa_locked_at` bigint NULL, `password_failures` int NOT NULL DEFAULT '0', `password_last_failure_at` bigint NULL, `created_at` bigint NOT NULL, INDEX `IDX_users_domain_username` (`domain_id`, `username`), INDEX `IDX_users_account` (`account_id`), UNIQUE INDEX `UQ_users_username` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "CREATE TABLE `login_challenges` (`id_hash` varchar(64) NOT NULL, `user_id` varchar(36) NOT NULL, `channel` varchar(16) NOT NULL, `created_at` bigint NOT NULL, `expires_at` bigint NOT NULL, `consumed_at` bigint NULL, `sms_device_id` varchar(36) NULL, `sms_code_hash` varchar(128) NULL, `sms_code_expires_at` bigint NULL, `sms_last_sent_at` bigint NULL, `sms_send_count` int NOT NULL DEFAULT '0', `ip` varchar(64) NULL, INDEX `IDX_login_challenges_user` (`user_id`), PRIMARY KEY (`id_hash`)) ENGINE=InnoDB",
  "CREATE TABLE `sessions` (`id` varchar(36) NOT NULL, `token_hash` varchar(64) NOT NULL, `user_id` varchar(36) NOT NULL, `mfa_passed` tinyint NOT NULL DEFAULT 0, `restricted` tinyint NOT NULL DEFAULT 0, `auth_methods` varchar(64) NOT NULL, `created_at` bigint NOT NULL, `last_seen_at` bigint NOT NULL, `expires_at` bigint NOT NULL, `proof_at` bigint NOT NULL, `revoked_at` bigint NULL, `revoked_reason` varchar(32) NULL, `ip` varchar(64) NULL, `user_agent` varchar(255) NULL, INDEX `IDX_sessions_user` (`user_id`), UNIQUE INDEX `UQ_sessions_token_hash` (`token_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "CREATE TABLE `devices` (`id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `kind` varchar(8) NOT NULL, `name` varchar(64) NOT NULL, `secret_sealed` varchar(255) NULL, `last_time_step` bigint NULL, `phone_e164` varchar(20) NULL, `verified_at` bigint NULL, `is_default` tinyint NOT NULL DEFAULT 0, `is_backup` tinyint NOT NULL DEFAULT 0, `verify_code_hash` varchar(128) NULL, `verify_code_expires_at` bigint NULL, `verify_last_sent_at` bigint NULL, `verify_send_count` int NOT NULL DEFAULT '0', `verify_attempts` int NOT NULL DEFAULT '0', `last_used_at` bigint NULL, `created_at` bigint NOT NULL, INDEX `IDX_devices_user` (`user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "CREATE TABLE `recovery_codes` (`id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `batch_id` varchar(36) NOT NULL, `code_hash` varchar(128) NOT NULL, `used_at` bigint NULL, `created_at` bigint NOT NULL, INDEX `IDX_recovery_codes_user` (`user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "CREATE TABLE `sms_messages` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NULL, `user_id` varchar(36) NULL, `to_e164` varchar(20) NOT NULL, `body_sealed` text NULL, `provider` varchar(16) NOT NULL, `status` varchar(16) NOT NULL, `provider_message_id` varchar(64) NULL, `error` varchar(255) NULL, `created_at` bigint NOT NULL, INDEX `IDX_sms_messages_account_time` (`account_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "ALTER TABLE `domains` ADD CONSTRAINT `FK_domains_account` FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
  "ALTER TABLE `domains` ADD CONSTRAINT `FK_domains_parent` FOREIGN KEY (`parent_id`) REFERENCES `domains`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION",
  "ALTER TABLE `users` ADD CONSTRAINT `FK_users_account` FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
  "ALTER TABLE `users` ADD CONSTRAINT `FK_users_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
  "ALTER TABLE `login_challenges` ADD CONSTRAINT `FK_login_challenges_user` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
  "ALTER TABLE `sessions` ADD CONSTRAINT `FK_sessions_user` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
  "ALTER TABLE `devices` ADD CONSTRAINT `FK_devices_user` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
  "ALTER TABLE `recovery_codes` ADD CONSTRAINT `FK_recovery_codes_user` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
];

const mysqlDown = [
  "ALTER TABLE `recovery_codes` DROP FOREIGN KEY `FK_recovery_codes_user`",
  "ALTER TABLE `devices` DROP FOREIGN KEY `FK_devices_user`",
  "ALTER TABLE `sessions` DROP FOREIGN KEY `FK_sessions_user`",
  "ALTER TABLE `login_challenges` DROP FOREIGN KEY `FK_login_challenges_user`",
  "ALTER TABLE `users` DROP FOREIGN KEY `FK_users_domain`",
  "ALTER TABLE `users` DROP FOREIGN KEY `FK_users_account`",
  "ALTER TABLE `domains` DROP FOREIGN KEY `FK_domains_parent`",
  "ALTER TABLE `domains` DROP FOREIGN KEY `FK_domains_account`",
  "DROP TABLE `sms_messages`",
  "DROP TABLE `recovery_codes`",
  "DROP TABLE `devices`",
  "DROP TABLE `sessions`",
  "DROP TABLE `login_challenges`",
  "DROP TABLE `users`",
  "DROP TABLE `audit_events`",
  "DROP TABLE `domains`",
  "DROP TABLE `accounts`",
];

/** The whole domain model: accounts, domains, users, devices, recovery codes, challenges, sessions, audit, SMS. */
export class InitialSchema1795392000000 implements MigrationInterface {
  name = "InitialSchema1795392000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteUp : mysqlUp) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? sqliteDown : mysqlDown) await queryRunner.query(sql);
  }
}
