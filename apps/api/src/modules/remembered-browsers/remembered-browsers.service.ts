import { randomUUID } from "node:crypto";
import { rememberDaysOffered, rememberedUntil } from "@mfa/core";
import type { DataSource } from "typeorm";
import { runBatch, type Statement } from "#src/db/batch.js";
import type { Db } from "#src/db/db.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { PolicyService } from "#src/modules/policy/policy.service.js";
import { isWellFormedToken, newOpaqueToken, tokenHash } from "#src/modules/sessions/tokens.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { rememberedBrowserErrors } from "./remembered-browsers.errors.js";
import type { RememberedBrowserEntity } from "./remembered-browser.entity.js";
import {
  deleteRememberedBrowser,
  deleteRememberedBrowsersOf,
  deleteRememberedByToken,
  domainRememberDays,
  insertRememberedBrowser,
  listRememberedBrowsers,
  touchRememberedBrowser,
} from "./remembered-browsers.queries.js";

export interface OwnBrowserActor {
  user: UserEntity;
  ip: string | null;
}

/** The longest User-Agent kept (the column's width). */
const USER_AGENT_MAX = 512;

/**
 * Browsers a user chose to remember at the passcode step ("don't ask again on this browser for N days"): a random
 * token in a cookie, only its SHA-256 kept. The password step finds the token with its one read (`auth.queries.ts`)
 * and asks here for the statement that marks its use; the user lists and forgets them; a reset, "remove all
 * devices", an admin's "sign out everywhere" and turning MFA off forget them all (`removeAllOf`, in their transaction).
 */
export class RememberedBrowserService {
  constructor(private readonly deps: { dataSource: DataSource; audit: AuditService; policy: PolicyService; now?: () => number }) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /**
   * Remembers the browser a user just passed a second factor in, for the days their domain allows (none under a
   * phishing-resistant policy or a domain set to 0: then null). A token the browser already held for this user is
   * replaced. Returns the token for the cookie (shown to nobody else, stored hashed).
   */
  async remember(input: { user: UserEntity; userAgent: string | null; presented: string | null; ip: string | null }): Promise<{ token: string; expiresAt: number; days: number } | null> {
    const { user } = input;
    const [domainDays, policy] = await Promise.all([domainRememberDays(this.deps.dataSource, user.domainId), this.deps.policy.policyOf(user)]);
    const days = rememberDaysOffered({ domainDays, policy });
    if (days === 0) return null;
    const now = this.now();
    const token = newOpaqueToken();
    const expiresAt = rememberedUntil(now, days);
    const replaced = input.presented && isWellFormedToken(input.presented) ? [deleteRememberedByToken(user.id, tokenHash(input.presented))] : [];
    const row = { id: randomUUID(), tokenHash: tokenHash(token), userId: user.id, userAgent: input.userAgent?.slice(0, USER_AGENT_MAX) ?? null, now, expiresAt };
    await this.deps.dataSource.transaction(async (db) => {
      await runBatch(db, [...replaced, insertRememberedBrowser(row)]);
      await this.own(db, input, AuditAction.BROWSER_REMEMBERED, { rememberedBrowserId: row.id, days });
    });
    return { token, expiresAt, days };
  }

  /** The statement that marks a remembered browser as used by a sign-in (sent with the sign-in's writes). */
  touch(id: string): Statement {
    return touchRememberedBrowser(id, this.now());
  }

  /** The user's remembered browsers that still work, most recently used first. */
  list(userId: string): Promise<RememberedBrowserEntity[]> {
    return listRememberedBrowsers(this.deps.dataSource, userId, this.now());
  }

  /** Forgets one of the user's own browsers; NOT_FOUND when it is not theirs (or gone). */
  async forget(actor: OwnBrowserActor, id: string): Promise<void> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw rememberedBrowserErrors.notFound();
    await this.deps.dataSource.transaction(async (db) => {
      if ((await deleteRememberedBrowser(db, actor.user.id, id)) !== 1) throw rememberedBrowserErrors.notFound();
      await this.own(db, actor, AuditAction.REMEMBERED_BROWSER_FORGOTTEN, { rememberedBrowserId: id, forgotten: 1 });
    });
  }

  /** Forgets every browser of the user's own; returns how many. */
  async forgetAll(actor: OwnBrowserActor): Promise<number> {
    return this.deps.dataSource.transaction(async (db) => {
      const forgotten = await deleteRememberedBrowsersOf(db, actor.user.id);
      await this.own(db, actor, AuditAction.REMEMBERED_BROWSER_FORGOTTEN, { all: true, forgotten });
      return forgotten;
    });
  }

  /** Forgets every browser of a user within the caller's transaction (reset, remove all devices, sign out everywhere, MFA off). */
  removeAllOf(userId: string, db: Db): Promise<number> {
    return deleteRememberedBrowsersOf(db, userId);
  }

  private own(db: Db, actor: OwnBrowserActor, action: AuditAction, detail: Record<string, string | number | boolean>) {
    return this.deps.audit.record({ accountId: actor.user.accountId, actorId: actor.user.id, targetUserId: actor.user.id, action, outcome: "SUCCESS", detail, ip: actor.ip }, db);
  }
}
