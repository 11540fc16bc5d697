import { describe, expect, it } from "vitest";
import { nextWebhookAttempt, WEBHOOK_RETRY_CAP_MS, WEBHOOK_RETRY_WINDOW_MS, webhookRetryDelayMs } from "./webhook-retry.js";

describe("webhookRetryDelayMs", () => {
  it("doubles from 5 seconds up to two hours without jitter", () => {
    const delays = Array.from({ length: 13 }, (_, i) => webhookRetryDelayMs(i + 1, 0));
    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 640_000, 1_280_000, 2_560_000, 5_120_000, WEBHOOK_RETRY_CAP_MS, WEBHOOK_RETRY_CAP_MS]);
    expect(webhookRetryDelayMs(1_000, 0)).toBe(WEBHOOK_RETRY_CAP_MS);
  });

  it("takes off at most half of the step as jitter", () => {
    expect(webhookRetryDelayMs(1, 0.5)).toBe(3_750);
    expect(webhookRetryDelayMs(1, 0.999_999)).toBe(2_500);
    for (let failures = 1; failures < 20; failures++) {
      for (const random of [0, 0.25, 0.5, 0.75, 0.99]) {
        const step = webhookRetryDelayMs(failures, 0);
        const delay = webhookRetryDelayMs(failures, random);
        expect(delay).toBeLessThanOrEqual(step);
        expect(delay).toBeGreaterThanOrEqual(step / 2);
      }
    }
  });

  it("refuses nonsense", () => {
    expect(() => webhookRetryDelayMs(0, 0)).toThrow(RangeError);
    expect(() => webhookRetryDelayMs(1.5, 0)).toThrow(RangeError);
    expect(() => webhookRetryDelayMs(1, 1)).toThrow(RangeError);
    expect(() => webhookRetryDelayMs(1, -0.1)).toThrow(RangeError);
  });
});

describe("nextWebhookAttempt", () => {
  const createdAt = Date.UTC(2027, 0, 15, 12);

  it("waits the backoff after a failure", () => {
    expect(nextWebhookAttempt({ failures: 1, createdAt, now: createdAt + 100, random: 0 })).toEqual({ giveUp: false, at: createdAt + 5_100 });
  });

  it("makes the last attempt at 24 hours and gives up when that one fails", () => {
    const late = createdAt + WEBHOOK_RETRY_WINDOW_MS - 60_000;
    expect(nextWebhookAttempt({ failures: 15, createdAt, now: late, random: 0 })).toEqual({ giveUp: false, at: createdAt + WEBHOOK_RETRY_WINDOW_MS });
    expect(nextWebhookAttempt({ failures: 16, createdAt, now: createdAt + WEBHOOK_RETRY_WINDOW_MS, random: 0 })).toEqual({ giveUp: true });
  });

  it("retries for 24 hours: some twenty-five attempts, none after the window", () => {
    let now = createdAt;
    let failures = 0;
    const attempts: number[] = [];
    for (;;) {
      attempts.push(now);
      failures++;
      const next = nextWebhookAttempt({ failures, createdAt, now, random: 0.5 });
      if (next.giveUp) break;
      expect(next.at).toBeGreaterThan(now);
      now = next.at;
    }
    expect(attempts.at(-1)).toBe(createdAt + WEBHOOK_RETRY_WINDOW_MS);
    expect(attempts.length).toBeGreaterThan(20);
    expect(attempts.length).toBeLessThan(32);
  });
});
