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
  @EnumColumn(16, "OPTIONAL")
  adminMfaPolicy: PolicyLevel;

  @TimeColumn()
  createdAt: number;
}
