import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64UrlDecode, base64UrlEncode } from "./encoding.js";
import { SealError, createSealer, parseSealKeys } from "./seal.js";

const key = (fill: number): Uint8Array => new Uint8Array(32).fill(fill);
const sealer = createSealer({ keys: { k1: key(1) }, activeKeyId: "k1" });

/** Flips one bit of one decoded part (1 = iv, 2 = ciphertext, 3 = tag) and re-encodes it canonically. */
function tamper(sealed: string, part: number, index: number, bit: number): string {
  const parts = sealed.split(".");
  const bytes = base64UrlDecode(parts[part + 1] ?? "") ?? new Uint8Array();
  bytes[index % bytes.length] = (bytes[index % bytes.length] ?? 0) ^ (1 << bit);
  parts[part + 1] = base64UrlEncode(bytes);
  return parts.join(".");
}

describe("createSealer", () => {
  it("seals in the v1 format with a fresh IV each time", () => {
    const sealed = sealer.seal("JBSWY3DPEHPK3PXP");
    expect(sealed).toMatch(/^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(sealer.seal("JBSWY3DPEHPK3PXP")).not.toBe(sealed);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
  });
  it("round-trips any string, with or without context", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.option(fc.string()), (plaintext, aad) => {
        const context = aad ?? undefined;
        expect(sealer.open(sealer.seal(plaintext, context), context)).toBe(plaintext);
      }),
    );
  });
  it("fails on any flipped bit of iv, ciphertext or tag", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.integer({ min: 1, max: 3 }),
        fc.nat(),
        fc.integer({ min: 0, max: 7 }),
        (plaintext, part, index, bit) => {
          const tampered = tamper(sealer.seal(plaintext), part, index, bit);
          expect(() => sealer.open(tampered)).toThrow(SealError);
        },
      ),
    );
  });
  it("fails on the wrong context, an unknown key or a malformed value", () => {
    const sealed = sealer.seal("secret", "device:1");
    expect(() => sealer.open(sealed, "device:2")).toThrow(SealError);
    expect(() => sealer.open(sealed)).toThrow(SealError);
    expect(() => sealer.open(sealed.replace("v1.k1.", "v1.k9."), "device:1")).toThrow(/unknown key/);
    expect(() => sealer.open(sealed.replace("v1.k1.", "v1.constructor."), "device:1")).toThrow(/unknown key/);
    for (const bad of ["", "v1.k1", sealed.replace("v1.", "v2."), `${sealed}.x`, `${sealed.slice(0, -1)}!`]) {
      expect(() => sealer.open(bad, "device:1")).toThrow(/malformed/);
    }
    const other = createSealer({ keys: { k1: key(2) }, activeKeyId: "k1" });
    expect(() => other.open(sealed, "device:1")).toThrow(/authentication/);
  });
  it("opens values sealed with an older key after rotation, and flags them for resealing", () => {
    const old = createSealer({ keys: { old: key(3) }, activeKeyId: "old" });
    const rotated = createSealer({ keys: { old: key(3), new: key(4) }, activeKeyId: "new" });
    fc.assert(
      fc.property(fc.string(), (plaintext) => {
        const sealed = old.seal(plaintext, "ctx");
        expect(rotated.open(sealed, "ctx")).toBe(plaintext);
        expect(rotated.needsReseal(sealed)).toBe(true);
        expect(rotated.needsReseal(rotated.seal(plaintext))).toBe(false);
      }),
      { numRuns: 50 },
    );
    expect(rotated.needsReseal("garbage")).toBe(true);
  });
  it("uses the given random source for IVs", () => {
    const fixed = createSealer({
      keys: { k: key(5) },
      activeKeyId: "k",
      rng: { bytes: (n) => new Uint8Array(n), int: () => 0 },
    });
    expect(fixed.seal("x").split(".")[2]).toBe("AAAAAAAAAAAAAAAA");
  });
  it("refuses bad configuration", () => {
    expect(() => createSealer({ keys: { k1: new Uint8Array(16) }, activeKeyId: "k1" })).toThrow(RangeError);
    expect(() => createSealer({ keys: { "a.b": key(1) }, activeKeyId: "a.b" })).toThrow(RangeError);
    expect(() => createSealer({ keys: { k1: key(1) }, activeKeyId: "k2" })).toThrow(RangeError);
  });
});

describe("parseSealKeys", () => {
  const b64 = (fill: number): string => Buffer.from(key(fill)).toString("base64");
  it("parses id:base64 pairs", () => {
    const keys = parseSealKeys(` k1:${b64(1)}, k2:${Buffer.from(key(2)).toString("base64url")} `);
    expect(Object.keys(keys)).toEqual(["k1", "k2"]);
    expect(keys.k1).toEqual(key(1));
    expect(keys.k2).toEqual(key(2));
    const sealed = createSealer({ keys, activeKeyId: "k2" }).seal("x");
    expect(createSealer({ keys, activeKeyId: "k1" }).open(sealed)).toBe("x");
  });
  it("keeps an id such as __proto__ an ordinary key", () => {
    const keys = parseSealKeys(`__proto__:${b64(1)}`);
    expect(Object.hasOwn(keys, "__proto__")).toBe(true);
  });
  it.each([
    ["", /no sealing keys/],
    ["k1", /<id>:<base64>/],
    [`:${"A".repeat(44)}`, /<id>:<base64>/],
    ["k1:AAAA", /32 bytes/],
    ["k1:not base64!", /32 bytes/],
    [`k1:${"A".repeat(43)}=,k1:${"A".repeat(43)}=`, /listed twice/],
  ])("refuses %j", (spec, message) => {
    expect(() => parseSealKeys(spec)).toThrow(message);
  });
});
