import { describe, expect, it } from "vitest";
import { COUNTRIES, defaultCountry, normalizeCallingCode } from "./countries";

describe("countries", () => {
  it("picks the browser's country when it is listed, else the US", () => {
    expect(defaultCountry(["en-GB", "en"])).toBe("GB");
    expect(defaultCountry(["fr"])).toBe("US");
    expect(defaultCountry(["xx-ZZ"])).toBe("US");
  });

  it("takes a calling code with or without the plus", () => {
    expect(normalizeCallingCode("44")).toBe("+44");
    expect(normalizeCallingCode(" + 353 ")).toBe("+353");
    expect(normalizeCallingCode("+1234")).toBeNull();
    expect(normalizeCallingCode("UK")).toBeNull();
  });

  it("lists each country once", () => {
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
  });
});
