import { describe, expect, it } from "vitest";
import { domainsSummary, draftErrors } from "./api-key-format";

describe("api key format", () => {
  it("names the domains of a key, or the whole account", () => {
    expect(domainsSummary(null)).toBe("All domains");
    expect(domainsSummary([{ name: "example.com" }, { name: "sales.example.com" }])).toBe("example.com, sales.example.com");
    expect(domainsSummary([])).toBe("No domain (its domains were deleted)");
  });

  it("asks for a name of at most 100 characters and a domain when the key is limited", () => {
    expect(draftErrors({ name: "  ", wholeAccount: true, domainIds: [] })).toEqual({ name: "Name the key, for example after the integration that uses it." });
    expect(draftErrors({ name: "x".repeat(101), wholeAccount: true, domainIds: [] }).name).toBe("The name is at most 100 characters.");
    expect(draftErrors({ name: "sync", wholeAccount: false, domainIds: [] })).toEqual({ domains: "Choose at least one domain, or the whole account." });
    expect(draftErrors({ name: "sync", wholeAccount: false, domainIds: ["d1"] })).toEqual({});
  });
});
