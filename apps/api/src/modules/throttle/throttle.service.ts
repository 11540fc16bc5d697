import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import type { ThrottleConfig, ThrottleRule } from "#src/config/config.js";
import { runBatch, type Statement } from "#src/db/batch.js";
import { newOpaqueToken, tokenHash } from "#src/modules/sessions/tokens.js";
import {
  createTaken,
  giveSlotBack,
  insertKnownBrowser,
  isKnownBrowser,
  keyState,
  settleFailure,
  settleSuccess,
  takeSlot,
  touchKnownBrowser,
  wouldTake,
} from "./throttle.queries.js";

export type PasswordAttempt =
  | { readonly allowed: false; readonly retryAfterMs: number }
  | {
      readonly allowed: true;
      /** The statements that settle the attempt, for the caller to send with its own writes. */
      settlement(outcome: SettleOutcome): Statement[];
      settle(outcome: SettleOutcome): Promise<void>;
    };

/**
 * RIGHT: the key starts again. WRONG: the attempt counts. VOID: it proved nothing (a fault).
 * LOCKED: the account is locked and the password was not judged: it counts for the address only.
 */
export type SettleOutcome = "RIGHT" | "WRONG" | "VOID" | "LOCKED";

/** The keys one password attempt is counted under: the username (at an address, or in a known browser) and the address. */
export interface ThrottleKeys {
  readonly user: string;
  readonly address: string | null;
}

const keyOf = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000"), "utf8").digest("hex");

/**
 * The password step's limiter, in the database so every instance shares it. Keys are built from
 * the username as typed (known or not, so both answer alike) and the client address, or the
 * username and a browser that signed in before (so the real user is not locked out by guesses from
 * elsewhere). A slot is taken with one conditional write per key before the password is checked
 * (the two takes can travel with the caller's read), and settled after it, with the caller's writes:
 * a right password starts the key again, a wrong one counts, a fault gives it back.
 */
export class PasswordThrottle {
  constructor(private readonly dataSource: DataSource, private readonly config: ThrottleConfig, private readonly now: () => number = Date.now) {}

  keys(input: { username: string; address: string | null; knownBrowser: boolean; browserToken: string | null }): ThrottleKeys {
    const address = input.address ?? "unknown";
    return {
      user: input.knownBrowser && input.browserToken ? keyOf("user-browser", input.username, tokenHash(input.browserToken)) : keyOf("user-address", input.username, address),
      address: input.knownBrowser ? null : keyOf("address", address),
    };
  }

  /** The takes of both keys (an existing key: one conditional write each), to send with a read. */
  takes(keys: ThrottleKeys, now: number = this.now()): Statement[] {
    return [takeSlot(keys.user, this.config.user, now), ...(keys.address ? [takeSlot(keys.address, this.config.address, now)] : [])];
  }

  /**
   * Takes the attempt's slots. `taken` holds the rows changed by `takes(keys, now)` when the caller
   * already sent them; a key that refused there is looked at once more (it may not exist yet).
   */
  async attempt(keys: ThrottleKeys, sent?: { now: number; taken: readonly number[] }): Promise<PasswordAttempt> {
    const now = sent?.now ?? this.now();
    const taken = sent?.taken ?? (await runBatch(this.dataSource, this.takes(keys, now))).map((r) => r.affected);
    const user = await this.resolve(keys.user, this.config.user, now, taken[0] ?? 0);
    const address = keys.address ? await this.resolve(keys.address, this.config.address, now, taken[1] ?? 0) : 0;
    if (user !== 0 || address !== 0) {
      const giveBack = [...(user === 0 ? [giveSlotBack(keys.user)] : []), ...(keys.address && address === 0 ? [giveSlotBack(keys.address)] : [])];
      await runBatch(this.dataSource, giveBack);
      return { allowed: false, retryAfterMs: Math.max(1_000, (user !== 0 ? user : address) - now) };
    }
    const settlement = (outcome: SettleOutcome): Statement[] => {
      const at = this.now();
      const out = [outcome === "WRONG" ? settleFailure(keys.user, this.config.user, at) : outcome === "RIGHT" ? settleSuccess(keys.user, this.config.user.baseMs) : giveSlotBack(keys.user)];
      // The address counts failures (and attempts on locked accounts) only.
      if (keys.address) out.push(outcome === "WRONG" || outcome === "LOCKED" ? settleFailure(keys.address, this.config.address, at) : giveSlotBack(keys.address));
      return out;
    };
    return {
      allowed: true,
      settlement,
      settle: async (outcome) => {
        await runBatch(this.dataSource, settlement(outcome));
      },
    };
  }

  /**
   * 0 when the key's slot is taken (by the first write, or now for a key seen the first time);
   * otherwise until when the key waits (at least `now + 1` when it refuses for want of room).
   */
  private async resolve(key: string, rule: ThrottleRule, now: number, first: number): Promise<number> {
    if (first === 1) return 0;
    for (let round = 0; round < 3; round++) {
      const state = await keyState(this.dataSource, key);
      if (state && !wouldTake(state, rule, now)) return Math.max(state.blockedUntil, now + 1);
      // Absent (created now with the slot), or created by a parallel attempt since the first take: take again.
      if (!state && (await createTaken(this.dataSource, key, rule, now)) === 1) return 0;
      if ((await runBatch(this.dataSource, [takeSlot(key, rule, now)]))[0]?.affected === 1) return 0;
    }
    return now + 1;
  }

  /** Whether the browser's token says it signed in as this user before. */
  async isKnown(browserToken: string | null, userId: string): Promise<boolean> {
    if (!browserToken || !/^[A-Za-z0-9_-]{43}$/.test(browserToken)) return false;
    const known = await isKnownBrowser(this.dataSource, tokenHash(browserToken), userId, this.now());
    if (known) await runBatch(this.dataSource, [this.touch(browserToken)]);
    return known;
  }

  /** Marks a known browser as used now. */
  touch(browserToken: string): Statement {
    return touchKnownBrowser(tokenHash(browserToken), this.now());
  }

  /** Remembers a browser that just signed in: the statement that records it and the token for its cookie. */
  rememberStatement(userId: string): { statement: Statement; token: string; expiresAt: number } {
    const token = newOpaqueToken();
    const now = this.now();
    const expiresAt = now + this.config.knownBrowserMs;
    return { statement: insertKnownBrowser({ tokenHash: tokenHash(token), userId, now, expiresAt }), token, expiresAt };
  }

  /** Remembers a browser that just signed in; returns the token for its cookie. */
  async remember(userId: string): Promise<{ token: string; expiresAt: number }> {
    const { statement, token, expiresAt } = this.rememberStatement(userId);
    await runBatch(this.dataSource, [statement]);
    return { token, expiresAt };
  }
}
