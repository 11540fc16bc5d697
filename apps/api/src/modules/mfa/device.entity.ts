import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import type { DeviceKind } from "@mfa/core";
import { BigIntColumn, EnumColumn, IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/** A second factor: an authenticator app (TOTP), a phone (SMS), or a passkey or security key (WEBAUTHN). */
@Entity("devices")
@Index("IDX_devices_user", ["userId"])
@Index("UQ_devices_credential", ["credentialId"], { unique: true })
@Index("IDX_devices_phone_digest", ["phoneDigest"])
export class DeviceEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "FK_devices_user" })
  user?: Relation<UserEntity>;

  @EnumColumn(8)
  kind: DeviceKind;

  @Column("varchar", { length: 64 })
  name: string;

  /** TOTP secret sealed with AES-256-GCM (never stored in clear). */
  @Column("varchar", { length: 255, nullable: true })
  secretSealed: string | null;

  /** The last accepted TOTP time step: this step and older ones are refused. */
  @BigIntColumn({ nullable: true })
  lastTimeStep: number | null;

  /** E.164 phone number of an SMS device. */
  @Column("varchar", { length: 20, nullable: true })
  phoneE164: string | null;

  /**
   * Keyed digest of the phone number (`<key id>.<HMAC-SHA256, base64url>`, under a key derived from the active seal
   * key): finds the mailboxes sharing a number by index; recomputed at start-up after a key rotation.
   */
  @Column("varchar", { length: 96, nullable: true })
  phoneDigest: string | null;

  @TimeColumn({ nullable: true })
  verifiedAt: number | null;

  @Column("boolean", { default: false })
  isDefault: boolean;

  @Column("boolean", { default: false })
  isBackup: boolean;

  /** HMAC of the pending possession-proof code sent to a phone. */
  @Column("varchar", { length: 128, nullable: true })
  verifyCodeHash: string | null;

  @TimeColumn({ nullable: true })
  verifyCodeExpiresAt: number | null;

  @TimeColumn({ nullable: true })
  verifyLastSentAt: number | null;

  @Column("int", { default: 0 })
  verifySendCount: number;

  /** Wrong possession-proof codes for the pending code; past the limit the code is void. */
  @Column("int", { default: 0 })
  verifyAttempts: number;

  @TimeColumn({ nullable: true })
  lastUsedAt: number | null;

  /** A WebAuthn credential's id (base64url), unique across the service. */
  @Column("varchar", { length: 512, nullable: true })
  credentialId: string | null;

  /** A WebAuthn credential's public key (COSE, base64url): public, so not sealed. */
  @Column("varchar", { length: 1024, nullable: true })
  publicKey: string | null;

  /** A WebAuthn authenticator's signature counter as last seen (0: the authenticator keeps none). */
  @BigIntColumn({ nullable: true })
  signCount: number | null;

  /** How the browser may reach a WebAuthn authenticator (usb, nfc, ble, internal, hybrid), comma-separated. */
  @Column("varchar", { length: 128, nullable: true })
  transports: string | null;

  @TimeColumn()
  createdAt: number;
}
