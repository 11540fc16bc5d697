import { Column, Entity } from "typeorm";
import type { PolicyLevel } from "@mfa/core";
import { EnumColumn, IdColumn, TimeColumn } from "#src/db/columns.js";

/** A customer (tenant): owns domains and admins. */
@Entity("accounts")
export class AccountEntity {
  @IdColumn()
  id: string;

  @Column("varchar", { length: 200 })
  name: string;

  /** The account-wide MFA policy for its admins. */
  @EnumColumn(24, "OPTIONAL")
  adminMfaPolicy: PolicyLevel;

  /** When a REQUIRED admin policy takes full effect; null: now. */
  @TimeColumn({ nullable: true })
  adminEnforceFrom: number | null;

  @TimeColumn()
  createdAt: number;
}
