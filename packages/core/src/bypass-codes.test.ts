import { describe, expect, it } from "vitest";
import { BYPASS_VALIDITY_MAX_MINUTES, bypassValidityMinutes, formatValidityDuration, parseValidityDuration } from "./bypass-codes.js";

describe("bypass code validity", () => {
  it("takes whole minutes from 1 to three days", () => {
    expect(bypassValidityMinutes(30)).toBe(30);
    expect(bypassValidityMinutes(BYPASS_VALIDITY_MAX_MINUTES)).toBe(4320);
    expect(bypassValidityMinutes(BYPASS_VALIDITY_MAX_MINUTES + 1)).toBeNull();
    expect(bypassValidityMinutes(0)).toBeNull();
    expect(bypassValidityMinutes(1.5)).toBeNull();
  });

  it("reads ISO 8601 durations as minutes", () => {
    expect(parseValidityDuration("PT30M")).toBe(30);
    expect(parseValidityDuration("PT2H")).toBe(120);
    expect(parseValidityDuration("P1DT1H30M")).toBe(1530);
    expect(parseValidityDuration("PT3600S")).toBe(60);
    expect(parseValidityDuration("P3D")).toBe(4320);
  });

  it("refuses malformed, fractional and too long durations", () => {
    for (const bad of ["", "P", "PT", "30M", "PT30", "PT90S", "P4D", "PT0M", "pt30m", "PT-5M"]) expect(parseValidityDuration(bad)).toBeNull();
  });

  it("writes minutes back as a duration", () => {
    expect(formatValidityDuration(30)).toBe("PT30M");
  });
});
