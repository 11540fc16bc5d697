import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RandomSource } from "./random.js";
import {
  RECOVERY_CODES_MAX,
  generateRecoveryCodes,
  hashRecoveryCode,
  normalizeRecoveryCode,
  renderRecoveryCodesText,
  verifyRecoveryCode,
} from "./recovery-codes.js";

const FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

/** A random source built from fast-check's seeded bytes. */
const seeded = (seed: number): RandomSource => {
  let state = seed >>> 0 || 1;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  return { bytes: (n) => Uint8Array.from({ length: n }, () => next() & 0xff), int: (max) => next() % max };
};

describe("generateRecoveryCodes", () => {
  it("makes 10 codes by default", () => {
    expect(generateRecoveryCodes()).toHaveLength(RECOVERY_CODES_MAX);
  });
  it("always gives the right length, alphabet and distinct codes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer(), (quantity, seed) => {
        const codes = generateRecoveryCodes(quantity, seeded(seed));
        expect(codes).toHaveLength(quantity);
        for (const code of codes) expect(code).toMatch(FORMAT);
        expect(new Set(codes).size).toBe(quantity);
      }),
    );
  });
  it("encodes 80 bits per code", () => {
    const ones: RandomSource = { bytes: (n) => new Uint8Array(n).fill(0xff), int: () => 0 };
    expect(() => generateRecoveryCodes(2, ones)).toThrow(/repeating/);
    expect(generateRecoveryCodes(1, ones)).toEqual(["ZZZZ-ZZZZ-ZZZZ-ZZZZ"]);
  });
  it.each([0, 11, 2.5, -1, Number.NaN])("refuses quantity %s", (quantity) => {
    expect(() => generateRecoveryCodes(quantity)).toThrow(RangeError);
  });
});

describe("normalizeRecoveryCode", () => {
  it.each([
    ["ABCD-EFGH-JKMN-PQRS", "ABCDEFGHJKMNPQRS"],
    ["abcd efgh jkmn pqrs", "ABCDEFGHJKMNPQRS"],
    [" 0123-4567-89ab-cdef ", "0123456789ABCDEF"],
    ["OIL0-oil0-0000-0000", "0110011000000000"],
  ])("%j -> %j", (input, expected) => expect(normalizeRecoveryCode(input)).toBe(expected));
  it.each(["ABCD-EFGH-JKMN-PQR", "ABCD-EFGH-JKMN-PQRSТ", "UUUU-UUUU-UUUU-UUUU", "ABCD_EFGH_JKMN_PQRS", "", "A".repeat(200)])(
    "refuses %j",
    (input) => expect(normalizeRecoveryCode(input)).toBeNull(),
  );
  it("accepts every generated code as typed", () => {
    for (const code of generateRecoveryCodes()) expect(normalizeRecoveryCode(code)).toBe(code.replace(/-/g, ""));
  });
});

describe("hashRecoveryCode / verifyRecoveryCode", () => {
  it("stores a salted SHA-256 of the canonical form", () => {
    const [code = ""] = generateRecoveryCodes(1);
    const stored = hashRecoveryCode(code);
    expect(stored).toMatch(/^s256\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(hashRecoveryCode(code)).not.toBe(stored);
    const salt = new Uint8Array(16).fill(1);
    expect(hashRecoveryCode(code, salt)).toBe(hashRecoveryCode(code.toLowerCase().replace(/-/g, " "), salt));
  });
  it("verifies the code however it is typed, and nothing else", () => {
    const [code = "", other = ""] = generateRecoveryCodes(2);
    const stored = hashRecoveryCode(code);
    expect(verifyRecoveryCode(code, stored)).toBe(true);
    expect(verifyRecoveryCode(code.toLowerCase().replace(/-/g, ""), stored)).toBe(true);
    expect(verifyRecoveryCode(other, stored)).toBe(false);
  });
  it("treats look-alike letters as the digits they resemble", () => {
    const stored = hashRecoveryCode("1100-0000-0000-0000");
    expect(verifyRecoveryCode("ILOO-oooo-0000-0000", stored)).toBe(true);
  });
  it("returns false for malformed input or stored hashes", () => {
    const stored = hashRecoveryCode("ABCD-EFGH-JKMN-PQRS");
    const [, salt = "", hash = ""] = stored.split("$");
    for (const bad of ["", "s256$x", `md5$${salt}$${hash}`, `s256$${salt}$${hash}$x`, `s256$${salt}$${hash.slice(1)}`, `s256$!$${hash}`]) {
      expect(verifyRecoveryCode("ABCD-EFGH-JKMN-PQRS", bad)).toBe(false);
    }
    expect(verifyRecoveryCode("not a code", stored)).toBe(false);
    expect(verifyRecoveryCode("ABCD-EFGH-JKMN-PQRS", null as unknown as string)).toBe(false);
  });
  it("refuses to hash something that is not a code, or with a short salt", () => {
    expect(() => hashRecoveryCode("hello")).toThrow(RangeError);
    expect(() => hashRecoveryCode("ABCD-EFGH-JKMN-PQRS", new Uint8Array(4))).toThrow(RangeError);
  });
});

describe("renderRecoveryCodesText", () => {
  it("lists each code on its own line with instructions", () => {
    const codes = generateRecoveryCodes(3);
    const text = renderRecoveryCodesText({
      issuer: "Acme Mail",
      accountName: "alice@example.com",
      codes,
      issuedAtMs: Date.UTC(2024, 2, 1, 12, 30, 5),
    });
    const lines = text.split("\n");
    expect(lines[0]).toBe("Acme Mail recovery codes");
    expect(text).toContain("Account: alice@example.com");
    expect(text).toContain("Generated: 2024-03-01 12:30:05 UTC");
    expect(text).toMatch(/works only once/);
    for (const code of codes) expect(lines).toContain(code);
    expect(text.endsWith("\n")).toBe(true);
  });
});
