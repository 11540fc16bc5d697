/**
 * Webhook delivery retries: after a failed attempt the next one waits exponentially longer (5 s, 10 s, 20 s ...,
 * at most two hours), with jitter so that many deliveries failing together do not come back together. Retrying
 * stops 24 hours after the event: one last attempt is made at that moment, and a failure then gives it up.
 */

const WEBHOOK_RETRY_BASE_MS = 5_000;
export const WEBHOOK_RETRY_CAP_MS = 2 * 60 * 60_000;
export const WEBHOOK_RETRY_WINDOW_MS = 24 * 60 * 60_000;

/**
 * The wait after the `failures`-th consecutive failed attempt (1 for the first): the exponential step, of which a
 * random part (`random` in [0, 1)) is taken off, up to half of it ("equal jitter": it never drops below half).
 */
export function webhookRetryDelayMs(failures: number, random: number): number {
  if (!Number.isInteger(failures) || failures < 1) throw new RangeError("failures must be a positive integer");
  if (!(random >= 0 && random < 1)) throw new RangeError("random must be in [0, 1)");
  const step = Math.min(WEBHOOK_RETRY_BASE_MS * 2 ** Math.min(failures - 1, 30), WEBHOOK_RETRY_CAP_MS);
  return Math.round(step - (step / 2) * random);
}

export type WebhookRetry = { readonly giveUp: true } | { readonly giveUp: false; readonly at: number };

/**
 * What follows a failed attempt of a delivery created at `createdAt`: the time of the next attempt (never past
 * the end of the window, so the last one happens at 24 hours), or giving up when the window is over.
 */
export function nextWebhookAttempt(input: { failures: number; createdAt: number; now: number; random: number }): WebhookRetry {
  const deadline = input.createdAt + WEBHOOK_RETRY_WINDOW_MS;
  if (input.now >= deadline) return { giveUp: true };
  return { giveUp: false, at: Math.min(input.now + webhookRetryDelayMs(input.failures, input.random), deadline) };
}
