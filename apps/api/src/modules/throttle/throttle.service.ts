import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import type { ThrottleConfig } from "#src/config/config.js";
import { newOpaqueToken, tokenHash } from "#src/modules/sessions/tokens.js";
import { blockedUntil, giveSlotBack, insertKnownBrowser, isKnownBrowser, settleFailure, settleSuccess, takeSlot, touchKnownBrowser } from "./throttle.queries.js";


export type PasswordAttempt =
  | { readonly allowed: false; readonly retryAfterMs: number }
  | { readonly allowed: true; settle(outcome: SettleOutcome): Promise<void> };

/**
 * RIGHT: the key starts again. WRONG: the attempt counts. VOID: it proved nothing (a fault).
 * LOCKED: the account is locked and the password was not judged: it counts for the address only.
 */
export type SettleOutcome = "RIGHT" | "WRONG" | "VOID" | "LOCKED";

const keyOf = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000"), "utf8").digest("hex");

/**
 * The password step's limiter, in the database so every instance shares it. Keys are built from
 * the username as typed (known or not, so both answer alike) and the client address, or the
 * username and a browser that signed in before (so the real user is not locked out by guesses from
 * elsewhere). A slot is taken with one conditional write before the password is checked, and
 * settled after it: a right password starts the key again, a wrong one counts, a fault gives it back.
 */
export class PasswordThrottle {
  constructor(private readonly dataSource: DataSource, private readonly config: ThrottleConfig, private readonly now: () => number = Date.now) {}

  async attempt(input: { username: string; address: string | null; knownBrowser: boolean; browserToken: string | null }): Promise<PasswordAttempt> {
    const now = this.now();
    const address = input.address ?? "unknown";
    const userKey = input.knownBrowser && input.browserToken ? keyOf("user-browser", input.username, tokenHash(input.browserToken)) : keyOf("user-address", input.username, address);
    const addressKey = input.knownBrowser ? null : keyOf("address", address);
    if ((await takeSlot(this.dataSource, userKey, this.config.user, now)) !== 1) {
      return { allowed: false, retryAfterMs: Math.max(1_000, (await blockedUntil(this.dataSource, userKey)) - now) };
    }
    if (addressKey && (await takeSlot(this.dataSource, addressKey, this.config.address, now)) !== 1) {
      await giveSlotBack(this.dataSource, userKey);
      return { allowed: false, retryAfterMs: Math.max(1_000, (await blockedUntil(this.dataSource, addressKey)) - now) };
    }
    return {
      allowed: true,
      settle: async (outcome) => {
        const at = this.now();
        if (outcome === "WRONG") await settleFailure(this.dataSource, userKey, this.config.user, at);
        else if (outcome === "RIGHT") await settleSuccess(this.dataSource, userKey, this.config.user.baseMs);
        else await giveSlotBack(this.dataSource, userKey);
        if (!addressKey) return;
        // The address counts failures (and attempts on locked accounts) only.
        if (outcome === "WRONG" || outcome === "LOCKED") await settleFailure(this.dataSource, addressKey, this.config.address, at);
        else await giveSlotBack(this.dataSource, addressKey);
      },
    };
  }

  /** Whether the browser's token says it signed in as this user before. */
  async isKnown(browserToken: string | null, userId: string): Promise<boolean> {
    if (!browserToken || !/^[A-Za-z0-9_-]{43}$/.test(browserToken)) return false;
    const known = await isKnownBrowser(this.dataSource, tokenHash(browserToken), userId, this.now());
    if (known) await touchKnownBrowser(this.dataSource, tokenHash(browserToken), this.now());
    return known;
  }

  /** Remembers a browser that just signed in; returns the token for its cookie. */
  async remember(userId: string): Promise<{ token: string; expiresAt: number }> {
    const token = newOpaqueToken();
    const now = this.now();
    const expiresAt = now + this.config.knownBrowserMs;
    await insertKnownBrowser(this.dataSource, { tokenHash: tokenHash(token), userId, now, expiresAt });
    return { token, expiresAt };
  }
}
