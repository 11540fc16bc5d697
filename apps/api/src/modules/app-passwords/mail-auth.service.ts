import { appPasswordSelector, effectivePolicy, mailUnderMfa, normalizeAppPassword, type MailProtocol } from "@mfa/core";
import type { DataSource } from "typeorm";
import { runBatch, type Statement } from "#src/db/batch.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { PasswordThrottle, SettleOutcome } from "#src/modules/throttle/throttle.service.js";
import { burnPasswordCheck, verifyPassword } from "#src/modules/users/password.js";
import { mailAuthFactsOf, readMailAuthFacts, touchAppPassword, type MailAuthFacts } from "./app-passwords.queries.js";

export interface MailCheck {
  username: string;
  password: string;
  protocol: MailProtocol;
  /** The mail client's address, as the mail server saw it. */
  remoteIp: string | null;
}

export type MailCheckResult = { result: "allow" } | { result: "deny" } | { result: "throttled"; retryAfterMs: number };

type Verdict = "APP_PASSWORD" | "MAILBOX_PASSWORD" | "MAILBOX_PASSWORD_REFUSED" | "WRONG";

/**
 * A mail server asks whether a username and password may use IMAP, POP3 or SMTP. Under MFA (the user turned it
 * on, or their policy requires it) only an app password works; otherwise the mailbox password works too. The same
 * limiter as the password step (the same keys: a guess over IMAP and one on the sign-in page share the budget),
 * one read for the user, their policies and app passwords, one slow hash (a dummy one for an unknown user), one batch of writes.
 */
export class MailAuthService {
  constructor(private readonly deps: { dataSource: DataSource; throttle: PasswordThrottle; audit: AuditService; now?: () => number }) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  async check(input: MailCheck): Promise<MailCheckResult> {
    const { dataSource, throttle, audit } = this.deps;
    const now = this.now();
    const username = input.username.trim().toLowerCase();
    const keys = throttle.keys({ username, address: input.remoteIp, knownBrowser: false, browserToken: null });
    const [read, ...takes] = await runBatch(dataSource, [readMailAuthFacts(username.length <= 320 ? username : ""), ...throttle.takes(keys, now)]);
    const facts = mailAuthFactsOf(read);
    // Only mailboxes have mail: an admin's login answers as an unknown user does.
    const found = facts?.user.kind === "MAILBOX" ? facts : null;
    const meta = found
      ? { accountId: found.user.accountId, actorId: found.user.id, targetUserId: found.user.id, ip: input.remoteIp }
      : { accountId: null, actorId: null, targetUserId: null, ip: input.remoteIp };
    const detail = { protocol: input.protocol };

    const slot = await throttle.attempt(keys, { now, taken: takes.map((t) => t.affected) });
    if (!slot.allowed) {
      await runBatch(dataSource, audit.statements({ ...meta, action: AuditAction.MAIL_AUTH_THROTTLED, outcome: "FAILURE", detail }));
      return { result: "throttled", retryAfterMs: slot.retryAfterMs };
    }
    let settled = false;
    const finish = async (outcome: SettleOutcome, writes: Statement[]) => {
      settled = true;
      await runBatch(dataSource, [...slot.settlement(outcome), ...writes]);
    };
    try {
      const { verdict, appPasswordId } = await this.judge(found, input.password);
      if (found?.user.mfaLockedAt != null) {
        // A locked user's mail answers deny whatever was sent, as the sign-in does: the lock is no oracle.
        await finish("LOCKED", audit.statements({ ...meta, action: AuditAction.MAIL_AUTH_FAILED, outcome: "FAILURE", detail: { ...detail, locked: true } }));
        return { result: "deny" };
      }
      if (verdict === "APP_PASSWORD" && appPasswordId) {
        await finish("RIGHT", [touchAppPassword(appPasswordId, this.now(), input.protocol, input.remoteIp)]);
        return { result: "allow" };
      }
      if (verdict === "MAILBOX_PASSWORD") {
        await finish("RIGHT", []);
        return { result: "allow" };
      }
      if (verdict === "MAILBOX_PASSWORD_REFUSED") {
        // Right, but not enough: counted as a failure so a client that keeps trying it is slowed like a guesser.
        await finish("WRONG", audit.statements({ ...meta, action: AuditAction.MAIL_AUTH_MAILBOX_PASSWORD_REFUSED, outcome: "FAILURE", detail }));
        return { result: "deny" };
      }
      await finish("WRONG", audit.statements({ ...meta, action: AuditAction.MAIL_AUTH_FAILED, outcome: "FAILURE", detail: found ? detail : { ...detail, unknownUser: true } }));
      return { result: "deny" };
    } finally {
      if (!settled) await runBatch(dataSource, slot.settlement("VOID")).catch(() => undefined);
    }
  }

  /**
   * Which password this is. An app-password-shaped one is checked against the one stored hash its selector
   * names; otherwise (or when that fails and the user is not under MFA) the mailbox password is checked. One
   * slow hash, two only when a mailbox password happens to share a selector with an app password (1 in 6,500 at 10).
   */
  private async judge(found: MailAuthFacts | null, password: string): Promise<{ verdict: Verdict; appPasswordId?: string }> {
    if (!found) {
      await burnPasswordCheck(password);
      return { verdict: "WRONG" };
    }
    const policy = effectivePolicy({ kind: found.user.kind, override: found.user.mfaOverride, domainPolicy: found.domainPolicy ?? "OFF", accountAdminPolicy: found.adminPolicy });
    const underMfa = mailUnderMfa({ policy, mfaEnabled: found.user.mfaEnabled });
    const canonical = normalizeAppPassword(password);
    const candidate = canonical && found.appPasswordsAllowed ? found.appPasswords.find((p) => p.selector === appPasswordSelector(canonical)) : undefined;
    if (candidate && canonical) {
      if (await verifyPassword(candidate.passwordHash, canonical)) return { verdict: "APP_PASSWORD", appPasswordId: candidate.id };
      if (underMfa) return { verdict: "WRONG" };
    }
    const mailboxOk = await verifyPassword(found.user.passwordHash, password);
    if (!mailboxOk) return { verdict: "WRONG" };
    return { verdict: underMfa ? "MAILBOX_PASSWORD_REFUSED" : "MAILBOX_PASSWORD" };
  }
}
