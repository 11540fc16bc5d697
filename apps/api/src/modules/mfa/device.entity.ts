import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import type { DeviceKind } from "@mfa/core";
import { BigIntColumn, EnumColumn, IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/** A second factor: an authenticator app (TOTP) or a phone (SMS). */
@Entity("devices")
@Index("IDX_devices_user", ["userId"])
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

  @TimeColumn()
  createdAt: number;
}
