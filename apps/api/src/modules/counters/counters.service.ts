import type { DataSource } from "typeorm";
import type { Db } from "#src/db/db.js";
import { accountCounters, addToCounters, COUNTER_NAMES, domainCounters, insertCounters, mailboxState, ZERO, type Counts, type MailboxState } from "./counters.queries.js";

export type { Counts };

/** What one mailbox in a state adds to its domain's counters. */
function contribution(state: MailboxState): Counts {
  const one = (on: boolean) => (on ? 1 : 0);
  return {
    mailboxes: 1,
    enrolled: one(state.enrolled),
    locked: one(state.locked),
    lockedEnrolled: one(state.locked && state.enrolled),
    followers: one(state.follower),
    followersEnrolled: one(state.follower && state.enrolled),
    totp: one(state.totp),
    sms: one(state.sms),
    webauthn: one(state.webauthn),
    followersWebauthn: one(state.follower && state.webauthn),
  };
}

const minus = (a: Counts, b: Counts): Counts => Object.fromEntries(COUNTER_NAMES.map((n) => [n, a[n] - b[n]])) as Counts;

/**
 * The one owner of `domain_counters`: per domain, how many mailboxes there are, enrolled, locked
 * (and locked while enrolled), following the domain's policy (and of those enrolled), with an
 * authenticator app, with a phone, with a passkey (and of those, following). The modules that change these facts run the change through
 * `track`, inside their own transaction, so the counters always equal a recount; coverage, status
 * counts and the impact preview then read a few rows whatever the tenant's size.
 */
export class DomainCounters {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs a change of one user (`db`: the caller's transaction) and moves their domain's counters by
   * what it changed: the state is read before (on MariaDB with the user's row locked until the
   * transaction ends, so changes of one user are counted one after the other; SQLite runs its
   * transactions one at a time, see db/sqlite-serial.ts) and after. Call it inside a transaction.
   */
  async track<T>(db: Db, userId: string, change: () => Promise<T>): Promise<T> {
    const before = await mailboxState(db, userId);
    const result = await change();
    const after = await mailboxState(db, userId);
    await this.apply(db, before, after);
    return result;
  }

  /** A mailbox just inserted (in `db`'s transaction) counts from now on. */
  async added(db: Db, userId: string): Promise<void> {
    return this.apply(db, null, await mailboxState(db, userId));
  }

  /** A new domain starts with zero counters. */
  domainCreated(db: Db, domain: { id: string; accountId: string }): Promise<void> {
    return insertCounters(db, domain.id, domain.accountId);
  }

  private async apply(db: Db, before: MailboxState | null, after: MailboxState | null): Promise<void> {
    if (before && after && before.domainId !== after.domainId) {
      await addToCounters(db, before.domainId, minus(ZERO, contribution(before)));
      await addToCounters(db, after.domainId, contribution(after));
      return;
    }
    const domainId = after?.domainId ?? before?.domainId;
    if (!domainId) return;
    await addToCounters(db, domainId, minus(after ? contribution(after) : ZERO, before ? contribution(before) : ZERO));
  }

  /** The counters of every domain of an account. */
  forAccount(accountId: string): Promise<Map<string, Counts>> {
    return accountCounters(this.dataSource, accountId);
  }

  /** The counters of some domains (of one account, when given). */
  forDomains(domainIds: readonly string[], accountId?: string): Promise<Map<string, Counts>> {
    return domainCounters(this.dataSource, domainIds, accountId);
  }
}
