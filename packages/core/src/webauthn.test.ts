import { describe, expect, it } from "vitest";
import { signCounterMoved } from "./webauthn.js";

describe("signCounterMoved", () => {
  it("accepts a counter that goes forward", () => {
    expect(signCounterMoved(0, 1)).toBe(true);
    expect(signCounterMoved(41, 42)).toBe(true);
    expect(signCounterMoved(41, 1000)).toBe(true);
  });
  it("accepts an authenticator that keeps no counter (both zero)", () => {
    expect(signCounterMoved(0, 0)).toBe(true);
  });
  it("refuses a counter that stands still or goes back (a cloned authenticator)", () => {
    expect(signCounterMoved(5, 5)).toBe(false);
    expect(signCounterMoved(5, 4)).toBe(false);
    expect(signCounterMoved(5, 0)).toBe(false);
  });
});
