import fc from "fast-check";
import { getCountries, getCountryCallingCode, getExampleNumber, type CountryCode } from "libphonenumber-js/max";
import examples from "libphonenumber-js/mobile/examples";
import { describe, expect, it } from "vitest";
import { countryName, listCountries, maskPhone, normalizePhone, parseCountryList, phoneCountry } from "./phone.js";

describe("normalizePhone", () => {
  it.each([
    ["US", "(415) 555-1000", "+14155551000", "US"],
    ["us", "415 555 1000", "+14155551000", "US"],
    ["+1", "613 555 0123", "+16135550123", "CA"],
    ["1", "4155551000", "+14155551000", "US"],
    ["FR", "06 12 34 56 78", "+33612345678", "FR"],
    ["DE", "0151 23456789", "+4915123456789", "DE"],
    [" 49 ", "015123456789", "+4915123456789", "DE"],
    ["US", "+33 6 12 34 56 78", "+33612345678", "FR"],
    ["GB", "+447400123456", "+447400123456", "GB"],
    ["GB", "07911 123456", "+447911123456", "GG"],
  ])("%s %s -> %s", (country, number, e164, region) => {
    expect(normalizePhone(country, number)).toEqual({ ok: true, e164, country: region });
  });

  it.each([
    ["XX", "4155551000", "UNKNOWN_COUNTRY"],
    ["", "4155551000", "UNKNOWN_COUNTRY"],
    ["+999", "4155551000", "UNKNOWN_COUNTRY"],
    ["+1234", "4155551000", "UNKNOWN_COUNTRY"],
    ["US", "415", "TOO_SHORT"],
    ["US", "", "TOO_SHORT"],
    ["US", "call me", "TOO_SHORT"],
    ["US", "4155551000123456", "TOO_LONG"],
    ["US", "1".repeat(60), "TOO_LONG"],
    ["US", "0000000000", "INVALID_NUMBER"],
    ["US", "+999 1234 5678", "INVALID_NUMBER"],
    ["GB", "020 7946 0000", "NOT_MOBILE"],
    ["DE", "030 123456", "NOT_MOBILE"],
    ["US", "800 555 1234", "NOT_MOBILE"],
  ])("%s %j -> %s", (country, number, code) => {
    const result = normalizePhone(country, number);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.message).toMatch(/^[A-Z][^]*\.$/);
    }
  });

  it("accepts every country's example mobile number", () => {
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (example === undefined) continue;
      const result = normalizePhone(country, example.formatNational());
      expect(result, country).toMatchObject({ ok: true, e164: example.number });
      if (result.ok) expect(getCountryCallingCode(result.country as CountryCode)).toBe(example.countryCallingCode);
    }
  });

  it("is idempotent: normalising the E.164 result again gives the same result", () => {
    const countries = getCountries();
    const withExample = countries.filter((c) => getExampleNumber(c, examples) !== undefined);
    const example = fc
      .constantFrom(...withExample)
      .chain((c) => fc.tuple(fc.constant<string>(c), fc.constant(getExampleNumber(c, examples)?.nationalNumber ?? "")));
    const arbitrary = fc.tuple(fc.constantFrom<string>(...countries), fc.stringMatching(/^[0-9]{4,14}$/));
    fc.assert(
      fc.property(fc.oneof(example, arbitrary), fc.constantFrom(...countries), ([country, number], other) => {
        const first = normalizePhone(country, number);
        if (!first.ok) return;
        expect(normalizePhone(first.country === "001" ? country : first.country, first.e164)).toEqual(first);
        expect(normalizePhone(other, first.e164)).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });
});

describe("maskPhone", () => {
  it.each([
    ["+14155551000", "+1 *** *** 1000"],
    ["+447911123456", "+44 *** *** 3456"],
    ["+33612345678", "+33 *** ** 5678"],
    ["+4915123456789", "+49 *** *** * 6789"],
    ["12345", "* 2345"],
    ["123", "123"],
  ])("%s -> %s", (e164, masked) => {
    expect(maskPhone(e164)).toBe(masked);
  });
  it("never shows more than the calling code and the last four digits", () => {
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (example === undefined) continue;
      const masked = maskPhone(example.number);
      expect(masked.replace(/[^0-9]/g, "")).toBe(example.countryCallingCode + example.nationalNumber.slice(-4));
    }
  });
});

describe("listCountries", () => {
  it("lists every supported country with its calling code and name", () => {
    const countries = listCountries();
    expect(countries.length).toBe(getCountries().length);
    expect(countries).toContainEqual({ code: "US", callingCode: "+1", name: "United States" });
    expect(countries).toContainEqual({ code: "GB", callingCode: "+44", name: "United Kingdom" });
    for (const c of countries) expect(c.callingCode).toMatch(/^\+[0-9]{1,3}$/);
    const names = countries.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });
});

describe("phoneCountry", () => {
  it.each([
    ["+14155551000", "US"],
    ["+16135550123", "CA"],
    ["+18762101234", "JM"],
    ["+447911123456", "GG"],
    ["+447400123456", "GB"],
    ["+37121234567", "LV"],
    ["+80012345678", "001"],
  ])("%s is in %s, whatever country it was entered under", (e164, country) => {
    expect(phoneCountry(e164)).toBe(country);
  });

  it("is null for digits that name no region", () => {
    expect(phoneCountry("+999123456")).toBeNull();
    expect(phoneCountry("not a number")).toBeNull();
  });
});

describe("parseCountryList", () => {
  it("trims, upper-cases, removes duplicates and sorts", () => {
    expect(parseCountryList([" us", "GB", "ca", "US"])).toEqual({ ok: true, countries: ["CA", "GB", "US"] });
    expect(parseCountryList([])).toEqual({ ok: true, countries: [] });
  });

  it("names the codes it does not know; numbers of no country (001) are never allowed", () => {
    expect(parseCountryList(["US", "XX", "001", "USA", ""])).toEqual({ ok: false, unknown: ["XX", "001", "USA", ""] });
  });

  it("names countries in English", () => {
    expect(countryName("LV")).toBe("Latvia");
    expect(countryName("??")).toBe("??");
  });
});
