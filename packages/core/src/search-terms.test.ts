import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchPrefix, searchTerms } from "./search-terms.js";

describe("searchTerms", () => {
  it("holds the local part and the name, whole and word by word", () => {
    expect(searchTerms("john.smith.2s", "John Smith").sort()).toEqual(["2s", "john", "john smith", "john.smith.2s", "smith"]);
    expect(searchTerms("a_b", "A B")).toContain("a_b");
  });
  it("every word of the address and the name is found by any of its prefixes", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,20}$/), fc.string({ maxLength: 30 }), (local, name) => {
        const terms = searchTerms(local, name);
        for (const word of `${local} ${name}`.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
          const prefix = searchPrefix(word.slice(0, Math.max(1, word.length - 1)));
          expect(terms.some((t) => t.startsWith(prefix))).toBe(true);
        }
      }),
    );
  });
});
