import { lockoutRule, type LockoutRule } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Db } from "#src/db/db.js";
import type { ChallengeService } from "#src/modules/challenges/challenges.service.js";
import { clearFailures, clearLock, giveSlotBack, lockedAt, lockIfSpent, takeSlot } from "./lockout.queries.js";

/** How a checked attempt counts: PASS resets the counter, FAIL keeps it raised, VOID gives the slot back. */
export type Verdict = "PASS" | "FAIL" | "VOID";

export type Attempt<T> =
  /** No slot: the account is locked, or the budget is held by attempts in flight. */
  | { readonly checked: false; readonly locked: boolean }
  /** `lockedNow`: this failure locked the account. `lockedMeanwhile`: a pass found the account locked by a parallel failure. */
  | { readonly checked: true; readonly result: T; readonly lockedNow: boolean; readonly lockedMeanwhile: boolean };

/**
 * The one owner of the second-factor failure counter and the lock, kept in the database so every
 * API instance shares it. An attempt first takes a slot with one atomic increment; only a request
 * holding a slot may check a code, so a burst of parallel guesses cannot exceed the budget. A slot
 * taken is a slot settled: passed, failed, or given back, also when the check throws.
 */
export class LockoutService {
  readonly rule: LockoutRule;

  constructor(
    private readonly dataSource: DataSource,
    private readonly challenges: ChallengeService,
    maxFailures?: number,
    private readonly now: () => number = Date.now,
  ) {
    this.rule = lockoutRule(maxFailures);
  }

  async attempt<T>(userId: string, check: () => Promise<T>, verdictOf: (result: T) => Verdict): Promise<Attempt<T>> {
    if ((await takeSlot(this.dataSource, userId, this.rule.maxFailures)) !== 1) {
      return { checked: false, locked: (await lockedAt(this.dataSource, userId)) !== null };
    }
    let settled = false;
    try {
      const result = await check();
      const verdict = verdictOf(result);
      let lockedNow = false;
      let lockedMeanwhile = false;
      if (verdict === "PASS") lockedMeanwhile = (await clearFailures(this.dataSource, userId)) === 0;
      else if (verdict === "VOID") await giveSlotBack(this.dataSource, userId);
      else lockedNow = await this.lockIfSpent(userId);
      settled = true;
      return { checked: true, result, lockedNow, lockedMeanwhile };
    } finally {
      // The check threw: the attempt proved nothing either way, so it is not held against the user.
      if (!settled) await giveSlotBack(this.dataSource, userId);
    }
  }

  /** Locks the account when the failures reached the limit; exactly one request records the lock. */
  private async lockIfSpent(userId: string): Promise<boolean> {
    const locked = (await lockIfSpent(this.dataSource, userId, this.rule.maxFailures, this.now())) > 0;
    if (locked) await this.challenges.endFor(userId);
    return locked;
  }

  /** An admin unlock (or reset): clears the lock and the counter, and ends the user's open sign-ins. */
  async unlock(userId: string, db: Db = this.dataSource): Promise<void> {
    await clearLock(db, userId);
    await this.challenges.endFor(userId, db);
  }
}
