import { describe, expect, it } from "vitest";
import { isEmailAddress, maskEmail } from "./email-address.js";

describe("email addresses", () => {
  it("accepts dot-atom addresses at a domain name, and localhost", () => {
    for (const ok of ["alice@example.com", "a.b+tag@mail.example.co.uk", "o'brien@example.ie", "x@localhost", "UPPER@EXAMPLE.COM"]) {
      expect(isEmailAddress(ok), ok).toBe(true);
    }
  });

  it("refuses what no mail server takes, and header tricks", () => {
    const long = `${"a".repeat(65)}@example.com`;
    for (const bad of ["", "alice", "@example.com", "alice@", "alice@example", "a..b@example.com", ".a@example.com", "a.@example.com",
      "alice@-example.com", "alice@example-.com", "alice@exa_mple.com", "alice @example.com", "alice@example.com\r\nBcc: eve@example.com",
      "Alice <alice@example.com>", "alice@example.com, bob@example.com", "\"quoted\"@example.com", long, `a@${"b".repeat(250)}.com`]) {
      expect(isEmailAddress(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it("masks all of the local part but its first character", () => {
    expect(maskEmail("alice@example.com")).toBe("a***@example.com");
    expect(maskEmail("b@example.com")).toBe("b***@example.com");
    expect(maskEmail("not an address")).toBe("***");
  });
});
