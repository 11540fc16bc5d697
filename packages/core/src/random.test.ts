import { describe, expect, it } from "vitest";
import { cryptoRandom } from "./random.js";

describe("cryptoRandom", () => {
  it("returns the requested number of bytes", () => {
    const bytes = cryptoRandom.bytes(32);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes).toHaveLength(32);
    expect(cryptoRandom.bytes(32)).not.toEqual(bytes);
  });
  it("returns integers in [0, max)", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const n = cryptoRandom.int(10);
      expect(Number.isInteger(n) && n >= 0 && n < 10).toBe(true);
      seen.add(n);
    }
    expect(seen.size).toBe(10);
  });
});
