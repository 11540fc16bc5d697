import { describe, expect, it } from "vitest";
import { appPasswordSelector, canCreateAppPasswords, generateAppPassword, mailUnderMfa, normalizeAppPassword } from "./app-passwords.js";

describe("app passwords", () => {
  it("are 16 random letters in four groups", () => {
    const password = generateAppPassword();
    expect(password).toMatch(/^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/);
    expect(new Set(Array.from({ length: 50 }, () => generateAppPassword())).size).toBe(50);
  });

  it("are checked without their separators and case", () => {
    expect(normalizeAppPassword("ABCD-efgh ijkl  mnop")).toBe("abcdefghijklmnop");
    expect(normalizeAppPassword("abcdefghijklmnop")).toBe("abcdefghijklmnop");
    expect(normalizeAppPassword("abcd-efgh-ijkl-mno")).toBeNull();
    expect(normalizeAppPassword("abcd-efgh-ijkl-mno1")).toBeNull();
    expect(normalizeAppPassword("x".repeat(100))).toBeNull();
  });

  it("select by 16 bits of their SHA-256", () => {
    expect(appPasswordSelector("abcdefghijklmnop")).toMatch(/^[0-9a-f]{4}$/);
    expect(appPasswordSelector("abcdefghijklmnop")).toBe(appPasswordSelector("abcdefghijklmnop"));
  });

  it("mail is under MFA when the user turned it on or the policy requires it, never under OFF", () => {
    expect(mailUnderMfa({ policy: "OFF", mfaEnabled: true })).toBe(false);
    expect(mailUnderMfa({ policy: "OPTIONAL", mfaEnabled: false })).toBe(false);
    expect(mailUnderMfa({ policy: "OPTIONAL", mfaEnabled: true })).toBe(true);
    expect(mailUnderMfa({ policy: "REQUIRED", mfaEnabled: false })).toBe(true);
    expect(canCreateAppPasswords({ policy: "REQUIRED", mfaEnabled: false, domainAllows: false })).toBe(false);
    expect(canCreateAppPasswords({ policy: "OPTIONAL", mfaEnabled: true, domainAllows: true })).toBe(true);
  });
});
