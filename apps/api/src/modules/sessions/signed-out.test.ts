import { describe, expect, it } from "vitest";
import { signedOutReasonOf } from "./signed-out.js";

const IDLE = 30 * 60_000;
const base = { revokedAt: null, revokedReason: null, lastSeenAt: 1_000_000, expiresAt: 1_000_000 + 12 * 3_600_000 };

describe("why a session ended", () => {
  it("a revocation before any time limit says who ended it", () => {
    expect(signedOutReasonOf({ ...base, revokedAt: 1_000_500, revokedReason: "SIGNED_OUT_ELSEWHERE" }, 1_001_000, IDLE)).toBe("SIGNED_OUT_ELSEWHERE");
    expect(signedOutReasonOf({ ...base, revokedAt: 1_000_500, revokedReason: "SIGNED_OUT_BY_ADMIN" }, 1_001_000, IDLE)).toBe("SIGNED_OUT_BY_ADMIN");
    expect(signedOutReasonOf({ ...base, revokedAt: 1_000_500, revokedReason: "POLICY_REQUIRED" }, 1_001_000, IDLE)).toBe("POLICY_REQUIRED");
    expect(signedOutReasonOf({ ...base, revokedAt: 1_000_500, revokedReason: "PASSKEY_REQUIRED" }, 1_001_000, IDLE)).toBe("PASSKEY_REQUIRED");
    expect(signedOutReasonOf({ ...base, revokedAt: 1_000_500, revokedReason: "MFA_RESET" }, 1_001_000, IDLE)).toBe("MFA_RESET");
    expect(signedOutReasonOf({ ...base, revokedAt: 1_000_500, revokedReason: "LOGOUT" }, 1_001_000, IDLE)).toBe("SIGNED_OUT");
  });

  it("an unknown stored reason is told as a plain sign-out, never as itself", () => {
    expect(signedOutReasonOf({ ...base, revokedAt: 1_000_500, revokedReason: "SOMETHING_NEW" }, 1_001_000, IDLE)).toBe("SIGNED_OUT");
  });

  it("a session left idle says IDLE, one past its absolute limit says EXPIRED", () => {
    expect(signedOutReasonOf(base, base.lastSeenAt + IDLE, IDLE)).toBe("IDLE");
    const busy = { ...base, lastSeenAt: base.expiresAt - 60_000 };
    expect(signedOutReasonOf(busy, base.expiresAt, IDLE)).toBe("EXPIRED");
  });

  it("a revocation that came after the session had already timed out is told as the time-out", () => {
    expect(signedOutReasonOf({ ...base, revokedAt: base.lastSeenAt + IDLE + 5, revokedReason: "POLICY_REQUIRED" }, base.lastSeenAt + IDLE + 10, IDLE)).toBe("IDLE");
  });

  it("a session that still works has no reason", () => {
    expect(signedOutReasonOf(base, base.lastSeenAt + 1_000, IDLE)).toBeNull();
  });
});
