import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ONE_TIME_CODE_TTL_MS,
  generateNumericCode,
  hashOneTimeCode,
  isExpired,
  oneTimeCodeExpiry,
  oneTimeCodeHasher,
  parseNumericCode,
  verifyOneTimeCode,
} from "./one-time-code.js";
import type { RandomSource } from "./random.js";

const KEY = new Uint8Array(32).fill(7);
const OTHER_KEY = new Uint8Array(32).fill(8);

/** A random source that replays the given digits. */
const digits = (values: number[]): RandomSource => {
  let i = 0;
  return { bytes: (n) => new Uint8Array(n), int: () => values[i++ % values.length] ?? 0 };
};

describe("generateNumericCode", () => {
  it("is 6 digits by default, leading zeros kept", () => {
    expect(generateNumericCode(undefined, digits([0, 0, 1, 2, 3, 4]))).toBe("001234");
    expect(generateNumericCode()).toMatch(/^[0-9]{6}$/);
  });
  it("supports 6 to 8 digits and nothing else", () => {
    for (const length of [6, 7, 8]) expect(generateNumericCode(length)).toMatch(new RegExp(`^[0-9]{${length}}$`));
    for (const length of [0, 4, 5, 9, 6.5, Number.NaN]) expect(() => generateNumericCode(length)).toThrow(RangeError);
  });
  it("draws every digit uniformly from rng.int(10)", () => {
    const bounds: number[] = [];
    const rng: RandomSource = { bytes: (n) => new Uint8Array(n), int: (max) => (bounds.push(max), 9) };
    expect(generateNumericCode(8, rng)).toBe("99999999");
    expect(bounds).toEqual(Array(8).fill(10));
  });
});

describe("parseNumericCode", () => {
  it("accepts exactly `length` ASCII digits after trimming ASCII whitespace", () => {
    expect(parseNumericCode(" 0123456 ", 7)).toBe("0123456");
    expect(parseNumericCode("012345", 7)).toBeNull();
    expect(parseNumericCode("01234567", 7)).toBeNull();
    expect(parseNumericCode("０１２３４５６", 7)).toBeNull();
    expect(parseNumericCode("012-456", 7)).toBeNull();
    expect(parseNumericCode("9".repeat(100), 6)).toBeNull();
    expect(parseNumericCode(123456 as unknown as string, 6)).toBeNull();
  });
});

describe("hashOneTimeCode / verifyOneTimeCode", () => {
  it("hashes with HMAC-SHA256 under the server key", () => {
    const hash = hashOneTimeCode("123456", KEY);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOneTimeCode("123456", OTHER_KEY)).not.toBe(hash);
  });
  it("verifies the right code and refuses any other", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{6,8}$/), fc.stringMatching(/^[0-9]{6,8}$/), (code, other) => {
        const hash = hashOneTimeCode(code, KEY);
        expect(verifyOneTimeCode(code, hash, KEY)).toBe(true);
        expect(verifyOneTimeCode(other, hash, KEY)).toBe(other === code);
        expect(verifyOneTimeCode(code, hash, OTHER_KEY)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
  it("tolerates surrounding whitespace in the typed code", () => {
    expect(verifyOneTimeCode(" 123456\n", hashOneTimeCode("123456", KEY), KEY)).toBe(true);
  });
  it("returns false for malformed codes or hashes", () => {
    const hash = hashOneTimeCode("123456", KEY);
    expect(verifyOneTimeCode("12345", hashOneTimeCode("12345", KEY), KEY)).toBe(false);
    expect(verifyOneTimeCode("abcdef", hashOneTimeCode("abcdef", KEY), KEY)).toBe(false);
    expect(verifyOneTimeCode("123456", hash.toUpperCase(), KEY)).toBe(false);
    expect(verifyOneTimeCode("123456", hash.slice(2), KEY)).toBe(false);
    expect(verifyOneTimeCode("123456", "", KEY)).toBe(false);
    expect(verifyOneTimeCode(null as unknown as string, hash, KEY)).toBe(false);
  });
  it("refuses a short server key", () => {
    expect(() => hashOneTimeCode("123456", new Uint8Array(8))).toThrow(RangeError);
    expect(() => verifyOneTimeCode("123456", "0".repeat(64), new Uint8Array(0))).toThrow(RangeError);
  });
});

describe("oneTimeCodeHasher", () => {
  it("hashes under the first key and accepts a code hashed under any key it was given, no other", () => {
    const rotated = oneTimeCodeHasher([OTHER_KEY, KEY]);
    expect(rotated.hash("1234567")).toBe(hashOneTimeCode("1234567", OTHER_KEY));
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{6,8}$/), (code) => {
        expect(rotated.verify(code, hashOneTimeCode(code, KEY))).toBe(true);
        expect(rotated.verify(code, rotated.hash(code))).toBe(true);
        expect(oneTimeCodeHasher([OTHER_KEY]).verify(code, hashOneTimeCode(code, KEY))).toBe(false);
        expect(rotated.verify(code === "000000" ? "000001" : "000000", hashOneTimeCode(code, KEY))).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
  it("needs at least one key of at least 16 bytes", () => {
    expect(() => oneTimeCodeHasher([])).toThrow(RangeError);
    expect(() => oneTimeCodeHasher([KEY, new Uint8Array(8)])).toThrow(RangeError);
  });
});

describe("expiry", () => {
  it("lasts five minutes by default", () => {
    expect(ONE_TIME_CODE_TTL_MS).toBe(300_000);
    expect(oneTimeCodeExpiry(1_000)).toBe(301_000);
    expect(oneTimeCodeExpiry(1_000, 60_000)).toBe(61_000);
  });
  it("is expired from the expiry instant on", () => {
    expect(isExpired(301_000, 300_999)).toBe(false);
    expect(isExpired(301_000, 301_000)).toBe(true);
    expect(isExpired(301_000, 400_000)).toBe(true);
  });
});
