import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CROCKFORD_ALPHABET,
  base32Encode,
  base64UrlDecode,
  base64UrlEncode,
  crockfordEncode,
  trimAscii,
} from "./encoding.js";

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("base32Encode", () => {
  it.each([
    ["", ""],
    ["f", "MY"],
    ["fo", "MZXQ"],
    ["foo", "MZXW6"],
    ["foob", "MZXW6YQ"],
    ["fooba", "MZXW6YTB"],
    ["foobar", "MZXW6YTBOI"],
  ])("matches the RFC 4648 vector %j (without padding)", (input, expected) => {
    expect(base32Encode(text(input))).toBe(expected);
  });
  it("agrees with an independent bit-string encoding", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const bits = [...bytes].map((b) => b.toString(2).padStart(8, "0")).join("");
        const padded = bits.padEnd(Math.ceil(bits.length / 5) * 5, "0");
        const expected = (padded.match(/.{5}/g) ?? []).map((g) => "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[parseInt(g, 2)]);
        expect(base32Encode(bytes)).toBe(expected.join(""));
      }),
    );
  });
});

describe("crockfordEncode", () => {
  it("uses the Crockford alphabet", () => {
    expect(crockfordEncode(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]))).toBe("ZZZZZZZZ");
    expect(crockfordEncode(new Uint8Array(5))).toBe("00000000");
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
  });
});

describe("base64url", () => {
  it("round-trips any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(base64UrlDecode(base64UrlEncode(bytes))).toEqual(bytes);
      }),
    );
  });
  it.each(["a", "ab=", "a+bc", "a/bc", "AB", "AAB", "ab cd"])("refuses the non-canonical or foreign text %j", (input) => {
    expect(base64UrlDecode(input)).toBeNull();
  });
});

describe("trimAscii", () => {
  it("trims ASCII whitespace only", () => {
    expect(trimAscii(" \t\r\n\f\vx y\n")).toBe("x y");
    expect(trimAscii("\u00a0x\u3000")).toBe("\u00a0x\u3000");
  });
});
