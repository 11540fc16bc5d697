import {
  ALTERNATE_EMAIL_ATTEMPTS_MAX,
  ALTERNATE_EMAIL_CODE_LENGTH,
  ALTERNATE_EMAIL_CODE_TTL_MS,
  alternateEmailSend,
  generateNumericCode,
  isEmailAddress,
  isOtherAddress,
  maskEmail,
  parseNumericCode,
  type OneTimeCodeHasher,
} from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Db } from "#src/db/db.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { MailService } from "#src/modules/mail/mail.service.js";
import type { SecurityAlertEvent } from "#src/modules/mail/templates/security-alert.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { alternateEmailErrors } from "./alternate-email.errors.js";
import {
  accountNameOf,
  clearAlternateEmail,
  countAlternateEmailAttempt,
  ensureAlternateEmailRow,
  findAlternateEmail,
  promotePendingAddress,
  recordPendingCode,
  verifiedAlternateEmail,
} from "./alternate-email.queries.js";

/** The user acting on their own alternate address; `recentProof`: whether their session proved it is them lately. */
export interface AlternateEmailActor {
  readonly user: UserEntity;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly recentProof: boolean;
}

/** A user's alternate address as they see it. */
export interface AlternateEmailView {
  readonly address: string | null;
  readonly verifiedAt: number | null;
  readonly pendingAddress: string | null;
  readonly codeExpiresAt: number | null;
}

/** An address as stored: trimmed, its domain in lower case (the local part is the mail server's to judge). */
function normalise(raw: string): string {
  const address = raw.trim();
  const at = address.lastIndexOf("@");
  return at < 0 ? address : `${address.slice(0, at)}${address.slice(at).toLowerCase()}`;
}

/**
 * The alternate email address: the second channel security alerts go to. A user enters an address, a 6-digit code
 * is emailed to it (kept as an HMAC, 15 minutes, five guesses counted before each check; a code a minute, five a day), and the
 * code makes it the verified address (spent by one conditional write). Changing or removing a verified address
 * needs a recent proof, and the previous address is told. Owns `alternate_emails`.
 */
export class AlternateEmailService {
  constructor(private readonly deps: { dataSource: DataSource; codes: OneTimeCodeHasher; mail: MailService; audit: AuditService; now?: () => number }) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  async view(userId: string): Promise<AlternateEmailView> {
    const row = await findAlternateEmail(this.deps.dataSource, userId);
    const live = row?.codeHash ? row : null;
    return { address: row?.address ?? null, verifiedAt: row?.verifiedAt ?? null, pendingAddress: live?.pendingAddress ?? null, codeExpiresAt: live?.codeExpiresAt ?? null };
  }

  /** Where alerts go: the verified alternate address, or null. */
  verifiedAddress(userId: string): Promise<string | null> {
    return verifiedAlternateEmail(this.deps.dataSource, userId);
  }

  /** Emails a code to `rawAddress`; it becomes the alternate address when the code comes back. */
  async set(actor: AlternateEmailActor, rawAddress: string): Promise<AlternateEmailView> {
    const { dataSource, codes } = this.deps;
    const address = normalise(rawAddress);
    if (!isEmailAddress(address)) throw alternateEmailErrors.badAddress();
    if (!isOtherAddress(address, actor.user.username)) throw alternateEmailErrors.sameAsMailbox();
    const current = await findAlternateEmail(dataSource, actor.user.id);
    if (current?.address && !actor.recentProof) throw alternateEmailErrors.recentProof();
    if (current?.address && current.address.toLowerCase() === address.toLowerCase()) throw alternateEmailErrors.alreadyVerified();
    const now = this.now();
    const decision = alternateEmailSend(current, now);
    if (!decision.ok) throw alternateEmailErrors.resendTooSoon(decision.retryAfterMs);
    const code = generateNumericCode(ALTERNATE_EMAIL_CODE_LENGTH);
    const expiresAt = now + ALTERNATE_EMAIL_CODE_TTL_MS;
    await ensureAlternateEmailRow(dataSource, actor.user.id, now);
    const won = await dataSource.transaction(async (db) => {
      const recorded = await recordPendingCode(db, {
        userId: actor.user.id,
        pendingAddress: address,
        codeHash: codes.hash(code),
        expiresAt,
        sendCount: decision.sendCount,
        lastSentAt: current?.lastSentAt ?? null,
        now,
      });
      if (recorded === 1) await this.audit(db, actor, AuditAction.ALTERNATE_EMAIL_CODE_SENT, "SUCCESS", { address: maskEmail(address), replacing: current?.address != null });
      return recorded === 1;
    });
    // Another request sent a code a moment ago.
    if (!won) throw alternateEmailErrors.resendTooSoon(1_000);
    await this.deps.mail.send({
      accountId: actor.user.accountId,
      userId: actor.user.id,
      to: address,
      content: { kind: "ALTERNATE_EMAIL_CODE", data: { username: actor.user.username, code, validMinutes: ALTERNATE_EMAIL_CODE_TTL_MS / 60_000 } },
    });
    return this.view(actor.user.id);
  }

  /** Proves the pending address with its code; a verified address it replaces is told. */
  async verify(actor: AlternateEmailActor, rawCode: string): Promise<AlternateEmailView> {
    const { dataSource, codes } = this.deps;
    const userId = actor.user.id;
    // The guess is counted first, atomically: parallel guesses cannot exceed the budget.
    if ((await countAlternateEmailAttempt(dataSource, userId, ALTERNATE_EMAIL_ATTEMPTS_MAX)) !== 1) {
      await this.audit(dataSource, actor, AuditAction.ALTERNATE_EMAIL_VERIFICATION_FAILED, "FAILURE", { reason: "NO_LIVE_CODE" });
      throw alternateEmailErrors.codeVoid();
    }
    const now = this.now();
    const row = await findAlternateEmail(dataSource, userId);
    const code = parseNumericCode(rawCode, ALTERNATE_EMAIL_CODE_LENGTH);
    const hash = row?.codeHash ?? null;
    const right = code !== null && hash !== null && (row?.codeExpiresAt ?? 0) > now && codes.verify(code, hash);
    const promoted =
      right &&
      row &&
      (await dataSource.transaction(async (db) => {
        if ((await promotePendingAddress(db, userId, hash, now)) !== 1) return false;
        await this.audit(db, actor, AuditAction.ALTERNATE_EMAIL_VERIFIED, "SUCCESS", { address: maskEmail(row.pendingAddress ?? ""), replaced: row.address !== null });
        return true;
      }));
    if (!promoted || !row) {
      await this.audit(dataSource, actor, AuditAction.ALTERNATE_EMAIL_VERIFICATION_FAILED, "FAILURE", { reason: right ? "SPENT" : "WRONG_OR_EXPIRED" });
      throw alternateEmailErrors.invalidCode();
    }
    if (row.address && row.address !== row.pendingAddress) await this.tellPrevious(actor, row.address, "ALTERNATE_EMAIL_CHANGED");
    return this.view(userId);
  }

  /** Removes the alternate address (and any pending one); the removed address is told. */
  async remove(actor: AlternateEmailActor): Promise<AlternateEmailView> {
    const { dataSource } = this.deps;
    const row = await findAlternateEmail(dataSource, actor.user.id);
    if (!row || (row.address === null && row.pendingAddress === null)) throw alternateEmailErrors.notFound();
    if (row.address && !actor.recentProof) throw alternateEmailErrors.recentProof();
    const removed = await dataSource.transaction(async (db) => {
      if ((await clearAlternateEmail(db, actor.user.id, this.now())) !== 1) return false;
      await this.audit(db, actor, AuditAction.ALTERNATE_EMAIL_REMOVED, "SUCCESS", { address: row.address ? maskEmail(row.address) : null, hadPending: row.pendingAddress !== null });
      return true;
    });
    if (!removed) throw alternateEmailErrors.notFound();
    if (row.address) await this.tellPrevious(actor, row.address, "ALTERNATE_EMAIL_REMOVED");
    return this.view(actor.user.id);
  }

  /** Tells an address that stops getting the alerts (after the change committed; a failed delivery is the mail row's). */
  private async tellPrevious(actor: AlternateEmailActor, to: string, event: SecurityAlertEvent): Promise<void> {
    const accountName = await accountNameOf(this.deps.dataSource, actor.user.accountId);
    await this.deps.mail.send({
      accountId: actor.user.accountId,
      userId: actor.user.id,
      to,
      content: { kind: "SECURITY_ALERT", data: { accountName, username: actor.user.username, event, occurredAt: new Date(this.now()), ip: actor.ip, userAgent: actor.userAgent } },
    });
  }

  private audit(db: Db, actor: AlternateEmailActor, action: AuditAction, outcome: "SUCCESS" | "FAILURE", detail: Record<string, string | number | boolean | null>): Promise<void> {
    const { user } = actor;
    return this.deps.audit.record({ accountId: user.accountId, actorId: user.id, targetUserId: user.id, action, outcome, detail, ip: actor.ip }, db);
  }
}
