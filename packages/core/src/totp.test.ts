import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { RandomSource } from "./random.js";
import {
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  buildOtpauthUri,
  generateTotp,
  generateTotpSecret,
  hotp,
  parsePasscode,
  totpAt,
  totpTimeStep,
  verifyTotp,
  type OtpAlgorithm,
} from "./totp.js";

const OATHTOOL = process.env.OATHTOOL_PATH ?? "oathtool";
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const T0 = Date.UTC(2024, 2, 1, 12, 0, 0); // start of a time step
const STEP = TOTP_PERIOD_SECONDS * 1000;

const seed = (length: number): Uint8Array =>
  new TextEncoder().encode("1234567890".repeat(7).slice(0, length));

describe("RFC 6238 Appendix B vectors", () => {
  const seeds: Record<OtpAlgorithm, Uint8Array> = { SHA1: seed(20), SHA256: seed(32), SHA512: seed(64) };
  const vectors: [number, Record<OtpAlgorithm, string>][] = [
    [59, { SHA1: "94287082", SHA256: "46119246", SHA512: "90693936" }],
    [1111111109, { SHA1: "07081804", SHA256: "68084774", SHA512: "25091201" }],
    [1111111111, { SHA1: "14050471", SHA256: "67062674", SHA512: "99943326" }],
    [1234567890, { SHA1: "89005924", SHA256: "91819424", SHA512: "93441116" }],
    [2000000000, { SHA1: "69279037", SHA256: "90698825", SHA512: "38618901" }],
    [20000000000, { SHA1: "65353130", SHA256: "77737706", SHA512: "47863826" }],
  ];
  for (const [seconds, expected] of vectors) {
    for (const algorithm of ["SHA1", "SHA256", "SHA512"] as const) {
      it(`T=${seconds} ${algorithm} -> ${expected[algorithm]}`, () => {
        const code = totpAt({ key: seeds[algorithm], nowMs: seconds * 1000, digits: 8, algorithm, period: 30 });
        expect(code).toBe(expected[algorithm]);
      });
    }
  }
});

describe("RFC 4226 Appendix D vectors", () => {
  const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
  expected.forEach((code, counter) => {
    it(`counter ${counter} -> ${code}`, () => {
      expect(hotp({ key: seed(20), counter, digits: 6, algorithm: "SHA1" })).toBe(code);
      expect(hotp({ key: seed(20), counter: BigInt(counter), digits: 6, algorithm: "SHA1" })).toBe(code);
    });
  });
  it("refuses negative or unsafe counters", () => {
    expect(() => hotp({ key: seed(20), counter: -1, digits: 6, algorithm: "SHA1" })).toThrow(RangeError);
    expect(() => hotp({ key: seed(20), counter: 2n ** 60n, digits: 6, algorithm: "SHA1" })).toThrow(RangeError);
  });
});

describe("generateTotpSecret", () => {
  it("is 160 random bits as 32 unpadded Base32 characters", () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(generateTotpSecret()).not.toBe(secret);
  });
  it("draws its bytes from the given random source", () => {
    const zeros: RandomSource = { bytes: (n) => new Uint8Array(n), int: () => 0 };
    expect(generateTotpSecret(zeros)).toBe("A".repeat(32));
  });
});

describe("buildOtpauthUri", () => {
  it("builds the Key Uri Format with every parameter", () => {
    expect(buildOtpauthUri({ issuer: "Acme Mail", accountName: "alice@example.com", secret: SECRET })).toBe(
      `otpauth://totp/Acme%20Mail:alice%40example.com?secret=${SECRET}&issuer=Acme%20Mail&algorithm=SHA1&digits=6&period=30`,
    );
  });
  it("keeps a ':' in the issuer from splitting the label", () => {
    const uri = buildOtpauthUri({ issuer: "Acme: Mail & Co", accountName: "bob@example.com", secret: SECRET });
    const url = new URL(uri);
    const label = decodeURIComponent(url.pathname.slice(1));
    expect(uri.startsWith("otpauth://totp/Acme%3A%20Mail%20%26%20Co:bob%40example.com?")).toBe(true);
    expect(url.searchParams.get("issuer")).toBe("Acme: Mail & Co");
    expect(label).toBe("Acme: Mail & Co:bob@example.com");
  });
  it("names the device in the label, after the account, with the issuer before it", () => {
    const uri = buildOtpauthUri({ issuer: "Acme Mail", accountName: "alice@example.com", secret: SECRET, deviceName: " Work phone " });
    expect(uri).toBe(
      `otpauth://totp/Acme%20Mail:alice%40example.com%20(Work%20phone)?secret=${SECRET}&issuer=Acme%20Mail&algorithm=SHA1&digits=6&period=30`,
    );
    const url = new URL(uri);
    expect(decodeURIComponent(url.pathname.slice(1))).toBe("Acme Mail:alice@example.com (Work phone)");
    expect(url.searchParams.get("issuer")).toBe("Acme Mail");
  });
  it("keeps a ':' in the nickname from splitting the label, and omits a blank nickname", () => {
    const uri = buildOtpauthUri({ issuer: "Acme", accountName: "bob@example.com", secret: SECRET, deviceName: "Phone: 2" });
    expect(uri.startsWith("otpauth://totp/Acme:bob%40example.com%20(Phone%3A%202)?")).toBe(true);
    expect(buildOtpauthUri({ issuer: "Acme", accountName: "bob@example.com", secret: SECRET, deviceName: "  " })).toBe(
      buildOtpauthUri({ issuer: "Acme", accountName: "bob@example.com", secret: SECRET }),
    );
  });
  it("refuses an empty issuer or a secret that is not Base32", () => {
    expect(() => buildOtpauthUri({ issuer: "", accountName: "a", secret: SECRET })).toThrow(RangeError);
    expect(() => buildOtpauthUri({ issuer: "X", accountName: "a", secret: "abc=" })).toThrow(RangeError);
  });
});

describe("parsePasscode", () => {
  it.each([
    ["123456", "123456"],
    ["  012345\t\n", "012345"],
    ["000000", "000000"],
    ["1234567", "1234567"],
    [" 01234567 ", "01234567"],
  ])("accepts %j (an authenticator's 6 digits or a texted code of 6 to 8)", (input, expected) => expect(parsePasscode(input)).toBe(expected));
  it.each(["12345", "123456789", "12 3456", "١٢٣٤٥٦", "１２３４５６", "12345*", "+12345", "-12345", "12345a", "", "\u00a0123456", "1".repeat(5000)])(
    "refuses %j",
    (input) => expect(parsePasscode(input)).toBeNull(),
  );
});

describe("verifyTotp", () => {
  const codeAt = (ms: number): string => generateTotp({ secret: SECRET, nowMs: ms });
  const step = totpTimeStep(T0);

  it("refuses a code of more than six digits, even one that starts with the right six", () => {
    expect(verifyTotp({ secret: SECRET, code: `${codeAt(T0)}0`, nowMs: T0, lastTimeStep: null })).toEqual({ valid: false });
  });
  it("accepts the current code and returns its time step", () => {
    expect(verifyTotp({ secret: SECRET, code: codeAt(T0), nowMs: T0 + 10_000, lastTimeStep: null })).toEqual({
      valid: true,
      timeStep: step,
    });
  });
  it("accepts one step of drift either way and refuses two", () => {
    for (const drift of [-1, 1]) {
      const result = verifyTotp({ secret: SECRET, code: codeAt(T0 + drift * STEP), nowMs: T0, lastTimeStep: null });
      expect(result).toEqual({ valid: true, timeStep: step + drift });
    }
    for (const drift of [-2, 2]) {
      expect(verifyTotp({ secret: SECRET, code: codeAt(T0 + drift * STEP), nowMs: T0, lastTimeStep: null }).valid).toBe(false);
    }
  });
  it("never accepts the same step twice, nor an older one", () => {
    const first = verifyTotp({ secret: SECRET, code: codeAt(T0), nowMs: T0, lastTimeStep: null });
    expect(first.valid).toBe(true);
    const last = first.valid ? first.timeStep : -1;
    expect(verifyTotp({ secret: SECRET, code: codeAt(T0), nowMs: T0 + 5_000, lastTimeStep: last }).valid).toBe(false);
    expect(verifyTotp({ secret: SECRET, code: codeAt(T0 - STEP), nowMs: T0, lastTimeStep: last }).valid).toBe(false);
    expect(verifyTotp({ secret: SECRET, code: codeAt(T0 + STEP), nowMs: T0 + STEP, lastTimeStep: last })).toEqual({
      valid: true,
      timeStep: step + 1,
    });
  });
  it("refuses everything when the last accepted step is ahead of the window", () => {
    expect(verifyTotp({ secret: SECRET, code: codeAt(T0), nowMs: T0, lastTimeStep: step + 5 }).valid).toBe(false);
  });
  it("treats malformed codes as invalid without throwing", () => {
    for (const code of ["", "abcdef", "1234567", "１２３４５６", "12345"]) {
      expect(verifyTotp({ secret: SECRET, code, nowMs: T0, lastTimeStep: null })).toEqual({ valid: false });
    }
  });
  it("refuses a wrong code", () => {
    const right = codeAt(T0);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(TOTP_DIGITS, "0");
    expect(verifyTotp({ secret: SECRET, code: wrong, nowMs: T0, lastTimeStep: null }).valid).toBe(false);
  });
  it("throws on a stored secret that is too short or not Base32 (a server-side fault)", () => {
    expect(() => verifyTotp({ secret: "JBSWY3DP", code: "123456", nowMs: T0, lastTimeStep: null })).toThrow();
    expect(() => verifyTotp({ secret: "not base32!", code: "123456", nowMs: T0, lastTimeStep: null })).toThrow();
  });
  it("rejects a non-integer replay guard as a programming error", () => {
    expect(() => verifyTotp({ secret: SECRET, code: "123456", nowMs: T0, lastTimeStep: 1.5 })).toThrow(RangeError);
  });
});

describe("interoperability with independent tools", () => {
  it("accepts the codes oathtool computes for a generated secret", () => {
    const secret = generateTotpSecret();
    const out = execFileSync(OATHTOOL, ["--totp", "-b", secret, "--now", "@" + T0 / 1000, "-w", "1"], {
      encoding: "utf8",
    });
    const [now, next] = out.trim().split("\n");
    expect(now).toMatch(/^[0-9]{6}$/);
    expect(generateTotp({ secret, nowMs: T0 })).toBe(now);
    expect(verifyTotp({ secret, code: now ?? "", nowMs: T0, lastTimeStep: null })).toEqual({
      valid: true,
      timeStep: totpTimeStep(T0),
    });
    expect(verifyTotp({ secret, code: next ?? "", nowMs: T0, lastTimeStep: totpTimeStep(T0) }).valid).toBe(true);
  });
});
