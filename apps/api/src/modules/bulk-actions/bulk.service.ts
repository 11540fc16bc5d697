import type { UserOverride } from "@mfa/core";
import { AppError } from "#src/errors/app-error.js";
import type { AdminActor } from "#src/modules/audit/actor.js";
import type { MailboxDirectoryService, MfaStatus } from "#src/modules/mailboxes/directory.service.js";
import type { UserAdminService } from "#src/modules/mailboxes/user-admin.service.js";
import type { ReminderService } from "#src/modules/rollout/reminder.service.js";
import { ErrorCode } from "#src/errors/codes.js";
import { BULK_MAX, type BulkMailboxAction } from "./bulk.inputs.js";

export interface BulkResult {
  requested: number;
  succeeded: number;
  refused: { userId: string; username: string | null; code: string }[];
  moreMatching: boolean;
}

/** Mailboxes read (and acted on) at a time. */
const BATCH = 100;

/**
 * Bulk actions on a domain's mailboxes: the selected ones, or all matching the table's filter (read a batch at a time
 * with keyset paging). Each mailbox goes through the same service verb as a single action (its own transaction,
 * counted by the domain's counters, audited per user); one refused does not stop the others.
 */
export class BulkActionService {
  constructor(private readonly deps: { userAdmin: UserAdminService; directory: MailboxDirectoryService; reminders: ReminderService }) {}

  /** "Send reminder now" to a mailbox without a device of a domain under a deadline. */
  private async remind(admin: AdminActor, domainId: string, userId: string): Promise<void> {
    const deadline = await this.deps.reminders.deadlineOf(domainId);
    if (!deadline) throw new AppError(ErrorCode.CONFLICT, "The domain has no Force-On deadline ahead.", { reason: "NO_DEADLINE" });
    const user = await this.deps.userAdmin.userOf(admin.accountId, userId);
    if (user.verifiedDevices > 0) throw new AppError(ErrorCode.CONFLICT, "This mailbox already has a device.", { reason: "ENROLLED" });
    const failed = await this.deps.reminders.sendNow(deadline, { id: user.id, username: user.username }, admin.id);
    if (failed) throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, "The reminder could not be emailed.", { reason: failed });
  }

  private act(admin: AdminActor, action: BulkMailboxAction, level: UserOverride | null, userId: string, ip: string | null, domainId: string) {
    const { userAdmin } = this.deps;
    if (action === "SEND_REMINDER") return this.remind(admin, domainId, userId);
    if (action === "RESET_MFA") return userAdmin.resetMfa(admin, userId, ip);
    if (action === "UNLOCK") return userAdmin.unlock(admin, userId, ip);
    return userAdmin.setOverride(admin, userId, level ?? "DEFAULT", ip);
  }

  /** The selected ids that are mailboxes of the domain, by batch; the others are refused NOT_FOUND. */
  private async *selected(admin: AdminActor, domainId: string, userIds: readonly string[], result: BulkResult) {
    const unique = [...new Set(userIds)];
    result.requested = unique.length;
    for (let i = 0; i < unique.length; i += BATCH) {
      const batch: { id: string; username: string }[] = [];
      for (const id of unique.slice(i, i + BATCH)) {
        const user = /^[0-9a-f-]{36}$/i.test(id) ? await this.deps.userAdmin.userOf(admin.accountId, id).catch(() => null) : null;
        if (user && user.kind === "MAILBOX" && user.domainId === domainId) batch.push({ id: user.id, username: user.username });
        else result.refused.push({ userId: id, username: null, code: "NOT_FOUND" });
      }
      yield batch;
    }
  }

  /** Every mailbox matching the filter, in username order, up to BULK_MAX. */
  private async *matching(admin: AdminActor, domainId: string, filter: { status: MfaStatus | null; search: string | null }, result: BulkResult) {
    let after: string | null = null;
    for (;;) {
      const page = await this.deps.directory.page(admin.accountId, { domainId, status: filter.status, search: filter.search, first: BATCH, after });
      const room = BULK_MAX - result.requested;
      const batch = page.rows.slice(0, room).map((r) => ({ id: r.id, username: r.username }));
      result.requested += batch.length;
      yield batch;
      if (!page.hasNextPage || !page.endCursor) return;
      if (result.requested >= BULK_MAX) {
        result.moreMatching = true;
        return;
      }
      after = page.endCursor;
    }
  }

  async run(
    admin: AdminActor,
    input: { domainId: string; action: BulkMailboxAction; level: UserOverride | null; userIds: readonly string[] | null; status: MfaStatus | null; search: string | null },
    ip: string | null,
  ): Promise<BulkResult> {
    const result: BulkResult = { requested: 0, succeeded: 0, refused: [], moreMatching: false };
    const batches = input.userIds
      ? this.selected(admin, input.domainId, input.userIds, result)
      : this.matching(admin, input.domainId, { status: input.status, search: input.search }, result);
    for await (const batch of batches) {
      for (const user of batch) {
        try {
          await this.act(admin, input.action, input.level, user.id, ip, input.domainId);
          result.succeeded++;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const reason = typeof error.extensions.reason === "string" ? `${error.code}:${error.extensions.reason}` : error.code;
          result.refused.push({ userId: user.id, username: user.username, code: reason });
        }
      }
    }
    return result;
  }
}
