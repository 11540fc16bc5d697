import { describe, expect, it } from "vitest";
import { ALTERNATE_EMAIL_RESEND_INTERVAL_MS, ALTERNATE_EMAIL_SENDS_MAX, alternateEmailSend, isOtherAddress } from "./alternate-email.js";

const T = 1_800_000_000_000;

describe("alternateEmailSend", () => {
  it("sends the first code", () => {
    expect(alternateEmailSend(null, T)).toEqual({ ok: true, sendCount: 1 });
  });
  it("waits the resend interval between two codes, whatever the address", () => {
    const state = { lastSentAt: T, sendCount: 1 };
    expect(alternateEmailSend(state, T + 1_000)).toEqual({ ok: false, retryAfterMs: ALTERNATE_EMAIL_RESEND_INTERVAL_MS - 1_000 });
    expect(alternateEmailSend(state, T + ALTERNATE_EMAIL_RESEND_INTERVAL_MS)).toEqual({ ok: true, sendCount: 2 });
  });
  it("stops after the most codes a user may get in a day, until a day has passed", () => {
    const state = { lastSentAt: T, sendCount: ALTERNATE_EMAIL_SENDS_MAX };
    const refused = alternateEmailSend(state, T + 10 * 60_000);
    expect(refused.ok).toBe(false);
    expect(alternateEmailSend(state, T + 24 * 60 * 60_000)).toEqual({ ok: true, sendCount: 1 });
  });
});

describe("isOtherAddress", () => {
  it("refuses the protected mailbox itself, whatever its case", () => {
    expect(isOtherAddress(" Bob@Acme.example ", "bob@acme.example")).toBe(false);
    expect(isOtherAddress("bob@home.example", "bob@acme.example")).toBe(true);
  });
});
