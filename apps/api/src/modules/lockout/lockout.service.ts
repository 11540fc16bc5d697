import { lockoutRule, type LockoutRule } from "@mfa/core";
import type { DataSource, EntityManager } from "typeorm";
import type { Db } from "#src/db/db.js";
import type { HeldConnection, Statement } from "#src/db/batch.js";
import type { ChallengeService } from "#src/modules/challenges/challenges.service.js";
import type { DomainCounters } from "#src/modules/counters/counters.service.js";
import { clearFailures, clearLock, giveSlotBack, lockIfSpent, takeSlot, takeSlotForChallenge } from "./lockout.queries.js";

/**
 * The one owner of the second-factor failure counter and the lock, kept in the database so every
 * API instance shares it. An attempt first takes a slot with one atomic increment (sent in the
 * round trip that reads what the check needs); only a request holding a slot may check a code, so a
 * burst of parallel guesses cannot exceed the budget. A slot taken is a slot settled: passed (the
 * counter starts again, in the same transaction as the rest of the success), failed (it stays
 * counted, and the failure that reaches the limit locks), or given back.
 */
export class LockoutService {
  readonly rule: LockoutRule;

  constructor(
    private readonly dataSource: DataSource,
    private readonly challenges: ChallengeService,
    private readonly counters: DomainCounters,
    maxFailures?: number,
    private readonly now: () => number = Date.now,
  ) {
    this.rule = lockoutRule(maxFailures);
  }

  /** Takes a slot of a user: one row changed when taken. */
  take(userId: string): Statement {
    return takeSlot(userId, this.rule.maxFailures);
  }

  /** Takes a slot of the user of a live sign-in challenge (see `takeSlotForChallenge`). */
  takeForChallenge(idHash: string, now: number, excludedChannel: string): Statement {
    return takeSlotForChallenge(idHash, now, excludedChannel, this.rule.maxFailures);
  }

  /** A passed check: the counter starts again (no row changed when the account got locked meanwhile). */
  pass(userId: string): Statement {
    return clearFailures(userId);
  }

  /** The attempt proved nothing: its slot is given back. */
  giveBack(userId: string): Statement {
    return giveSlotBack(userId);
  }

  /** Whether a failure seen with `failures` counted (its own included) may be the one that locks. */
  mayLock(failures: number): boolean {
    return failures >= this.rule.maxFailures;
  }

  /** Locks the account when the failures reached the limit; exactly one request records the lock. */
  async lockIfSpent(userId: string, held?: HeldConnection): Promise<boolean> {
    // The lock counts in the domain's counters in the same transaction, on the attempt's own connection when it holds one.
    const lock = (db: EntityManager) => this.counters.track(db, userId, async () => (await lockIfSpent(db, userId, this.rule.maxFailures, this.now())) > 0);
    const locked = held?.transactional ? await held.db.transaction(lock) : await this.dataSource.transaction(lock);
    if (locked) await this.challenges.endFor(userId, held?.db);
    return locked;
  }

  /** An admin unlock (or reset): clears the lock and the counter, and ends the user's open sign-ins. */
  async unlock(userId: string, db: Db = this.dataSource): Promise<void> {
    await clearLock(db, userId);
    await this.challenges.endFor(userId, db);
  }
}
