import { crossedSharedPhone, maskPhone, sharedPhoneReasons, type SharedPhoneReason } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Logger } from "#src/logger.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { phoneSharingOf } from "./shared-phones.queries.js";

/** A verified phone of a user that other mailboxes share beyond what the account allows. */
export interface SharedPhone {
  readonly deviceId: string;
  readonly maskedPhone: string;
  readonly mailboxesInAccount: number;
  readonly inOtherAccounts: boolean;
  readonly reasons: SharedPhoneReason[];
}

/**
 * The shared recovery number: one number verified on more mailboxes of an account than the threshold, or on mailboxes
 * of other accounts, is flagged on the admin's view of each of those users, and audited when a verification crosses
 * the line (the rule: `@mfa/core`'s `shared-phone.ts`). Compares keyed digests, never the numbers themselves.
 */
export class SharedPhoneService {
  constructor(private readonly deps: { dataSource: DataSource; audit: AuditService; logger: Logger; threshold: number }) {}

  /** The user's flagged phones (an admin's view). */
  async flaggedOf(user: Pick<UserEntity, "id" | "accountId">): Promise<SharedPhone[]> {
    const rows = await phoneSharingOf(this.deps.dataSource, user.id, user.accountId);
    return rows
      .map((r) => ({ row: r, reasons: sharedPhoneReasons(r, this.deps.threshold) }))
      .filter((r) => r.reasons.length > 0)
      .map(({ row, reasons }) => ({ deviceId: row.deviceId, maskedPhone: maskPhone(row.phone), mailboxesInAccount: row.inAccount, inOtherAccounts: row.otherAccounts > 0, reasons }));
  }

  /** After a phone is verified: audits a crossing of the line (once). Never fails the verification that called it. */
  async afterVerified(user: UserEntity, deviceId: string): Promise<void> {
    try {
      const [row] = await phoneSharingOf(this.deps.dataSource, user.id, user.accountId, deviceId);
      if (!row) return;
      for (const reason of crossedSharedPhone(row, this.deps.threshold)) {
        await this.deps.audit.record({
          accountId: user.accountId,
          actorId: user.id,
          targetUserId: user.id,
          action: AuditAction.SHARED_PHONE_NUMBER_FLAGGED,
          outcome: "SUCCESS",
          detail: { deviceId, reason, mailboxesInAccount: row.inAccount, inOtherAccounts: row.otherAccounts > 0, threshold: this.deps.threshold },
          ip: null,
        });
      }
    } catch (error) {
      this.deps.logger.warn("shared phone check failed", { deviceId, error: error instanceof Error ? error.message : "unknown" });
    }
  }
}
